#pragma once

#include "domain/campaignstatus.h"
#include "domain/channelstatus.h"

#include <QList>

namespace herald {

// What the derived campaign status is computed from.
struct CampaignStatusInputs
{
    bool archived = false;
    bool schedulePending = false;
    bool lastLiveRunFailedToStart = false;
    QList<ChannelStatus> liveChannels; // channels of the newest live run; empty if never launched
    bool activated = false;
    bool hasBlockers = true; // preflight blockers other than channel.busy
};

// The "Campaign status" table of STATUS_MODEL.md, first match wins.
class CampaignStatusRules final
{
public:
    static CampaignStatus derive(const CampaignStatusInputs &in);
    static DetailLayout layoutFor(CampaignStatus status);
};

} // namespace herald
