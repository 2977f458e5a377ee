#pragma once

#include "domain/campaign.h"
#include "domain/clock.h"
#include "domain/user.h"
#include "storage/database.h"

namespace herald {

struct CampaignOverview;

// Launches armed schedules when their time comes. A launch found more than kGraceSecs
// late (Herald was not running) is not sent: it becomes a missed-launch alert that a
// person resolves. A launch whose preflight fails is recorded as a run that could not
// start. Schedule launches once; Recurring stays armed for its next occurrence.
class Scheduler final
{
public:
    static constexpr int kGraceSecs = 300;

    struct Counts
    {
        int launched = 0;
        int failed = 0;
        int missed = 0;
    };

    Scheduler(Database db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<Counts> tick();

    // When an armed campaign launches next, given its newest launch (run or missed alert).
    static Result<QDateTime> nextLaunch(const Campaign &campaign, const QDateTime &lastLaunch);
    // The newest launch of an armed campaign: a live run it triggered, or a due time
    // already alerted as missed. Invalid before the first.
    static Result<QDateTime> lastLaunch(const Database &db, Id tenantId, Id campaignId);
    // The launch an armed campaign waits for, given its newest: empty when a Schedule
    // launched (or was alerted) already.
    static Result<std::optional<QDateTime>> pendingLaunch(const Campaign &campaign, const QDateTime &lastLaunch);
    // The send time a campaign list shows at `now`: a Schedule's time; a Recurring
    // campaign's next launch (the one the scheduler and the calendar use, or the one
    // arming it now would make); when a campaign launched Now started sending. Invalid
    // for Manual campaigns and for a recurrence that has ended.
    static Result<QDateTime> sendTime(const Database &db, Id tenantId, const CampaignOverview &overview,
                                      const QDateTime &now);

    enum class Resolution { SendNow, Reschedule, Skip };
    // A person's answer to a missed-launch alert. Reschedule needs `newTime` (Schedule only).
    // As `user`, who must be allowed to run campaigns.
    Status resolve(Id tenantId, Id alertId, Resolution resolution, const QDateTime &newTime, const User &user);

private:
    struct Due
    {
        Campaign campaign;
        QDateTime at;
    };
    // The launch an armed campaign owes now, if any (read again before acting on it).
    Result<std::optional<Due>> dueNow(Id tenantId, Id campaignId, const QDateTime &now);
    Status tickOne(Id tenantId, Id campaignId, const QDateTime &now, Counts &counts);
    Status resolveChecked(Id tenantId, Id alertId, Resolution resolution, const QDateTime &newTime, Id userId);
    Status launch(Id tenantId, Campaign campaign, Counts &counts);

    Database m_db;
    const Clock &m_clock;
};

} // namespace herald
