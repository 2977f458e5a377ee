// heraldctl workspace check | backup: an admin's care of the workspace file.
#include "heraldctl.h"
#include "progressbar.h"

#include "storage/tenantrepository.h"
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

} // namespace herald::ctl
