#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace herald {

namespace {
// Open Transactions per connection. Connections belong to one thread each, so the
// count is the thread's own.
thread_local QHash<QString, int> t_depth;

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1StringView("QSQLITE");
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return t_depth.value(db.connectionName()) > 0;
}

Status Transaction::run(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return {};
    const QSqlError e = q.lastError();
    return Error::runtime(u"cannot " + what + u": " + (e.databaseText().isEmpty() ? e.text() : e.databaseText()));
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0) {
        m_savepoint = u"herald_sp" + QString::number(depth);
        m_beginError = run(u"SAVEPOINT " + m_savepoint, QStringLiteral("begin a nested database transaction"));
    } else {
        m_beginError = run(isSqlite(m_db) ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                           QStringLiteral("begin a database transaction"));
    }
    m_open = m_beginError.ok();
    if (m_open)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::rollback()
{
    m_open = false;
    --t_depth[m_db.connectionName()];
    if (m_savepoint.isEmpty())
        (void)run(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
    else if (run(u"ROLLBACK TO " + m_savepoint, QStringLiteral("roll back")))
        (void)run(u"RELEASE " + m_savepoint, QStringLiteral("roll back"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginError.ok() ? Error::runtime(QStringLiteral("transaction already finished")) : m_beginError;
    const Status st = m_savepoint.isEmpty()
                          ? run(QStringLiteral("COMMIT"), QStringLiteral("commit to the database"))
                          : run(u"RELEASE " + m_savepoint, QStringLiteral("commit a nested database transaction"));
    if (!st) {
        rollback();
        return st;
    }
    m_open = false;
    --t_depth[m_db.connectionName()];
    return {};
}

} // namespace herald
