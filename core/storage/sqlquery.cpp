#include "sqlquery.h"

#include "sqldialect.h"

#include <QSqlError>

namespace herald {

namespace {
// How the English of those errors starts (see databaseError).
const QString kDamaged = QStringLiteral("the workspace file is damaged");
const QString kFull = QStringLiteral("the disk holding the workspace is full");
} // namespace

bool isWorkspaceDamage(const Error &error)
{
    return error.message.startsWith(kDamaged);
}

bool isWorkspaceFull(const Error &error)
{
    return error.message.startsWith(kFull);
}

Error databaseError(const QSqlError &e, const QString &what)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const int code = e.nativeErrorCode().toInt();
    // SQLITE_CORRUPT and SQLITE_NOTADB, with their extended codes: the file is damaged.
    if ((code & 0xff) == 11 || (code & 0xff) == 26)
        return Error::runtime(Text::tr("the workspace file is damaged (%1 while %2): stop every Herald on it, run "
                                       "'%3', and restore the newest backup ('%4' makes them)")
                                  .arg(text, what, QStringLiteral("heraldctl workspace check"),
                                       QStringLiteral("heraldctl workspace backup")));
    // SQLITE_FULL, and SQLITE_IOERR_SHMSIZE: the shared-memory file beside a WAL workspace
    // could not grow, which on opening a workspace is a disk without room.
    if ((code & 0xff) == 13 || code == 4874)
        return Error::runtime(Text::tr("the disk holding the workspace is full (%1 while %2): free some space there; "
                                       "nothing that was done is lost")
                                  .arg(text, what));
    if (e.nativeErrorCode() == QLatin1StringView("2067") || e.nativeErrorCode() == QLatin1StringView("1555")
        || e.nativeErrorCode() == QLatin1StringView("23505") || text.contains(QLatin1StringView("UNIQUE constraint")))
        return Error::refused(Text::tr("refused while %1: it already exists (%2)").arg(what, text));
    // PostgreSQL's insufficient_privilege: a grant, a row-level security policy or one of
    // Herald's guards (docs/team.md) keeps this login from doing it.
    if (e.nativeErrorCode() == QLatin1StringView("42501"))
        return Error::refused(Text::tr("the team database refused %1: %2").arg(what, text));
    return Error::runtime(Text::tr("database error while %1: %2").arg(what, text));
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    // PostgreSQL prepares only queries and data changes, not schema statements: a
    // statement without parameters there is sent as it is.
    if (!sql.contains(u'?') && db.driverName() == QLatin1StringView("QPSQL")) {
        m_direct = sql;
        return;
    }
    if (!m_query.prepare(sql))
        m_prepareError = m_query.lastError().text();
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // A null QString is an empty text in Herald's schema, never SQL NULL.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QStringLiteral(""));
    else
        m_query.addBindValue(value);
    return *this;
}

SqlQuery &SqlQuery::bindTime(const QDateTime &time)
{
    return bind(timeToSql(time));
}

Status SqlQuery::exec(const QString &what)
{
    if (!m_prepareError.isEmpty())
        return Error::runtime(Text::tr("database error while %1: %2").arg(what, m_prepareError));
    if (!(m_direct.isEmpty() ? m_query.exec() : m_query.exec(m_direct)))
        return databaseError(m_query.lastError(), what);
    m_rowsAffected = m_query.numRowsAffected();
    // A finished statement does not hold the transaction open (SQLite refuses a commit
    // while a statement is still stepping).
    if (!m_query.isSelect())
        m_query.finish();
    return {};
}

Result<qint64> SqlQuery::execId(const QString &what)
{
    if (auto st = exec(what); !st)
        return st.error();
    if (!m_query.next())
        return Error::runtime(Text::tr("database error while %1: no id returned").arg(what));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

std::optional<qint64> SqlQuery::optionalId(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QDateTime SqlQuery::time(int column) const
{
    return timeFromSql(m_query.value(column));
}

QVariant timeToSql(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(time.toMSecsSinceEpoch());
}

QDateTime timeFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

QString jsonIdArray(const QList<qint64> &ids)
{
    return u'[' + idList(ids) + u']';
}

Error nameTaken(const Error &error, const Text &refusal)
{
    if (error.kind != Error::Kind::Refused || !error.message.contains(QLatin1StringView("already exists")))
        return error;
    return Error::refused(refusal);
}

QString likeEscaped(QString text)
{
    text.replace(u'\\', QLatin1StringView("\\\\"));
    text.replace(u'%', QLatin1StringView("\\%"));
    text.replace(u'_', QLatin1StringView("\\_"));
    return text;
}

BulkStatistics::BulkStatistics(const QSqlDatabase &db, QStringList tables) : m_db(db), m_tables(std::move(tables)) {}

Status BulkStatistics::rowAdded()
{
    if (++m_rows < m_next)
        return {};
    m_next *= 10;
    const SqlDialect dialect = SqlDialect::of(m_db);
    for (const QString &table : std::as_const(m_tables)) {
        const QString sql = dialect.refreshStatistics(table);
        if (sql.isEmpty()) // nothing to refresh on this backend
            return {};
        if (auto st = SqlQuery(m_db, sql).exec(u"refreshing the statistics of " + table); !st)
            return st;
    }
    return {};
}

} // namespace herald
