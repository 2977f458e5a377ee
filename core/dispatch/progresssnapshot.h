#pragma once

#include "domain/channelkind.h"
#include "domain/channelstatus.h"
#include "domain/messagestatus.h"
#include "domain/tenant.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <array>

namespace herald {

// One channel of one run as the dispatcher sees it right now.
struct ChannelProgress
{
    Id tenantId = 0;
    Id runId = 0;
    Id campaignId = 0;
    ChannelKind kind = ChannelKind::Email;
    ChannelStatus status = ChannelStatus::Running;
    std::array<qint64, allValues<MessageStatus>().size()> counts{}; // indexed by MessageStatus
    qint64 inFlight = 0;
    qint64 waitingForWindow = 0; // Queued for recipients whose send window is closed now
    double perSecond = 0;       // messages reaching Sent or a final state, over the last seconds
    double errorRate = 0;       // Failed and Timed Out among final messages
    double latencyMs = -1;      // the provider's answer time (moving average); -1 before the first answer
    QDateTime estimatedFinish;  // invalid while nothing is moving

    qint64 count(MessageStatus s) const { return counts[std::size_t(s)]; }
    qint64 total() const;
};

// What the dispatcher emits at most ~10 times a second: never one signal per message.
struct ProgressSnapshot
{
    QDateTime at;
    QList<ChannelProgress> channels;
};

} // namespace herald

Q_DECLARE_METATYPE(herald::ProgressSnapshot)
