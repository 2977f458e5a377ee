#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QLockFile>

#include <memory>

namespace herald {

// One dispatcher per workspace. A workspace file: an advisory lock file beside it; a lock
// left by a process that died (kill -9, power loss) is detected as stale and taken over.
// A team workspace: a session advisory lock in the database, which the server releases
// when the connection holding it ends, however it ends.
class WorkspaceLock final
{
public:
    explicit WorkspaceLock(const Database &db);
    ~WorkspaceLock();
    // Refused naming who holds the lock.
    Status tryLock();
    bool isLocked() const;
    // Hands the workspace over (to a background worker, say).
    void unlock();

private:
    Database m_db;
    std::unique_ptr<QLockFile> m_file; // a workspace file's
    bool m_teamLocked = false;
};

} // namespace herald
