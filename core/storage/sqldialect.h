#pragma once

#include <QString>

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

    Kind kind() const { return m_kind; }
    QString driverName() const;
    QString expand(QString schemaSql) const;
    // Case-insensitive LIKE: SQLite's LIKE already is, PostgreSQL needs ILIKE.
    QString likeInsensitive() const;

private:
    Kind m_kind;
};

} // namespace herald
