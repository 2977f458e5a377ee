#pragma once

#include <QNetworkReply>

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

} // namespace herald
