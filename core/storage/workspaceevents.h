#pragma once

#include "database.h"
#include "domain/tenant.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>

class QTimer;

namespace herald {

// Something another connection changed in a team workspace.
struct WorkspaceChange
{
    enum class What {
        Campaign, // the campaign, its channels, segments or reviews
        Run,      // a run, or one of its channels started, paused, stopped or ended
        Messages, // messages of a run moved (claimed, sent, delivered, settled, ...)
    };
    What what = What::Campaign;
    Id tenantId = 0;
    Id campaignId = 0;
    Id runId = 0;
    QString login;       // who changed it (a teammate's login, a worker's service login)
    bool byThisWindow = false; // through this process's own main connection

    bool operator==(const WorkspaceChange &) const = default;
};

// Follows what other windows and workers change in a team workspace, through
// PostgreSQL's LISTEN/NOTIFY on a connection of its own (never polling the message
// table): the database's triggers notify each tenant's channel (schema 21), and changes
// arriving together are handed on at once, each once. On a workspace file it does nothing.
// Lives in, and must be used from, the thread that creates it (the GUI's).
class WorkspaceEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEvents)

public:
    explicit WorkspaceEvents(Database db, QObject *parent = nullptr);
    ~WorkspaceEvents() override;

    // Listens for the tenants the login belongs to (again when tenants come and go, and
    // after a lost connection); true when listening. Errors go to problem().
    bool start();
    bool isListening() const { return !m_channels.isEmpty(); }
    // How long changes are gathered before changed() hands them on.
    void setGatherMs(int ms);

signals:
    void changed(const QList<herald::WorkspaceChange> &changes);
    // The listening connection was lost and is back: anything may have changed meanwhile.
    void resynced();
    void problem(const QString &message);

private:
    void onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload);
    bool listen();
    void check();

    Database m_db;
    QString m_connectionName;
    QPointer<QSqlDriver> m_driver; // the listening connection's
    QSet<QString> m_channels;      // the tenants' notification channels listened to
    qint64 m_ownPid = 0;       // the main connection's backend
    QList<WorkspaceChange> m_pending;
    QTimer *m_gather = nullptr;
    QTimer *m_check = nullptr;
    bool m_lost = false;
};

} // namespace herald
