#pragma once

#include "channelkind.h"
#include "launchtype.h"
#include "tenant.h"

#include <QList>
#include <QStringList>

namespace herald {

// One delivery path of a campaign.
struct CampaignChannel
{
    Id id = 0;
    ChannelKind kind = ChannelKind::Email;
    std::optional<Id> templateId;
    QString messageText; // SMS text or phone script when no template is used
    std::optional<Id> senderId;
    int ratePerMinute = 0; // 0 = provider default
    QString sendWindow;    // "08:00-21:00", "none", or empty for the kind's default (schedule/sendwindow.h)

    bool operator==(const CampaignChannel &) const = default;
};

// The plan. Its status is derived (lifecycle/campaignstatusrules), never stored.
struct Campaign
{
    Id id = 0;
    Id tenantId = 0;
    QString shortId; // "C-7K2QM", shown to users, stable for the campaign's life
    QString name;
    QString description;
    QStringList tags;
    std::optional<Id> goalId;
    std::optional<Id> writerId;
    std::optional<Id> reviewerId;
    QDateTime approvedAt;   // reviewer approval of the current content
    int contentRevision = 1; // bumped by content edits; approval covers one revision
    int approvedRevision = 0;
    QString approvedContentHash; // the content the reviewer approved (content/contenthash.h)
    QString contentHash;         // of the content as read from the workspace; not stored
    std::optional<Id> contactListId;
    QList<Id> sendToSegments;
    QList<Id> excludeSegments;
    QString oneTimeRules; // JSON, same language as Segment::rules
    QStringList testRecipients; // email addresses or E.164 numbers
    LaunchType launchType = LaunchType::Manual;
    QDateTime sendAt;
    QString recurrence; // RFC 5545 RRULE for recurring launches
    QString timeZone = QStringLiteral("UTC");
    bool schedulePending = false; // a schedule/recurring launch is armed ("Waiting")
    std::optional<Id> scheduleAcceptedBy; // who accepted the run disclaimer when arming it
    QDateTime scheduleAcceptedAt;
    int ttlMinutes = 0;
    // Links in the content go through Herald's listener, counted per message and link.
    bool trackClicks = false;
    bool activated = false;
    bool archived = false;
    QDateTime createdAt;
    std::optional<Id> createdBy;
    QList<CampaignChannel> channels;

    bool operator==(const Campaign &) const = default;
    // Approved, and neither this campaign's content nor a template it uses changed since.
    bool approvalCurrent() const
    {
        return reviewerId && approvedRevision == contentRevision && approvedAt.isValid()
            && (approvedContentHash.isEmpty() || approvedContentHash == contentHash);
    }
};

} // namespace herald
