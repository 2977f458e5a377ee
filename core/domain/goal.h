#pragma once

#include "tenant.h"

namespace herald {

// What a goal's metric counts as a conversion, read from its free text.
enum class GoalMetric {
    Clicks,        // a click on the goal's URL (any tracked link when it has none)
    Replies,       // a reply to the run's message
    Keypresses,    // a key pressed during a call
    AnsweredCalls, // a call answered
    Other,         // nothing Herald can count
};

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
    QString url; // where a click counts as a conversion (metric "clicks")

    GoalMetric metricKind() const;
};

} // namespace herald
