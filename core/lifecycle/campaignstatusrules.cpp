#include "campaignstatusrules.h"

#include <algorithm>

namespace herald {

CampaignStatus CampaignStatusRules::derive(const CampaignStatusInputs &in)
{
    using S = ChannelStatus;
    const auto &ch = in.liveChannels;
    const auto any = [&](S s) { return std::any_of(ch.begin(), ch.end(), [s](S c) { return c == s; }); };

    // Launched channels: those that left Ready. A channel still Ready in a run has not
    // been started: held for later next to launched ones, or, when none is launched, a
    // launch that never got going.
    QList<S> launched;
    for (S s : ch)
        if (s != S::Ready)
            launched.append(s);
    const auto allLaunched = [&](auto pred) {
        return !launched.isEmpty() && std::all_of(launched.begin(), launched.end(), pred);
    };

    if (in.archived)
        return CampaignStatus::Archived;
    if (any(S::Running))
        return CampaignStatus::Running;
    // A held channel waits for a person, as a paused one does: the campaign is still
    // active, not Completed, until it is started or stopped.
    const bool held = !launched.isEmpty() && launched.size() < ch.size();
    if (any(S::Paused) || held)
        return CampaignStatus::Paused;
    if (in.schedulePending)
        return CampaignStatus::Scheduled;
    if (in.lastLiveRunFailedToStart || allLaunched([](S s) { return s == S::Failed; }))
        return CampaignStatus::Failed;
    if (allLaunched([](S s) { return isFinal(s); })) {
        if (std::any_of(launched.begin(), launched.end(), [](S s) { return s == S::Stopped; }))
            return CampaignStatus::Stopped;
        // Every launched channel is Completed, or Completed next to channels that could
        // not start: the run worked through what it could (see docs/status-model.md).
        return CampaignStatus::Completed;
    }
    if (in.activated && !in.hasBlockers)
        return CampaignStatus::Ready;
    return CampaignStatus::Draft;
}

DetailLayout CampaignStatusRules::layoutFor(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
    case CampaignStatus::Ready:
        return DetailLayout::Draft;
    case CampaignStatus::Scheduled:
    case CampaignStatus::Running:
    case CampaignStatus::Paused:
        return DetailLayout::Active;
    case CampaignStatus::Completed:
    case CampaignStatus::Stopped:
    case CampaignStatus::Failed:
    case CampaignStatus::Archived:
        return DetailLayout::Ended;
    }
    return DetailLayout::Draft;
}

} // namespace herald
