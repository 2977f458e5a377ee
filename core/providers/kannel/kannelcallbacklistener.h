#pragma once

#include "domain/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace herald {

class KannelProvider;

// The HTTP endpoint a Kannel gateway calls back: GET or POST
//   /kannel/dlr?token=T&id=MESSAGE&type=%d&reason=%A   delivery reports
//   /kannel/mo?token=T&from=%p&to=%P&text=%a           inbound messages (replies)
// Each tenant's provider is attached under its secret token; a request without a known
// token gets 403, a malformed one 400, and neither changes anything. Accepted requests
// get 202 and go to the provider. One listener per address in a thread, shared by the
// providers configured with it.
class KannelCallbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelCallbackListener)

public:
    static Result<std::shared_ptr<KannelCallbackListener>> acquire(const QHostAddress &address, quint16 port);
    ~KannelCallbackListener() override;

    // The port listened on (the one chosen by the system when 0 was asked for).
    quint16 port() const { return m_port; }
    void attach(const QString &token, KannelProvider *provider);
    void detach(const QString &token);

private:
    KannelCallbackListener(const QHostAddress &address, quint16 port);
    QHttpServerResponse deliveryReport(const QHttpServerRequest &request);
    QHttpServerResponse inbound(const QHttpServerRequest &request);
    KannelProvider *providerFor(const QHttpServerRequest &request) const;

    QString m_key;
    quint16 m_port = 0;
    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, QPointer<KannelProvider>> m_providers; // token -> provider
};

} // namespace herald
