#include "campaignreport.h"

#include "domain/permissions.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/replyrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace herald {

namespace {

bool reachedProvider(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Sent:
    case MessageStatus::Delivered:
    case MessageStatus::AssumedDelivered:
    case MessageStatus::Answered:
    case MessageStatus::Completed:
    case MessageStatus::NoAnswer:
    case MessageStatus::Busy:
        return true;
    default:
        return false;
    }
}

bool delivered(MessageStatus s)
{
    return s == MessageStatus::Delivered || s == MessageStatus::AssumedDelivered || s == MessageStatus::Answered
           || s == MessageStatus::Completed;
}

// Distinct contacts of the run with a message in a state `pred` accepts (of one channel).
Result<qint64> contactsWhere(const Database &db, Id tenantId, Id runId, bool (*pred)(MessageStatus),
                             std::optional<ChannelKind> channel)
{
    SqlQuery q(db.connection(), u"SELECT COUNT(DISTINCT contact_id) FROM messages WHERE tenant_id = ? AND run_id = ? "
                                u"AND status IN " + sqlSet(pred)
                                    + (channel ? QStringLiteral(" AND channel = ?") : QString()));
    q.bind(tenantId).bind(runId);
    if (channel)
        q.bind(nameOf(*channel));
    if (auto st = q.exec(u"counting the contacts run " + QString::number(runId) + u" reached"); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<CampaignReport::Conversion> convert(const Database &db, Id tenantId, const Run &run, const Goal &g,
                                           const QMap<ChannelKind, QSet<Id>> &repliedBy)
{
    const Id runId = run.id;
    CampaignReport::Conversion out{g.name, g.metric, g.metricKind(), g.url, g.target, 0, 0, true};
    if (out.kind == GoalMetric::Clicks)
        out.tracked = QJsonDocument::fromJson(run.configuration.toUtf8())
                          .object()
                          .value(QLatin1StringView("track_clicks"))
                          .toBool();
    const bool calls = out.kind == GoalMetric::AnsweredCalls || out.kind == GoalMetric::Keypresses;
    auto base = calls ? contactsWhere(db, tenantId, runId, reachedProvider, ChannelKind::Phone)
                      : contactsWhere(db, tenantId, runId, delivered, std::nullopt);
    if (!base)
        return base.error();
    out.base = *base;
    switch (out.kind) {
    case GoalMetric::Clicks: {
        auto clicked = LinkClickRepository(db, tenantId).contactsWhoClicked(runId, g.url);
        if (!clicked)
            return clicked.error();
        out.converted = *clicked;
        break;
    }
    case GoalMetric::Replies: {
        QSet<Id> all;
        for (const QSet<Id> &contacts : repliedBy)
            all.unite(contacts);
        out.converted = all.size();
        break;
    }
    case GoalMetric::Keypresses: // keys pressed during a call arrive as the call's replies
        out.converted = repliedBy.value(ChannelKind::Phone).size();
        break;
    case GoalMetric::AnsweredCalls: {
        auto answered = contactsWhere(db, tenantId, runId, delivered, ChannelKind::Phone);
        if (!answered)
            return answered.error();
        out.converted = *answered;
        break;
    }
    case GoalMetric::Other:
        break;
    }
    return out;
}

} // namespace

Result<CampaignReport> CampaignReport::build(const Database &db, Id tenantId, const User &user,
                                             const QString &reference, Id runId)
{
    CampaignService service(db, tenantId, user);
    auto overview = service.overview(reference);
    if (!overview)
        return overview.error();
    auto runs = service.runs(overview->campaign.id);
    if (!runs)
        return runs.error();
    return build(db, tenantId, user, *overview, *runs, runId);
}

Result<CampaignReport> CampaignReport::build(const Database &db, Id tenantId, const User &user,
                                             const CampaignOverview &overview, QList<Run> runs, Id runId)
{
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.id < b.id; });
    std::optional<Run> focus;
    for (const Run &r : std::as_const(runs)) {
        if (runId != 0) {
            if (r.id == runId)
                focus = r;
        } else if (r.kind == RunKind::Live || !focus || focus->kind != RunKind::Live) {
            focus = r;
        }
    }
    const Campaign &c = overview.campaign;
    if (!focus)
        return Error::notFound(
            runId != 0 ? Text::tr("run %1 is not a run of %2").arg(QString::number(runId), c.shortId)
                       : Text::tr("campaign %1 has not run yet: there is nothing to report").arg(c.shortId));

    CampaignReport r;
    r.campaignName = c.name;
    r.shortId = c.shortId;
    r.status = overview.status;
    r.run = *focus;
    for (const Run &other : std::as_const(runs))
        if (other.id != focus->id)
            r.otherRuns.append(other);
    r.diagnostics = Permissions::permits(user.role, Action::SeeProviderDiagnostics);
    r.approvedAt = c.approvedAt;
    if (auto t = TenantRepository(db).byId(tenantId)) {
        r.tenantName = t->name;
        if (const QTimeZone zone(t->timeZone.toUtf8()); zone.isValid())
            r.zone = zone;
    }
    for (const User &u : TenantRepository(db).users(tenantId).value_or({})) {
        if (focus->startedBy == u.id)
            r.startedBy = u.name;
        if (focus->disclaimerAcceptedBy == u.id)
            r.disclaimerBy = u.name;
    }
    if (c.reviewerId)
        if (auto reviewer = CatalogRepository(db, tenantId).byId(CatalogKind::Reviewer, *c.reviewerId))
            r.reviewer = reviewer->name;
    r.configuration =
        QString::fromUtf8(QJsonDocument::fromJson(focus->configuration.toUtf8()).toJson(QJsonDocument::Indented));

    const QSqlDatabase sql = db.connection();
    MessageRepository messages(db, tenantId);
    auto counts = messages.counts(focus->id);
    if (!counts)
        return counts.error();
    QMap<ChannelKind, Channel> channels;
    for (auto perChannel = counts->cbegin(); perChannel != counts->cend(); ++perChannel) {
        Channel &ch = channels[perChannel.key()];
        ch.kind = perChannel.key();
        ch.counts = perChannel.value();
        for (auto it = ch.counts.cbegin(); it != ch.counts.cend(); ++it) {
            const MessageStatus status = it.key();
            const qint64 n = it.value();
            ch.queued += n;
            ch.sent += reachedProvider(status) ? n : 0;
            ch.delivered += delivered(status) ? n : 0;
            ch.optedOut += status == MessageStatus::OptedOut ? n : 0;
            ch.failed += status == MessageStatus::Failed || status == MessageStatus::TimedOut ? n : 0;
        }
    }

    auto replies = ReplyRepository(db, tenantId).ofRun(focus->id);
    if (!replies)
        return replies.error();
    QMap<ChannelKind, QSet<Id>> repliedBy;
    QList<Reply> newest = *replies;
    std::sort(newest.begin(), newest.end(), [](const Reply &a, const Reply &b) { return a.receivedAt > b.receivedAt; });
    for (const Reply &reply : std::as_const(newest)) {
        if (reply.contactId)
            repliedBy[reply.channel].insert(*reply.contactId);
        if (r.latestReplies.size() < 10)
            r.latestReplies.append({reply.receivedAt, reply.body});
    }
    r.replies = replies->size();
    for (auto it = repliedBy.cbegin(); it != repliedBy.cend(); ++it)
        if (channels.contains(it.key()))
            channels[it.key()].replied = it->size();

    // Everything else comes from one pass per channel over the run's messages, in the
    // (tenant, run, channel) index's order, reading integers and, for failed messages only,
    // their reason: a million messages take well under a second. Aggregating in SQL took a
    // scan and a sort per figure.
    QHash<Id, Number> byNumber;
    QMap<std::tuple<ChannelKind, MessageStatus, QString>, qint64> reasons;
    std::map<qint64, QMap<ChannelKind, qint64>> perMinute; // Sent per minute since the epoch
    SqlQuery pass(sql, u"SELECT sent_at, sending_at, sender_number_id, "
                       u"CASE WHEN status IN " + sqlSet({MessageStatus::Answered, MessageStatus::Completed})
                           + u" THEN 1 ELSE 0 END, "
                             u"CASE WHEN failure_reason <> '' THEN status END, "
                             u"CASE WHEN failure_reason <> '' THEN failure_reason END, "
                             u"CASE WHEN status = " + sqlName(MessageStatus::Completed)
                           + u" THEN finished_at - delivered_at END "
                             u"FROM messages WHERE tenant_id = ? AND run_id = ? AND channel = ?");
    pass.raw().setForwardOnly(true);
    for (Channel &ch : channels) {
        pass.bind(tenantId).bind(focus->id).bind(nameOf(ch.kind));
        if (auto st = pass.exec(u"reading the messages of run " + QString::number(focus->id)); !st)
            return st.error();
        std::vector<qint64> latencies;
        while (pass.next()) {
            const QVariant sent = pass.value(0);
            if (!sent.isNull()) {
                const qint64 sentAt = sent.toLongLong();
                ++perMinute[sentAt / 60000][ch.kind];
                if (const QVariant sending = pass.value(1); r.diagnostics && !sending.isNull())
                    latencies.push_back(sentAt - sending.toLongLong());
            }
            if (const QVariant number = pass.value(2); !number.isNull()) {
                Number &n = byNumber[number.toLongLong()];
                ++n.attempts;
                n.answered += pass.value(3).toLongLong();
                if (const QVariant talk = pass.value(6); !talk.isNull()) {
                    ++n.talked;
                    n.talkMs += talk.toLongLong();
                }
            }
            if (const QVariant status = pass.value(4); !status.isNull()) {
                const MessageStatus s = fromString<MessageStatus>(status.toString()).value_or(MessageStatus::Failed);
                if (isFailure(s)) // a Delivered message keeps the reason of its retried attempt
                    ++reasons[{ch.kind, s, pass.text(5)}];
            }
        }
        if (!latencies.empty()) {
            const auto n = qint64(latencies.size());
            double sum = 0;
            for (qint64 l : latencies)
                sum += double(l);
            ch.latencyAverageMs = sum / double(n);
            // The nearest-rank 95th percentile.
            const auto at = latencies.begin() + std::min(n - 1, (n * 95 + 99) / 100 - 1);
            std::nth_element(latencies.begin(), at, latencies.end());
            ch.latencyP95Ms = double(*at);
        }
    }
    r.channels = channels.values();

    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        r.reasons.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    std::stable_sort(r.reasons.begin(), r.reasons.end(),
                     [](const Reason &a, const Reason &b) { return a.count > b.count; });

    // Keys pressed on the run's calls, per number that called: replies ("1: call me back")
    // and opt-outs by key.
    SqlQuery keys(sql, QStringLiteral("SELECT m.sender_number_id, r.body, COUNT(*) FROM replies r "
                                      "JOIN messages m ON m.tenant_id = r.tenant_id AND m.id = r.message_id "
                                      "WHERE r.tenant_id = ? AND r.run_id = ? AND r.channel = 'phone' "
                                      "AND m.sender_number_id IS NOT NULL GROUP BY m.sender_number_id, r.body"));
    keys.bind(tenantId).bind(focus->id);
    if (auto st = keys.exec(u"reading the keys pressed in run " + QString::number(focus->id)); !st)
        return st.error();
    while (keys.next())
        if (const auto it = byNumber.find(keys.id(0)); it != byNumber.end())
            it->keys[keys.text(1)] += keys.value(2).toLongLong();
    SqlQuery optOuts(sql, QStringLiteral("SELECT m.sender_number_id, COUNT(*) FROM opt_outs o "
                                         "JOIN messages m ON m.tenant_id = o.tenant_id AND m.run_id = o.run_id "
                                         "AND m.contact_id = o.contact_id AND m.channel = o.channel "
                                         "WHERE o.tenant_id = ? AND o.run_id = ? AND o.channel = 'phone' "
                                         "AND o.source = 'keypress' AND m.sender_number_id IS NOT NULL "
                                         "GROUP BY m.sender_number_id"));
    optOuts.bind(tenantId).bind(focus->id);
    if (auto st = optOuts.exec(u"reading the opt-outs by key in run " + QString::number(focus->id)); !st)
        return st.error();
    while (optOuts.next())
        if (const auto it = byNumber.find(optOuts.id(0)); it != byNumber.end())
            it->keyOptOuts += optOuts.value(1).toLongLong();

    SenderRepository senders(db, tenantId);
    for (auto it = byNumber.begin(); it != byNumber.end(); ++it) {
        auto number = senders.number(it.key());
        if (!number)
            return number.error();
        it->id = it.key();
        it->e164 = number->e164;
        r.numbers.append(*it);
    }
    std::sort(r.numbers.begin(), r.numbers.end(), [](const Number &a, const Number &b) { return a.e164 < b.e164; });

    auto links = LinkClickRepository(db, tenantId).ofRun(focus->id);
    if (!links)
        return links.error();
    r.links = *links;
    for (const LinkClickRepository::Link &l : std::as_const(r.links))
        r.clicks += l.clicks;
    if (c.goalId) {
        auto goal = ContentRepository(db, tenantId).goal(*c.goalId);
        if (!goal && goal.error().kind != Error::Kind::NotFound)
            return goal.error();
        if (goal) {
            auto conversion = convert(db, tenantId, *focus, *goal, repliedBy);
            if (!conversion)
                return conversion.error();
            r.conversion = *conversion;
        }
    }

    // Throughput: at most 60 buckets of whole minutes over the time messages reached Sent.
    if (!perMinute.empty()) {
        const qint64 first = perMinute.begin()->first, last = perMinute.rbegin()->first;
        const qint64 minutes = (last - first) / 60 + 1;
        const int buckets = int((last - first) / minutes) + 1;
        r.throughput.start = QDateTime::fromMSecsSinceEpoch(first * 60000, Qt::UTC);
        r.throughput.bucketSecs = int(minutes * 60);
        for (const auto &[minute, perKind] : perMinute)
            for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
                QList<qint64> &series = r.throughput.perBucket[it.key()];
                if (series.isEmpty())
                    series.fill(0, buckets);
                series[int((minute - first) / minutes)] += it.value();
            }
    }
    return r;
}

} // namespace herald
