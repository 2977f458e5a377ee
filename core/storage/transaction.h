#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace herald {

// Begins on construction, rolls back on destruction unless commit() succeeded.
//
// On SQLite the outermost transaction is BEGIN IMMEDIATE: it takes the workspace's write
// lock before its first read, so what it checks cannot change before it writes (two
// `heraldctl run` at the same instant are serialised here, and the second sees the
// first's run), and a writer never fails half-way with SQLITE_BUSY_SNAPSHOT, which the
// busy timeout cannot wait out. A Transaction opened while another one is open on the
// same connection is a SAVEPOINT inside it: it commits with the outer one and rolls back
// alone. On PostgreSQL the outermost transaction takes the workspace's advisory lock
// (SqlDialect::beginWrite) for the same guarantee.
//
// Begin it with no statement of the same connection still standing on a row: such a
// statement holds a read snapshot, and BEGIN IMMEDIATE on a snapshot another process
// has moved past fails at once with "database is locked" (scope the query, or read it
// to its end).
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begun() const { return m_beginError; }
    Status commit();
    // True when a Transaction is open on this connection (so work done now is atomic with it).
    static bool isOpen(const QSqlDatabase &db);

private:
    Status run(const QString &sql, const QString &what);
    void rollback();

    QSqlDatabase m_db;
    Status m_beginError;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
};

} // namespace herald
