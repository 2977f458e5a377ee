#include "httpapi.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace herald {

QNetworkReply *postJson(QNetworkAccessManager &network, const QUrl &url, const QByteArray &json, int timeoutMs,
                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    return network.post(request, json);
}

} // namespace herald
