#include "campaignreport.h"

#include "storage/catalogrepository.h"
#include "storage/replyrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

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
        return Error::notFound(runId != 0 ? QString(u"run " + QString::number(runId) + u" is not a run of " + c.shortId)
                                          : QString(u"campaign " + c.shortId + u" has not run yet: there is nothing to report"));

    CampaignReport r;
    r.campaignName = c.name;
    r.shortId = c.shortId;
    r.status = overview.status;
    r.run = *focus;
    for (const Run &other : std::as_const(runs))
        if (other.id != focus->id)
            r.otherRuns.append(other);
    r.diagnostics = seesProviderDiagnostics(user.role);
    r.approvedAt = c.approvedAt;
    if (auto t = TenantRepository(db).byId(tenantId))
        r.tenantName = t->name;
    for (const User &u : TenantRepository(db).users(tenantId).value_or({})) {
        if (focus->startedBy == u.id)
            r.startedBy = u.name;
        if (focus->disclaimerAcceptedBy == u.id)
            r.disclaimerBy = u.name;
    }
    if (c.reviewerId)
        if (auto reviewer = CatalogRepository(db, tenantId).byId(CatalogKind::Reviewer, *c.reviewerId))
            r.reviewer = reviewer->name;
    r.configuration = QString::fromUtf8(QJsonDocument::fromJson(focus->configuration.toUtf8()).toJson(QJsonDocument::Indented));

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

    if (r.diagnostics) {
        SqlQuery latency(sql, QStringLiteral("SELECT AVG(sent_at - sending_at), COUNT(*) FROM messages WHERE run_id = ? "
                                             "AND channel = ? AND sent_at IS NOT NULL AND sending_at IS NOT NULL"));
        SqlQuery p95(sql, QStringLiteral("SELECT sent_at - sending_at FROM messages WHERE run_id = ? AND channel = ? "
                                         "AND sent_at IS NOT NULL AND sending_at IS NOT NULL "
                                         "ORDER BY sent_at - sending_at LIMIT 1 OFFSET ?"));
        for (Channel &ch : channels) {
            latency.bind(focus->id).bind(nameOf(ch.kind));
            if (auto st = latency.exec(u"measuring provider latency"); !st)
                return st.error();
            if (!latency.next() || latency.value(1).toLongLong() == 0)
                continue;
            const qint64 n = latency.value(1).toLongLong();
            ch.latencyAverageMs = latency.value(0).toDouble();
            p95.bind(focus->id).bind(nameOf(ch.kind)).bind(std::min(n - 1, (n * 95 + 99) / 100 - 1));
            if (auto st = p95.exec(u"measuring provider latency"); !st)
                return st.error();
            if (p95.next())
                ch.latencyP95Ms = p95.value(0).toDouble();
        }
    }
    r.channels = channels.values();

    auto reasons = messages.failureReasons(focus->id);
    if (!reasons)
        return reasons.error();
    r.reasons = *reasons;

    SqlQuery numbers(sql, QStringLiteral("SELECT p.e164, COUNT(*), SUM(CASE WHEN m.status IN ('Answered', 'Completed') "
                                         "THEN 1 ELSE 0 END) FROM messages m JOIN phone_numbers p ON p.tenant_id = "
                                         "m.tenant_id AND p.id = m.sender_number_id WHERE m.run_id = ? "
                                         "GROUP BY p.e164 ORDER BY p.e164"));
    numbers.bind(focus->id);
    if (auto st = numbers.exec(u"counting messages per number"); !st)
        return st.error();
    while (numbers.next())
        r.numbers.append({numbers.text(0), numbers.value(1).toLongLong(), numbers.value(2).toLongLong()});

    // Throughput: at most 60 buckets of whole minutes over the time messages reached Sent.
    SqlQuery span(sql, QStringLiteral("SELECT MIN(sent_at), MAX(sent_at) FROM messages WHERE run_id = ? "
                                      "AND sent_at IS NOT NULL"));
    span.bind(focus->id);
    if (auto st = span.exec(u"reading the run's sending span"); !st)
        return st.error();
    if (span.next() && !span.value(0).isNull()) {
        const qint64 first = span.value(0).toLongLong(), last = span.value(1).toLongLong();
        const qint64 minutes = std::max<qint64>(1, (last - first) / 60000 / 60 + 1);
        r.throughput.start = timeFromSql(first);
        r.throughput.bucketSecs = int(minutes * 60);
        const qint64 bucketMs = minutes * 60000;
        const int buckets = int((last - first) / bucketMs) + 1;
        SqlQuery per(sql, QStringLiteral("SELECT channel, (sent_at - ?) / ?, COUNT(*) FROM messages WHERE run_id = ? "
                                         "AND sent_at IS NOT NULL GROUP BY channel, (sent_at - ?) / ?"));
        per.bind(first).bind(bucketMs).bind(focus->id).bind(first).bind(bucketMs);
        if (auto st = per.exec(u"measuring throughput"); !st)
            return st.error();
        while (per.next()) {
            const auto kind = fromString<ChannelKind>(per.text(0));
            if (!kind)
                continue;
            QList<qint64> &series = r.throughput.perBucket[*kind];
            if (series.isEmpty())
                series.fill(0, buckets);
            const int b = std::clamp(per.value(1).toInt(), 0, buckets - 1);
            series[b] += per.value(2).toLongLong();
        }
    }
    return r;
}

} // namespace herald
