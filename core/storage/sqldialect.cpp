#include "sqldialect.h"

namespace herald {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1StringView("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QStringList SqlDialect::beginWrite() const
{
    if (m_kind == Kind::Sqlite)
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(1213353029)")};
}

// Advisory lock keys: "HRLD" (migrations), + 1 (writers), + 2 (the dispatcher).
QString SqlDialect::dispatcherTryLock() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT pg_try_advisory_lock(1213353030)");
}

QString SqlDialect::dispatcherUnlock() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT pg_advisory_unlock(1213353030)");
}

QString SqlDialect::dispatcherLockHolder() const
{
    return m_kind == Kind::Sqlite ? QString()
                                  : QStringLiteral("SELECT a.application_name, a.usename, a.pid FROM pg_locks l "
                                                   "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = "
                                                   "'advisory' AND l.granted AND l.objid = 1213353030");
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
    // The key is "HRLD", as the workspace files' application id.
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT pg_advisory_lock(1213353028)");
}

QString SqlDialect::migrationUnlock() const
{
    return m_kind == Kind::Sqlite ? QString() : QStringLiteral("SELECT pg_advisory_unlock(1213353028)");
}

} // namespace herald
