#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QLockFile>

#include <memory>

namespace herald {

// One dispatcher per workspace file: an advisory lock file beside it; a lock left by a
// process that died (kill -9, power loss) is detected as stale and taken over. A team
// workspace takes any number of dispatchers (they share the sending, see Dispatcher), so
// there it is always granted.
class WorkspaceLock final
{
public:
    explicit WorkspaceLock(const Database &db);
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
