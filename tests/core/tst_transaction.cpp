// Transactions: nested ones are savepoints that roll back alone; the outermost one holds
// the write lock from its start (BEGIN IMMEDIATE), so a check and the write it allows
// cannot be split by another writer.
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "testworkspace.h"

#include <QTest>

#include <optional>

using namespace herald;

class TestTransaction final : public QObject
{
    Q_OBJECT

    static qint64 count(const QSqlDatabase &db)
    {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM tenants"));
        return q.exec(u"counting").ok() && q.next() ? q.id(0) : -1;
    }

    static Status addTenant(const QSqlDatabase &db, const QString &name)
    {
        SqlQuery q(db, QStringLiteral("INSERT INTO tenants (name, created_at) VALUES (?, 0)"));
        q.bind(name);
        return q.exec(u"adding a tenant");
    }

private slots:
    void nestedRollsBackAlone()
    {
        test::TestWorkspace ws;
        const QSqlDatabase db = ws.db().connection();
        const qint64 before = count(db);
        {
            Transaction outer(db);
            QVERIFY(outer.begun().ok());
            QVERIFY(Transaction::isOpen(db));
            QVERIFY(addTenant(db, QStringLiteral("kept")).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.begun().ok());
                QVERIFY(addTenant(db, QStringLiteral("dropped")).ok());
            } // not committed: only its own row goes
            {
                Transaction inner(db);
                QVERIFY(inner.begun().ok());
                QVERIFY(addTenant(db, QStringLiteral("also kept")).ok());
                QVERIFY(inner.commit().ok());
            }
            QCOMPARE(count(db), before + 2);
            QVERIFY(outer.commit().ok());
        }
        QVERIFY(!Transaction::isOpen(db));
        QCOMPARE(count(db), before + 2);
    }

    void outerRollbackTakesTheNestedWithIt()
    {
        test::TestWorkspace ws;
        const QSqlDatabase db = ws.db().connection();
        const qint64 before = count(db);
        {
            Transaction outer(db);
            QVERIFY(outer.begun().ok());
            Transaction inner(db);
            QVERIFY(inner.begun().ok());
            QVERIFY(addTenant(db, QStringLiteral("gone")).ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(count(db), before);
        // And the connection is usable again: a new outermost transaction begins.
        Transaction again(db);
        QVERIFY(again.begun().ok());
        QVERIFY(again.commit().ok());
    }

    // One writer at a time: while one connection's transaction is open, another connection
    // cannot start writing (it waits for the lock; here, with no wait, it is told so).
    // SQLite: BEGIN IMMEDIATE; PostgreSQL: the workspace's advisory lock.
    void outermostHoldsTheWriteLock()
    {
        test::TestWorkspace ws;
        const QSqlDatabase db = ws.db().connection();
        Transaction holder(db);
        QVERIFY(holder.begun().ok());
        std::optional<Database> team;
        QSqlDatabase other;
        if (test::TestWorkspace::onPostgres()) {
            team = *Database::openPostgres(ws.conninfo(), Database::Mode::OpenExisting);
            other = team->connection();
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("SET lock_timeout = 50")));
        } else {
            other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(ws.db().path());
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(other.open());
        }
        {
            Transaction second(other);
            QVERIFY(!second.begun().ok());
            const QString why = second.begun().error().message;
            QVERIFY2(why.contains(u"locked") || why.contains(u"lock timeout"), qPrintable(why));
            QVERIFY(!Transaction::isOpen(other));
        }
        if (team) {
            other = QSqlDatabase();
            team->closeThreadConnection();
        } else {
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        QVERIFY(holder.commit().ok());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
