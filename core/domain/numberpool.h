#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

// Numbers SMS and phone channels send from, and how a message's number is chosen.
struct NumberPool
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    // round-robin: each number in turn; least-used: the fewest uses today; sticky: a
    // contact always hears from the same number; local-presence: a number sharing the
    // contact's area code, else the least used.
    QString rotation = QStringLiteral("round-robin");
    // A number whose delivery (SMS) or answer (phone) rate falls below this percentage
    // over at least `quarantineMinSample` finished messages is quarantined; 0: never.
    int quarantineBelowPercent = 20;
    int quarantineMinSample = 50;
    // Phone: at most this many calls from the pool's numbers at once (0: only the
    // trunk's max_calls limits them).
    int maxCalls = 0;

    static QStringList rotations();
};

} // namespace herald
