#include "sqldialect.h"

namespace herald {

namespace {
// PostgreSQL advisory lock keys of a workspace: "HRLD" (as the workspace files'
// application id) for migrations, the next two for writers and for the dispatchers (with
// each dispatcher's id as the second key).
constexpr qint64 kMigrationLock = 0x48524c44;
constexpr qint64 kWriterLock = kMigrationLock + 1;
constexpr qint64 kDispatcherLock = kMigrationLock + 2;

QString lockCall(const char *function, qint64 key)
{
    return u"SELECT " + QLatin1StringView(function) + u'(' + QString::number(key) + u')';
}
} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1StringView("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QStringList SqlDialect::beginWrite() const
{
    if (m_kind == Kind::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), lockCall("pg_advisory_xact_lock", kWriterLock)};
}

QString SqlDialect::nextDispatcherId() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT nextval('dispatcher_ids')");
}

// The two-key form (class, object): pg_locks shows the dispatcher's id as objid.
QString SqlDialect::dispatcherAlive(qint64 id) const
{
    return m_kind == Kind::Sqlite
               ? QString()
               : u"SELECT pg_advisory_lock(" + QString::number(kDispatcherLock) + u", " + QString::number(id) + u')';
}

QString SqlDialect::liveDispatchers() const
{
    return m_kind == Kind::Sqlite ? QString()
                                  : u"SELECT objid::BIGINT FROM pg_locks WHERE locktype = 'advisory' AND granted "
                                    u"AND objsubid = 2 AND classid = "
                                        + QString::number(kDispatcherLock);
}

QString SqlDialect::claimRows(const QString &alias) const
{
    return m_kind == Kind::Sqlite ? QString() : u" FOR UPDATE OF " + alias + u" SKIP LOCKED";
}

QString SqlDialect::foreignKeyPairs() const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                              "WHERE m.type = 'table'");
    return QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                          "WHERE contype = 'f' AND connamespace = 'public'::regnamespace");
}

QString SqlDialect::followIds(const QString &table) const
{
    if (m_kind == Kind::Sqlite)
        return {};
    return u"SELECT setval(pg_get_serial_sequence('" + table + u"', 'id'), MAX(id)) FROM " + table
           + u" HAVING MAX(id) IS NOT NULL";
}

QString SqlDialect::refreshStatistics(const QString &table) const
{
    return m_kind == Kind::Sqlite ? QString() : u"ANALYZE " + table;
}

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::expand(QString sql) const
{
    const bool lite = m_kind == Kind::Sqlite;
    sql.replace(QLatin1StringView("%PK%"),
                lite ? QLatin1StringView("INTEGER PRIMARY KEY AUTOINCREMENT") : QLatin1StringView("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1StringView("%BLOB%"), lite ? QLatin1StringView("BLOB") : QLatin1StringView("BYTEA"));
    return sql;
}

QString SqlDialect::jsonIds() const
{
    return m_kind == Kind::Sqlite
               ? QStringLiteral("(SELECT value FROM json_each(?))")
               : QStringLiteral("(SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json)))");
}

QString SqlDialect::notifyChannels() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT notify_channel FROM tenants");
}

QString SqlDialect::backendId() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT pg_backend_pid()");
}

QString SqlDialect::dataVersion() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("PRAGMA data_version") : QString();
}

QString SqlDialect::messagesChanged() const
{
    return m_kind == Kind::Sqlite
               ? QStringLiteral("INSERT INTO changes (tenant_id, what, campaign_id, run_id) "
                                "SELECT d.tenant_id, 'messages', r.campaign_id, d.run_id FROM "
                                "(SELECT DISTINCT tenant_id, run_id FROM messages WHERE id IN "
                                "(SELECT value FROM json_each(?))) d JOIN runs r ON r.id = d.run_id")
               : QStringLiteral("SELECT herald_messages_changed(CAST(? AS json))");
}

QString SqlDialect::jsonText(const QString &expr) const
{
    if (m_kind == Kind::Sqlite)
        return u"json_extract(" + expr + u", ?)";
    return u"(CAST(" + expr + u" AS jsonb) ->> ?)";
}

QString SqlDialect::jsonKey(const QString &name) const
{
    // SQLite takes a path, in which a quoted member name may hold any character but '"'.
    return m_kind == Kind::Sqlite ? QString(u"$.\"" + name + u'"') : name;
}

QString SqlDialect::likeInsensitive() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString SqlDialect::migrationLock() const
{
    return m_kind == Kind::Sqlite ? QString() : lockCall("pg_advisory_lock", kMigrationLock);
}

QString SqlDialect::migrationUnlock() const
{
    return m_kind == Kind::Sqlite ? QString() : lockCall("pg_advisory_unlock", kMigrationLock);
}

} // namespace herald
