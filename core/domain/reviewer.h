#pragma once

#include "tenant.h"

namespace herald {

// The person who approves a campaign's content before it runs.
struct Reviewer
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString email;
    bool deleted = false;
};

} // namespace herald
