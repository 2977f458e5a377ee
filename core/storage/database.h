#pragma once

#include "domain/result.h"
#include "sqldialect.h"

#include <QSqlDatabase>

#include <memory>

namespace herald {

// A Herald workspace: one database, opened once, with one named connection per
// thread that uses it (Qt's rule: a connection belongs to the thread that opened it).
// Copies share the same workspace.
class Database final
{
public:
    enum class Mode {
        OpenExisting, // the file must exist and be a Herald workspace
        CreateNew,    // the file must not exist yet
        // An existing workspace opened to look at it (workspace check, backup): without
        // the quick check on open, so a damaged file can still be examined and copied, and
        // read-only when the file is (a snapshot, read-only media).
        OpenToInspect,
    };

    static Result<Database> openSqlite(const QString &path, Mode mode);
    // A team workspace on PostgreSQL. `conninfo` is anything libpq accepts: a URI
    // (postgresql://ana@db.example.com/herald), key=value pairs ("service=herald"), or
    // empty (the PG* environment variables and service files say everything).
    // CreateNew needs an existing, empty database (createdb) and creates the schema;
    // OpenExisting needs a database that holds a Herald workspace.
    // `password`, when given and the conninfo has none, is used to sign in (a password
    // from the system keyring, never on a command line).
    static Result<Database> openPostgres(const QString &conninfo, Mode mode, const QString &password = {});
    // `value` quoted for a libpq key=value conninfo ("dbname='it\\'s'").
    static QString conninfoValue(QString value);

    bool isTeam() const { return dialect().kind() == SqlDialect::Kind::Postgres; }
    // The PostgreSQL login this team workspace was opened as (who acts); empty on a file.
    QString login() const;

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; call before a worker thread ends.
    void closeThreadConnection() const;
    // A further connection of the calling thread, for one purpose (a team workspace's
    // LISTEN, which must not wait behind queries); close it with closeConnection().
    QSqlDatabase extraConnection(const QString &purpose) const;
    void closeConnection(const QString &connectionName) const;

    const SqlDialect &dialect() const;
    // The workspace file (the team database's location for a team workspace).
    QString path() const;
    // Where the workspace is, as shown to people: the file, or the team database as a
    // URI without its password.
    QString location() const;
    int schemaVersion() const;

    static int latestSchemaVersion();
    // The default workspace file: <AppDataLocation>/workspace.herald
    static QString defaultPath();

    ~Database();
    Database(const Database &) = default;
    Database &operator=(const Database &) = default;
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

private:
    struct State;
    explicit Database(std::shared_ptr<State> state);
    Status migrate();
    QSqlDatabase open(const QString &connectionName) const;

    std::shared_ptr<State> m_state;
};

} // namespace herald
