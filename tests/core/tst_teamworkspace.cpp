// A team workspace on PostgreSQL as heraldctl and the core open it: created in an empty
// database, refused in a non-empty one, named in messages without its password, one
// dispatcher at a time across processes. The suites that run both ways (the *_pg tests)
// cover what the workspace does once open.
#include "dispatch/workspacelock.h"
#include "pgcluster.h"
#include "peers.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace herald;

namespace {
struct Ctl
{
    int exit = -1;
    QByteArray out, err;
};
Ctl heraldctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("HERALDCTL"), args);
    Ctl r;
    if (!p.waitForFinished(180000))
        return r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    test::PgCluster *m_pg = nullptr;

private slots:
    void initTestCase()
    {
        m_pg = test::PgCluster::shared();
        if (!m_pg)
            HERALD_PEER_MISSING("no PostgreSQL cluster could be started");
        QVERIFY(!qEnvironmentVariable("HERALDCTL").isEmpty());
    }

    void initDemoAndUseIt()
    {
        const QString db = m_pg->createDatabase();
        const Ctl init = heraldctl({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.exit == 0, init.err.constData());
        QVERIFY2(init.out.contains("Created demo workspace postgresql://herald_test@"), init.out.constData());

        const Ctl list = heraldctl({QStringLiteral("--database"), db, QStringLiteral("--tenant"),
                                    QStringLiteral("Northwind Outfitters"), QStringLiteral("campaigns"),
                                    QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exit == 0, list.err.constData());
        QVERIFY(QJsonDocument::fromJson(list.out).array().size() > 10);

        // Every migration step ran and was recorded as on a workspace file.
        QString version;
        QVERIFY(m_pg->psql(db.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0),
                           QStringLiteral("SELECT max(version) FROM schema_version"), &version));
        QCOMPARE(version.toInt(), Migrations::latestVersion());

        // init never writes into a database that holds anything.
        const Ctl again = heraldctl({QStringLiteral("--database"), db, QStringLiteral("init")});
        QCOMPARE(again.exit, 4);
        QVERIFY2(again.err.contains("is not empty"), again.err.constData());

        // Files are backed up and checked by Herald, team databases by PostgreSQL.
        const Ctl backup = heraldctl({QStringLiteral("--database"), db, QStringLiteral("workspace"),
                                      QStringLiteral("backup"), QStringLiteral("/tmp/never.herald")});
        QCOMPARE(backup.exit, 4);
        QVERIFY2(backup.err.contains("pg_dump"), backup.err.constData());
    }

    void wrongAddresses()
    {
        const QString empty = m_pg->createDatabase();
        const Ctl notInit = heraldctl({QStringLiteral("--database"), empty, QStringLiteral("campaigns"),
                                       QStringLiteral("list")});
        QCOMPARE(notInit.exit, 5);
        QVERIFY2(notInit.err.contains("holds no Herald workspace: create one with 'heraldctl --database URL init'"),
                 notInit.err.constData());

        const Ctl both = heraldctl({QStringLiteral("--database"), empty, QStringLiteral("--workspace"),
                                    QStringLiteral("/tmp/x.herald"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(both.exit, 2);

        const Ctl garbled = heraldctl({QStringLiteral("--database"), QStringLiteral("postgresql://a:pw9@b:notaport/x"),
                                       QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(garbled.exit, 2);
        QVERIFY2(garbled.err.contains("cannot read the team database address: port 'notaport'"),
                 garbled.err.constData());
        QVERIFY(!garbled.err.contains("pw9"));

        // The password is never repeated in a message.
        const Ctl secret = heraldctl({QStringLiteral("--database"),
                                      QStringLiteral("postgresql://ana:s3cret@") + m_pg->socketDir().replace(u'/', QStringLiteral("%2F"))
                                          + QStringLiteral("/nosuchdb"),
                                      QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(secret.exit, 1);
        QVERIFY2(secret.err.contains("cannot connect to the team database postgresql://ana@"), secret.err.constData());
        QVERIFY(!secret.err.contains("s3cret"));
    }

    // A desktop workspace moves to the team with its ids and history; the copy is checked
    // table by table, and the team database goes on numbering after the copied rows.
    void copyDesktopWorkspace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.herald"));
        QCOMPARE(heraldctl({QStringLiteral("--workspace"), file, QStringLiteral("init"), QStringLiteral("--demo")}).exit, 0);
        const QString db = m_pg->createDatabase();
        const QString dbname = db.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
        QElapsedTimer timer;
        timer.start();
        const Ctl copy = heraldctl({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                    QStringLiteral("--to"), db, QStringLiteral("--json")});
        QVERIFY2(copy.exit == 0, copy.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(copy.out).object();
        qInfo("the demo workspace, %lld rows, copied and checked in %.1f s",
              report.value(QStringLiteral("rows")).toInteger(), timer.elapsed() / 1000.0);
        QVERIFY(report.value(QStringLiteral("rows")).toInteger() > 10000);
        QHash<QString, qint64> rows;
        for (const QJsonValue &t : report.value(QStringLiteral("tables")).toArray())
            rows.insert(t[QStringLiteral("table")].toString(), t[QStringLiteral("rows")].toInteger());
        QVERIFY(rows.value(QStringLiteral("messages")) > 0);
        // Parents before children: tenants first.
        QCOMPARE(report.value(QStringLiteral("tables")).toArray().first()[QStringLiteral("table")].toString(),
                 QStringLiteral("tenants"));
        for (const QString &table : {QStringLiteral("messages"), QStringLiteral("contacts"), QStringLiteral("opt_outs"),
                                     QStringLiteral("runs"), QStringLiteral("content_files")}) {
            QString counted;
            QVERIFY(m_pg->psql(dbname, u"SELECT COUNT(*) FROM " + table, &counted));
            QCOMPARE(counted.toLongLong(), rows.value(table));
        }
        const QStringList tenant{QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters"),
                                 QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")};
        const Ctl onFile = heraldctl(QStringList{QStringLiteral("--workspace"), file} + tenant);
        const Ctl onTeam = heraldctl(QStringList{QStringLiteral("--database"), db} + tenant);
        QCOMPARE(onTeam.exit, 0);
        QCOMPARE(QJsonDocument::fromJson(onTeam.out), QJsonDocument::fromJson(onFile.out));
        QString follows;
        QVERIFY(m_pg->psql(dbname,
                           QStringLiteral("SELECT nextval(pg_get_serial_sequence('campaigns', 'id')) > MAX(id) FROM "
                                          "campaigns"),
                           &follows));
        QCOMPARE(follows, QStringLiteral("t"));

        // Never into a database that holds a workspace.
        const Ctl again = heraldctl({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                     QStringLiteral("--to"), db});
        QCOMPARE(again.exit, 4);
        QVERIFY2(again.err.contains("already holds a workspace"), again.err.constData());

        // A database left with the schema and no rows (a copy that failed) is used.
        const Ctl intoSchema = heraldctl({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--from"),
                                          file, QStringLiteral("--to"), m_pg->createWorkspaceDatabase()});
        QVERIFY2(intoSchema.exit == 0, intoSchema.err.constData());
        QVERIFY2(intoSchema.out.contains("every table's count checked"), intoSchema.out.constData());
    }

    // Two dispatchers never send one team workspace at the same time; the lock is the
    // server's, released when its holder goes.
    void oneDispatcherAtATime()
    {
        const QString info = m_pg->createWorkspaceDatabase();
        auto first = Database::openPostgres(info, Database::Mode::OpenExisting);
        auto second = Database::openPostgres(info, Database::Mode::OpenExisting);
        QVERIFY(first.ok() && second.ok());
        WorkspaceLock a(*first), b(*second);
        QVERIFY(a.tryLock().ok());
        const Status refused = b.tryLock();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(u"is being sent by tst_teamworkspace (login herald_test"),
                 qPrintable(refused.error().message));
        a.unlock();
        QVERIFY(b.tryLock().ok());
        b.unlock();
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
