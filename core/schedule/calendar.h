#pragma once

#include "domain/campaignstatus.h"
#include "domain/run.h"
#include "domain/text.h"
#include "domain/user.h"
#include "schedule/forecast.h"

#include <QTimeZone>

namespace herald {

// What the calendar shows for one tenant over a span of time: runs that happened (or are
// happening), launches armed for later (each future occurrence of a recurring campaign)
// with the forecast of when they finish, and missed launches waiting for a person.
// Drafts never appear: they have no launch time. It also warns ahead of time about
// launches that could not go as planned.
struct CalendarEntry
{
    enum class Kind
    {
        Run,
        Scheduled,
        Missed
    };
    Kind kind = Kind::Run;
    Id campaignId = 0;
    QString shortId, name, description;
    CampaignStatus status = CampaignStatus::Draft;
    LaunchType launchType = LaunchType::Manual;
    QList<ChannelKind> channels;
    QDateTime start, end; // UTC; a launch ends at its forecast finish, a running run now
    Id runId = 0;         // Run
    RunKind runKind = RunKind::Live;
    bool failedToStart = false;
    Id alertId = 0;                    // Missed
    QList<Forecast::Channel> forecast; // Scheduled: per channel
};

struct CalendarWarning
{
    enum class Kind
    {
        Overlap,
        PoolCap
    };
    Kind kind = Kind::Overlap;
    QDateTime at;       // when it would happen, UTC
    QList<int> entries; // indexes into CalendarData::entries
    Text message;       // names the campaigns and what to change
};

struct CalendarData
{
    QTimeZone zone;                  // the tenant's: days and times are shown in it
    QList<CalendarEntry> entries;    // by start
    QList<CalendarWarning> warnings; // by time
};

class Calendar final
{
public:
    // Entries that touch [from, to); `now` separates what happened from what is planned.
    static Result<CalendarData> build(const Database &db, Id tenantId, const User &user, const QDateTime &from,
                                      const QDateTime &to, const QDateTime &now);

    // Future occurrences shown per recurring campaign, at most.
    static constexpr int kMaxOccurrences = 400;
};

} // namespace herald
