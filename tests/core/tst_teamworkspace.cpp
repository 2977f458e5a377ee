// A team workspace on PostgreSQL as heraldctl and the core open it: created in an empty
// database, refused in a non-empty one, named in messages without its password; people
// as their database logins, tenants and admin-only tables held apart by the database;
// workers sharing a run; open windows hearing each other's changes. The suites that run both ways (the *_pg tests) cover what the
// workspace does once open.
#include "pgcluster.h"
#include "smtpsink.h"
#include "peers.h"
#include "storage/messagerepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "storage/workspaceevents.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

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

QString dbName(const QString &conninfo)
{
    return conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
}
} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    test::PgCluster *m_pg = nullptr;
    QString m_demo; // a demo workspace made once, copied for each test that reads it

    // What psql printed for `statement` in database `name`, as `login` (default: the
    // cluster's superuser); fails the test when it fails.
    QString sql(const QString &name, const QString &statement, const QString &login = {})
    {
        QString out;
        if (!m_pg->psql(name, statement, &out, login))
            qWarning("psql as %s: %s: %s", qPrintable(login), qPrintable(statement), qPrintable(out));
        return out;
    }
    // `users list --json` of the default tenant.
    QJsonArray users(const QString &conninfo)
    {
        const Ctl list = heraldctl({QStringLiteral("--database"), conninfo, QStringLiteral("users"), QStringLiteral("list"),
                                    QStringLiteral("--json")});
        if (list.exit != 0)
            qWarning("users list: %s", list.err.constData());
        return QJsonDocument::fromJson(list.out).array();
    }
    // A fresh copy of the demo workspace (init --demo once, then CREATE DATABASE ... TEMPLATE).
    QString demoDatabase()
    {
        if (m_demo.isEmpty()) {
            const QString db = m_pg->createDatabase();
            const Ctl init = heraldctl({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")});
            if (init.exit != 0)
                qWarning("init --demo: %s", init.err.constData());
            m_demo = dbName(db);
        }
        const QString copy = m_demo + u"_" + QString::number(++m_copies);
        if (!m_pg->psql(QStringLiteral("postgres"), u"CREATE DATABASE " + copy + u" TEMPLATE " + m_demo))
            qWarning("cannot copy the demo database");
        return m_pg->conninfo(copy);
    }
    int m_copies = 0;
    // Nina Berg, a manager of Bluebird Health Clinics only, signing in as nina_berg.
    static bool addNina(const QString &conninfo)
    {
        return heraldctl({QStringLiteral("--database"), conninfo, QStringLiteral("--tenant"),
                          QStringLiteral("Bluebird Health Clinics"), QStringLiteral("users"), QStringLiteral("add"),
                          QStringLiteral("Nina Berg"), QStringLiteral("--role"), QStringLiteral("manager"),
                          QStringLiteral("--login"), QStringLiteral("nina_berg")})
                   .exit
               == 0;
    }

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

    // A person is the login they connect as: the login that ran init is the first admin,
    // admins link others (created when missing), and --user is refused.
    void peopleAreTheirLogins()
    {
        const QString db = m_pg->createDatabase();
        const QString name = dbName(db);
        QCOMPARE(heraldctl({QStringLiteral("--database"), db, QStringLiteral("init")}).exit, 0);
        const QJsonArray first = users(db);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0][QStringLiteral("login")].toString(), m_pg->superuser());
        QCOMPARE(first[0][QStringLiteral("role")].toString(), QStringLiteral("admin"));

        const Ctl added = heraldctl({QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("add"),
                                     QStringLiteral("Bea Lund"), QStringLiteral("--role"), QStringLiteral("manager"),
                                     QStringLiteral("--login"), QStringLiteral("bea_lund"), QStringLiteral("--json")});
        QVERIFY2(added.exit == 0, added.err.constData());
        QCOMPARE(QJsonDocument::fromJson(added.out)[QStringLiteral("login")].toString(), QStringLiteral("bea_lund"));

        // Bea signs in as herself and may do what a manager may, nothing more.
        const QString bea = m_pg->conninfo(name, QStringLiteral("bea_lund"));
        QCOMPARE(users(bea).size(), 2);
        const Ctl notAdmin = heraldctl({QStringLiteral("--database"), bea, QStringLiteral("users"), QStringLiteral("add"),
                                        QStringLiteral("Cy"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(notAdmin.exit, 4);
        QVERIFY2(notAdmin.err.contains("user 'Bea Lund' (role manager) may not manage people"), notAdmin.err.constData());
        const Ctl otherUser = heraldctl({QStringLiteral("--database"), bea, QStringLiteral("--user"), m_pg->superuser(),
                                         QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(otherUser.exit, 2);
        QVERIFY2(otherUser.err.contains("you act as your database login 'bea_lund'"), otherUser.err.constData());

        // One login is one person of a tenant, in one letter case.
        const auto add = [&](const QString &person, const QString &login) {
            return heraldctl({QStringLiteral("--database"), db, QStringLiteral("users"), QStringLiteral("add"), person,
                              QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--login"), login});
        };
        const Ctl capitals = add(QStringLiteral("Dee"), QStringLiteral("Bea_Lund"));
        QCOMPARE(capitals.exit, 2);
        QVERIFY2(capitals.err.contains("has capitals: use \"bea_lund\""), capitals.err.constData());
        const Ctl twice = add(QStringLiteral("Eve"), QStringLiteral("bea_lund"));
        QCOMPARE(twice.exit, 4);
        QVERIFY2(twice.err.contains("is user 'Bea Lund' of this tenant already"), twice.err.constData());

        // A login nobody linked belongs to no tenant and sees nothing.
        QVERIFY(m_pg->psql(name, QStringLiteral("CREATE ROLE stranger LOGIN")));
        const Ctl stranger = heraldctl({QStringLiteral("--database"), m_pg->conninfo(name, QStringLiteral("stranger")),
                                        QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(stranger.exit, 4);
        QVERIFY2(stranger.err.contains("the database login 'stranger' belongs to no tenant"), stranger.err.constData());
        // ... until an admin links it.
        QCOMPARE(add(QStringLiteral("Stan Ger"), QStringLiteral("stranger")).exit, 0);
        QCOMPARE(heraldctl({QStringLiteral("--database"), m_pg->conninfo(name, QStringLiteral("stranger")),
                            QStringLiteral("campaigns"), QStringLiteral("list")})
                     .exit,
                 0);

        // A workspace file has no logins.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.herald"));
        QCOMPARE(heraldctl({QStringLiteral("--workspace"), file, QStringLiteral("init")}).exit, 0);
        const Ctl onFile = heraldctl({QStringLiteral("--workspace"), file, QStringLiteral("users"), QStringLiteral("add"),
                                      QStringLiteral("Fay"), QStringLiteral("--role"), QStringLiteral("viewer"),
                                      QStringLiteral("--login"), QStringLiteral("fay")});
        QCOMPARE(onFile.exit, 2);
        QVERIFY2(onFile.err.contains("a database login is for team workspaces"), onFile.err.constData());
    }

    // Row-level security: a login of one tenant reads none of another tenant's rows, in
    // any table, even with psql; the demo's people each sign in as a login of their own.
    void tenantsApartInTheDatabase()
    {
        const QString db = demoDatabase();
        const QString name = dbName(db);
        for (const QJsonValue &u : users(db))
            QVERIFY2(!u[QStringLiteral("login")].toString().isEmpty(), qPrintable(u[QStringLiteral("name")].toString()));
        const QString bluebird = sql(name, QStringLiteral("SELECT id FROM tenants WHERE name = 'Bluebird Health Clinics'"));
        QVERIFY(addNina(db));
        const QStringList tables =
            sql(name, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                                     "AND column_name = 'tenant_id' ORDER BY 1"))
                .split(u'\n');
        QVERIFY(tables.size() > 25);
        // Every one of them, and any a later schema adds, is under row-level security.
        QCOMPARE(sql(name, QStringLiteral("SELECT count(*) FROM pg_class c JOIN information_schema.columns i ON "
                                          "i.table_name = c.relname WHERE i.table_schema = 'public' AND i.column_name = "
                                          "'tenant_id' AND NOT c.relrowsecurity")),
                 QStringLiteral("0"));
        int withOthersRows = 0;
        for (const QString &table : tables) {
            const QString others = u"SELECT count(*) FROM " + table + u" WHERE tenant_id <> " + bluebird;
            withOthersRows += sql(name, others).toInt() > 0 ? 1 : 0;
            QCOMPARE(sql(name, others, QStringLiteral("nina_berg")), QStringLiteral("0"));
            QCOMPARE(sql(name, u"SELECT count(*) FROM " + table, QStringLiteral("nina_berg")),
                     sql(name, u"SELECT count(*) FROM " + table + u" WHERE tenant_id = " + bluebird));
        }
        QVERIFY2(withOthersRows >= 20, "the demo fills most tables of the other tenant");
        QCOMPARE(sql(name, QStringLiteral("SELECT string_agg(name, ',') FROM tenants"), QStringLiteral("nina_berg")),
                 QStringLiteral("Bluebird Health Clinics"));
        const Ctl elsewhere = heraldctl({QStringLiteral("--database"), m_pg->conninfo(name, QStringLiteral("nina_berg")),
                                         QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters"),
                                         QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(elsewhere.exit, 5);
        QVERIFY2(elsewhere.err.contains("tenant 'Northwind Outfitters' not found (tenants: Bluebird Health Clinics)"),
                 elsewhere.err.constData());
        // Nor can she write into it.
        const QString northwind = sql(name, QStringLiteral("SELECT id FROM tenants WHERE name = 'Northwind Outfitters'"));
        QString refused;
        QVERIFY(!m_pg->psql(name,
                            u"INSERT INTO contacts (tenant_id, first_name, created_at) VALUES (" + northwind + u", 'x', 0)",
                            &refused, QStringLiteral("nina_berg")));
        QVERIFY2(refused.contains(QLatin1StringView("row-level security")), qPrintable(refused));
        QVERIFY(m_pg->psql(name, u"UPDATE contacts SET first_name = 'x' WHERE tenant_id = " + northwind, &refused,
                           QStringLiteral("nina_berg")));
        QCOMPARE(sql(name, QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'x'")), QStringLiteral("0"));
    }

    // What only admins may change is held by the database too: a manager (or a viewer,
    // for opt-out removal) with psql is refused; a member's dispatcher still keeps the
    // counters it keeps.
    void adminOnlyChangesHeldByTheDatabase()
    {
        const QString db = demoDatabase();
        const QString name = dbName(db);
        const QString manager = QStringLiteral("marco_rossi"), viewer = QStringLiteral("tom_becker");
        QCOMPARE(sql(name, u"SELECT role FROM users WHERE login = '" + manager + u"' LIMIT 1"), QStringLiteral("manager"));
        QCOMPARE(sql(name, u"SELECT role FROM users WHERE login = '" + viewer + u"' LIMIT 1"), QStringLiteral("viewer"));
        const auto as = [&](const QString &login, const QString &statement, QString *said) {
            return m_pg->psql(name, u"BEGIN; " + statement + u"; ROLLBACK", said, login);
        };
        const QStringList adminsOnly{
            QStringLiteral("UPDATE provider_configs SET settings = '{}'"),
            QStringLiteral("INSERT INTO users (tenant_id, name, role, login) SELECT id, 'Evil', 'admin', 'evil' FROM tenants"),
            QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'marco_rossi'"),
            QStringLiteral("UPDATE number_pools SET name = name || 'x'"),
            QStringLiteral("DELETE FROM phone_numbers"),
            QStringLiteral("UPDATE phone_numbers SET daily_cap = 1"),
            QStringLiteral("UPDATE sender_identities SET address = 'spoof@example.com'"),
            QStringLiteral("UPDATE tenants SET balance_credits = COALESCE(balance_credits, 0) + 1000"),
            QStringLiteral("UPDATE tenants SET name = name || 'x'"),
            QStringLiteral("INSERT INTO service_logins (tenant_id, login, added_at) SELECT id, 'evil', 0 FROM tenants"),
        };
        for (const QString &statement : adminsOnly) {
            QString said;
            QVERIFY2(!as(manager, statement, &said), qPrintable(statement));
            QVERIFY2(said.contains(QLatin1StringView("that needs the role admin")), qPrintable(statement + u": " + said));
        }
        QString said;
        QVERIFY(!as(manager, QStringLiteral("INSERT INTO tenants (name, time_zone, created_at) VALUES ('Mine', 'UTC', 0)"),
                    &said));
        QVERIFY2(said.contains(QLatin1StringView("row-level security")), qPrintable(said));
        QVERIFY(!as(viewer, QStringLiteral("DELETE FROM opt_outs"), &said));
        QVERIFY2(said.contains(QLatin1StringView("that needs the role admin or manager")), qPrintable(said));
        // What any member's dispatcher writes.
        for (const QString &statement :
             {QStringLiteral("UPDATE phone_numbers SET attempts = attempts + 1, used_today = used_today + 1"),
              QStringLiteral("UPDATE tenants SET balance_credits = balance_credits - 1 WHERE balance_credits IS NOT NULL"),
              QStringLiteral("INSERT INTO opt_outs (tenant_id, contact_id, channel, created_at) SELECT tenant_id, id, "
                             "'sms', 0 FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.contact_id = "
                             "c.id AND o.channel = 'sms') LIMIT 1")})
            QVERIFY2(as(viewer, statement, &said), qPrintable(statement + u": " + said));
        QVERIFY2(as(manager, QStringLiteral("DELETE FROM opt_outs"), &said), qPrintable(said));
    }

    // Workers connect as a service login of the tenants they send for, nobody's person.
    void serviceLogins()
    {
        const QString db = demoDatabase();
        const QString name = dbName(db);
        const QStringList bluebird{QStringLiteral("--database"), db, QStringLiteral("--tenant"),
                                   QStringLiteral("Bluebird Health Clinics")};
        const Ctl added = heraldctl(bluebird + QStringList{QStringLiteral("workers"), QStringLiteral("add"),
                                                           QStringLiteral("sender_b"), QStringLiteral("--json")});
        QVERIFY2(added.exit == 0, added.err.constData());
        const Ctl list = heraldctl(bluebird + QStringList{QStringLiteral("workers"), QStringLiteral("list"),
                                                          QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        QCOMPARE(sql(name, QStringLiteral("SELECT string_agg(name, ',') FROM tenants"), QStringLiteral("sender_b")),
                 QStringLiteral("Bluebird Health Clinics"));
        QVERIFY(!m_pg->psql(name, QStringLiteral("UPDATE provider_configs SET settings = '{}'"), nullptr,
                            QStringLiteral("sender_b")));
        // It runs workers only: it is nobody who could change a campaign.
        const QString asService = m_pg->conninfo(name, QStringLiteral("sender_b"));
        QCOMPARE(heraldctl({QStringLiteral("--database"), asService, QStringLiteral("campaigns"), QStringLiteral("list")}).exit,
                 4);
        QProcess worker;
        worker.setProcessChannelMode(QProcess::MergedChannels);
        worker.start(qEnvironmentVariable("HERALDCTL"), {QStringLiteral("--database"), asService, QStringLiteral("worker")});
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += worker.readAll()).contains("heraldctl worker: sending workspace"), 60000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(60000));
        QCOMPARE(worker.exitCode(), 0);

        const Ctl removed = heraldctl(bluebird + QStringList{QStringLiteral("workers"), QStringLiteral("remove"),
                                                             QStringLiteral("sender_b")});
        QCOMPARE(removed.exit, 0);
        QCOMPARE(sql(name, QStringLiteral("SELECT count(*) FROM tenants"), QStringLiteral("sender_b")), QStringLiteral("0"));
    }

    // Any number of workers share a run: three send one email run through smtp-sink, one is
    // killed (SIGKILL) mid-run, and the survivors settle what it had in flight by the crash
    // rules. Every message ends final, and no recipient is accepted twice by the sink.
    // Windows learn of each other's changes through LISTEN/NOTIFY: each tenant's own
    // channel (a login hears nothing of tenants it does not belong to), once per
    // batch and run for messages, never for the rate limit's bookkeeping, and again
    // after the listening connection was lost.
    void liveTogether()
    {
        const QString db = demoDatabase();
        const QString name = dbName(db);
        QVERIFY(addNina(db));
        const Id northwind = sql(name, QStringLiteral("SELECT id FROM tenants WHERE name = 'Northwind Outfitters'")).toLongLong();
        const Id bluebird = sql(name, QStringLiteral("SELECT id FROM tenants WHERE name = 'Bluebird Health Clinics'")).toLongLong();
        const QStringList queued =
            sql(name, u"SELECT m.id || ' ' || m.run_id || ' ' || r.campaign_id || ' ' || m.channel FROM messages m JOIN "
                      u"runs r ON r.id = m.run_id WHERE m.status = 'Queued' AND m.tenant_id = "
                          + QString::number(northwind) + u" ORDER BY m.run_id, m.id LIMIT 3")
                .split(u'\n');
        QCOMPARE(queued.size(), 3);
        const Id runId = queued.first().section(u' ', 1, 1).toLongLong();
        const Id runCampaign = queued.first().section(u' ', 2, 2).toLongLong();
        const Id nwCampaign = sql(name, u"SELECT min(id) FROM campaigns WHERE tenant_id = " + QString::number(northwind)).toLongLong();
        const Id bbCampaign = sql(name, u"SELECT min(id) FROM campaigns WHERE tenant_id = " + QString::number(bluebird)).toLongLong();

        auto owner = Database::openPostgres(db, Database::Mode::OpenExisting);
        if (!owner)
            QFAIL(qPrintable(owner.error().message));
        auto nina = Database::openPostgres(m_pg->conninfo(name, QStringLiteral("nina_berg")), Database::Mode::OpenExisting);
        if (!nina)
            QFAIL(qPrintable(nina.error().message));
        WorkspaceEvents ownerEvents(*owner);
        WorkspaceEvents ninaEvents(*nina);
        QList<WorkspaceChange> heard, ninaHeard;
        int resynced = 0;
        connect(&ownerEvents, &WorkspaceEvents::changed, this, [&](const QList<WorkspaceChange> &c) { heard << c; });
        connect(&ownerEvents, &WorkspaceEvents::resynced, this, [&] { ++resynced; });
        connect(&ninaEvents, &WorkspaceEvents::changed, this, [&](const QList<WorkspaceChange> &c) { ninaHeard << c; });
        QVERIFY(ownerEvents.start());
        QVERIFY(ninaEvents.start());

        // A teammate edits a campaign with psql: the owner hears who and which; Nina nothing.
        QElapsedTimer latency;
        latency.start();
        sql(name, u"UPDATE campaigns SET description = 'edited elsewhere' WHERE id = " + QString::number(nwCampaign),
            QStringLiteral("marco_rossi"));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 30000);
        qInfo("a change was heard %lld ms after psql was started", qint64(latency.elapsed()));
        QCOMPARE(heard.first().what, WorkspaceChange::What::Campaign);
        QCOMPARE(heard.first().tenantId, northwind);
        QCOMPARE(heard.first().campaignId, nwCampaign);
        QCOMPARE(heard.first().login, QStringLiteral("marco_rossi"));
        QVERIFY(!heard.first().byThisWindow);
        // Nina's change in her own tenant reaches her, and nothing of Northwind's did before it.
        sql(name, u"UPDATE campaigns SET description = 'hers' WHERE id = " + QString::number(bbCampaign),
            QStringLiteral("nina_berg"));
        QTRY_COMPARE_WITH_TIMEOUT(ninaHeard.size(), 1, 30000);
        QCOMPARE(ninaHeard.first().tenantId, bluebird);
        QCOMPARE(ninaHeard.first().campaignId, bbCampaign);
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 2, 30000); // the owner belongs to every tenant
        // Nobody outside a tenant can even name its channel: unguessable, one per tenant.
        QCOMPARE(sql(name, QStringLiteral("SELECT count(DISTINCT notify_channel) = count(*) AND min(length(notify_channel)) "
                                          ">= 39 FROM tenants")),
                 QStringLiteral("t"));

        // Messages moved by a teammate's Herald: one change per batch and run, naming both;
        // the token bucket every claim updates says nothing.
        heard.clear();
        sql(name, u"UPDATE run_channels SET rate_tokens = 3 WHERE run_id = " + QString::number(runId));
        auto marco = Database::openPostgres(m_pg->conninfo(name, QStringLiteral("marco_rossi")), Database::Mode::OpenExisting);
        if (!marco)
            QFAIL(qPrintable(marco.error().message));
        QList<MessageTransition> moves;
        for (const QString &m : queued) {
            MessageTransition t;
            t.messageId = m.section(u' ', 0, 0).toLongLong();
            t.channel = fromString<ChannelKind>(m.section(u' ', 3, 3)).value_or(ChannelKind::Email);
            t.from = MessageStatus::Queued;
            t.to = MessageStatus::Cancelled;
            moves << t;
        }
        const auto moved = MessageRepository(*marco, northwind).apply(moves);
        QVERIFY(moved && moved->applied == 3);
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 30000);
        QCOMPARE(heard.first().what, WorkspaceChange::What::Messages);
        QCOMPARE(heard.first().runId, runId);
        QCOMPARE(heard.first().campaignId, runCampaign);
        // A run channel paused elsewhere is a change of the run.
        heard.clear();
        sql(name, u"UPDATE run_channels SET status = 'Paused' WHERE run_id = " + QString::number(runId));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 30000);
        QCOMPARE(heard.first().what, WorkspaceChange::What::Run);
        QCOMPARE(heard.first().campaignId, runCampaign);

        // What this process wrote through its own connection is marked as its own.
        heard.clear();
        QVERIFY(SqlQuery(owner->connection(), u"UPDATE campaigns SET tags = 'x' WHERE id = " + QString::number(nwCampaign))
                    .exec(u"test")
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 30000);
        QVERIFY(heard.first().byThisWindow);

        // The listening connection is cut: it comes back, says so, and hears again.
        heard.clear();
        QCOMPARE(sql(name, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                          "usename = session_user AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')")),
                 QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(resynced, 1, 60000);
        sql(name, u"UPDATE campaigns SET description = 'again' WHERE id = " + QString::number(nwCampaign));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 30000);
    }

    void workersShareARunAndSurviveAKill()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const QString db = demoDatabase();
        const QString name = dbName(db);
        const QStringList northwind{QStringLiteral("--database"), db, QStringLiteral("--tenant"),
                                    QStringLiteral("Northwind Outfitters")};
        const QString settings =
            QStringLiteral(R"({"host":"127.0.0.1","port":%1,"tls":"none","connections":1})").arg(sink.port());
        QCOMPARE(heraldctl(northwind + QStringList{QStringLiteral("providers"), QStringLiteral("set"),
                                                   QStringLiteral("--channel"), QStringLiteral("email"),
                                                   QStringLiteral("--provider"), QStringLiteral("smtp"),
                                                   QStringLiteral("--settings"), settings})
                     .exit,
                 0);
        const QString campaign = sql(name, QStringLiteral("SELECT short_id FROM campaigns WHERE name = 'Spring Collection "
                                                          "Launch'"));
        QVERIFY(!campaign.isEmpty());
        // Mail to real mailboxes needs the listener for its unsubscribe links; the first
        // worker to start serves them (the others are told the address is taken).
        test::ReservedPort port;
        const QString listen = u"127.0.0.1:" + QString::number(port.port());
        port.release();
        QCOMPARE(heraldctl(northwind + QStringList{QStringLiteral("tenants"), QStringLiteral("edit"),
                                                   QStringLiteral("Northwind Outfitters"), QStringLiteral("--listen"),
                                                   listen, QStringLiteral("--public-url"), u"http://" + listen})
                     .exit,
                 0);
        const Ctl run = heraldctl(northwind + QStringList{QStringLiteral("run"), campaign,
                                                          QStringLiteral("--accept-disclaimer"), QStringLiteral("--json")});
        QVERIFY2(run.exit == 0, run.err.constData());
        const QString runId = sql(name, u"SELECT max(r.id) FROM runs r JOIN campaigns c ON c.id = r.campaign_id WHERE "
                                        u"c.short_id = '" + campaign + u"'");
        const int audience = sql(name, u"SELECT count(*) FROM messages WHERE run_id = " + runId).toInt();
        QVERIFY2(audience > 1000, "enough messages that the kill lands mid-run");

        // A worker as the owner, one as a service login, one as a manager's login.
        QCOMPARE(heraldctl(northwind + QStringList{QStringLiteral("workers"), QStringLiteral("add"),
                                                   QStringLiteral("sender_nw")})
                     .exit,
                 0);
        const QStringList logins{m_pg->superuser(), QStringLiteral("sender_nw"), QStringLiteral("marco_rossi")};
        std::vector<std::unique_ptr<QProcess>> workers;
        for (const QString &login : logins) {
            auto &w = workers.emplace_back(std::make_unique<QProcess>());
            w->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            w->start(qEnvironmentVariable("HERALDCTL"),
                     {QStringLiteral("--database"), m_pg->conninfo(name, login), QStringLiteral("worker")});
            QVERIFY(w->waitForStarted());
        }
        QTRY_VERIFY_WITH_TIMEOUT(sink.messages().size() >= 30, 120000);
        workers.front()->kill();
        QVERIFY(workers.front()->waitForFinished(30000));
        QVERIFY2(sql(name, u"SELECT count(*) FROM messages WHERE status = 'Queued' AND run_id = " + runId).toInt() > 0,
                 "the run was not over when the worker died");

        const QString unfinished = u"SELECT count(*) FROM messages WHERE run_id = " + runId
                                   + u" AND status IN ('Queued', 'Retrying', 'Sending')";
        QTRY_COMPARE_WITH_TIMEOUT(sql(name, unfinished), QStringLiteral("0"), 300000);
        for (std::size_t i = 1; i < workers.size(); ++i) {
            workers[i]->terminate();
            QVERIFY(workers[i]->waitForFinished(60000));
            QCOMPARE(workers[i]->exitStatus(), QProcess::NormalExit);
            QCOMPARE(workers[i]->exitCode(), 0);
        }

        // Every message is accounted for; what the dead worker had in flight ended Timed Out.
        QCOMPARE(sql(name, u"SELECT count(*) FROM messages WHERE run_id = " + runId).toInt(), audience);
        const int delivered =
            sql(name, u"SELECT count(*) FROM messages WHERE status = 'Delivered' AND run_id = " + runId).toInt();
        const int timedOut =
            sql(name, u"SELECT count(*) FROM messages WHERE status = 'Timed Out' AND run_id = " + runId).toInt();
        qInfo("%d messages: %d delivered, %d timed out with the killed worker", audience, delivered, timedOut);
        QVERIFY(delivered > audience / 2);
        // Three dispatchers sent it: every survivor claimed some.
        QCOMPARE(sql(name, u"SELECT count(DISTINCT claimed_by) >= 2 FROM messages WHERE run_id = " + runId),
                 QStringLiteral("t"));
        QHash<QString, int> accepted;
        QTRY_VERIFY_WITH_TIMEOUT(sink.messages().size() >= delivered, 30000);
        for (const QString &message : sink.messages()) {
            const qsizetype at = message.indexOf(QLatin1StringView("X-Rcpt-Args: "));
            QVERIFY(at >= 0);
            ++accepted[message.mid(at + 13, message.indexOf(u'\n', at) - at - 13).trimmed()];
        }
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + u" accepted " + QString::number(it.value()) + u" times"));
        QVERIFY(accepted.size() >= delivered);
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
