#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "domain/user.h"
#include "storage/database.h"

#include <optional>

namespace herald {

// Applies the time rules of the status model to the whole workspace, as of the clock's
// "now", and closes channels that have worked through their messages:
//  - Sent (SMS-like) for 10 minutes without a report -> Assumed Delivered
//  - Sending, Dialing or Ringing for 10 minutes -> Timed Out (also what a message found
//    in flight after a crash becomes: it is never sent again)
//  - Queued or Retrying past the campaign's TTL since the run started -> Failed "Expired"
//  - a Running channel with nothing Queued, Sending or Retrying -> Completed
// Every change goes through the lifecycle rules and is written in batches.
class Sweeper final
{
public:
    struct Counts
    {
        int assumedDelivered = 0;
        int timedOut = 0;
        int expired = 0;
        int channelsCompleted = 0;
    };

    // The whole workspace (what a dispatcher sweeps), or one tenant's messages and runs.
    Sweeper(Database db, const Clock &clock, std::optional<Id> tenantId = std::nullopt)
        : m_db(std::move(db)), m_clock(clock), m_tenantId(tenantId)
    {
    }

    // Whether `user` (of `tenantId`) may sweep by hand: admins only, as a sweep at a
    // chosen time fails and completes what it finds. `allTenants` needs a user of that
    // name who is an admin of every tenant.
    static Status mayRun(const Database &db, Id tenantId, const User &user, bool allTenants);

    Result<Counts> sweep();

private:
    Status timeouts(Counts &counts);
    Status expiries(Counts &counts);
    Status completions(Counts &counts);

    // " AND <column> = <tenant>" when one tenant is swept, else nothing.
    QString tenantFilter(QLatin1StringView column) const;

    Database m_db;
    const Clock &m_clock;
    std::optional<Id> m_tenantId;
};

} // namespace herald
