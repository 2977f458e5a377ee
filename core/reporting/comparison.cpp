#include "comparison.h"

#include "audience/csvreader.h"
#include "content/smstext.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace herald {

namespace {

// The rows of one run: a row per channel of its report.
QList<Comparison::Row> rowsOf(const CampaignReport &report, Id campaignId, bool withConfiguration)
{
    const QJsonObject frozen = QJsonDocument::fromJson(report.run.configuration.toUtf8()).object();
    QHash<ChannelKind, QJsonObject> frozenChannels;
    for (const QJsonValue &v : frozen.value(QLatin1StringView("frozen_channels")).toArray())
        if (const auto kind = fromString<ChannelKind>(v[QLatin1StringView("kind")].toString()))
            frozenChannels.insert(*kind, v.toObject());
    // Minutes it sent for: the throughput buckets from the first to the last that sent.
    qsizetype firstBucket = -1, lastBucket = -1;
    for (const QList<qint64> &series : report.throughput.perBucket)
        for (qsizetype b = 0; b < series.size(); ++b)
            if (series.at(b) > 0) {
                firstBucket = firstBucket < 0 ? b : std::min(firstBucket, b);
                lastBucket = std::max(lastBucket, b);
            }
    const double minutes =
        firstBucket < 0 ? 0.0 : double(lastBucket - firstBucket + 1) * report.throughput.bucketSecs / 60.0;

    QList<Comparison::Row> out;
    for (const CampaignReport::Channel &ch : report.channels) {
        Comparison::Row row;
        row.campaignId = campaignId;
        row.shortId = report.shortId;
        row.name = report.campaignName;
        row.runId = report.run.id;
        row.runKind = report.run.kind;
        row.started = report.run.createdAt;
        row.finished = report.run.finishedAt;
        row.kind = ch.kind;
        row.queued = ch.queued;
        row.sent = ch.sent;
        row.delivered = ch.delivered;
        row.failed = ch.failed;
        row.optedOut = ch.optedOut;
        row.replied = ch.replied;
        row.answered = ch.kind == ChannelKind::Phone ? ch.delivered : 0;
        if (report.conversion && report.conversion->counted()) {
            row.conversion = report.conversion->rate();
            row.target = report.conversion->target;
        }
        const QJsonObject content = frozenChannels.value(ch.kind);
        if (ch.kind == ChannelKind::Sms)
            row.segments =
                qint64(SmsText::measure(content.value(QLatin1StringView("body")).toString()).segments) * ch.sent;
        if (minutes > 0)
            row.sentPerMinute = double(ch.sent) / minutes;
        if (report.run.finishedAt.isValid())
            row.secondsToComplete = report.run.createdAt.secsTo(report.run.finishedAt);
        if (withConfiguration) {
            QStringList parts{u"revision "
                              + QString::number(frozen.value(QLatin1StringView("content_revision")).toInt())};
            const int rate = content.value(QLatin1StringView("rate_per_minute")).toInt();
            parts << (rate > 0 ? QString::number(rate) + u"/min" : QStringLiteral("provider pace"));
            parts << u"window " + content.value(QLatin1StringView("send_window")).toString();
            const QString subject = content.value(QLatin1StringView("subject")).toString();
            const QString text = subject.isEmpty() ? content.value(QLatin1StringView("body")).toString() : subject;
            parts << u'"' + (text.size() > 40 ? text.left(39) + u'…' : text).simplified() + u'"';
            row.configuration = parts.join(QStringLiteral(", "));
        }
        out.append(row);
    }
    return out;
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1);
}

} // namespace

QStringList Comparison::columns()
{
    return {QStringLiteral("campaign"),      QStringLiteral("short_id"),
            QStringLiteral("run"),           QStringLiteral("run_kind"),
            QStringLiteral("channel"),       QStringLiteral("queued"),
            QStringLiteral("delivered_pct"), QStringLiteral("failed_pct"),
            QStringLiteral("opted_out_pct"), QStringLiteral("replied_pct"),
            QStringLiteral("answered_pct"),  QStringLiteral("sent_per_minute"),
            QStringLiteral("segments"),      QStringLiteral("minutes_to_complete"),
            QStringLiteral("started_at"),    QStringLiteral("configuration"),
            QStringLiteral("conversion_pct"), QStringLiteral("goal_target_pct")};
}

QStringList Comparison::cells(const Row &r)
{
    return {r.name,
            r.shortId,
            QString::number(r.runId),
            nameOf(r.runKind),
            nameOf(r.kind),
            QString::number(r.queued),
            percent(r.rate(r.delivered)),
            percent(r.rate(r.failed)),
            percent(r.rate(r.optedOut)),
            percent(r.rate(r.replied)),
            r.kind == ChannelKind::Phone ? percent(r.rate(r.answered)) : QString(),
            r.sentPerMinute > 0 ? QString::number(r.sentPerMinute, 'f', 1) : QString(),
            r.kind == ChannelKind::Sms ? QString::number(r.segments) : QString(),
            r.secondsToComplete >= 0 ? QString::number(double(r.secondsToComplete) / 60.0, 'f', 1) : QString(),
            r.started.toUTC().toString(Qt::ISODate),
            r.configuration,
            r.conversion ? percent(*r.conversion) : QString(),
            r.target ? percent(*r.target) : QString()};
}

Result<QList<Comparison::Row>> Comparison::campaigns(const Database &db, Id tenantId, const User &user,
                                                     const QList<Id> &campaignIds, QStringList *skipped)
{
    QList<Row> out;
    for (Id id : campaignIds) {
        auto report = CampaignReport::build(db, tenantId, user, QString::number(id));
        if (!report) {
            if (report.error().kind != Error::Kind::NotFound)
                return report.error();
            if (skipped)
                *skipped << report.error().shown();
            continue;
        }
        out += rowsOf(*report, id, false);
    }
    return out;
}

Result<QList<Comparison::Row>> Comparison::runs(const Database &db, Id tenantId, const User &user, Id campaignId)
{
    CampaignService service(db, tenantId, user);
    auto overview = service.overview(QString::number(campaignId));
    if (!overview)
        return overview.error();
    auto runs = service.runs(campaignId);
    if (!runs)
        return runs.error();
    std::sort(runs->begin(), runs->end(), [](const Run &a, const Run &b) { return a.id < b.id; });
    QList<Row> out;
    for (const Run &run : std::as_const(*runs)) {
        if (run.failedToStart())
            continue;
        auto report = CampaignReport::build(db, tenantId, user, *overview, *runs, run.id);
        if (!report)
            return report.error();
        out += rowsOf(*report, campaignId, true);
    }
    return out;
}

Result<qint64> Comparison::writeCsv(const QList<Row> &rows, QIODevice &out, bool bom)
{
    CsvWriter csv(out, bom);
    csv.row(columns());
    for (const Row &r : rows)
        csv.row(cells(r));
    if (!csv.ok())
        return csv.error(Text::tr("the comparison"));
    return qint64(rows.size());
}

} // namespace herald
