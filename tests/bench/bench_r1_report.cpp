// R1: the report of a 1,000,000-message run, built from the workspace and written as a
// PDF, against the one scan every report needs (messages per channel and state of the
// run). Target: the report, PDF included, in <= 2 s.
#include "report/reportdocument.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace herald;

namespace {

constexpr int kContacts = 500'000; // x email and SMS

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchR1 final : public QObject
{
    Q_OBJECT

private slots:
    void report()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Bench"));
        const Id campaign =
            ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("Big report")));
        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        const Id number =
            SenderRepository(ws.db(), t.tenantId).numbers(t.ids.value(QStringLiteral("pool")))->first().id;

        // Mixed outcomes over an hour of sending, with provider latency and failure reasons.
        QElapsedTimer setup;
        setup.start();
        ws.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                           "INSERT INTO contacts (tenant_id, first_name, last_name, email, phone, created_at) "
                           "SELECT ?, 'First' || i, 'Last', 'r' || i || '@example.com', '+4477' || (10000000 + i), 0 "
                           "FROM n"),
            {kContacts, t.tenantId});
        ws.exec(QStringLiteral(
                    "INSERT INTO messages (tenant_id, run_id, channel, contact_id, status, attempts, failure_reason, "
                    "sender_number_id, queued_at, sending_at, sent_at, status_changed_at) "
                    "SELECT ?, ?, ch.name, c.id, "
                    "CASE WHEN c.id % 13 = 0 THEN 'Failed' WHEN c.id % 17 = 0 THEN 'Timed Out' "
                    "WHEN c.id % 29 = 0 THEN 'Opted Out' WHEN c.id % 5 = 0 THEN 'Sent' ELSE 'Delivered' END, 1, "
                    "CASE WHEN c.id % 13 = 0 THEN 'mailbox unavailable ' || (c.id % 7) ELSE '' END, "
                    "CASE WHEN ch.name = 'sms' THEN ? END, 0, "
                    "1800000000000 + c.id * 7 - c.id % 90, 1800000000000 + c.id * 7, 1800000000000 + c.id * 7 "
                    "FROM contacts c CROSS JOIN (SELECT 'email' AS name UNION ALL SELECT 'sms') ch "
                    "WHERE c.tenant_id = ? AND c.email LIKE 'r%'"),
                {t.tenantId, run.id, number, t.tenantId});
        ws.exec(QStringLiteral("ANALYZE"));
        qInfo("R1 setup: %d messages in %.1f s", 2 * kContacts, double(setup.elapsed()) / 1000);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QList<double> reference, build, write;
        int pages = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            SqlQuery scan(ws.db().connection(), QStringLiteral("SELECT channel, status, COUNT(*) FROM messages "
                                                               "WHERE run_id = ? GROUP BY channel, status"));
            scan.bind(run.id);
            QVERIFY(scan.exec(u"counting").ok());
            qint64 counted = 0;
            while (scan.next())
                counted += scan.value(2).toLongLong();
            reference.append(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(counted >= 2 * kContacts);

            timer.restart();
            auto report = CampaignReport::build(ws.db(), t.tenantId, t.admin, QString::number(campaign), run.id);
            QVERIFY(report.ok());
            build.append(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            auto written = ReportDocument::writePdf(*report, pdf);
            QVERIFY(written.ok());
            write.append(double(timer.nsecsElapsed()) / 1e6);
            pages = *written;
        }
        const double herald = median(build) + median(write);
        qInfo("R1 report: build %.0f ms (latency p95 and throughput included), PDF %.0f ms, %d pages", median(build),
              median(write), pages);
        qInfo("BENCH R1_report herald=%.0f reference=%.0f ratio=%.2f unit=ms", herald, median(reference),
              herald / median(reference));
        QVERIFY2(herald <= 2000, "R1 target: the report of a 1M-message run, PDF included, in <= 2 s");
    }
};

QTEST_MAIN(BenchR1)
#include "bench_r1_report.moc"
