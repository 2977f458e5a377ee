#pragma once

#include "tenant.h"

namespace herald {

// A rule-based slice of the tenant's contacts (see audience/segmentrules).
struct Segment
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString rules; // JSON, see SegmentRules
    bool deleted = false;
};

} // namespace herald
