#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

#include <utility>

class QNetworkAccessManager;
class QUrl;

namespace herald {

// Whether a finished request may have reached the service: anything but no connection at
// all. One that did not is safe to send again (Retrying); one that did and got no answer
// may have arrived (Timed Out, never sent again).
inline bool requestWentOut(const QNetworkReply *reply)
{
    const auto e = reply->error();
    return e != QNetworkReply::ConnectionRefusedError && e != QNetworkReply::HostNotFoundError
           && e != QNetworkReply::RemoteHostClosedError;
}

// A JSON body POSTed to a web API's method (Telegram's, Viber's), with `headers` beside
// its content type; no answer within `timeoutMs` aborts it.
QNetworkReply *postJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &json, int timeoutMs,
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});

} // namespace herald
