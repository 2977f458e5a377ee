#include "domain/permissions.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "domain/role.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace herald;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes raw SQL to a file through a plain connection, bypassing Herald.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            SqlQuery q(db, s);
            QVERIFY2(q.exec(u"raw").ok(), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void fromEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        auto db = Database::openSqlite(path, Database::Mode::CreateNew);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        SqlQuery q(db->connection(), QStringLiteral("SELECT version, description FROM schema_version ORDER BY version"));
        QVERIFY(q.exec(u"t").ok());
        int expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected - 1, Migrations::latestVersion());
        SqlQuery pragmas(db->connection(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(pragmas.exec(u"t").ok() && pragmas.next());
        QCOMPARE(pragmas.text(0), QStringLiteral("wal"));
        SqlQuery fk(db->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.exec(u"t").ok() && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        // Open windows follow the file through `changes`: every table they watch has its
        // triggers, for inserts, updates and deletes (schema 22, made again after each step).
        SqlQuery triggers(db->connection(), QStringLiteral("SELECT tbl_name, count(*) FROM sqlite_master WHERE type = "
                                                           "'trigger' AND name LIKE 'changed_%' GROUP BY tbl_name ORDER BY 1"));
        QVERIFY(triggers.exec(u"t").ok());
        QStringList watched;
        while (triggers.next()) {
            watched << triggers.text(0);
            QCOMPARE(triggers.value(1).toInt(), 3);
        }
        QCOMPARE(watched, (QStringList{QStringLiteral("campaign_channels"), QStringLiteral("campaign_reviews"),
                                       QStringLiteral("campaign_segments"), QStringLiteral("campaigns"),
                                       QStringLiteral("run_channels"), QStringLiteral("runs")}));
    }

    // Each earlier version upgrades to the latest when opened.
    void fromEachEarlierVersion()
    {
        for (int from = 1; from < Migrations::latestVersion(); ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("w.herald"));
            {
                auto db = Database::openSqlite(path, Database::Mode::CreateNew);
                QVERIFY(db.ok());
            }
            // A fresh file migrated only to `from`.
            QFile::remove(path);
            rawSql(path, {QStringLiteral("PRAGMA application_id = 1213353028")});
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("partial"));
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QVERIFY(Migrations::migrate(raw, SqlDialect(), from).ok());
                QCOMPARE(*Migrations::currentVersion(raw), from);
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("partial"));
            auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        }
    }

    // Schema 5 rebuilds the users table (SQLite changes a CHECK that way) without the
    // rows pointing at users noticing: a run keeps who started it.
    void supportRoleKeepsReferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        rawSql(path, {QStringLiteral("PRAGMA application_id = 1213353028")});
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            QVERIFY(Migrations::migrate(raw, SqlDialect(), 4).ok());
            for (const char *sql :
                 {"INSERT INTO tenants (id, name, created_at) VALUES (1, 'T', 0)",
                  "INSERT INTO users (id, tenant_id, name, role) VALUES (7, 1, 'Ada', 'manager')",
                  "INSERT INTO campaigns (id, tenant_id, short_id, name, launch_type, created_at) "
                  "VALUES (3, 1, 'C-AAAAA', 'C', 'manual', 0)",
                  "INSERT INTO runs (id, tenant_id, campaign_id, kind, trigger_type, started_by, disclaimer_by, "
                  "created_at) VALUES (5, 1, 3, 'live', 'manual', 7, 7, 0)"}) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            QSqlQuery refused(raw);
            QVERIFY(!refused.exec(QStringLiteral("INSERT INTO users (tenant_id, name, role) VALUES (1, 'Sam', 'support')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        SqlQuery run(db->connection(), QStringLiteral("SELECT started_by, disclaimer_by FROM runs WHERE id = 5"));
        QVERIFY(run.exec(u"t").ok() && run.next());
        QCOMPARE(run.value(0).toLongLong(), 7);
        QCOMPARE(run.value(1).toLongLong(), 7);
        SqlQuery support(db->connection(),
                         QStringLiteral("INSERT INTO users (tenant_id, name, role) VALUES (1, 'Sam', 'support')"));
        QVERIFY(support.exec(u"t").ok());
        SqlQuery fk(db->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.exec(u"t").ok() && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1); // back on after the rebuild
        QVERIFY(Permissions::permits(Role::Support, Action::SeeProviderDiagnostics)
                && !Permissions::permits(Role::Support, Action::EditCampaigns)
                && !Permissions::permits(Role::Support, Action::RunCampaigns));
    }

    // Schema 16: reviewer records become users. A reviewer who is a user already keeps
    // their user (and role), one who is not becomes a reviewer user, and campaigns and
    // the rows pointing at them keep their places.
    void reviewersBecomeUsers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        rawSql(path, {QStringLiteral("PRAGMA application_id = 1213353028")});
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v15"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            QVERIFY(Migrations::migrate(raw, SqlDialect(), 15).ok());
            for (const char *sql :
                 {"INSERT INTO tenants (id, name, created_at) VALUES (1, 'T', 0)",
                  "INSERT INTO users (id, tenant_id, name, role) VALUES (7, 1, 'Ada Admin', 'admin')",
                  "INSERT INTO reviewers (id, tenant_id, name, email) VALUES (1, 1, 'ada admin', '')",
                  "INSERT INTO reviewers (id, tenant_id, name, email) VALUES (2, 1, 'Rui Costa', 'rui@x.example')",
                  "INSERT INTO reviewers (id, tenant_id, name, email, deleted_at) VALUES (3, 1, 'Old One', '', 5)",
                  "INSERT INTO campaigns (id, tenant_id, short_id, name, launch_type, created_at, reviewer_id) "
                  "VALUES (3, 1, 'C-AAAAA', 'A', 'manual', 0, 1)",
                  "INSERT INTO campaigns (id, tenant_id, short_id, name, launch_type, created_at, reviewer_id) "
                  "VALUES (4, 1, 'C-BBBBB', 'B', 'manual', 0, 2)",
                  "INSERT INTO campaigns (id, tenant_id, short_id, name, launch_type, created_at, reviewer_id) "
                  "VALUES (5, 1, 'C-CCCCC', 'C', 'manual', 0, 3)",
                  "INSERT INTO campaign_channels (tenant_id, campaign_id, kind) VALUES (1, 4, 'email')"}) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v15"));
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        SqlQuery q(db->connection(), QStringLiteral("SELECT c.short_id, u.name, u.role, u.email, u.deactivated_at "
                                                    "FROM campaigns c JOIN users u ON u.id = c.reviewer_id ORDER BY c.id"));
        QVERIFY(q.exec(u"t").ok());
        QStringList rows;
        while (q.next())
            rows << QStringList{q.text(0), q.text(1), q.text(2), q.text(3), q.value(4).isNull() ? u"-"_qs : u"gone"_qs}
                        .join(u'|');
        QCOMPARE(rows, (QStringList{u"C-AAAAA|Ada Admin|admin||-"_qs, u"C-BBBBB|Rui Costa|reviewer|rui@x.example|-"_qs,
                                    u"C-CCCCC|Old One|reviewer||gone"_qs}));
        SqlQuery channel(db->connection(), QStringLiteral("SELECT COUNT(*) FROM campaign_channels WHERE campaign_id = 4"));
        QVERIFY(channel.exec(u"t").ok() && channel.next());
        QCOMPARE(channel.value(0).toInt(), 1);
        QVERIFY(!db->connection().tables().contains(QStringLiteral("reviewers")));
        SqlQuery fk(db->connection(), QStringLiteral("INSERT INTO campaigns (tenant_id, short_id, name, launch_type, "
                                                     "created_at, reviewer_id) VALUES (1, 'C-DDDDD', 'D', 'manual', 0, 99)"));
        QVERIFY(!fk.exec(u"t").ok()); // the reference is to users now, and enforced
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        {
            auto db = Database::openSqlite(path, Database::Mode::CreateNew);
            QVERIFY(db.ok());
            SqlQuery q(db->connection(), QStringLiteral("INSERT INTO tenants (name, created_at) VALUES ('A', 0)"));
            QVERIFY(q.exec(u"t").ok());
        }
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        SqlQuery q(db->connection(), QStringLiteral("SELECT COUNT(*) FROM tenants"));
        QVERIFY(q.exec(u"t").ok() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        {
            auto db = Database::openSqlite(path, Database::Mode::CreateNew);
            QVERIFY(db.ok());
            SqlQuery q(db->connection(), QStringLiteral("INSERT INTO schema_version VALUES (999, 'from the future', 0)"));
            QVERIFY(q.exec(u"t").ok());
            SqlQuery checkpoint(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QVERIFY(checkpoint.exec(u"t").ok());
        }
        const QByteArray before = digest(path);
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1StringView("newer Herald")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QLatin1StringView("999")));
        QCOMPARE(digest(path), before);
    }

    void notAWorkspace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QByteArray("hello, this is not a database\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not an SQLite database");
    }
    void notAWorkspace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(mentions), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void otherSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawSql(path, {QStringLiteral("CREATE TABLE notes (text TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('keep me')")});
        const QByteArray before = digest(path);
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1StringView("not a Herald workspace")), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
    }

    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.herald"));
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void directoryIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.path(), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1StringView("directory")));
    }

    void unreadableFileIsRefused()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file; permissions cannot make it unreadable");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        {
            auto db = Database::openSqlite(path, Database::Mode::CreateNew);
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFileDevice::Permissions());
        auto db = Database::openSqlite(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1StringView("cannot read")));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.herald"));
        QVERIFY(Database::openSqlite(path, Database::Mode::CreateNew).ok());
        auto again = Database::openSqlite(path, Database::Mode::CreateNew);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Refused);
    }

    // One connection per thread, by name; a worker thread's writes are visible to the GUI thread's.
    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("w.herald")), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        const QString mainName = db->connection().connectionName();
        QString workerName;
        bool inserted = false;
        QThread *worker = QThread::create([&] {
            QSqlDatabase c = db->connection();
            workerName = c.connectionName();
            SqlQuery q(c, QStringLiteral("INSERT INTO tenants (name, created_at) VALUES ('T', 0)"));
            inserted = q.exec(u"t").ok();
            db->closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(inserted);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        SqlQuery q(db->connection(), QStringLiteral("SELECT COUNT(*) FROM tenants"));
        QVERIFY(q.exec(u"t").ok() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
