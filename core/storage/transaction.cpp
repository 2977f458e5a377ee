#include "transaction.h"

#include "sqldialect.h"
#include "sqlquery.h"

#include <QHash>
#include <QSqlQuery>

namespace herald {

namespace {
// Open Transactions per connection. Connections belong to one thread each, so the
// count is the thread's own.
thread_local QHash<QString, int> t_depth;

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
    return databaseError(q.lastError(), what);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0) {
        m_savepoint = u"herald_sp" + QString::number(depth);
        m_beginError = run(u"SAVEPOINT " + m_savepoint, QStringLiteral("beginning a nested database transaction"));
    } else {
        const QStringList begin = SqlDialect::of(m_db).beginWrite();
        for (const QString &statement : begin) {
            m_beginError = run(statement, QStringLiteral("beginning a database transaction"));
            if (!m_beginError) {
                if (statement != begin.first())
                    (void)run(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
                break;
            }
        }
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
        (void)run(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
    else if (run(u"ROLLBACK TO " + m_savepoint, QStringLiteral("rolling back")))
        (void)run(u"RELEASE " + m_savepoint, QStringLiteral("rolling back"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginError.ok() ? Error::runtime(Text::tr("transaction already finished")) : m_beginError;
    const Status st = m_savepoint.isEmpty()
                          ? run(QStringLiteral("COMMIT"), QStringLiteral("committing to the database"))
                          : run(u"RELEASE " + m_savepoint, QStringLiteral("committing a nested database transaction"));
    if (!st) {
        rollback();
        return st;
    }
    m_open = false;
    --t_depth[m_db.connectionName()];
    return {};
}

} // namespace herald
