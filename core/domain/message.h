#pragma once

#include "channelkind.h"
#include "messagestatus.h"
#include "tenant.h"

namespace herald {

// One recipient x one channel x one run; the database keeps it unique.
struct Message
{
    Id id = 0;
    Id tenantId = 0;
    Id runId = 0;
    ChannelKind channel = ChannelKind::Email;
    Id contactId = 0;
    MessageStatus status = MessageStatus::Queued;
    int attempts = 0;
    QString failureReason;
    QString providerId;
    QDateTime queuedAt;
    QDateTime sendingAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime finishedAt;
    QDateTime statusChangedAt;
    bool retriesUsedUp = false; // Failed after every attempt met a pre-send or transient error
};

} // namespace herald
