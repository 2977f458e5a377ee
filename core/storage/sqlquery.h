#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace herald {

// A prepared statement with positional binding whose failures come back as Errors
// that say what Herald was doing, not just what the driver said.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QVariant &value);
    template <typename T>
    SqlQuery &bind(const std::optional<T> &value)
    {
        return bind(value ? QVariant::fromValue(*value) : QVariant());
    }
    SqlQuery &bindTime(const QDateTime &time);

    Status exec(const QString &what);
    // Runs an INSERT ... RETURNING id and returns the new row's id.
    Result<qint64> execId(const QString &what);
    template <std::size_t N>
    Status exec(const char16_t (&what)[N])
    {
        return exec(QString::fromUtf16(what, N - 1));
    }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    std::optional<qint64> optionalId(int column) const;
    QDateTime time(int column) const;
    int rowsAffected() const { return m_rowsAffected; }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_prepareError;
    QString m_direct; // run unprepared (see the constructor)
    int m_rowsAffected = -1;
};

// Whether the database said its file is corrupt (SQLITE_CORRUPT, SQLITE_NOTADB): such
// an error says so, and nothing more may be written to the file.
bool isWorkspaceDamage(const Error &error);
// Whether the disk holding the workspace is full (SQLITE_FULL, or SQLITE_IOERR on a
// write that found no space): nothing is lost, writing waits for space.
bool isWorkspaceFull(const Error &error);
// A driver's error while `what`, as Herald says it: a uniqueness refusal, a damaged
// file, a full disk, or the driver's words. `what` ("reading the campaigns") is quoted as it
// is, in English.
Error databaseError(const QSqlError &error, const QString &what);

// "1,2,3" for an IN (...) list. Ids are integers the database gave out, never user
// text, so formatting them into SQL is safe; the list must not be empty.
QString idList(const QList<qint64> &ids);

// "[1,2,3]", bound as the one parameter of SqlDialect::jsonIds() (`IN (...)`): any
// number of ids (none included) without growing the statement.
QString jsonIdArray(const QList<qint64> &ids);

// A user's text for a LIKE pattern: its wildcards (% _) and the escape character are
// escaped; the statement says ESCAPE '\'.
QString likeEscaped(QString text);

// A uniqueness refusal (exec's "it already exists") said of a name as `refusal`: "a
// template called "Spring" already exists: choose another name"; any other error as it is.
Error nameTaken(const Error &error, const Text &refusal);

// The one row a lookup by key expects, or NotFound with `notFound` ("campaign C-7K2QM not
// found in this tenant").
template <typename T>
Result<T> singleRow(Result<QList<T>> rows, const Text &notFound)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(notFound);
    return rows->first();
}

// Many rows added in one transaction to tables that may have been nearly empty. PostgreSQL
// plans its foreign key checks once per connection, from the statistics of the moment:
// planned on a table of 20 contacts, the check that a contact exists scans every contact
// of the tenant, and a million-row import takes hours. Counting the rows added, this
// refreshes the statistics of the tables they point at when the count reaches 1,000,
// 10,000, 100,000, ..., which also re-plans the checks.
class BulkStatistics final
{
public:
    BulkStatistics(const QSqlDatabase &db, QStringList tables);
    Status rowAdded();

private:
    QSqlDatabase m_db;
    QStringList m_tables;
    qint64 m_rows = 0;
    qint64 m_next = 1000;
};

// Milliseconds since the epoch, UTC, the portable way timestamps are stored.
QVariant timeToSql(const QDateTime &time);
QDateTime timeFromSql(const QVariant &value);

} // namespace herald
