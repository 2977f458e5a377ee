// heraldctl workspace check | backup: an admin's care of the workspace file.
#include "heraldctl.h"
#include "organisation/teamlogins.h"
#include "progressbar.h"

#include "storage/tenantrepository.h"
#include "storage/workspacecopy.h"
#include "storage/workspacemaintenance.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>


namespace herald::ctl {

int Heraldctl::workspaceCheck()
{
    if (auto st = TenantRepository(*m_db).mayMaintain(m_tenant.id, m_user, false, QStringLiteral("check the workspace"));
        !st)
        return fail(st.error());
    const bool full = m_cli.isSet(QStringLiteral("full"));
    auto result = WorkspaceMaintenance(*m_db).check(full);
    if (!result)
        return fail(result.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("workspace"), m_db->path()},
                              {QStringLiteral("check"), full ? QStringLiteral("full") : QStringLiteral("quick")},
                              {QStringLiteral("ok"), result->problems.isEmpty()},
                              {QStringLiteral("bytes"), result->bytes},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(result->problems)}});
    } else if (result->problems.isEmpty()) {
        m_out << "Workspace " << m_db->path() << " is intact (" << (full ? "full" : "quick") << " check, "
              << result->bytes << " bytes)" << Qt::endl;
    } else {
        m_out << "Workspace " << m_db->path() << " is DAMAGED:" << Qt::endl;
        for (const QString &p : std::as_const(result->problems))
            m_out << "  " << p << Qt::endl;
        m_out << "Stop every Herald on it and restore the newest backup (heraldctl workspace backup makes them)."
              << Qt::endl;
    }
    return result->problems.isEmpty() ? 0 : 1;
}

int Heraldctl::workspaceBackup()
{
    // A backup holds every tenant.
    if (auto st = TenantRepository(*m_db).mayMaintain(m_tenant.id, m_user, true, QStringLiteral("back up the workspace"));
        !st)
        return fail(st.error());
    const QString file = m_cli.positional().first();
    ProgressBar bar(m_err);
    auto st = WorkspaceMaintenance(*m_db).backup(
        file, [&](int done, int total) { bar.show(QStringLiteral("Backing up"), done, total); });
    bar.finish();
    if (!st)
        return fail(st.error());
    const qint64 bytes = QFileInfo(file).size();
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("workspace"), m_db->path()},
                              {QStringLiteral("backup"), QFileInfo(file).absoluteFilePath()},
                              {QStringLiteral("bytes"), bytes}});
    else
        m_out << "Backed up " << m_db->path() << " to " << QFileInfo(file).absoluteFilePath() << " (" << bytes
              << " bytes)" << Qt::endl;
    return 0;
}

int Heraldctl::workspaceCopy()
{
    if (!m_cli.isSet(QStringLiteral("from")) || !m_cli.isSet(QStringLiteral("to")))
        return usage(QStringLiteral("workspace copy needs --from FILE and --to URL"));
    if (m_cli.isSet(QStringLiteral("workspace")) || m_cli.isSet(QStringLiteral("database")))
        return usage(QStringLiteral("workspace copy names its workspaces with --from and --to, not --workspace or "
                                    "--database"));
    if (auto st = openWorkspace(Database::Mode::OpenExisting); !st)
        return fail(st.error());
    // The copy holds every tenant.
    if (auto st = TenantRepository(*m_db).mayMaintain(m_tenant.id, m_user, true, QStringLiteral("copy the workspace"));
        !st)
        return fail(st.error());
    auto target = WorkspaceCopy::openTarget(m_cli.value(QStringLiteral("to")));
    if (!target)
        return fail(target.error());
    ProgressBar bar(m_err);
    auto tables = WorkspaceCopy::copy(*m_db, *target, [&](qint64 done, qint64 total) {
        bar.show(QStringLiteral("Copying"), done, total);
    });
    bar.finish();
    if (!tables)
        return fail(tables.error());
    // People on a file act by name; in the team each signs in as a login. The login that
    // copied is an admin everywhere, and links the others (users set-login).
    if (auto st = TeamLogins::linkOwner(*target); !st)
        return fail(Error{st.error().kind, u"copied, but could not make login '" + target->login()
                                               + u"' an admin of every tenant: " + st.error().message});
    qint64 rows = 0;
    QJsonArray list;
    for (const WorkspaceCopy::Table &t : std::as_const(*tables)) {
        rows += t.rows;
        list.append(QJsonObject{{QStringLiteral("table"), t.name}, {QStringLiteral("rows"), t.rows}});
    }
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("from"), m_db->location()},
                              {QStringLiteral("to"), target->location()},
                              {QStringLiteral("tables"), list},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("admin_login"), target->login()}});
    else
        m_out << "Copied " << m_db->location() << " to " << target->location() << ": " << rows << " rows in "
              << tables->size() << " tables, every table's count checked. Login " << target->login()
              << " is an admin of every tenant: link the others with 'heraldctl users set-login NAME LOGIN'" << Qt::endl;
    return 0;
}

} // namespace herald::ctl
