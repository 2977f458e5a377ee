#include "pgcluster.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace herald::test {

namespace {
PgCluster *s_cluster = nullptr;
bool s_tried = false;
QString s_error;
std::unique_ptr<QTemporaryDir> s_dir;

QString newestBinDir()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions))
        if (QFileInfo::exists(lib.filePath(v + QStringLiteral("/bin/initdb"))))
            return lib.filePath(v + QStringLiteral("/bin"));
    return {};
}

void stopCluster()
{
    delete s_cluster;
    s_cluster = nullptr;
    s_dir.reset();
}
} // namespace

PgCluster *PgCluster::shared()
{
    if (s_tried)
        return s_cluster;
    s_tried = true;
    auto *cluster = new PgCluster;
    if (!cluster->start()) {
        delete cluster;
        return nullptr;
    }
    s_cluster = cluster;
    qAddPostRoutine(stopCluster);
    return s_cluster;
}

QString PgCluster::error()
{
    return s_error;
}

namespace {
// Runs a PostgreSQL program (as postgres when we are root); its output, or empty + error.
bool runProgram(bool asPostgres, const QString &program, const QStringList &args, QString *output, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                       QStringLiteral("--"), program}
                                               + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(30000)) {
        *error = program + QStringLiteral(" did not start: ") + p.errorString();
        return false;
    }
    p.waitForFinished(180000);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + out.trimmed();
        return false;
    }
    return true;
}
} // namespace

bool PgCluster::start()
{
    m_bin = newestBinDir();
    if (m_bin.isEmpty()) {
        s_error = QStringLiteral("PostgreSQL's server programs are not installed (Debian package postgresql)");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        s_error = QStringLiteral("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)");
        return false;
    }
    s_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/herald-pg-XXXXXX"));
    if (!s_dir->isValid()) {
        s_error = QStringLiteral("cannot make a temporary folder for the PostgreSQL cluster");
        return false;
    }
    m_dir = s_dir->path();
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        QString out;
        if (!runProgram(false, QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir}, &out, &s_error))
            return false;
    }
    const QString data = m_dir + QStringLiteral("/data");
    if (!runProgram(m_asPostgres, m_bin + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                     QStringLiteral("--no-sync")},
                    nullptr, &s_error))
        return false;
    // Durability is not what a throw-away cluster is for.
    const QString options = QStringLiteral("-k %1 -c listen_addresses= -c fsync=off -c synchronous_commit=off "
                                           "-c full_page_writes=off -c max_connections=200")
                                .arg(m_dir)
                            + u' ' + qEnvironmentVariable("HERALD_TEST_PG_OPTIONS");
    if (!runProgram(m_asPostgres, m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                     QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("120"),
                     QStringLiteral("start")},
                    nullptr, &s_error))
        return false;
    m_running = true;
    startWatchdog(data);
    return true;
}

// A test that crashes or is killed by a timeout never runs its clean-up; its cluster
// would go on running (and using the CPU for a query left running). A small shell waits
// on a pipe only this process holds: when the process ends, however it ends, the pipe
// closes and the shell stops the cluster and removes its folder.
void PgCluster::startWatchdog(const QString &data)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return;
    const QByteArray ctl = (m_asPostgres ? QByteArray("runuser -u postgres -- ") : QByteArray())
                           + (m_bin + QStringLiteral("/pg_ctl")).toLocal8Bit();
    const QByteArray script = "cat >/dev/null; " + ctl + " -D '" + data.toLocal8Bit()
                              + "' -m immediate stop >/dev/null 2>&1; rm -rf '" + m_dir.toLocal8Bit() + "'";
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setsid(); // not in the test's process group: a timeout's kill does not reach it
        ::dup2(fds[0], 0);
        ::execl("/bin/sh", "sh", "-c", script.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(fds[0]);
    m_watchdogPipe = fds[1]; // kept open (and not inherited: O_CLOEXEC) until this process ends
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString ignored;
    (void)runProgram(m_asPostgres, m_bin + QStringLiteral("/pg_ctl"),
                     {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                      QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                     nullptr, &ignored);
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::conninfo(const QString &dbname, const QString &user) const
{
    return QStringLiteral("host=%1 dbname=%2 user=%3").arg(m_dir, dbname, user.isEmpty() ? superuser() : user);
}

QString PgCluster::createDatabase()
{
    const QString name = QStringLiteral("herald_%1_%2").arg(::getpid()).arg(++m_databases);
    QString error;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name, &error))
        qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    return conninfo(name);
}

QString PgCluster::createWorkspaceDatabase()
{
    if (m_template.isEmpty()) {
        const QString info = createDatabase();
        const QString name = info.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
        {
            auto db = Database::openPostgres(info, Database::Mode::CreateNew);
            if (!db)
                qFatal("cannot create the template workspace: %s", qPrintable(db.error().message));
            db->closeThreadConnection();
        }
        m_template = name;
    }
    const QString name = QStringLiteral("herald_%1_%2").arg(::getpid()).arg(++m_databases);
    QString error;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_template), &error))
        qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    return conninfo(name);
}

bool PgCluster::psql(const QString &dbname, const QString &sql, QString *output, const QString &user) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(m_bin + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(dbname, user),
             QStringLiteral("-c"), sql});
    if (!p.waitForFinished(120000))
        return false;
    const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output) // what psql printed, or why it failed
        *output = QString::fromUtf8(ok ? p.readAllStandardOutput() : p.readAllStandardError()).trimmed();
    return ok;
}

} // namespace herald::test
