#pragma once

#include "channelkind.h"
#include "tenant.h"
#include <optional>

namespace herald {

// An opt-out entry: channel empty means every channel.
struct OptOut
{
    Id id = 0;
    Id tenantId = 0;
    Id contactId = 0;
    std::optional<ChannelKind> channel;
    QString source; // reply keyword, unsubscribe link, import, manual
    QDateTime createdAt;
    std::optional<Id> runId; // the run whose message was answered with an opt-out keyword
};

// One change to the opt-out list, for its audit.
struct OptOutEvent
{
    Id id = 0;
    Id contactId = 0;
    std::optional<ChannelKind> channel; // empty: every channel
    bool added = true;                  // false: removed
    QString source;                     // of an addition; of a removal by a reply keyword (START)
    QString actor;                      // the user's name, "system" (reply keywords), "recipient" (links)
    QDateTime at;
};

} // namespace herald
