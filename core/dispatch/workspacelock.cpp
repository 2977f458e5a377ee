#include "workspacelock.h"

namespace herald {

WorkspaceLock::WorkspaceLock(const QString &workspacePath)
    : m_path(workspacePath), m_file(std::make_unique<QLockFile>(workspacePath + QStringLiteral(".lock")))
{
    m_file->setStaleLockTime(0); // stale only when its owner is gone, never by age
}

Status WorkspaceLock::tryLock()
{
    if (m_file->isLocked() || m_file->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &app))
        return Error::refused(u"workspace " + m_path + u" is being sent by another dispatcher: " + app + u" (pid "
                              + QString::number(pid) + u" on " + host + u"); stop it or let it send");
    return Error::runtime(u"cannot lock workspace " + m_path + u" for sending (" + m_path + u".lock)");
}

} // namespace herald
