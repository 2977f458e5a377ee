#pragma once

#include "database.h"
#include "domain/run.h"

#include <QHash>
#include <QList>

#include <optional>

namespace herald {

// Runs of one tenant's campaigns, each with the status of its channels.
class RunRepository final
{
public:
    RunRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts the run and its channels in one transaction; returns the new id. A run
    // whose launchSeq is taken already is refused (Error::Kind::Refused).
    Result<Id> create(const Run &run);
    // The newest launch number of the campaign's runs of this kind (0 before the first).
    Result<int> lastLaunchSeq(Id campaignId, RunKind kind);
    Result<Run> get(Id runId);
    Result<QList<Run>> forCampaign(Id campaignId);
    // The tenant's newest runs across campaigns, oldest first, at most `limit`.
    Result<QList<Run>> recent(int limit);
    // Runs created before `to` that had not finished by `from` (still going counts).
    Result<QList<Run>> between(const QDateTime &from, const QDateTime &to);
    // The newest live run of every campaign that has one (or of the given campaigns),
    // keyed by campaign id.
    Result<QHash<Id, Run>> latestLiveRuns(const QList<Id> &campaignIds = {});
    // Sets a channel's status; one that ends (Completed, Stopped, Failed) also stores how
    // long it spent sending (measureSending), the pace forecasts go by.
    Status setChannelStatus(Id runId, ChannelKind kind, ChannelStatus status, const QDateTime &at);
    // Adds a Ready channel to a run made before the campaign's channels were all recorded.
    Status addChannel(Id runId, ChannelKind kind);
    // Records who started the channel and accepted the disclaimer for it, and when.
    Status recordChannelStart(Id runId, ChannelKind kind, Id by, const QDateTime &at);
    // Replaces the run's frozen configuration (a held channel adds its content when it starts).
    Status setConfiguration(Id runId, const QString &configuration);

    // How a run channel sent: messages handed over, and the time it spent handing them
    // over. Idle time is left out: a gap between two handovers many times the usual one
    // (a pause, quiet hours, a wait for retries) counts as a usual one.
    struct Sending
    {
        qint64 sent = 0;
        qint64 busyMs = 0;
        // Messages per second while sending; empty when too little was sent to say.
        std::optional<double> perSecond() const;
    };
    Result<Sending> measureSending(Id runId, ChannelKind kind);
    // What the run channel stored when it ended; measured now for channels that ended
    // before Herald stored it. Empty while the channel has not ended.
    Result<std::optional<Sending>> sending(Id runId, ChannelKind kind);
    // The runs whose channel of `kind` ended most recently, newest first, at most `limit`.
    Result<QList<Id>> lastEnded(ChannelKind kind, int limit);
    // Stops a channel: its status becomes Stopped and its Queued and Retrying messages
    // Cancelled, in one transaction. Messages in flight finish their own lifecycle.
    Result<int> stopChannel(Id runId, ChannelKind kind, const QDateTime &at);
    // Stamps the run finished once every channel is Completed, Stopped or Failed.
    Status finishIfAllFinal(Id runId, const QDateTime &at);
    // (campaign id, kind) of every channel Running in a live run of this tenant.
    Result<QList<std::pair<Id, ChannelKind>>> runningChannels();

private:
    Result<QList<Run>> query(const QString &where, const QVariant &arg);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
