// T2: a team workspace's sending scales with its workers. 100,000 email messages through a
// latency-bound provider (the simulator answering each message after 20 ms, ten in flight
// per worker) sent by 1, 2 and 4 `heraldctl worker` processes on one PostgreSQL database;
// the rates of 2 and 4 workers as ratios to 1 worker, in one run.
#include "pgcluster.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

using namespace herald;

class BenchT2 final : public QObject
{
    Q_OBJECT

    static constexpr int kMessages = 100000;

    // Waits until the count `sql` reads of run `run` is 0 (at most 30 minutes from `timer`).
    static void waitForNone(test::TestWorkspace &ws, const QString &sql, Id run, const QElapsedTimer &timer)
    {
        SqlQuery count(ws.db().connection(), sql);
        for (;;) {
            count.bind(run);
            if (!count.exec(u"counting").ok() || !count.next())
                qFatal("cannot count for the run");
            if (count.value(0).toLongLong() == 0)
                return;
            if (timer.elapsed() > 1800000)
                qFatal("the run did not finish in 30 minutes");
            QTest::qWait(100);
        }
    }

    // Seconds `workers` worker processes take to send run `run` to the end.
    static double send(test::TestWorkspace &ws, Id run, int workers)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < workers; ++i) {
            auto &p = processes.emplace_back(std::make_unique<QProcess>());
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(qEnvironmentVariable("HERALDCTL"), {QStringLiteral("--database"), ws.conninfo(), QStringLiteral("worker")});
        }
        waitForNone(ws, QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND status IN "
                                       "('Queued', 'Retrying', 'Sending')"),
                    run, timer);
        const double secs = timer.nsecsElapsed() / 1e9;
        // The workers' sweep completes the channel, so that the next run may start.
        waitForNone(ws, QStringLiteral("SELECT COUNT(*) FROM run_channels WHERE run_id = ? AND status = 'Running'"), run,
                    timer);
        for (auto &p : processes) {
            p->terminate();
            if (!p->waitForFinished(60000) || p->exitCode() != 0)
                qFatal("a worker did not stop cleanly");
        }
        return secs;
    }

private slots:
    void workersScale()
    {
        if (!test::TestWorkspace::onPostgres())
            QFAIL("T2 measures a team workspace: run it with HERALD_TEST_BACKEND=postgres (ctest does)");
        test::TestWorkspace ws;
        auto t = ws.addTenant(QStringLiteral("Bench"));
        // The workers sign in as the database login the bench connects as: the admin.
        ws.exec(QStringLiteral("UPDATE users SET login = ? WHERE id = ?"), {ws.db().login(), t.admin.id});
        QVERIFY(SenderRepository(ws.db(), t.tenantId)
                    .setProvider({0, t.tenantId, ChannelKind::Email, QStringLiteral("simulator"),
                                  QStringLiteral(R"({"mix":{"accepted":100},"latency_ms":20,"window":10})"), true})
                    .ok());
        // Only the bench's contacts: the fixture's list is replaced by one of kMessages.
        ws.exec(QStringLiteral("DELETE FROM contact_list_members WHERE tenant_id = ?"), {t.tenantId});
        ws.addContacts(t, kMessages, true);
        const SystemClock clock;
        QList<double> rates;
        for (int workers : {1, 2, 4}) {
            const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, u"T2 " + QString::number(workers)));
            const Run run = ws.startRun(t, campaign, clock);
            const double secs = send(ws, run.id, workers);
            rates.append(kMessages / secs);
            qInfo("%d worker(s): %d messages in %.1f s, %.0f/s", workers, kMessages, secs, rates.last());
        }
        const double r2 = rates.at(1) / rates.at(0), r4 = rates.at(2) / rates.at(0);
        // BENCHMARKS.md's line format; the targets are 1.8 and 3.2.
        qInfo("BENCH T2 herald=%.0f reference=%.0f ratio=%.2f unit=messages/s (2 workers vs 1)", rates.at(1), rates.at(0), r2);
        qInfo("BENCH T2 herald=%.0f reference=%.0f ratio=%.2f unit=messages/s (4 workers vs 1)", rates.at(2), rates.at(0), r4);
        QVERIFY2(r2 >= 1.8, "T2 target: 2 workers >= 1.8x one");
        QVERIFY2(r4 >= 3.2, "T2 target: 4 workers >= 3.2x one");
    }
};

QTEST_GUILESS_MAIN(BenchT2)
#include "bench_t2_workers.moc"
