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

// Something another connection changed in the workspace.
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
    QString login;       // who changed it (a teammate's login, a worker's service login); empty on a file
    bool byThisWindow = false; // through this process's own main connection (team workspaces)

    bool operator==(const WorkspaceChange &) const = default;
};

// Follows what other windows and workers change, on a connection of its own, never
// polling the message table. In a team workspace through PostgreSQL's LISTEN/NOTIFY (each
// tenant's channel, schema 21); in a workspace file by reading the `changes` rows SQLite's
// triggers and MessageRepository write (schema 22) whenever PRAGMA data_version says
// another connection wrote, a few times a second. Changes arriving together are handed on
// at once, each once. Lives in, and must be used from, the thread that creates it.
class WorkspaceEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEvents)

public:
    explicit WorkspaceEvents(Database db, QObject *parent = nullptr);
    ~WorkspaceEvents() override;

    // Listens for the tenants the login belongs to (again when tenants come and go, and
    // after a lost connection), or follows the file; true when it does. Errors go to
    // problem().
    bool start();

signals:
    void changed(const QList<herald::WorkspaceChange> &changes);
    // The listening connection was lost and is back, or changes were dropped before they
    // were read: anything may have changed meanwhile.
    void resynced();
    // In the user interface's language.
    void problem(const QString &message);

private:
    void onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload);
    bool listen();
    void check();
    void readChanges();
    void add(const WorkspaceChange &change);

    Database m_db;
    QString m_connectionName;
    QPointer<QSqlDriver> m_driver; // the listening connection's
    QSet<QString> m_channels;      // the tenants' notification channels listened to
    qint64 m_ownPid = 0;       // the main connection's backend
    QList<WorkspaceChange> m_pending;
    QTimer *m_gather = nullptr;
    QTimer *m_check = nullptr;
    bool m_lost = false;
    qint64 m_lastSeq = 0;     // a file's newest change read
    qint64 m_dataVersion = -1; // a file's data version when last read
};

} // namespace herald
