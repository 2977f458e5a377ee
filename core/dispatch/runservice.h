#pragma once

#include "domain/campaign.h"
#include "domain/clock.h"
#include "domain/run.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace herald {

// Starts runs and applies a person's channel commands. Every command is written to the
// workspace before it takes effect: a dispatcher only ever claims messages of Running
// channels, so a pause, resume or stop holds across restarts.
struct CampaignOverview;

class RunService final
{
public:
    struct StartOptions
    {
        RunKind kind = RunKind::Live;
        // The channels to start; the others of a live run stay Ready, held for a later
        // start into the same run (a start naming them while the campaign is active).
        ChannelSet only;
        bool disclaimerAccepted = false;
        RunTrigger trigger = RunTrigger::Manual;
        bool fromSchedule = false; // the scheduler launching an armed schedule
        // Called after each queued batch: messages queued so far, and in all.
        std::function<void(qint64 queued, qint64 total)> progress;
        // A retry (Remarketing::retryFailed): exactly these contacts per channel instead of
        // the audience, from a campaign that has ended; opt-outs are still left out.
        std::optional<QList<std::pair<ChannelKind, QList<Id>>>> retry;
    };

    RunService(Database db, Id tenantId, User user, const Clock &clock);

    // The text a person accepts before a run; nothing is sent without it. In the user
    // interface's language (English without a translator, as in heraldctl).
    static QString disclaimer(RunKind kind);
    // What the person confirms with it, one statement each (the run dialog lists them),
    // in the user interface's language too.
    static QStringList disclaimerStatements();

    // A channel's content as a run freezes it (subject, body, from, sender name, send
    // window, rate; for email also preheader, text body and the attachments'
    // descriptions): what is sent, and what the run dialog previews. A template's from
    // name replaces the sender's name.
    static Result<QJsonObject> channelContent(const Database &db, Id tenantId, const Campaign &campaign,
                                              const CampaignChannel &channel);

    // The configuration a run freezes: the campaign as `campaigns show --json` prints it
    // plus "frozen_channels", each channel's content (of the channels in `only`).
    static Result<QString> frozenConfiguration(const Database &db, Id tenantId, const CampaignOverview &overview,
                                               const ChannelSet &only = {});

    // Preflight, disclaimer, frozen configuration, then the audience queued in batches.
    // The channels turn Running once everything is queued. All of it is one transaction
    // that holds the workspace's write lock: two starts of one campaign at the same
    // instant make one run, and the other is refused as the campaign is Running; two
    // starts of one held channel start it once. Exclusivity per channel kind
    // (`channel.busy`) is checked inside the same transaction.
    Result<Run> start(const QString &campaignReference, const StartOptions &options);

    // Arms a Schedule or Recurring campaign: preflight, the disclaimer (kept for the
    // launches), then the campaign is Scheduled until its time comes.
    Result<QDateTime> schedule(const QString &campaignReference, bool disclaimerAccepted);
    // Disarms it ("stop the schedule"); runs already made keep their results.
    Status unschedule(const QString &campaignReference);

    enum class Command { Pause, Resume, Stop };
    // Applies to the campaign's newest live run: every channel that allows the command,
    // or `only`. Returns the channels it changed.
    Result<QList<ChannelKind>> command(const QString &campaignReference, Command command,
                                       std::optional<ChannelKind> only = std::nullopt);

private:
    Result<Run> startChecked(const QString &campaignReference, const StartOptions &options);

    Database m_db;
    Id m_tenantId;
    User m_user;
    const Clock &m_clock;
};

} // namespace herald
