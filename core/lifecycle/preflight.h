#pragma once

#include "domain/launchtype.h"
#include "domain/role.h"
#include "finding.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace herald {

// Everything preflight looks at, gathered beforehand (PreflightService reads it from
// the workspace), so the rules themselves are a pure function that tests drive row by row.
struct PreflightInput
{
    enum class Ref { Missing, Deleted, Ok };
    enum class Sender { Missing, Paused, NoActiveNumber, Incomplete, Ok };
    enum class Provider { Missing, CredentialsMissing, Ok };

    struct Channel
    {
        ChannelKind kind = ChannelKind::Email;
        Ref templateRef = Ref::Missing;
        QString templateName;
        QString content; // subject, preheader, body and text body, or message text / script
        QString subject; // email: the template's subject line
        Sender sender = Sender::Missing;
        QString senderName;
        Provider provider = Provider::Missing;
        QString providerName;
        QString failedCheck;   // what the provider said when an admin's Test connection failed
        QDateTime checkedAt;   // ... then (UTC); a passing or no test since the settings: empty
        Text busyWith;         // another campaign whose channel of this kind is Running
        qint64 audience = 0;   // live audience for this channel (address present, not opted out)
        int testRecipients = 0; // test recipients with an address for this channel
    };

    Text campaign; // "campaign 'Spring sale' (C-7K2QM)"; empty: "this campaign"
    Ref goal = Ref::Missing;
    QString goalName;
    Ref writer = Ref::Missing;
    QString writerName;
    Ref reviewer = Ref::Missing;
    QString reviewerName;
    bool approvalCurrent = false;
    bool activated = false;
    Role role = Role::Viewer;
    QString userName;

    bool audienceSourceMissing = true; // no contact list and no send-to segment
    QStringList deletedSegments;
    QStringList emptySegments;     // send-to segments that match nobody
    qint64 includedCount = 0;      // list ∩ send-to segments
    qint64 afterExclusionsCount = 0; // ... minus exclude segments and one-time rules

    std::optional<qint64> balanceCredits; // empty: unmetered
    bool trackClicks = false;   // the campaign's links go through Herald's listener
    bool listenerReady = false; // the tenant has a listener, a public URL and a link secret
    bool mailboxReady = false;  // the tenant has an inbound mailbox (bounces, replies)
    QStringList customFields;             // the tenant's contacts' own fields (merge fields)
    QList<Channel> channels;
};

class Preflight final
{
public:
    // Findings for a run of `kind`; `only` restricts per-channel checks to those kinds.
    // Each carries its message with and without the campaign's name (Finding::brief).
    static QList<Finding> evaluate(const PreflightInput &in, RunKind kind,
                                   const ChannelSet &only = {});
    // Whether the finding keeps a run from starting; `ignoreBusy`: leaves `channel.busy`
    // out (transient: it refuses the start, not a schedule).
    static bool blocks(const Finding &finding, bool ignoreBusy = false);
    static bool hasBlockers(const QList<Finding> &findings, bool ignoreBusy = false);
    // Credits one message of the channel costs: an SMS segment each (as the text reads
    // before merge fields are filled in), a call or a Viber message one, email none.
    static int creditsPerMessage(const PreflightInput::Channel &channel);
    // The same for a message of `kind` reading `text`.
    static int credits(ChannelKind kind, const QString &text);
    // The findings about content alone (opt-out text, unsubscribe link, shouting subject,
    // unknown merge fields), as a reviewer sees them: the template editor shows them as
    // you type. `subject` names what is checked in the messages.
    static QList<Finding> contentFindings(const PreflightInput::Channel &channel, const Text &subject,
                                          const QStringList &customFields);

private:
    static QList<Finding> evaluateNamed(const PreflightInput &in, RunKind kind, const ChannelSet &only);
};

} // namespace herald
