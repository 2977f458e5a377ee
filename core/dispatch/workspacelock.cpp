#include "workspacelock.h"

namespace herald {

WorkspaceLock::WorkspaceLock(const Database &db) : m_db(db)
{
    if (m_db.isTeam())
        return;
    m_file = std::make_unique<QLockFile>(m_db.path() + QStringLiteral(".lock"));
    m_file->setStaleLockTime(0); // stale only when its owner is gone, never by age
}

bool WorkspaceLock::isLocked() const
{
    return m_file ? m_file->isLocked() : m_teamLocked;
}

void WorkspaceLock::unlock()
{
    if (m_file)
        m_file->unlock();
    m_teamLocked = false;
}

Status WorkspaceLock::tryLock()
{
    const QString where = m_db.location();
    if (!m_file) {
        m_teamLocked = true;
        return {};
    }
    if (m_file->isLocked() || m_file->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, app;
    if (m_file->error() == QLockFile::LockFailedError && m_file->getLockInfo(&pid, &host, &app))
        return Error::refused(u"workspace " + where + u" is being sent by another dispatcher: " + app + u" (pid "
                              + QString::number(pid) + u" on " + host + u"); stop it or let it send");
    return Error::runtime(u"cannot lock workspace " + where + u" for sending (" + where + u".lock)");
}

} // namespace herald
