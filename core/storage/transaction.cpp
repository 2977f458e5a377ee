#include "transaction.h"

#include <QSqlError>

namespace herald {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open)
        m_beginError = Error::runtime(u"cannot begin a database transaction: " + m_db.lastError().text());
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginError.ok() ? Error::runtime(QStringLiteral("transaction already finished")) : m_beginError;
    m_open = false;
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return Error::runtime(u"cannot commit to the database: " + text);
    }
    return {};
}

} // namespace herald
