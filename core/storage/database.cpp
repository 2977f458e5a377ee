#include "database.h"

#include "migrations.h"
#include "sqlquery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <optional>

#include <libpq-fe.h>

namespace herald {

Q_LOGGING_CATEGORY(lcStorage, "herald.storage")

namespace {
// PRAGMA application_id of every Herald workspace: "HRLD".
constexpr int kApplicationId = 0x48524c44;
QAtomicInteger<int> s_instanceCounter;
} // namespace

// A team database's connection parameters as libpq read them from the conninfo.
struct PgParams
{
    QString host, dbname, user, password, options;
    int port = -1;
    QString display; // postgresql://user@host:port/dbname, never the password
};

namespace {

// libpq's own parser, so that URIs, key=value strings and their escapes mean exactly what
// they mean to psql. What is not given stays empty: libpq fills it from the PG*
// environment variables and service files when it connects.
Result<PgParams> parseConninfo(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        const Text why = error ? Text(QString::fromUtf8(error).trimmed()) : Text::tr("out of memory");
        PQfreemem(error);
        return Error::usage(Text::tr("cannot read the team database address: %1 (write it as %2 or as key=value pairs)")
                                .arg(why, QStringLiteral("postgresql://USER@HOST/DATABASE")));
    }
    PgParams p;
    QStringList rest;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"host")
            p.host = value;
        else if (key == u"dbname")
            p.dbname = value;
        else if (key == u"user")
            p.user = value;
        else if (key == u"password")
            p.password = value;
        else if (key == u"port") {
            bool ok = false;
            p.port = value.toInt(&ok);
            if (!ok || p.port <= 0 || p.port > 65535) {
                PQconninfoFree(options);
                return Error::usage(
                    Text::tr("cannot read the team database address: port '%1' is not a port number").arg(value));
            }
        }
        else
            rest << key + u'=' + Database::conninfoValue(value);
    }
    PQconninfoFree(options);
    // Qt's driver reads ';' as a separator between options.
    for (const QString &option : std::as_const(rest))
        if (option.contains(u';'))
            return Error::usage(Text::tr("the team database option %1 holds a ';', which Qt's PostgreSQL driver cannot "
                                         "pass on")
                                    .arg(option.section(u'=', 0, 0)));
    if (!std::any_of(rest.cbegin(), rest.cend(), [](const QString &o) { return o.startsWith(u"application_name="); }))
        rest << u"application_name=" + Database::conninfoValue(QCoreApplication::applicationName());
    p.options = rest.join(u' ');
    const QString user = p.user.isEmpty() ? qEnvironmentVariable("PGUSER") : p.user;
    const QString host = p.host.isEmpty() ? qEnvironmentVariable("PGHOST") : p.host;
    const QString db = p.dbname.isEmpty() ? qEnvironmentVariable("PGDATABASE") : p.dbname;
    QString display = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        display += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    display += host.startsWith(u'/') ? QString::fromUtf8(QUrl::toPercentEncoding(host)) : host;
    if (p.port > 0)
        display += u':' + QString::number(p.port);
    display += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(db));
    p.display = display;
    return p;
}

} // namespace

struct Database::State
{
    QString path;
    std::optional<PgParams> pg; // set for a team workspace
    QString login;              // the team database's session_user
    SqlDialect dialect;
    QString baseName;
    int version = 0;
    bool readOnly = false; // a workspace only looked at, on a file Herald may not write
    QMutex mutex;
    QStringList connectionNames;

    ~State()
    {
        for (const QString &name : std::as_const(connectionNames)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    QString threadConnectionName() const
    {
        return baseName + u'/' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    }
};

Database::Database(std::shared_ptr<State> state) : m_state(std::move(state)) {}

Database::~Database() = default;

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.herald");
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<Database> Database::openSqlite(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::CreateNew) {
        if (!info.exists())
            return Error::notFound(Text::tr("workspace %1 does not exist: create it with '%2' (or '%3') or pass %4 "
                                            "with an existing file")
                                       .arg(path, QStringLiteral("heraldctl init"), QStringLiteral("init --demo"),
                                            QStringLiteral("--workspace")));
        if (info.isDir())
            return Error::runtime(Text::tr("workspace %1 is a directory, not a Herald workspace file").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::runtime(Text::tr("cannot read workspace %1: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3", 16))
            return Error::runtime(Text::tr("file %1 is not a Herald workspace (not an SQLite database); it was left "
                                           "untouched")
                                      .arg(path));
        if (!info.isWritable() && mode != Mode::OpenToInspect)
            return Error::runtime(Text::tr("workspace %1 is read-only: Herald needs write access to it (only '%2' and "
                                           "'%3' work on a read-only copy)")
                                      .arg(path, QStringLiteral("heraldctl workspace check"),
                                           QStringLiteral("workspace backup")));
    } else {
        if (info.exists())
            return Error::refused(
                Text::tr("workspace %1 already exists: choose another file or remove this one first").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::runtime(
                Text::tr("cannot create the folder %1 for workspace %2").arg(info.absolutePath(), path));
    }

    auto state = std::make_shared<State>();
    state->path = info.absoluteFilePath();
    state->dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    state->baseName = u"herald-" + QString::number(s_instanceCounter.fetchAndAddRelaxed(1));
    state->readOnly = mode == Mode::OpenToInspect && !info.isWritable();
    Database db(state);
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen())
        return Error::runtime(Text::tr("cannot open workspace %1: %2").arg(path, conn.lastError().text()));

    if (mode != Mode::CreateNew) {
        int appId = 0;
        {
            SqlQuery app(conn, QStringLiteral("PRAGMA application_id"));
            if (auto st = app.exec(u"checking workspace " + path); !st)
                return Error::runtime(Text::tr("workspace %1 cannot be read: %2").arg(path, st.error().text()));
            appId = app.next() ? app.value(0).toInt() : 0;
        }
        if (appId != kApplicationId)
            return Error::runtime(
                Text::tr("file %1 is an SQLite database but not a Herald workspace; it was left untouched").arg(path));
        auto version = Migrations::currentVersion(conn);
        if (!version)
            return version.error();
        if (*version > Migrations::latestVersion())
            return Error::runtime(Text::tr("workspace %1 was written by a newer Herald (schema %2, this Herald knows "
                                           "up to %3): upgrade Herald to open it; the file was left untouched")
                                      .arg(path, QString::number(*version),
                                           QString::number(Migrations::latestVersion())));
    } else {
        SqlQuery app(conn, u"PRAGMA application_id = " + QString::number(kApplicationId));
        if (auto st = app.exec(u"creating workspace " + path); !st)
            return st.error();
    }

    // Where it is cheap, damage is found before anything writes into it.
    constexpr qint64 kQuickCheckBelow = 256LL * 1024 * 1024;
    if (mode == Mode::OpenExisting && info.size() < kQuickCheckBelow) {
        SqlQuery check(conn, QStringLiteral("PRAGMA quick_check(1)"));
        if (auto st = check.exec(u"checking workspace " + path); !st)
            return st.error();
        if (check.next() && check.text(0) != u"ok")
            return Error::runtime(Text::tr("workspace %1 is damaged (%2): nothing was written to it. Run '%3' for the "
                                           "details and restore the newest backup")
                                      .arg(path, check.text(0), QStringLiteral("heraldctl workspace check")));
    }
    if (mode == Mode::OpenToInspect) { // looked at, never changed: no journal switch, no migration
        auto version = Migrations::currentVersion(conn);
        if (!version)
            return version.error();
        state->version = *version;
        return db;
    }
    {
        SqlQuery wal(conn, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (auto st = wal.exec(u"opening workspace " + path); !st)
            return st.error();
    }
    if (auto st = db.migrate(); !st)
        return st.error();
    return db;
}

Result<Database> Database::openPostgres(const QString &conninfo, Mode mode, const QString &password)
{
    auto params = parseConninfo(conninfo);
    if (!params)
        return params.error();
    if (params->password.isEmpty())
        params->password = password;
    auto state = std::make_shared<State>();
    state->pg = *params;
    state->path = params->display;
    state->dialect = SqlDialect(SqlDialect::Kind::Postgres);
    state->baseName = u"herald-" + QString::number(s_instanceCounter.fetchAndAddRelaxed(1));
    const QString where = params->display;
    if (!QSqlDatabase::isDriverAvailable(state->dialect.driverName()))
        return Error::runtime(Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed: install the Debian package "
                                       "%1")
                                  .arg(QStringLiteral("libqt6sql6-psql")));
    Database db(state);
    QSqlDatabase conn = db.connection();
    if (!conn.isOpen())
        return Error::runtime(
            Text::tr("cannot connect to the team database %1: %2").arg(where, conn.lastError().text().trimmed()));
    {
        SqlQuery who(conn, QStringLiteral("SELECT session_user"));
        if (auto st = who.exec(u"asking the team database who we are"); !st)
            return st.error();
        state->login = who.next() ? who.text(0) : QString();
    }
    auto version = Migrations::currentVersion(conn);
    if (!version)
        return version.error();
    if (mode == Mode::CreateNew) {
        if (*version > 0 || !conn.tables().isEmpty())
            return Error::refused(
                Text::tr("the team database %1 is not empty: a new workspace needs an empty database (createdb)")
                    .arg(where));
    } else {
        if (*version == 0)
            return Error::notFound(Text::tr("the team database %1 holds no Herald workspace: create one with '%2'")
                                       .arg(where, QStringLiteral("heraldctl --database URL init")));
        if (*version > Migrations::latestVersion())
            return Error::runtime(Text::tr("the team database %1 was written by a newer Herald (schema %2, this Herald "
                                           "knows up to %3): upgrade Herald to open it")
                                      .arg(where, QString::number(*version),
                                           QString::number(Migrations::latestVersion())));
    }
    if (mode == Mode::OpenToInspect) {
        state->version = *version;
        return db;
    }
    if (*version > 0 && *version < Migrations::latestVersion()) {
        // Only the owner of the schema may change it; anyone else would fail half-way.
        SqlQuery owner(conn, QStringLiteral("SELECT pg_get_userbyid(c.relowner), r.rolsuper FROM pg_class c, pg_roles r "
                                            "WHERE c.oid = 'schema_version'::regclass AND r.rolname = session_user"));
        if (auto st = owner.exec(u"asking who owns the team workspace"); !st)
            return st.error();
        if (owner.next() && owner.text(0) != state->login && !owner.value(1).toBool())
            return Error::refused(Text::tr("the team database %1 holds schema %2 and this Herald needs schema %3: "
                                           "only its owner, login '%4', may upgrade it (by opening it once with this "
                                           "Herald)")
                                      .arg(where, QString::number(*version),
                                           QString::number(Migrations::latestVersion()), owner.text(0)));
    }
    if (auto st = db.migrate(); !st)
        return st.error();
    return db;
}

QString Database::conninfoValue(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

QString Database::login() const
{
    return m_state->login;
}

Status Database::migrate()
{
    QSqlDatabase conn = connection();
    if (auto st = Migrations::migrate(conn, m_state->dialect); !st)
        return st;
    auto version = Migrations::currentVersion(conn);
    if (!version)
        return version.error();
    m_state->version = *version;
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = m_state->threadConnectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return open(name);
}

QSqlDatabase Database::extraConnection(const QString &purpose) const
{
    const QString name = m_state->threadConnectionName() + u'/' + purpose;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return open(name);
}

QSqlDatabase Database::open(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_state->dialect.driverName(), name);
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->connectionNames.append(name);
    }
    if (const auto &pg = m_state->pg) {
        db.setHostName(pg->host);
        db.setDatabaseName(pg->dbname);
        db.setUserName(pg->user);
        db.setPassword(pg->password);
        db.setPort(pg->port);
        db.setConnectOptions(pg->options);
        if (!db.open())
            qCWarning(lcStorage) << "cannot connect to" << pg->display << db.lastError().text();
        return db;
    }
    if (m_state->readOnly) {
        // A WAL workspace Herald may not write has no shared-memory file to read through:
        // read as an immutable file (nothing can change a file no one may write).
        db.setDatabaseName(u"file:" + QUrl::fromLocalFile(m_state->path).path(QUrl::FullyEncoded) + u"?immutable=1");
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(m_state->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_state->path << db.lastError().text();
        return db;
    }
    for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcStorage) << pragma << "failed:" << q.lastError().text();
    }
    return db;
}

void Database::closeThreadConnection() const
{
    closeConnection(m_state->threadConnectionName());
}

void Database::closeConnection(const QString &name) const
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_state->mutex);
    m_state->connectionNames.removeAll(name);
}

const SqlDialect &Database::dialect() const
{
    return m_state->dialect;
}

QString Database::path() const
{
    return m_state->path;
}

QString Database::location() const
{
    return m_state->pg ? m_state->pg->display : m_state->path;
}

int Database::schemaVersion() const
{
    return m_state->version;
}

} // namespace herald
