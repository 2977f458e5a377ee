#pragma once

#include "tenant.h"

#include <optional>

namespace herald {

// One number of a pool, with what it has done.
struct PhoneNumber
{
    enum class State { Active, Paused, Quarantined };
    Id id = 0;
    Id tenantId = 0;
    Id poolId = 0;
    QString e164;
    State state = State::Active;
    int dailyCap = 0; // 0 = no cap
    QString stateReason; // why it was paused or quarantined
    QDateTime stateChangedAt;

    qint64 attempts = 0;  // messages handed over from it
    qint64 successes = 0; // delivered (SMS) or answered (phone)
    qint64 failures = 0;  // failed, timed out, not answered, busy
    qint64 optOuts = 0;   // opt-out replies it received
    QDateTime lastUsedAt;
    QString usedDay; // "yyyy-MM-dd" in the tenant's time zone that usedToday counts
    int usedToday = 0;
    bool removed = false; // taken out of its pool; its counters stay

    // Delivered or answered out of everything that finished; empty before the first.
    std::optional<double> successRate() const
    {
        const qint64 finished = successes + failures;
        return finished ? std::optional(double(successes) / double(finished)) : std::nullopt;
    }
    int usesOn(const QString &day) const { return day == usedDay ? usedToday : 0; }
};

} // namespace herald
