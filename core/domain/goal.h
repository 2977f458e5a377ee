#pragma once

#include "tenant.h"

namespace herald {

// The intended outcome of a campaign.
struct Goal
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString description;
    QString metric; // replies, clicks, answered calls, ...
    double target = 0;
    bool deleted = false;
};

} // namespace herald
