#pragma once

#include "channelstatus.h"
#include "launchtype.h"
#include "tenant.h"
#include "channelkind.h"

#include <QList>

namespace herald {

// One channel's progress within one run.
struct RunChannel
{
    Id id = 0;
    ChannelKind kind = ChannelKind::Email;
    ChannelStatus status = ChannelStatus::Ready;
    QDateTime startedAt;
    QDateTime finishedAt;
    // Who started this channel and accepted the disclaimer for it, and when: a channel
    // held at launch and started later has its own.
    std::optional<Id> startedBy;
    QDateTime disclaimerAcceptedAt;
};

// One execution of a campaign. A run that could not start keeps its failure reasons
// (the preflight findings, JSON) and its channels end Failed.
struct Run
{
    Id id = 0;
    Id tenantId = 0;
    Id campaignId = 0;
    RunKind kind = RunKind::Live;
    RunTrigger trigger = RunTrigger::Manual;
    QString configuration; // frozen copy of the campaign, JSON
    std::optional<Id> startedBy;
    std::optional<Id> disclaimerAcceptedBy;
    QDateTime disclaimerAcceptedAt;
    QDateTime createdAt;
    QDateTime finishedAt;
    QString failureReasons; // JSON array of findings; empty when the run started
    // The campaign's n-th run of this kind. (campaign, kind, launch_seq) is unique: a
    // run is created with the number after the newest one its starter saw, so two
    // starters that checked the same state cannot both write a run. 0: the next one.
    int launchSeq = 0;
    QList<RunChannel> channels;

    bool failedToStart() const { return !failureReasons.isEmpty(); }
};

} // namespace herald
