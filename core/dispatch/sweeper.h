#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "storage/database.h"

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

    Sweeper(Database db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<Counts> sweep();

private:
    Status timeouts(Counts &counts);
    Status expiries(Counts &counts);
    Status completions(Counts &counts);

    Database m_db;
    const Clock &m_clock;
};

} // namespace herald
