#pragma once

#include <QString>

namespace herald::test {

// A throw-away PostgreSQL cluster for the tests of this process: initdb into a temporary
// folder, a server listening on a Unix socket only (no TCP port), stopped when the
// process ends. Never a shared server. As root, the cluster runs as the postgres user
// (PostgreSQL refuses to run as root). HERALD_TEST_PG_OPTIONS adds server options, for
// looking into a slow test (e.g. "-c shared_preload_libraries=auto_explain
// -c auto_explain.log_min_duration=1 -c logging_collector=on -c log_directory=/tmp/pglog").
class PgCluster final
{
public:
    // The process's cluster, started on first use; nullptr when PostgreSQL is not
    // installed or did not start (`error()` says why).
    static PgCluster *shared();
    static QString error();

    // A new, empty database owned by the cluster's superuser; its conninfo.
    QString createDatabase();
    // A new database holding a freshly migrated Herald workspace, copied from a template
    // made once per process (CREATE DATABASE ... TEMPLATE): cheap enough for every test.
    QString createWorkspaceDatabase();
    // The conninfo of database `dbname` as `user` (default: the superuser).
    QString conninfo(const QString &dbname, const QString &user = {}) const;
    // Runs SQL as the superuser in `dbname` through psql; its output, or a failure.
    bool psql(const QString &dbname, const QString &sql, QString *output = nullptr, const QString &user = {}) const;

    QString socketDir() const { return m_dir; }
    QString superuser() const { return QStringLiteral("herald_test"); }

    ~PgCluster();

private:
    PgCluster() = default;
    bool start();
    void stop();
    void startWatchdog(const QString &data);

    QString m_bin;
    QString m_dir;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_template;
    int m_databases = 0;
    int m_watchdogPipe = -1;
};

} // namespace herald::test
