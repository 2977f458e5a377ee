#pragma once

#include "domain/result.h"
#include "domain/tenant.h"
#include "storage/database.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace herald {

// Herald's listener on one address (a tenant's `listen` setting), in the dispatcher's
// thread, for every tenant configured with that address:
//   GET /c/TOKEN   a tracked link (LinkTracking): the click is recorded against its
//                  message and the browser sent on to the link's target (302); a token
//                  that is not signed by its tenant gets 404 and changes nothing.
//   /u/TOKEN       an unsubscribe link: a confirmation page (GET), an opt-out (POST)
//   /kannel/...    an SMS gateway's delivery reports and inbound messages for the
//                  tenants' Kannel providers in this thread (KannelCallbackListener)
//   POST /viber/callback   Viber's callbacks for the tenants' Viber bots (vibercallbacks)
//   /push/TENANT/...       Web Push for the tenant's site: GET key (the VAPID public key),
//                  POST subscribe {"contact": TOKEN, "subscription": PushSubscriptionJSON}
//                  and unsubscribe {"contact": TOKEN, "endpoint"}; CORS for the origins the
//                  Web Push provider names, others refused (403); TOKEN is the contact's
//                  (ContactService::pushToken), else 403 and nothing changes.
// It reads tenants' secrets and writes clicks through the workspace it was given.
class LinkListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkListener)

public:
    // Listens on `address`:`port` (0: a port the system chooses); an error names the
    // address when it is in use or not on this machine.
    static Result<std::unique_ptr<LinkListener>> listen(Database db, const QHostAddress &address, quint16 port);
    ~LinkListener() override;

    quint16 port() const { return m_port; }
    struct Site
    {
        QString secret;       // the tenant's link secret
        QString organisation; // the tenant's name, as unsubscribe pages name the sender
    };
    // Tenants whose links this listener answers.
    void setTenants(const QHash<Id, Site> &sites) { m_sites = sites; }

signals:
    // A click or an opt-out could not be recorded (the recipient was still sent on, or
    // asked to try again).
    void problem(const herald::Text &message);

private:
    explicit LinkListener(Database db);
    QHttpServerResponse click(const QString &token, const QHttpServerRequest &request);
    QHttpServerResponse unsubscribe(const QString &token, const QHttpServerRequest &request);
    QHttpServerResponse push(const QString &tenant, const QString &action, const QHttpServerRequest &request);

    Database m_db;
    quint16 m_port = 0;
    std::unique_ptr<QHttpServer> m_server;
    QHash<Id, Site> m_sites; // by tenant
};

} // namespace herald
