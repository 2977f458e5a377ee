#include "reportcsv.h"

#include "audience/csvreader.h"

#include <QIODevice>

namespace herald {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 4) : QString();
}

} // namespace

Result<qint64> ReportCsv::write(const CampaignReport &r, QIODevice &out, bool bom)
{
    qint64 rows = 0;
    CsvWriter csv(out, bom);
    const auto row = [&](const QStringList &cells) {
        csv.row(cells);
        ++rows;
    };
    const auto section = [&](const QString &name, const QStringList &headers) {
        if (rows > 0)
            csv.blankLine();
        row({name});
        row(headers);
    };
    const auto n = [](qint64 v) { return QString::number(v); };

    section(QStringLiteral("Run"), {QStringLiteral("field"), QStringLiteral("value")});
    row({QStringLiteral("campaign"), r.campaignName});
    row({QStringLiteral("short_id"), r.shortId});
    row({QStringLiteral("tenant"), r.tenantName});
    row({QStringLiteral("status"), nameOf(r.status)});
    row({QStringLiteral("run"), n(r.run.id)});
    row({QStringLiteral("run_kind"), nameOf(r.run.kind)});
    row({QStringLiteral("trigger"), nameOf(r.run.trigger)});
    row({QStringLiteral("started_at"), iso(r.run.createdAt)});
    row({QStringLiteral("finished_at"), iso(r.run.finishedAt)});
    row({QStringLiteral("started_by"), r.startedBy});
    row({QStringLiteral("disclaimer_accepted_by"), r.disclaimerBy});
    row({QStringLiteral("reviewer"), r.reviewer});
    row({QStringLiteral("approved_at"), iso(r.approvedAt)});

    section(QStringLiteral("Funnel"),
            {QStringLiteral("channel"), QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("delivered"),
             QStringLiteral("replied"), QStringLiteral("opted_out"), QStringLiteral("failed"),
             QStringLiteral("delivered_rate")});
    for (const CampaignReport::Channel &ch : r.channels)
        row({nameOf(ch.kind), n(ch.queued), n(ch.sent), n(ch.delivered), n(ch.replied), n(ch.optedOut), n(ch.failed),
             ratio(ch.delivered, ch.queued)});

    const QList<MessageStatus> states = r.statesThatOccur();
    QStringList outcomeHeaders{QStringLiteral("channel")};
    for (MessageStatus s : states)
        outcomeHeaders << nameOf(s);
    section(QStringLiteral("Outcomes"), outcomeHeaders);
    for (const CampaignReport::Channel &ch : r.channels) {
        QStringList cells{nameOf(ch.kind)};
        for (MessageStatus s : states)
            cells << n(ch.counts.value(s));
        row(cells);
    }

    section(QStringLiteral("Failure reasons"),
            {QStringLiteral("channel"), QStringLiteral("state"), QStringLiteral("reason"), QStringLiteral("messages")});
    for (const CampaignReport::Reason &reason : r.reasons)
        row({nameOf(reason.channel), nameOf(reason.status), reason.reason, n(reason.count)});

    section(QStringLiteral("Numbers"),
            {QStringLiteral("number"), QStringLiteral("attempts"), QStringLiteral("answered"),
             QStringLiteral("answer_rate"), QStringLiteral("average_talk_secs"), QStringLiteral("key_replies"),
             QStringLiteral("key_opt_outs")});
    for (const CampaignReport::Number &number : r.numbers) {
        QStringList keys;
        for (auto it = number.keys.cbegin(); it != number.keys.cend(); ++it)
            keys << it.key() + u'=' + n(it.value());
        const auto talk = number.averageTalkSecs();
        row({number.e164, n(number.attempts), n(number.answered), ratio(number.answered, number.attempts),
             talk ? QString::number(*talk, 'f', 1) : QString(), keys.join(QStringLiteral("; ")),
             n(number.keyOptOuts)});
    }

    section(QStringLiteral("Replies"), {QStringLiteral("received_at"), QStringLiteral("text")});
    for (const auto &[at, text] : r.latestReplies)
        row({iso(at), text});

    QStringList throughputHeaders{QStringLiteral("bucket_start")};
    for (auto it = r.throughput.perBucket.cbegin(); it != r.throughput.perBucket.cend(); ++it)
        throughputHeaders << nameOf(it.key());
    section(QStringLiteral("Throughput (messages sent per %1 s)").arg(r.throughput.bucketSecs), throughputHeaders);
    qsizetype buckets = 0;
    for (const QList<qint64> &series : r.throughput.perBucket)
        buckets = std::max(buckets, series.size());
    for (qsizetype b = 0; b < buckets; ++b) {
        QStringList cells{iso(r.throughput.start.addSecs(b * r.throughput.bucketSecs))};
        for (const QList<qint64> &series : r.throughput.perBucket)
            cells << n(b < series.size() ? series.at(b) : 0);
        row(cells);
    }

    if (r.conversion) {
        const CampaignReport::Conversion &c = *r.conversion;
        section(QStringLiteral("Goal"), {QStringLiteral("goal"), QStringLiteral("metric"), QStringLiteral("url"),
                                         QStringLiteral("base"), QStringLiteral("converted"), QStringLiteral("rate"),
                                         QStringLiteral("target")});
        row({c.goal, c.metric, c.url, n(c.base), c.counted() ? n(c.converted) : QString(),
             c.rate() ? QString::number(*c.rate(), 'f', 4) : QString(), QString::number(c.target, 'f', 4)});
    }
    section(QStringLiteral("Link clicks"), {QStringLiteral("url"), QStringLiteral("clicks"), QStringLiteral("people")});
    for (const LinkClickRepository::Link &l : r.links)
        row({l.url, n(l.clicks), n(l.contacts)});

    if (r.diagnostics) {
        section(QStringLiteral("Latency"),
                {QStringLiteral("channel"), QStringLiteral("average_ms"), QStringLiteral("p95_ms")});
        const auto ms = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QString(); };
        for (const CampaignReport::Channel &ch : r.channels)
            row({nameOf(ch.kind), ms(ch.latencyAverageMs), ms(ch.latencyP95Ms)});
    }
    if (!csv.ok())
        return csv.error(Text::tr("the report of %1").arg(r.shortId));
    return rows;
}

} // namespace herald
