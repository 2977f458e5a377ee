#pragma once

#include "domain/messagestatus.h"
#include "domain/run.h"
#include "storage/database.h"

#include <QMap>

namespace herald {

// One run as the Campaign Runs page lists it: the run, its campaign, who started it and
// who accepted the disclaimer, and how many of its messages are in each state.
struct RunSummary
{
    Run run;
    QString campaignShortId;
    QString campaignName;
    QString startedBy;    // user name; empty when the user is gone
    QString disclaimerBy; // user name; empty when nobody accepted (a run that could not start)
    QMap<MessageStatus, qint64> counts;

    qint64 total() const;
};

// The tenant's newest runs across its campaigns (archived ones included), newest
// first, at most `limit`; four reads whatever the number of runs.
Result<QList<RunSummary>> recentRuns(const Database &db, Id tenantId, int limit);

} // namespace herald
