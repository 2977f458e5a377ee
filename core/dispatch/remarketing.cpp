#include "remarketing.h"

#include "audience/audiencequery.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflightservice.h"
#include "runservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/transaction.h"

namespace herald {

namespace {

// The contacts of the campaign's live-run messages (aliased m), on one channel when given.
SqlFragment messagesOf(Id tenantId, Id campaignId, std::optional<ChannelKind> channel, bool testRunsToo = false)
{
    SqlFragment s{u"SELECT m.contact_id FROM messages m JOIN runs r ON r.tenant_id = m.tenant_id AND r.id = m.run_id"
                + QString(testRunsToo ? QString() : QStringLiteral(" AND r.kind = 'live'"))
                + u" WHERE m.tenant_id = ? AND r.campaign_id = ?",
            {tenantId, campaignId}};
    if (channel) {
        s.sql += QStringLiteral(" AND m.channel = ?");
        s.params << nameOf(*channel);
    }
    return s;
}

Result<QList<Id>> readIds(const Database &db, const QString &sql, const QVariantList &params, const QString &what)
{
    SqlQuery q(db.connection(), sql);
    for (const QVariant &p : params)
        q.bind(p);
    if (auto st = q.exec(what); !st)
        return st.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

} // namespace

Remarketing::Remarketing(Database db, Id tenantId, User user, const Clock &clock)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user)), m_clock(clock)
{
}

QString Remarketing::targetName(Target target)
{
    switch (target) {
    case Target::Failed:
        return QStringLiteral("failed");
    case Target::NoReply:
        return QStringLiteral("no-reply");
    case Target::NoAnswer:
        return QStringLiteral("no-answer");
    case Target::Selected:
        return QStringLiteral("selected");
    }
    return {};
}

std::optional<Remarketing::Target> Remarketing::targetFromName(const QString &name)
{
    for (Target t : {Target::Failed, Target::NoReply, Target::NoAnswer, Target::Selected})
        if (targetName(t) == name)
            return t;
    return std::nullopt;
}

Result<QList<Id>> Remarketing::contacts(const Request &request)
{
    auto source = CampaignRepository(m_db, m_tenantId).find(request.campaign);
    if (!source)
        return source.error();
    return contacts(*source, request);
}

Result<QList<Id>> Remarketing::contacts(const Campaign &source, const Request &request)
{
    const Id campaignId = source.id;
    const Text subject = PreflightService::subjectText(source);
    const SqlFragment all = messagesOf(m_tenantId, campaignId, request.from);
    QString sql;
    QVariantList params;
    auto reachedExcluded = [&](const QString &statuses, std::optional<ChannelKind> channel) {
        const SqlFragment reached = messagesOf(m_tenantId, campaignId, channel);
        sql = all.sql + u" AND m.status IN " + statuses + u" AND m.contact_id NOT IN (" + reached.sql
            + u" AND m.status IN " + sqlSet<MessageStatus>(isReached) + u')';
        params = all.params + reached.params;
    };
    switch (request.target) {
    case Target::Failed:
        reachedExcluded(sqlSet({MessageStatus::Failed, MessageStatus::TimedOut}), request.from);
        break;
    case Target::NoAnswer:
        if (request.from && *request.from != ChannelKind::Phone)
            return Error::usage(Text::tr("\"did not answer\" is about calls: %1's %2 channel has no answers")
                                    .arg(subject, nameOf(*request.from)));
        reachedExcluded(sqlSet({MessageStatus::NoAnswer, MessageStatus::Busy}), ChannelKind::Phone);
        break;
    case Target::NoReply:
        sql = all.sql + u" AND m.status IN " + sqlSet<MessageStatus>(isReached)
            + u" AND m.contact_id NOT IN (SELECT p.contact_id FROM replies p JOIN runs rr ON rr.tenant_id = p.tenant_id "
              u"AND rr.id = p.run_id WHERE p.tenant_id = ? AND rr.campaign_id = ? AND p.contact_id IS NOT NULL)";
        params = all.params;
        params << m_tenantId << campaignId;
        break;
    case Target::Selected: {
        if (request.contacts.isEmpty())
            return Error::usage(Text::tr("no contacts were selected to follow up %1").arg(subject));
        // Whatever run the task table showed, test runs included.
        const SqlFragment any = messagesOf(m_tenantId, campaignId, request.from, true);
        sql = any.sql + u" AND m.contact_id IN " + m_db.dialect().jsonIds();
        params = any.params;
        params << jsonIdArray(request.contacts);
        break;
    }
    }
    return readIds(m_db, u"SELECT DISTINCT contact_id FROM (" + sql + u") AS chosen ORDER BY contact_id", params,
                   u"finding whom to follow up from " + subject.english());
}

Result<Id> Remarketing::remarket(const Request &request)
{
    if (auto st = Permissions::require(m_user, Action::CreateCampaigns); !st)
        return st.error();
    CampaignService campaigns(m_db, m_tenantId, m_user, &m_clock);
    auto source = campaigns.overview(request.campaign);
    if (!source)
        return source.error();
    const Text subject = PreflightService::subjectText(source->campaign);
    switch (source->status) {
    case CampaignStatus::Completed:
    case CampaignStatus::Stopped:
    case CampaignStatus::Failed:
    case CampaignStatus::Archived:
        break;
    default:
        return Error::refused(Text::tr("%1 is %2: remarket a campaign once it has ended or been stopped")
                                  .arg(subject, labelText(source->status)));
    }
    auto ids = contacts(source->campaign, request);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::refused(Text::tr("nobody in %1 matches \"%2\": no follow-up was created")
                                  .arg(subject, targetName(request.target)));

    Campaign c = source->campaign;
    c.description = u"Follow-up of " + c.shortId + u" (" + c.name + u"): " + QString::number(ids->size())
                  + u" contacts, " + targetName(request.target) + u'.';
    c.name = request.name.trimmed().isEmpty() ? c.name + u" follow-up" : request.name.trimmed();
    // Who: the follow-up list only. What: the source's channels asked for, as they were;
    // a channel the source did not have starts empty (the builder says what it needs).
    AudienceRepository audience(m_db, m_tenantId);
    const QString listName = u"Follow-up of " + c.shortId + u": " + targetName(request.target) + u" ("
                           + m_clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u')';
    auto list = audience.addList({0, m_tenantId, listName, c.description});
    if (!list)
        return list.error();
    if (auto st = audience.addToList(*list, *ids); !st)
        return st.error();
    c.contactListId = *list;
    c.sendToSegments.clear();
    c.excludeSegments.clear();
    c.oneTimeRules.clear();
    c.launchType = LaunchType::Manual;
    c.recurrence.clear();
    c.activated = false;
    if (!request.channels.isEmpty()) {
        QList<CampaignChannel> channels;
        for (ChannelKind kind : request.channels) {
            CampaignChannel ch;
            ch.kind = kind;
            for (const CampaignChannel &existing : std::as_const(c.channels))
                if (existing.kind == kind)
                    ch = existing;
            channels.append(ch);
        }
        c.channels = channels;
    }
    for (CampaignChannel &ch : c.channels)
        ch.id = 0;
    auto created = campaigns.create(c);
    if (!created)
        return created.error();
    return created->campaign.id;
}

Result<QList<std::pair<ChannelKind, QList<Id>>>> Remarketing::retryRecipients(const QString &campaign)
{
    CampaignService campaigns(m_db, m_tenantId, m_user, &m_clock);
    auto source = campaigns.overview(campaign);
    if (!source)
        return source.error();
    QList<std::pair<ChannelKind, QList<Id>>> out;
    for (const CampaignChannel &ch : source->campaign.channels) {
        // Failed after its retries were used up, and no other message of the campaign on
        // this channel went anywhere but Cancelled or such a failure (so nobody reached,
        // bounced for good, timed out after sending or opted out is sent to again).
        const SqlFragment channel = messagesOf(m_tenantId, source->campaign.id, ch.kind);
        const QString failedForGood = u"m.status = " + sqlName(MessageStatus::Failed) + u" AND m.retries_used_up = 1";
        const QString sql = u"SELECT DISTINCT contact_id FROM (" + channel.sql + u" AND " + failedForGood
                          + u" AND m.contact_id NOT IN (" + channel.sql + u" AND NOT (m.status = "
                          + sqlName(MessageStatus::Cancelled) + u" OR (" + failedForGood + u")))"
                            u") AS failed ORDER BY contact_id";
        auto ids = readIds(m_db, sql, channel.params + channel.params,
                           u"finding the failed messages of " + PreflightService::subject(source->campaign));
        if (!ids)
            return ids.error();
        // Less who opted out since or lost the address: the run queues exactly these.
        AudienceSpec spec;
        spec.channel = ch.kind;
        spec.contactIds = *ids;
        auto reachable = AudienceQuery(m_db, m_tenantId).ids(spec);
        if (!reachable)
            return reachable.error();
        if (!reachable->isEmpty())
            out.append({ch.kind, *reachable});
    }
    return out;
}

Result<Run> Remarketing::retryFailed(const QString &campaign, bool disclaimerAccepted,
                                     std::function<void(qint64, qint64)> progress)
{
    // Who is retried and the run that retries them are one transaction: a second retry
    // at the same instant waits, then finds the campaign Running.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto recipients = retryRecipients(campaign);
    if (!recipients)
        return recipients.error();
    RunService::StartOptions options;
    options.disclaimerAccepted = disclaimerAccepted;
    options.retry = *recipients;
    options.progress = std::move(progress);
    auto run = RunService(m_db, m_tenantId, m_user, m_clock).start(campaign, options);
    if (!run)
        return run;
    if (auto st = tx.commit(); !st)
        return st.error();
    return run;
}

} // namespace herald
