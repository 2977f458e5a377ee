#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace herald {

// Begins on construction, rolls back on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_beginError;
    bool m_open = false;
};

} // namespace herald
