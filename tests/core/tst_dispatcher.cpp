#include "dispatch/dispatcher.h"
#include "dispatch/remarketing.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace herald;
using S = MessageStatus;

// Runs against the simulator with a manual clock: time only moves when the test says so.
class TestDispatcher final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestWorkspace ws;
        test::TestWorkspace::TenantFixture t;
        ManualClock clock{QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)};
        Id campaign = 0;
        QString ref;
    };

    static std::unique_ptr<Fixture> fixture(const QList<ChannelKind> &kinds, const QString &simulator = {})
    {
        auto f = std::make_unique<Fixture>();
        f->t = f->ws.addTenant(QStringLiteral("A"));
        if (!simulator.isEmpty())
            for (ChannelKind k : kinds)
                [&] { QVERIFY(SenderRepository(f->ws.db(), f->t.tenantId).setProvider({0, f->t.tenantId, k, QStringLiteral("simulator"), simulator, true}).ok()); }();
        f->campaign = f->ws.create(f->t, f->ws.readyCampaign(f->t, kinds));
        f->ref = QString::number(f->campaign);
        return f;
    }

    static RunService runs(Fixture &f) { return RunService(f.ws.db(), f.t.tenantId, f.t.manager, f.clock); }

    static Run start(Fixture &f, RunKind kind = RunKind::Live)
    {
        RunService::StartOptions o;
        o.kind = kind;
        o.disclaimerAccepted = true;
        auto run = runs(f).start(f.ref, o);
        if (!run)
            qFatal("%s", qPrintable(run.error().message));
        return *run;
    }

    static QMap<S, qint64> counts(Fixture &f, Id run)
    {
        QMap<S, qint64> out;
        for (const auto &byStatus : *MessageRepository(f.ws.db(), f.t.tenantId).counts(run))
            for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
                out[it.key()] += it.value();
        return out;
    }

    static bool channelsFinal(Fixture &f, Id run)
    {
        const Run r = *RunRepository(f.ws.db(), f.t.tenantId).get(run);
        for (const RunChannel &rc : r.channels)
            if (!isFinal(rc.status))
                return false;
        return true;
    }

    // Ticks with the clock moving a second each time until `done`; QTRY processes events
    // (the simulator answers from the event loop) and bounds the wait.
    static bool runUntil(Dispatcher &d, Fixture &f, const std::function<bool()> &done)
    {
        for (int i = 0; i < 2000; ++i) {
            f.clock.advanceSecs(1);
            d.tick();
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents();
            d.flush();
            if (done())
                return true;
            QTest::qWait(1); // let zero-delay timers of the simulator fire
        }
        return false;
    }

    // The pool of the fixture's SMS sender, with `extra` more numbers; returns its numbers.
    static QList<PhoneNumber> poolNumbers(Fixture &f, int extra = 0, int dailyCap = 0)
    {
        SenderRepository senders(f.ws.db(), f.t.tenantId);
        const Id pool = f.t.ids.value(QStringLiteral("pool"));
        for (int i = 0; i < extra; ++i) {
            PhoneNumber n;
            n.tenantId = f.t.tenantId;
            n.poolId = pool;
            n.e164 = u"+4477009911" + QString::number(10 + i);
            if (!senders.addNumber(n))
                qFatal("adding a number");
        }
        QList<PhoneNumber> all = *senders.numbers(pool);
        for (const PhoneNumber &n : std::as_const(all))
            if (!senders.setDailyCap(n.id, dailyCap))
                qFatal("setting a cap");
        return *senders.numbers(pool);
    }

    // How many messages of the run went out from each number.
    static QMap<Id, int> byNumber(Fixture &f, Id run)
    {
        SqlQuery q(f.ws.db().connection(), QStringLiteral("SELECT sender_number_id, COUNT(*) FROM messages WHERE run_id = ? "
                                                          "AND sender_number_id IS NOT NULL GROUP BY sender_number_id"));
        q.bind(run);
        QMap<Id, int> out;
        if (q.exec(u"counting").ok())
            while (q.next())
                out.insert(q.id(0), q.value(1).toInt());
        return out;
    }

private slots:
    void runToCompletion()
    {
        auto f = fixture({ChannelKind::Email, ChannelKind::Sms});
        const Run run = start(*f);
        const auto queued = counts(*f, run.id);
        // 20 contacts; contact 1 opted out; email misses 2 contacts, SMS 4.
        QCOMPARE(queued.value(S::Queued), qint64(17 + 15));
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Running);

        Dispatcher d(f->ws.db(), f->clock, {});
        QSignalSpy progress(&d, &Dispatcher::progress);
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<ProgressSnapshot>();
        QVERIFY(!last.channels.isEmpty());

        // Ten minutes on, reports or the 10-minute rule have settled every SMS.
        f->clock.advanceSecs(11 * 60);
        d.tick();
        const auto done = counts(*f, run.id);
        qint64 total = 0;
        for (auto it = done.cbegin(); it != done.cend(); ++it) {
            QVERIFY2(isFinal(it.key()), qPrintable(nameOf(it.key())));
            total += it.value();
        }
        QCOMPARE(total, qint64(32));
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Completed);
        const Run finished = *RunRepository(f->ws.db(), f->t.tenantId).get(run.id);
        QVERIFY(finished.finishedAt.isValid());
        QCOMPARE(finished.disclaimerAcceptedBy, std::optional<Id>(f->t.manager.id));
        QVERIFY(finished.configuration.contains(QLatin1StringView("frozen_channels")));
    }

    // Settings saved while a run sends reach the running dispatcher: the messages in
    // flight finish with the provider they went to, the rest go through one made from
    // the new settings, without a restart.
    void changedSettingsReachTheRunningDispatcher()
    {
        auto f =
            fixture({ChannelKind::Email}, QStringLiteral(R"({"mix":{"accepted":100},"window":3,"latency_ms":300})"));
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        d.tick(); // three go out (the window) and wait for the slow provider
        QCOMPARE(d.inFlight(), qint64(3));
        QVERIFY(SenderRepository(f->ws.db(), f->t.tenantId)
                    .setProvider({0, f->t.tenantId, ChannelKind::Email, QStringLiteral("simulator"),
                                  QStringLiteral(R"({"mix":{"rejected":100}})"), true})
                    .ok());
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        const auto done = counts(*f, run.id);
        QCOMPARE(done.value(S::Sent) + done.value(S::Delivered), qint64(3));
        QCOMPARE(done.value(S::Failed), qint64(17 - 3));
    }

    // A dispatcher that does not send a run (a teammate's window) reports its progress,
    // others' pace included, when told others moved it (a team workspace's notification).
    void othersProgressIsCounted()
    {
        auto f = fixture({ChannelKind::Email});
        const Run run = start(*f);
        Dispatcher watcher(f->ws.db(), f->clock, {});
        watcher.stopClaiming();
        watcher.tick(); // finds the running channel
        QCOMPARE(watcher.runningChannels(), 1);
        Dispatcher sender(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(sender, *f, [&] { return counts(*f, run.id).value(S::Queued) == 0; }));
        QSignalSpy progress(&watcher, &Dispatcher::progress);
        watcher.recount(run.id);
        QCOMPARE(progress.size(), 1);
        const auto snapshot = progress.last().first().value<ProgressSnapshot>();
        QCOMPARE(snapshot.channels.size(), 1);
        const ChannelProgress &p = snapshot.channels.first();
        QCOMPARE(p.count(S::Queued), 0);
        qint64 total = 0;
        for (const qint64 n : counts(*f, run.id))
            total += n;
        QCOMPARE(p.total(), total);
        QVERIFY2(p.perSecond > 0, "the sender's pace shows where it is watched");
        watcher.recount(run.id + 1000); // a run it does not follow: nothing to say
        QCOMPARE(progress.size(), 1);
    }

    void startNeedsDisclaimerAndPreflight()
    {
        auto f = fixture({ChannelKind::Sms});
        RunService::StartOptions o;
        auto refused = runs(*f).start(f->ref, o);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QLatin1StringView("disclaimer")));
        QVERIFY(MessageRepository(f->ws.db(), f->t.tenantId).forRun(1)->isEmpty());

        Campaign broken = f->ws.readyCampaign(f->t, {ChannelKind::Email}, QStringLiteral("No goal"));
        broken.goalId.reset();
        const Id brokenId = f->ws.create(f->t, broken);
        o.disclaimerAccepted = true;
        auto blocked = runs(*f).start(QString::number(brokenId), o);
        QCOMPARE(blocked.error().kind, Error::Kind::Blocked);
        QVERIFY(blocked.error().message.contains(QLatin1StringView("goal.missing")));

        // Same-kind exclusivity: a second SMS campaign is refused while one is Running.
        start(*f);
        const Id second = f->ws.create(f->t, f->ws.readyCampaign(f->t, {ChannelKind::Sms}, QStringLiteral("Second SMS")));
        auto busy = runs(*f).start(QString::number(second), o);
        QCOMPARE(busy.error().kind, Error::Kind::Blocked);
        QVERIFY(busy.error().message.contains(QLatin1StringView("channel.busy")));
        const Id email = f->ws.create(f->t, f->ws.readyCampaign(f->t, {ChannelKind::Email}, QStringLiteral("Email")));
        QVERIFY(runs(*f).start(QString::number(email), o).ok()); // email next to SMS is fine
        // A Running campaign does not start twice.
        QCOMPARE(runs(*f).start(f->ref, o).error().kind, Error::Kind::Refused);
    }

    void testRunGoesToTestRecipients()
    {
        auto f = fixture({ChannelKind::Email, ChannelKind::Sms});
        const Run run = start(*f, RunKind::Test);
        const auto queued = counts(*f, run.id);
        QCOMPARE(queued.value(S::Queued), qint64(2)); // one email and one phone test recipient
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Ready);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Ready);
    }

    void retriesThenFails()
    {
        auto f = fixture({ChannelKind::Email}, QStringLiteral(R"({"mix":{"unreachable":100},"retry_delay_secs":5})"));
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        const auto messages = *MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id);
        for (const Message &m : messages) {
            if (m.status == S::OptedOut)
                continue;
            QCOMPARE(m.status, S::Failed);
            QCOMPARE(m.attempts, 3);
            QVERIFY2(m.failureReason.contains(QLatin1StringView("3 attempts")), qPrintable(m.failureReason));
        }
        // Failures after the retries were used up are the ones "Retry failed" sends again.
        const auto retryRead = Remarketing(f->ws.db(), f->t.tenantId, f->t.manager, f->clock).retryRecipients(f->ref);
        QVERIFY2(retryRead.ok(), qPrintable(retryRead ? QString() : retryRead.error().message));
        const auto &retry = *retryRead;
        QCOMPARE(retry.size(), 1);
        qsizetype failed = 0;
        for (const Message &m : messages)
            failed += m.status == S::Failed;
        QCOMPARE(retry.first().second.size(), failed);
    }

    // A STOP reply opts the contact out, tied to the run it answered (segment rule
    // "opted out of campaign X").
    void optOutReplyKeepsItsRun()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"opt_out_reply":100}})"));
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        const QList<OptOut> optOuts = *AudienceRepository(f->ws.db(), f->t.tenantId).optOuts();
        int fromReplies = 0;
        for (const OptOut &o : optOuts) {
            if (o.source != u"reply keyword")
                continue;
            ++fromReplies;
            QCOMPARE(o.runId, std::optional<Id>(run.id));
            QCOMPARE(o.channel, std::optional<ChannelKind>(ChannelKind::Sms));
        }
        QVERIFY(fromReplies > 0);
    }

    void optOutMidRunIsHonoured()
    {
        auto f = fixture({ChannelKind::Email}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        const Run run = start(*f);
        Dispatcher::Options slow;
        slow.claimBatch = 2;
        Dispatcher d(f->ws.db(), f->clock, slow);
        d.tick();
        // The last queued recipient opts out after the run started.
        const Message lastQueued = MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id)->last();
        QCOMPARE(lastQueued.status, S::Queued);
        QVERIFY(AudienceRepository(f->ws.db(), f->t.tenantId)
                    .addOptOut({0, f->t.tenantId, lastQueued.contactId, std::nullopt, QStringLiteral("manual"), {}, {}})
                    .ok());
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        const auto after = *MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id);
        QCOMPARE(after.last().status, S::OptedOut);
        QCOMPARE(after.last().attempts, 0);
    }

    void inboundStopAddsOptOut()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"opt_out_reply":100}})"));
        const Run run = start(*f);
        const qsizetype before = AudienceRepository(f->ws.db(), f->t.tenantId).optOuts()->size();
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id)
                                        && AudienceRepository(f->ws.db(), f->t.tenantId).optOuts()->size() > before; }));
        QVERIFY(AudienceRepository(f->ws.db(), f->t.tenantId).optOuts()->size() > before);
    }

    void pauseResumeStop()
    {
        auto f = fixture({ChannelKind::Email}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        const Run run = start(*f);
        Dispatcher::Options slow;
        slow.claimBatch = 3;
        Dispatcher d(f->ws.db(), f->clock, slow);
        d.tick();
        QVERIFY(runs(*f).command(f->ref, RunService::Command::Pause).ok());
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Paused);
        // In-flight messages finish; nothing new is claimed while paused.
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(1);
            d.tick();
            d.flush();
        }
        const auto paused = counts(*f, run.id);
        QCOMPARE(paused.value(S::Sending), qint64(0));
        const qint64 queuedWhilePaused = paused.value(S::Queued);
        QVERIFY(queuedWhilePaused > 0);
        for (int i = 0; i < 5; ++i)
            d.tick();
        QCOMPARE(counts(*f, run.id).value(S::Queued), queuedWhilePaused);
        // Resume continues; stop then cancels only what is still Queued.
        QVERIFY(runs(*f).command(f->ref, RunService::Command::Resume).ok());
        d.tick();
        QVERIFY(runs(*f).command(f->ref, RunService::Command::Stop).ok());
        QVERIFY(runUntil(d, *f, [&] { return d.inFlight() == 0; }));
        const auto stopped = counts(*f, run.id);
        QVERIFY(stopped.value(S::Cancelled) > 0);
        for (auto it = stopped.cbegin(); it != stopped.cend(); ++it)
            QVERIFY2(isFinal(it.key()), qPrintable(nameOf(it.key())));
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref)->status, CampaignStatus::Stopped);
        // Stop is final: resume is refused and names the status.
        auto refused = runs(*f).command(f->ref, RunService::Command::Resume);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QLatin1StringView("Stopped")));
    }

    // On its own thread, as the GUI runs it: progress crosses threads as snapshots.
    void ownThread()
    {
        auto f = fixture({ChannelKind::Email, ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        // Real time here: the SMS send window must not depend on the hour the test runs.
        Campaign c = *CampaignRepository(f->ws.db(), f->t.tenantId).get(f->campaign);
        for (CampaignChannel &ch : c.channels)
            ch.sendWindow = QStringLiteral("none");
        QVERIFY(CampaignRepository(f->ws.db(), f->t.tenantId).update(c).ok());
        const Run run = start(*f);
        SystemClock clock;
        auto thread = std::make_unique<DispatcherThread>(f->ws.db(), clock);
        QSignalSpy progress(thread.get(), &DispatcherThread::progress);
        thread->start();
        thread->wake();
        QTRY_VERIFY_WITH_TIMEOUT(channelsFinal(*f, run.id), 30000);
        QTRY_VERIFY(!progress.isEmpty());
        thread.reset(); // drains, quits and waits
        const auto done = counts(*f, run.id);
        QCOMPARE(done.value(S::Queued) + done.value(S::Sending), qint64(0));
        QCOMPARE(done.value(S::Delivered), qint64(32));
    }

    // Pause/resume storms from this thread while the dispatcher sends on its own, then a
    // stop: nothing accepted twice, nothing left pending, counts add up.
    void commandStorm()
    {
        QTemporaryDir records;
        const QString record = records.filePath(QStringLiteral("accepted.txt"));
        auto f = fixture({ChannelKind::Email},
                         u"{\"mix\":{\"accepted\":100},\"latency_ms\":3,\"window\":4,\"record_file\":\"" + record + u"\"}");
        const Run run = start(*f);
        SystemClock clock;
        Dispatcher::Options options;
        options.claimBatch = 2;
        auto thread = std::make_unique<DispatcherThread>(f->ws.db(), clock, options);
        thread->start();
        RunService control(f->ws.db(), f->t.tenantId, f->t.manager, clock);
        int applied = 0;
        for (int i = 0; i < 40; ++i) {
            applied += control.command(f->ref, i % 2 ? RunService::Command::Resume : RunService::Command::Pause).ok();
            thread->wake();
            QTest::qWait(2);
        }
        QVERIFY(applied > 0);
        QVERIFY(control.command(f->ref, RunService::Command::Stop).ok() || channelsFinal(*f, run.id));
        QTRY_VERIFY_WITH_TIMEOUT(channelsFinal(*f, run.id), 30000);
        thread.reset(); // drains what is in flight

        const auto done = counts(*f, run.id);
        qint64 total = 0;
        for (auto it = done.cbegin(); it != done.cend(); ++it) {
            QVERIFY2(isFinal(it.key()), qPrintable(nameOf(it.key())));
            total += it.value();
        }
        QCOMPARE(total, qint64(17));
        QFile file(record);
        QVERIFY(!file.exists() || file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.isOpen() ? file.readAll().split('\n') : QList<QByteArray>{};
        lines.removeAll(QByteArray());
        QCOMPARE(QSet<QByteArray>(lines.begin(), lines.end()).size(), lines.size()); // nobody twice
        QCOMPARE(done.value(S::TimedOut), qint64(0)); // drained, not abandoned
        QCOMPARE(qint64(lines.size()), done.value(S::Delivered));
    }

    // Outside their window recipients stay Queued, each in their own time zone, and are
    // claimed when it opens; the snapshot counts them as waiting.
    void sendWindows()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        // Contacts 0-9 in Tokyo, the others in New York; the default window is 08:00-21:00.
        {
            SqlQuery q(f->ws.db().connection(), QStringLiteral("UPDATE contacts SET time_zone = CASE WHEN first_name IN "
                                                               "('Contact0','Contact1','Contact2','Contact3','Contact4','Contact5',"
                                                               "'Contact6','Contact7','Contact8','Contact9') "
                                                               "THEN 'Asia/Tokyo' ELSE 'America/New_York' END"));
            QVERIFY(q.exec(u"t").ok());
        }
        // 2026-03-08 is the US switch to daylight time: 07:30 UTC is 02:30 EST... 03:30 EDT
        // in New York (closed) and 16:30 in Tokyo (open).
        f->clock.set(QDateTime(QDate(2026, 3, 8), QTime(7, 30), Qt::UTC));
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QSignalSpy progress(&d, &Dispatcher::progress);
        for (int i = 0; i < 30; ++i) {
            f->clock.advanceSecs(1);
            d.tick();
            QTest::qWait(1);
            d.flush();
        }
        const auto messages = *MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id);
        for (const Message &m : messages) {
            const bool tokyo = m.contactId - f->t.ids.value(QStringLiteral("contact:first")) < 10;
            QVERIFY2(tokyo ? m.status != S::Queued : m.status == S::Queued, qPrintable(nameOf(m.status)));
        }
        const auto snapshot = progress.last().first().value<ProgressSnapshot>();
        QVERIFY(snapshot.channels.first().waitingForWindow > 0);
        QCOMPARE(snapshot.channels.first().estimatedFinish.toUTC(), QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC)); // 08:00 EDT
        // 11:59 UTC is 07:59 EDT: still closed. At 12:00 UTC (08:00 EDT, after the change) it opens.
        f->clock.set(QDateTime(QDate(2026, 3, 8), QTime(11, 59), Qt::UTC));
        d.tick();
        QVERIFY(counts(*f, run.id).value(S::Queued) > 0);
        f->clock.set(QDateTime(QDate(2026, 3, 8), QTime(12, 0), Qt::UTC));
        QVERIFY(runUntil(d, *f, [&] { return counts(*f, run.id).value(S::Queued) == 0; }));
    }

    // Round-robin over the pool's three numbers: each sends a third, its counters say
    // so, and every message records its number.
    void smsGoesOutFromThePoolsNumbers()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        const QList<PhoneNumber> numbers = poolNumbers(*f, 2);
        QCOMPARE(numbers.size(), 3);
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        f->clock.advanceSecs(11 * 60);
        d.tick();
        const auto sent = byNumber(*f, run.id);
        QCOMPARE(sent.size(), 3);
        int total = 0;
        for (int n : sent)
            total += n;
        QCOMPARE(total, int(counts(*f, run.id).value(S::Delivered)));
        for (int n : sent)
            QVERIFY2(n >= total / 3 && n <= total / 3 + 1, "round-robin spreads evenly");
        for (const PhoneNumber &n : *SenderRepository(f->ws.db(), f->t.tenantId).numbers(numbers.first().poolId)) {
            QCOMPARE(n.attempts, qint64(sent.value(n.id)));
            QCOMPARE(n.successes, qint64(sent.value(n.id)));
            QCOMPARE(n.usedToday, sent.value(n.id));
            QCOMPARE(n.usedDay, QStringLiteral("2026-11-22"));
            QVERIFY(n.lastUsedAt.isValid());
        }
    }

    // A daily cap holds the rest Queued, says why once, and lets them go the next day.
    void dailyCapHoldsMessagesUntilTomorrow()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        poolNumbers(*f, 1, 4); // two numbers, four messages a day each
        const Run run = start(*f);
        const qint64 audience = counts(*f, run.id).value(S::Queued);
        QVERIFY(audience > 8);
        Dispatcher d(f->ws.db(), f->clock, {});
        QSignalSpy problems(&d, &Dispatcher::problem);
        for (int i = 0; i < 20; ++i) {
            d.tick();
            QCoreApplication::processEvents();
            d.flush();
        }
        QCOMPARE(byNumber(*f, run.id).size(), 2);
        QCOMPARE(counts(*f, run.id).value(S::Queued), audience - 8);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().first().toString().contains(u"daily cap"), qPrintable(problems.first().first().toString()));
        f->clock.advanceSecs(24 * 3600); // a new day in the tenant's zone
        const qint64 left = std::max<qint64>(0, audience - 16);
        QVERIFY(runUntil(d, *f, [&] { return counts(*f, run.id).value(S::Queued) <= left; }));
        QCOMPARE(counts(*f, run.id).value(S::Queued), left);
    }

    // Sticky: a second run to the same contacts goes out from the same numbers.
    void stickyKeepsEachContactsNumber()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        const QList<PhoneNumber> numbers = poolNumbers(*f, 2);
        NumberPool pool = *SenderRepository(f->ws.db(), f->t.tenantId).pool(numbers.first().poolId);
        pool.rotation = QStringLiteral("sticky");
        QVERIFY(SenderRepository(f->ws.db(), f->t.tenantId).updatePool(pool).ok());
        const auto numberOf = [&](Id run) {
            QHash<Id, Id> out; // contact -> number
            SqlQuery q(f->ws.db().connection(),
                       QStringLiteral("SELECT contact_id, sender_number_id FROM messages WHERE run_id = ?"));
            q.bind(run);
            if (q.exec(u"reading").ok())
                while (q.next())
                    out.insert(q.id(0), q.id(1));
            return out;
        };
        Dispatcher d(f->ws.db(), f->clock, {});
        const Run first = start(*f);
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, first.id); }));
        const auto before = numberOf(first.id);
        // Another campaign to the same contacts through the same pool.
        f->campaign = f->ws.create(f->t, f->ws.readyCampaign(f->t, {ChannelKind::Sms}));
        f->ref = QString::number(f->campaign);
        const Run second = start(*f);
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, second.id); }));
        QCOMPARE(numberOf(second.id), before);
        QCOMPARE(QSet<Id>(before.cbegin(), before.cend()).size(), 3); // every number got contacts
    }

    // A number failing below its pool's threshold is quarantined and stops sending.
    void quarantineStopsAFailingNumber()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"rejected":100}})"));
        const QList<PhoneNumber> numbers = poolNumbers(*f);
        NumberPool pool = *SenderRepository(f->ws.db(), f->t.tenantId).pool(numbers.first().poolId);
        pool.quarantineBelowPercent = 50;
        pool.quarantineMinSample = 5;
        QVERIFY(SenderRepository(f->ws.db(), f->t.tenantId).updatePool(pool).ok());
        const Run run = start(*f);
        Dispatcher::Options slow;
        slow.claimBatch = 1;
        Dispatcher d(f->ws.db(), f->clock, slow);
        QSignalSpy problems(&d, &Dispatcher::problem);
        QVERIFY(runUntil(d, *f, [&] {
            return SenderRepository(f->ws.db(), f->t.tenantId).number(numbers.first().id)->state
                   == PhoneNumber::State::Quarantined;
        }));
        const PhoneNumber n = *SenderRepository(f->ws.db(), f->t.tenantId).number(numbers.first().id);
        QCOMPARE(n.failures, qint64(5));
        QVERIFY2(n.stateReason.contains(u"delivery rate 0% over 5 messages"), qPrintable(n.stateReason));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.first().first().toString().contains(n.e164 + u" of pool"));
        // Nothing more goes out from it: the rest wait.
        const qint64 queued = counts(*f, run.id).value(S::Queued);
        for (int i = 0; i < 10; ++i) {
            f->clock.advanceSecs(1);
            d.tick();
            QCoreApplication::processEvents();
            d.flush();
        }
        QCOMPARE(counts(*f, run.id).value(S::Queued), queued);
        QVERIFY(queued > 0);
    }

    // An opt-out reply to a pool number counts against it.
    void optOutReplyCountsAgainstTheNumber()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"opt_out_reply":100}})"));
        const QList<PhoneNumber> numbers = poolNumbers(*f);
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] {
            return channelsFinal(*f, run.id)
                   && SenderRepository(f->ws.db(), f->t.tenantId).number(numbers.first().id)->optOuts > 0;
        }));
    }

    // A metered tenant pays a credit per SMS segment the gateway accepted, and one per
    // Viber message Viber accepted.
    void balancePaysPerAcceptedMessage_data()
    {
        QTest::addColumn<ChannelKind>("kind");
        QTest::newRow("sms") << ChannelKind::Sms;
        QTest::newRow("viber") << ChannelKind::Viber;
    }

    void balancePaysPerAcceptedMessage()
    {
        QFETCH(ChannelKind, kind);
        auto f = fixture({kind}, QStringLiteral(R"({"mix":{"accepted":50,"rejected":50}})"));
        f->ws.exec(QStringLiteral("UPDATE contacts SET viber_user = 'viber' || id WHERE tenant_id = ?"), {f->t.tenantId});
        QVERIFY(TenantRepository(f->ws.db()).setBalance(f->t.tenantId, 1000).ok());
        const Run run = start(*f);
        Dispatcher d(f->ws.db(), f->clock, {});
        QVERIFY(runUntil(d, *f, [&] { return channelsFinal(*f, run.id); }));
        f->clock.advanceSecs(11 * 60);
        d.tick();
        const auto done = counts(*f, run.id);
        const qint64 accepted = done.value(S::Delivered) + done.value(S::AssumedDelivered);
        QVERIFY(accepted > 0 && done.value(S::Failed) > 0); // rejected ones cost nothing
        QCOMPARE(*TenantRepository(f->ws.db()).byId(f->t.tenantId)->balanceCredits, 1000 - accepted);
    }

    // Ticks every dispatcher five times a second of the manual clock, for `seconds`.
    static void tickTogether(Fixture &f, const QList<Dispatcher *> &dispatchers, int seconds)
    {
        for (int s = 0; s < seconds; ++s) {
            f.clock.advanceSecs(1);
            for (int k = 0; k < 5; ++k)
                for (Dispatcher *d : dispatchers) {
                    d->tick();
                    QCoreApplication::processEvents();
                    d->flush();
                }
        }
    }

    // A second session on the fixture's team workspace (another worker, as far as the
    // database can tell); none on a file, which one dispatcher sends at a time.
    static std::optional<Database> secondSession(Fixture &f)
    {
        if (!test::TestWorkspace::onPostgres())
            return std::nullopt;
        auto db = Database::openPostgres(f.ws.conninfo(), Database::Mode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return *db;
    }

    // A channel's rate limit holds for all its dispatchers together: one bucket, in the
    // workspace.
    void rateLimitHoldsAcrossDispatchers()
    {
        auto f = std::make_unique<Fixture>();
        f->t = f->ws.addTenant(QStringLiteral("A"));
        QVERIFY(SenderRepository(f->ws.db(), f->t.tenantId)
                    .setProvider({0, f->t.tenantId, ChannelKind::Email, QStringLiteral("simulator"),
                                  QStringLiteral(R"({"mix":{"accepted":100}})"), true})
                    .ok());
        Campaign c = f->ws.readyCampaign(f->t, {ChannelKind::Email});
        c.channels.first().ratePerMinute = 60; // one a second
        f->campaign = f->ws.create(f->t, c);
        f->ref = QString::number(f->campaign);
        const Run run = start(*f);
        const qint64 audience = counts(*f, run.id).value(S::Queued);
        QVERIFY(audience > 12);
        auto other = secondSession(*f);
        Dispatcher d1(f->ws.db(), f->clock, {});
        std::optional<Dispatcher> d2;
        if (other)
            d2.emplace(*other, f->clock, Dispatcher::Options{});
        QList<Dispatcher *> all{&d1};
        if (d2)
            all << &*d2;
        for (Dispatcher *d : std::as_const(all))
            QVERIFY(d->recover().ok());
        tickTogether(*f, all, 10);
        const qint64 claimed = audience - counts(*f, run.id).value(S::Queued);
        QVERIFY2(claimed >= 8 && claimed <= 11, qPrintable(QString::number(claimed) + u" claimed in 10 s at 1/s"));
    }

    // Daily caps count every dispatcher's uses of a number.
    void dailyCapsHoldAcrossDispatchers()
    {
        auto f = fixture({ChannelKind::Sms}, QStringLiteral(R"({"mix":{"accepted":100}})"));
        poolNumbers(*f, 1, 4); // two numbers, four messages a day each
        const Run run = start(*f);
        const qint64 audience = counts(*f, run.id).value(S::Queued);
        auto other = secondSession(*f);
        if (!other)
            QSKIP("a workspace file has one dispatcher at a time (WorkspaceLock); see dailyCapHoldsMessagesUntilTomorrow");
        Dispatcher d1(f->ws.db(), f->clock, {}), d2(*other, f->clock, {});
        QVERIFY(d1.recover().ok() && d2.recover().ok());
        tickTogether(*f, {&d1, &d2}, 3);
        QCOMPARE(counts(*f, run.id).value(S::Queued), audience - 8);
    }

    // What a dispatcher that died had in flight ends Timed Out, settled by one still alive;
    // what a live one has in flight is left alone.
    void survivorsSettleADeadDispatchersMessages()
    {
        auto f = fixture({ChannelKind::Email}, QStringLiteral(R"({"mix":{"accepted":100},"latency_ms":600000})"));
        auto other = secondSession(*f);
        if (!other)
            QSKIP("a workspace file has one dispatcher at a time (WorkspaceLock); see recoverTimesOutLeftovers");
        const Run run = start(*f);
        auto dying = std::make_unique<Dispatcher>(*other, f->clock, Dispatcher::Options{});
        QVERIFY(dying->recover().ok());
        tickTogether(*f, {dying.get()}, 1);
        const qint64 inFlight = counts(*f, run.id).value(S::Sending);
        QVERIFY(inFlight > 0);
        Dispatcher survivor(f->ws.db(), f->clock, {});
        QCOMPARE(*survivor.recover(), 0); // its owner is alive
        QCOMPARE(counts(*f, run.id).value(S::Sending), inFlight);
        dying.reset();
        other->closeThreadConnection(); // as the server sees a killed worker
        other.reset();
        tickTogether(*f, {&survivor}, 2);
        QCOMPARE(counts(*f, run.id).value(S::TimedOut), inFlight);
    }

    void recoverTimesOutLeftovers()
    {
        auto f = fixture({ChannelKind::Email});
        const Run run = start(*f);
        const Id first = MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id)->first().id;
        QVERIFY(MessageRepository(f->ws.db(), f->t.tenantId)
                    .apply({{first, ChannelKind::Email, S::Queued, S::Sending, f->clock.now(), {}, {}, {}}})
                    .ok());
        Dispatcher d(f->ws.db(), f->clock, {});
        QCOMPARE(*d.recover(), 1);
        QCOMPARE(MessageRepository(f->ws.db(), f->t.tenantId).forRun(run.id)->first().status, S::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
