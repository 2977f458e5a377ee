#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace herald {

// The few places where SQLite and PostgreSQL disagree, kept in one class so the
// migrations and repositories are written once. Schema text uses placeholders:
//   %PK%        an auto-increment 64-bit primary key
//   %BLOB%      binary data
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}

    // The dialect of an open connection.
    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    QString driverName() const;
    QString expand(QString schemaSql) const;
    // Case-insensitive LIKE: SQLite's LIKE already is, PostgreSQL needs ILIKE.
    QString likeInsensitive() const;
    // "(SELECT ...)" of the ids in a JSON array bound as its one parameter (jsonIdArray),
    // for `IN` lists of any length.
    QString jsonIds() const;
    // The text at a key of the JSON object `expr`, the key bound as its one parameter,
    // written by jsonKey(). NULL when `expr` is NULL or has no such key.
    QString jsonText(const QString &expr) const;
    QString jsonKey(const QString &name) const;
    // Statements that serialise schema migrations between processes (several workers
    // opening a team database at once); none for SQLite, whose writers are serialised.
    QString migrationLock() const;
    // What begins an outermost transaction: one writer at a time in the whole workspace,
    // the lock taken before the first read, so that what a transaction checks cannot
    // change before it writes. SQLite: BEGIN IMMEDIATE (the file's write lock).
    // PostgreSQL: BEGIN and a transaction-scoped advisory lock on the workspace, so that
    // every service keeps the guarantees it has on the desktop with any number of
    // processes on the database.
    QStringList beginWrite() const;
    // The dispatchers of a team workspace (any number): a new one's id, the session lock
    // it holds on that id while it lives (the server releases it however the process
    // ends), and the ids of those alive (one column). Nothing on SQLite, where one
    // dispatcher sends a file at a time (WorkspaceLock).
    QString nextDispatcherId() const;
    QString dispatcherAlive(qint64 id) const;
    QString liveDispatchers() const;
    // Locks the rows a claim read (`alias` of messages) and leaves out those another
    // dispatcher is claiming right now; nothing on SQLite, whose writers are serialised.
    QString claimRows(const QString &alias) const;
    // Rows (child table, parent table) of the foreign keys between the workspace's tables.
    QString foreignKeyPairs() const;
    // After rows were added with their ids: the next id a table with an id column gives
    // out follows them (nothing on SQLite, whose AUTOINCREMENT follows by itself).
    QString followIds(const QString &table) const;
    // Brings the planner's statistics of `table` up to date, rows this transaction added
    // included; nothing on SQLite. See BulkStatistics.
    QString refreshStatistics(const QString &table) const;
    QString migrationUnlock() const;
    // A team workspace's notification channels the login may follow (one per tenant of
    // its), and this connection's backend id, as the notifications name the writer;
    // nothing on SQLite, which has neither (WorkspaceEvents).
    QString notifyChannels() const;
    QString backendId() const;
    // A number that changes when another connection wrote the workspace file (nothing on
    // PostgreSQL, which notifies instead).
    QString dataVersion() const;
    // Tells open windows that the messages whose ids are bound (a JSON array,
    // jsonIdArray) changed, once per run: a NOTIFY in a team workspace, a row of
    // `changes` in a file (schema 22).
    QString messagesChanged() const;

private:
    Kind m_kind;
};

} // namespace herald
