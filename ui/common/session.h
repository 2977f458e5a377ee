#pragma once

#include "domain/user.h"
#include "storage/database.h"

#include <optional>

namespace herald {

class DispatcherThread;

// Who works in which tenant of which workspace: what every page needs to ask core.
struct Session
{
    std::optional<Database> db;
    Id tenantId = 0;
    User user;
    DispatcherThread *dispatcher = nullptr; // null when another process sends

    bool valid() const { return db.has_value() && tenantId != 0; }
};

} // namespace herald
