#include "sqldialect.h"

namespace herald {

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

QString SqlDialect::likeInsensitive() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

} // namespace herald
