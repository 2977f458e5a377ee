#pragma once

#include "domain/campaign.h"
#include "domain/clock.h"
#include "domain/run.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QList>

#include <functional>
#include <optional>

namespace herald {

// Follow-ups of a campaign that ran: "Remarket" makes a new Draft campaign for chosen
// contacts of its live runs (ended, stopped or archived campaigns), "Retry failed" sends the same campaign again, as a new
// live run, to exactly the recipients whose message failed for a pre-send or transient
// reason. Neither ever reaches a contact the campaign's message already reached.
class Remarketing final
{
public:
    enum class Target {
        Failed,   // a message Failed or Timed Out, and none reached them
        NoReply,  // reached, and no reply tied to the campaign
        NoAnswer, // a call went No Answer or Busy, and none was answered
        Selected, // hand-picked contacts (from the task table) who had a message, in any run
    };

    struct Request
    {
        QString campaign;                  // the source: short ID or id
        Target target = Target::Failed;
        std::optional<ChannelKind> from;   // the source channel whose results count (default: all)
        QList<Id> contacts;                // Target::Selected
        QString name;                      // of the new campaign (default: "<source> follow-up")
        QList<ChannelKind> channels;       // of the new campaign (default: the source's)
    };

    Remarketing(Database db, Id tenantId, User user, const Clock &clock);

    // The contacts a target names, in id order (what the dialog counts before creating).
    Result<QList<Id>> contacts(const Request &request);
    // The same for the source campaign already read (request.campaign is not looked up).
    Result<QList<Id>> contacts(const Campaign &source, const Request &request);
    // Creates the follow-up: a contact list of those contacts and a Draft campaign copied
    // from the source (content, senders, goal, writer, reviewer) that sends to that list
    // only. It needs activation and the reviewer's approval like any new campaign.
    Result<Id> remarket(const Request &request);

    // Per channel, who "Retry failed" sends to: opt-outs and lost addresses left out.
    Result<QList<std::pair<ChannelKind, QList<Id>>>> retryRecipients(const QString &campaign);
    // Starts the retry run (preflight and disclaimer as for any live run). The campaign
    // must have ended (Completed, Stopped or Failed).
    Result<Run> retryFailed(const QString &campaign, bool disclaimerAccepted,
                            std::function<void(qint64, qint64)> progress = {});

    static QString targetName(Target target); // "failed", "no-reply", "no-answer", "selected"
    static std::optional<Target> targetFromName(const QString &name);

private:
    Database m_db;
    Id m_tenantId;
    User m_user;
    const Clock &m_clock;
};

} // namespace herald
