// The report's data: every figure equals a direct query over the run's messages and
// replies, latency only for the roles that see provider diagnostics.
#include "audience/csvreader.h"
#include "reporting/campaignreport.h"
#include "reporting/comparison.h"
#include "reporting/reportcsv.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QTest>

using namespace herald;

namespace {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &params)
{
    SqlQuery q(db.connection(), sql);
    for (const QVariant &p : params)
        q.bind(p);
    if (!q.exec(u"checking") || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

class TestCampaignReport final : public QObject
{
    Q_OBJECT

private slots:
    void countsEqualDirectQueries()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Report"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("Spring")));
        QCOMPARE(CampaignReport::build(ws.db(), t.tenantId, t.admin, QString::number(campaign)).error().kind,
                 Error::Kind::NotFound); // not run yet
        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        // A spread of outcomes, with the provider's answer times.
        ws.exec(QStringLiteral("UPDATE messages SET status = CASE contact_id % 6 WHEN 0 THEN 'Delivered' WHEN 1 THEN "
                               "'Failed' WHEN 2 THEN 'Sent' WHEN 3 THEN 'Opted Out' WHEN 4 THEN 'Timed Out' ELSE "
                               "'Assumed Delivered' END, failure_reason = CASE contact_id % 6 WHEN 1 THEN "
                               "'550 mailbox unavailable' WHEN 4 THEN 'no report' WHEN 0 THEN '451 try again later' "
                               "WHEN 3 THEN 'Recipient is on the opt-out list' ELSE '' END, sending_at = 1000, "
                               "sent_at = CASE WHEN contact_id % 6 IN (0, 2, 5) THEN 1000 + 40 * (contact_id % 7) END "
                               "WHERE run_id = ?"),
                {run.id});
        ws.exec(QStringLiteral("INSERT INTO replies (tenant_id, channel, from_address, body, received_at, contact_id, "
                               "run_id) SELECT tenant_id, channel, 'x', 'Thanks', 5000 + id, contact_id, run_id FROM "
                               "messages WHERE run_id = ? AND channel = 'sms' AND contact_id % 2 = 0"),
                {run.id});
        auto report = CampaignReport::build(ws.db(), t.tenantId, t.admin, QString::number(campaign));
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->run.id, run.id);
        QCOMPARE(report->tenantName, QStringLiteral("Report"));
        QCOMPARE(report->campaignName, QStringLiteral("Spring"));
        QCOMPARE(report->startedBy, t.admin.name);
        QCOMPARE(report->disclaimerBy, t.admin.name);
        QVERIFY(report->configuration.contains(u"\"frozen_channels\""));
        QCOMPARE(report->channels.size(), 2);
        const Database &db = ws.db();
        const QString byChannel = QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND channel = ? AND ");
        for (const CampaignReport::Channel &ch : report->channels) {
            const QVariantList key{run.id, nameOf(ch.kind)};
            for (auto it = ch.counts.cbegin(); it != ch.counts.cend(); ++it)
                QCOMPARE(it.value(), scalar(db, byChannel + u"status = ?", key + QVariantList{nameOf(it.key())}));
            QCOMPARE(ch.queued, scalar(db, byChannel + u"1 = 1", key));
            QCOMPARE(ch.sent, scalar(db, byChannel + u"status IN ('Sent', 'Delivered', 'Assumed Delivered', "
                                                     u"'Answered', 'Completed', 'No Answer', 'Busy')", key));
            QCOMPARE(ch.delivered,
                     scalar(db, byChannel + u"status IN ('Delivered', 'Assumed Delivered', 'Answered', 'Completed')", key));
            QCOMPARE(ch.optedOut, scalar(db, byChannel + u"status = 'Opted Out'", key));
            QCOMPARE(ch.failed, scalar(db, byChannel + u"status IN ('Failed', 'Timed Out')", key));
            QCOMPARE(ch.replied, scalar(db, QStringLiteral("SELECT COUNT(DISTINCT contact_id) FROM replies WHERE "
                                                           "run_id = ? AND channel = ?"),
                                        key));
            QVERIFY(ch.latencyAverageMs.has_value());
            QCOMPARE(qRound64(*ch.latencyAverageMs * 1000),
                     qRound64(1000 * double(scalar(db, QStringLiteral("SELECT SUM(sent_at - sending_at) FROM messages "
                                                                      "WHERE run_id = ? AND channel = ? AND sent_at IS "
                                                                      "NOT NULL"),
                                                   key))
                              / double(scalar(db, byChannel + u"sent_at IS NOT NULL", key))));
            QVERIFY(*ch.latencyP95Ms >= *ch.latencyAverageMs && *ch.latencyP95Ms <= 240);
        }
        QVERIFY(report->channels.at(1).replied > 0);
        qint64 reasons = 0;
        for (const CampaignReport::Reason &r : report->reasons)
            reasons += r.count;
        // Failures only: not the reason a Delivered message kept from a retried attempt, nor an opt-out.
        QCOMPARE(reasons, scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND failure_reason <> '' "
                                                    "AND status IN ('Failed', 'Timed Out')"),
                                 {run.id}));
        for (const CampaignReport::Reason &r : report->reasons)
            QVERIFY2(isFailure(r.status), qPrintable(nameOf(r.status)));
        QVERIFY(report->reasons.first().count >= report->reasons.last().count); // most frequent first
        qint64 throughput = 0;
        for (const QList<qint64> &series : report->throughput.perBucket)
            for (qint64 n : series)
                throughput += n;
        QCOMPARE(throughput, scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND sent_at IS NOT NULL"),
                                    {run.id}));
        QCOMPARE(report->replies, scalar(db, QStringLiteral("SELECT COUNT(*) FROM replies WHERE run_id = ?"), {run.id}));
        QCOMPARE(report->latestReplies.size(), std::min<qint64>(10, report->replies));

        // Provider diagnostics are for admin and support only.
        auto managers = CampaignReport::build(db, t.tenantId, t.manager, QString::number(campaign));
        QVERIFY(managers.ok() && !managers->diagnostics);
        for (const CampaignReport::Channel &ch : managers->channels)
            QVERIFY(!ch.latencyAverageMs && !ch.latencyP95Ms);
        User support = t.viewer;
        support.role = Role::Support;
        QVERIFY(CampaignReport::build(db, t.tenantId, support, QString::number(campaign))->diagnostics);
        QCOMPARE(CampaignReport::build(db, t.tenantId, t.admin, QString::number(campaign), run.id + 100).error().kind,
                 Error::Kind::NotFound);
    }

    // The tables as CSV: a section per table, read back by a CSV parser; a reason that
    // looks like a formula is shown, not run; the byte-order mark on request.
    void tablesAsCsv()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Csv"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("Sheet")));
        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        ws.exec(QStringLiteral("UPDATE messages SET status = CASE WHEN contact_id % 3 = 0 THEN 'Failed' ELSE 'Delivered' "
                               "END, failure_reason = CASE WHEN contact_id % 3 = 0 THEN '=HYPERLINK(\"x\", \"a, b\")' "
                               "ELSE '' END, sent_at = CASE WHEN contact_id % 3 = 0 THEN NULL ELSE 60000 * (contact_id % 4) END "
                               "WHERE run_id = ?"),
                {run.id});
        auto report = CampaignReport::build(ws.db(), t.tenantId, t.admin, QString::number(campaign));
        QVERIFY(report.ok());
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        auto rows = ReportCsv::write(*report, buffer, true);
        QVERIFY(rows.ok());
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        buffer.seek(0);
        CsvReader reader(buffer, CsvFormat::detect(buffer.data()));
        QList<QStringList> records;
        QStringList fields;
        while (reader.next(fields))
            records.append(fields);
        QCOMPARE(records.size(), *rows); // blank lines between sections are not records
        QHash<QString, qsizetype> sections;
        for (qsizetype i = 0; i < records.size(); ++i)
            if (records.at(i).size() == 1)
                sections.insert(records.at(i).first(), i);
        for (const char *name : {"Run", "Funnel", "Outcomes", "Failure reasons", "Numbers", "Latency"})
            QVERIFY2(sections.contains(QString::fromLatin1(name)), name);
        const qsizetype funnel = sections.value(QStringLiteral("Funnel"));
        QCOMPARE(records.at(funnel + 1).mid(0, 3), (QStringList{QStringLiteral("channel"), QStringLiteral("queued"),
                                                               QStringLiteral("sent")}));
        for (qsizetype i = 0; i < report->channels.size(); ++i) {
            const CampaignReport::Channel &ch = report->channels.at(i);
            QCOMPARE(records.at(funnel + 2 + i).at(0), nameOf(ch.kind));
            QCOMPARE(records.at(funnel + 2 + i).at(1).toLongLong(), ch.queued);
            QCOMPARE(records.at(funnel + 2 + i).at(6).toLongLong(), ch.failed);
        }
        const QStringList reason = records.at(sections.value(QStringLiteral("Failure reasons")) + 2);
        QCOMPARE(reason.at(2), QStringLiteral("'=HYPERLINK(\"x\", \"a, b\")")); // quoted, and never run
        QVERIFY(records.at(sections.value(QStringLiteral("Run")) + 2).contains(u"Sheet"));
        bool throughput = false;
        for (auto it = sections.cbegin(); it != sections.cend(); ++it)
            throughput = throughput || it.key().startsWith(u"Throughput");
        QVERIFY(throughput);

        // Without diagnostics there is no latency section.
        report->diagnostics = false;
        QBuffer plain;
        plain.open(QIODevice::WriteOnly);
        QVERIFY(ReportCsv::write(*report, plain).ok());
        QVERIFY(!plain.data().startsWith("\xEF\xBB\xBF"));
        QVERIFY(!plain.data().contains("Latency"));
    }

    // Campaigns side by side (each by its newest live run), and one campaign's runs, from
    // the same report data; as CSV.
    void comparison()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Compare"));
        const Id a = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("A")));
        const Id b = ws.create(t, ws.readyCampaign(t, {ChannelKind::Phone}, QStringLiteral("B")));
        const Id never = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Never")));
        SystemClock clock;
        const Run first = ws.startRun(t, a, clock, nullptr, RunKind::Test);
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Delivered', sent_at = 60000 WHERE run_id = ?"), {first.id});
        ws.exec(QStringLiteral("UPDATE run_channels SET status = 'Completed', finished_at = started_at WHERE run_id = ?"), {first.id});
        ws.exec(QStringLiteral("UPDATE runs SET finished_at = created_at + 120000 WHERE id = ?"), {first.id});
        const Run second = ws.startRun(t, a, clock);
        ws.startRun(t, b, clock);

        QStringList skipped;
        auto rows = Comparison::campaigns(ws.db(), t.tenantId, t.admin, {a, b, never}, &skipped);
        QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3); // A: email and SMS of its newest run; B: phone
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped.first().contains(u"has not run yet"));
        for (const Comparison::Row &r : *rows) {
            const auto report = CampaignReport::build(ws.db(), t.tenantId, t.admin, QString::number(r.campaignId), r.runId);
            const auto counts = report->countsOf(r.kind);
            qint64 queued = 0;
            for (qint64 n : counts)
                queued += n;
            QCOMPARE(r.queued, queued);
            QCOMPARE(r.runId, r.campaignId == a ? second.id : r.runId);
        }

        auto runs = Comparison::runs(ws.db(), t.tenantId, t.admin, a);
        QVERIFY(runs.ok());
        QVERIFY(runs->size() >= 3); // the test run's channels, then the live run's two, oldest first
        const Comparison::Row &email = runs->first();
        QCOMPARE(email.runId, first.id);
        QCOMPARE(email.kind, ChannelKind::Email);
        QVERIFY(email.queued > 0);
        QCOMPARE(email.delivered, email.queued);
        QCOMPARE(email.secondsToComplete, qint64(120));
        QVERIFY(email.sentPerMinute > 0);
        QVERIFY2(email.configuration.contains(u"revision") && email.configuration.contains(u"provider pace"),
                 qPrintable(email.configuration));
        QCOMPARE(email.runKind, RunKind::Test);
        const Comparison::Row &sms = runs->last();
        QCOMPARE(sms.runId, second.id);
        QCOMPARE(sms.kind, ChannelKind::Sms);
        QCOMPARE(sms.secondsToComplete, qint64(-1)); // still going
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Delivered', sent_at = 1000 WHERE run_id = ? AND channel = 'sms'"),
                {second.id});
        const auto again = Comparison::runs(ws.db(), t.tenantId, t.admin, a);
        QVERIFY(again->last().sent > 0);
        QCOMPARE(again->last().segments, again->last().sent); // a one-segment text, once per message sent

        QBuffer csv;
        csv.open(QIODevice::ReadWrite);
        QCOMPARE(*Comparison::writeCsv(*runs, csv), qint64(runs->size()));
        csv.seek(0);
        CsvReader reader(csv, CsvFormat::detect(csv.data()));
        QStringList fields;
        QVERIFY(reader.next(fields));
        QCOMPARE(fields, Comparison::columns());
        QVERIFY(reader.next(fields));
        QCOMPARE(fields, Comparison::cells(email));
    }
};

QTEST_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
