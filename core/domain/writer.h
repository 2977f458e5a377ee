#pragma once

#include "tenant.h"

namespace herald {

// The instructions that produce a campaign's content.
struct Writer
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString instructions;
    bool deleted = false;
};

} // namespace herald
