#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace herald {

class KannelProvider;

// The HTTP endpoints a Kannel gateway calls back: GET or POST
//   /kannel/dlr?token=T&id=MESSAGE&type=%d&reason=%A   delivery reports
//   /kannel/mo?token=T&from=%p&to=%P&text=%a           inbound messages (replies)
// served by the tenant's listener (route()) or by a listener of the provider's own
// (acquire(), the "listen" setting). Each tenant's provider is attached under its secret
// token, for the thread it lives in; a request without a known token gets 403, a
// malformed one 400, and neither changes anything. Accepted requests get 202 and go to
// the provider. One own listener per address in a thread, shared by the providers
// configured with it.
class KannelCallbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelCallbackListener)

public:
    static Result<std::shared_ptr<KannelCallbackListener>> acquire(const QHostAddress &address, quint16 port);
    ~KannelCallbackListener() override;

    // The port listened on (the one chosen by the system when 0 was asked for).
    quint16 port() const { return m_port; }

    // Adds the two endpoints to `server` (a tenant's listener).
    static void route(QHttpServer &server);
    // Callbacks reach the providers attached to CallbackRegistry<KannelProvider> under
    // their token: a report goes to the one awaiting the gateway's answer for its message,
    // anything else to the newest.

private:
    KannelCallbackListener(const QHostAddress &address, quint16 port);

    QString m_key;
    quint16 m_port = 0;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace herald
