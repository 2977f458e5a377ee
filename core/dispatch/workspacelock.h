#pragma once

#include "domain/result.h"

#include <QLockFile>

#include <memory>

namespace herald {

// One dispatcher per SQLite workspace: an advisory lock file beside it. A lock left by a
// process that died (kill -9, power loss) is detected as stale and taken over.
class WorkspaceLock final
{
public:
    explicit WorkspaceLock(const QString &workspacePath);
    // Refused naming who holds the lock.
    Status tryLock();
    bool isLocked() const { return m_file->isLocked(); }
    // Hands the workspace over (to a background worker, say).
    void unlock() { m_file->unlock(); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace herald
