#include "workspacemaintenance.h"

#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace herald {

namespace {
Error notForTeam(const Database &db, bool backup)
{
    if (backup)
        return Error::refused(Text::tr("%1 works on workspace files; team workspace %2 is PostgreSQL's to back up "
                                       "(pg_dump): see %3")
                                  .arg(QStringLiteral("workspace backup"), db.location(),
                                       QStringLiteral("docs/team.md")));
    return Error::refused(
        Text::tr("%1 works on workspace files; team workspace %2 is PostgreSQL's to check (amcheck): see %3")
            .arg(QStringLiteral("workspace check"), db.location(), QStringLiteral("docs/team.md")));
}
} // namespace

Result<WorkspaceMaintenance::Check> WorkspaceMaintenance::check(bool full)
{
    if (m_db.isTeam())
        return notForTeam(m_db, false);
    Check out;
    out.full = full;
    out.bytes = QFileInfo(m_db.path()).size();
    const QSqlDatabase db = m_db.connection();
    {
        SqlQuery q(db, full ? QStringLiteral("PRAGMA integrity_check(100)") : QStringLiteral("PRAGMA quick_check(100)"));
        if (auto st = q.exec(u"checking workspace " + m_db.path()); !st) {
            if (!isWorkspaceDamage(st.error()))
                return st.error();
            out.problems << st.error().message; // too damaged to be checked through
            return out;
        }
        while (q.next())
            if (q.text(0) != u"ok")
                out.problems << q.text(0);
    }
    SqlQuery keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto st = keys.exec(u"checking the references of workspace " + m_db.path()); !st) {
        if (!isWorkspaceDamage(st.error()) || out.problems.isEmpty())
            return st.error();
        return out; // the damage found above is why the references cannot be read
    }
    while (keys.next() && out.problems.size() < 200)
        out.problems << u"table " + keys.text(0) + u" row " + keys.text(1) + u" points at a missing " + keys.text(2)
                            + u" row";
    return out;
}

Status WorkspaceMaintenance::backup(const QString &file, const std::function<void(int, int)> &progress)
{
    if (m_db.isTeam())
        return notForTeam(m_db, true);
    const QFileInfo target(file);
    if (target.exists())
        return Error::refused(
            Text::tr("backup %1 exists already: choose a new file name (a backup never overwrites)").arg(file));
    if (!target.absoluteDir().exists())
        return Error::usage(
            Text::tr("cannot write backup %1: the folder %2 does not exist").arg(file, target.absolutePath()));
    const QSqlDatabase db = m_db.connection();
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(handle.constData()))
        return Error::runtime(Text::tr("backups are made of SQLite workspaces"));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());

    QTemporaryFile partial(target.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
    if (!partial.open())
        return Error::runtime(Text::tr("cannot write backup %1: %2").arg(file, partial.errorString()));
    partial.close(); // SQLite writes it; QTemporaryFile removes it unless it is renamed
    sqlite3 *copy = nullptr;
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    int rc = sqlite3_open(partialName.constData(), &copy);
    // `sentence` has %1 (the file) and %2 (SQLite's reason).
    const auto failed = [&](const Text &sentence) {
        const QString reason = QString::fromUtf8(copy ? sqlite3_errmsg(copy) : sqlite3_errstr(rc));
        if (copy)
            sqlite3_close(copy);
        return Error::runtime(sentence.arg(file, reason));
    };
    if (rc != SQLITE_OK)
        return failed(Text::tr("cannot write backup %1: opening it: %2"));
    sqlite3_backup *step = sqlite3_backup_init(copy, "main", source, "main");
    if (!step)
        return failed(Text::tr("cannot write backup %1: starting the copy: %2"));
    do {
        rc = sqlite3_backup_step(step, 1024);
        if (progress)
            progress(sqlite3_backup_pagecount(step) - sqlite3_backup_remaining(step), sqlite3_backup_pagecount(step));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50); // a writer holds the workspace: the copy waits its turn, then goes on
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(step);
    if (rc != SQLITE_DONE)
        return failed(Text::tr("cannot write backup %1: copying: %2"));
    // The copy is a workspace of its own: no write-ahead log to carry beside it.
    if (sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(Text::tr("cannot write backup %1: finishing it: %2"));
    if (sqlite3_close(copy) != SQLITE_OK)
        return failed(Text::tr("cannot write backup %1: closing it: %2"));
    copy = nullptr;
    if (!QFile::rename(partial.fileName(), target.absoluteFilePath()))
        return Error::runtime(
            Text::tr("cannot write backup %1: renaming %2 failed").arg(file, partial.fileName()));
    partial.setAutoRemove(false);
    return {};
}

} // namespace herald
