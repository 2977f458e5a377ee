#include "workspacelock.h"

#include "storage/sqlquery.h"

namespace herald {

WorkspaceLock::WorkspaceLock(const Database &db) : m_db(db)
{
    if (m_db.isTeam())
        return;
    m_file = std::make_unique<QLockFile>(m_db.path() + QStringLiteral(".lock"));
    m_file->setStaleLockTime(0); // stale only when its owner is gone, never by age
}

WorkspaceLock::~WorkspaceLock()
{
    if (m_teamLocked)
        unlock();
}

bool WorkspaceLock::isLocked() const
{
    return m_file ? m_file->isLocked() : m_teamLocked;
}

void WorkspaceLock::unlock()
{
    if (m_file) {
        m_file->unlock();
        return;
    }
    if (!m_teamLocked)
        return;
    m_teamLocked = false;
    (void)SqlQuery(m_db.connection(), m_db.dialect().dispatcherUnlock()).exec(u"handing the workspace over");
}

Status WorkspaceLock::tryLock()
{
    const QString where = m_db.location();
    if (!m_file) {
        if (m_teamLocked)
            return {};
        SqlQuery q(m_db.connection(), m_db.dialect().dispatcherTryLock());
        if (auto st = q.exec(u"locking team workspace " + where + u" for sending"); !st)
            return st;
        m_teamLocked = q.next() && q.value(0).toBool();
        if (m_teamLocked)
            return {};
        SqlQuery who(m_db.connection(), m_db.dialect().dispatcherLockHolder());
        QString holder = QStringLiteral("another dispatcher");
        if (who.exec(u"finding who sends").ok() && who.next())
            holder = who.text(0) + u" (login " + who.text(1) + u", server pid " + who.text(2) + u')';
        return Error::refused(u"team workspace " + where + u" is being sent by " + holder
                              + u"; stop it or let it send");
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
