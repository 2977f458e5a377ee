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
        return Error::refused(Text::tr("workspace %1 is being sent by another dispatcher: %2 (pid %3 on %4); stop it "
                                       "or let it send")
                                  .arg(where, app, QString::number(pid), host));
    return Error::runtime(Text::tr("cannot lock workspace %1 for sending (%2)").arg(where, where + u".lock"));
}

} // namespace herald
