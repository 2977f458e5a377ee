#include "dispatch/sweeper.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/campaignrepository.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

using S = MessageStatus;

// The sweeper's time rules, driven by a manual clock: no test sleeps.
class TestSweeper final : public QObject
{
    Q_OBJECT

    const QDateTime m_start = QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC); // a DST change in Europe

    struct Fixture
    {
        test::TestWorkspace ws;
        test::TestWorkspace::TenantFixture t;
        Id runId = 0;
        QList<Id> messages;
    };

    // A live run of one channel with one message per given status, all changed at m_start.
    std::unique_ptr<Fixture> fixture(ChannelKind kind, const QList<S> &statuses, int ttlMinutes = 0)
    {
        auto f = std::make_unique<Fixture>();
        f->t = f->ws.addTenant(QStringLiteral("A"));
        Campaign c = f->ws.readyCampaign(f->t, {kind});
        c.ttlMinutes = ttlMinutes;
        const Id campaign = f->ws.create(f->t, c);
        Run r;
        r.campaignId = campaign;
        r.createdAt = m_start;
        r.channels = {{0, kind, ChannelStatus::Running, m_start, {}, {}, {}}};
        f->runId = *RunRepository(f->ws.db(), f->t.tenantId).create(r);
        QList<Message> batch;
        Id contact = f->t.ids.value(QStringLiteral("contact:first"));
        for (S s : statuses) {
            Message m;
            m.runId = f->runId;
            m.channel = kind;
            m.contactId = contact++;
            m.status = s;
            m.queuedAt = m_start;
            m.statusChangedAt = m_start;
            batch.append(m);
        }
        [&] { QVERIFY(MessageRepository(f->ws.db(), f->t.tenantId).insert(batch).ok()); }();
        for (const Message &m : *MessageRepository(f->ws.db(), f->t.tenantId).forRun(f->runId))
            f->messages.append(m.id);
        return f;
    }

    static QList<Message> messages(Fixture &f)
    {
        return *MessageRepository(f.ws.db(), f.t.tenantId).forRun(f.runId);
    }

private slots:
    void nothingBeforeTenMinutes()
    {
        auto f = fixture(ChannelKind::Sms, {S::Sending, S::Sent});
        ManualClock clock(m_start.addSecs(9 * 60 + 59));
        auto counts = Sweeper(f->ws.db(), clock).sweep();
        QVERIFY(counts.ok());
        QCOMPARE(counts->timedOut + counts->assumedDelivered, 0);
        QCOMPARE(messages(*f).at(0).status, S::Sending);
    }

    void tenMinuteRules()
    {
        auto f = fixture(ChannelKind::Sms, {S::Sending, S::Sent, S::Delivered, S::Queued});
        ManualClock clock(m_start);
        clock.advanceSecs(10 * 60);
        auto counts = Sweeper(f->ws.db(), clock).sweep();
        QVERIFY(counts.ok());
        QCOMPARE(counts->timedOut, 1);
        QCOMPARE(counts->assumedDelivered, 1);
        const auto after = messages(*f);
        QCOMPARE(after.at(0).status, S::TimedOut);
        QVERIFY(after.at(0).failureReason.contains(QLatin1StringView("Timed Out")));
        QCOMPARE(after.at(0).finishedAt, clock.now());
        QCOMPARE(after.at(1).status, S::AssumedDelivered);
        QCOMPARE(after.at(2).status, S::Delivered);
        QCOMPARE(after.at(3).status, S::Queued);
        // The channel still has a Queued message: not worked through.
        QCOMPARE(counts->channelsCompleted, 0);
        // A second sweep changes nothing.
        auto again = Sweeper(f->ws.db(), clock).sweep();
        QCOMPARE(again->timedOut + again->assumedDelivered + again->expired, 0);
    }

    // After a crash, messages found in flight are timed out, never sent again, and the
    // channel then completes.
    void crashLeftovers()
    {
        auto f = fixture(ChannelKind::Email, {S::Sending, S::Sending, S::Delivered});
        ManualClock clock(m_start.addSecs(3600));
        auto counts = Sweeper(f->ws.db(), clock).sweep();
        QCOMPARE(counts->timedOut, 2);
        QCOMPARE(counts->channelsCompleted, 1);
        auto run = RunRepository(f->ws.db(), f->t.tenantId).get(f->runId);
        QCOMPARE(run->channels.first().status, ChannelStatus::Completed);
        QCOMPARE(run->finishedAt, clock.now());
        for (const Message &m : messages(*f))
            QVERIFY(isFinal(m.status));
    }

    void phoneCalls()
    {
        auto f = fixture(ChannelKind::Phone, {S::Dialing, S::Ringing, S::Answered});
        ManualClock clock(m_start.addSecs(11 * 60));
        QCOMPARE(Sweeper(f->ws.db(), clock).sweep()->timedOut, 2);
        QCOMPARE(messages(*f).at(2).status, S::Answered); // still on the call
        clock.advanceSecs(4 * 3600);
        QCOMPARE(Sweeper(f->ws.db(), clock).sweep()->timedOut, 1);
    }

    void ttlExpiry()
    {
        auto f = fixture(ChannelKind::Sms, {S::Queued, S::Retrying, S::Sent}, /*ttl*/ 60);
        ManualClock clock(m_start.addSecs(59 * 60));
        QCOMPARE(Sweeper(f->ws.db(), clock).sweep()->expired, 0);
        clock.advanceSecs(60);
        auto counts = Sweeper(f->ws.db(), clock).sweep();
        QCOMPARE(counts->expired, 2);
        const auto after = messages(*f);
        QCOMPARE(after.at(0).status, S::Failed);
        QCOMPARE(after.at(0).failureReason, QStringLiteral("Expired"));
        QCOMPARE(after.at(1).status, S::Failed);
        QCOMPARE(after.at(2).status, S::AssumedDelivered); // Sent for an hour: the 10-minute rule
        QCOMPARE(counts->channelsCompleted, 1);
    }

    void compareAndSet()
    {
        auto f = fixture(ChannelKind::Sms, {S::Sending});
        MessageRepository repo(f->ws.db(), f->t.tenantId);
        const QDateTime at = m_start.addSecs(5);
        MessageTransition sent{f->messages.first(), ChannelKind::Sms, S::Sending, S::Sent, at, {}, QStringLiteral("gw-1"), {}, false};
        auto first = repo.apply({sent});
        QCOMPARE(first->applied, 1);
        // The same move again finds the message no longer Sending: skipped, not applied twice.
        auto second = repo.apply({sent});
        QCOMPARE(second->applied, 0);
        QCOMPARE(second->skipped, 1);
        const Message m = messages(*f).first();
        QCOMPARE(m.status, S::Sent);
        QCOMPARE(m.sentAt, at);
        QCOMPARE(m.providerId, QStringLiteral("gw-1"));
        // A move the status model refuses refuses the whole batch.
        MessageTransition back{m.id, ChannelKind::Sms, S::Sent, S::Queued, at, {}, {}, {}, false};
        MessageTransition ok{m.id, ChannelKind::Sms, S::Sent, S::Delivered, at, {}, {}, {}, false};
        auto refused = repo.apply({ok, back});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QCOMPARE(messages(*f).first().status, S::Sent);
    }

    void attemptsAndRetries()
    {
        auto f = fixture(ChannelKind::Email, {S::Queued});
        MessageRepository repo(f->ws.db(), f->t.tenantId);
        const Id id = f->messages.first();
        const QDateTime t0 = m_start.addSecs(1);
        QVERIFY(repo.apply({{id, ChannelKind::Email, S::Queued, S::Sending, t0, {}, {}, {}}}).ok());
        QVERIFY(repo.apply({{id, ChannelKind::Email, S::Sending, S::Retrying, t0, QStringLiteral("451 try later"), {}, t0.addSecs(30)}}).ok());
        QVERIFY(repo.apply({{id, ChannelKind::Email, S::Retrying, S::Sending, t0.addSecs(30), {}, {}, {}}}).ok());
        QVERIFY(repo.apply({{id, ChannelKind::Email, S::Sending, S::Delivered, t0.addSecs(31), {}, {}, {}}}).ok());
        const Message m = messages(*f).first();
        QCOMPARE(m.attempts, 2);
        QCOMPARE(m.status, S::Delivered);
        QCOMPARE(m.deliveredAt, t0.addSecs(31));
        QCOMPARE(m.finishedAt, t0.addSecs(31));
        QCOMPARE(m.failureReason, QStringLiteral("451 try later")); // the last reason is kept for the record
    }

    // A sweep by hand is an admin's and keeps to the tenant; only the dispatcher's
    // (no tenant) sweeps the whole workspace.
    void oneTenantAtATimeAndOnlyAdmins()
    {
        auto f = fixture(ChannelKind::Sms, {S::Sending});
        const auto b = f->ws.addTenant(QStringLiteral("B"));
        Run r;
        r.campaignId = f->ws.create(b, f->ws.readyCampaign(b, {ChannelKind::Sms}));
        r.createdAt = m_start;
        r.channels = {{0, ChannelKind::Sms, ChannelStatus::Running, m_start, {}, {}, {}}};
        const Id otherRun = *RunRepository(f->ws.db(), b.tenantId).create(r);
        Message m;
        m.runId = otherRun;
        m.channel = ChannelKind::Sms;
        m.contactId = b.ids.value(QStringLiteral("contact:first"));
        m.status = S::Sending;
        m.queuedAt = m_start;
        m.statusChangedAt = m_start;
        QVERIFY(MessageRepository(f->ws.db(), b.tenantId).insert({m}).ok());
        const auto otherStatus = [&] { return MessageRepository(f->ws.db(), b.tenantId).forRun(otherRun)->first().status; };

        ManualClock clock(m_start.addSecs(3600));
        QCOMPARE(Sweeper(f->ws.db(), clock, f->t.tenantId).sweep()->timedOut, 1);
        QCOMPARE(messages(*f).first().status, S::TimedOut);
        QCOMPARE(otherStatus(), S::Sending); // tenant B untouched
        QCOMPARE(Sweeper(f->ws.db(), clock).sweep()->timedOut, 1); // the dispatcher's sweep: everything
        QCOMPARE(otherStatus(), S::TimedOut);

        const Id a = f->t.tenantId;
        QVERIFY(Sweeper::mayRun(f->ws.db(), a, f->t.admin, false).ok());
        // b.admin is an admin of B, not of A.
        for (const User *u : std::initializer_list<const User *>{&f->t.manager, &f->t.reviewer, &f->t.viewer, &b.admin})
            QCOMPARE(Sweeper::mayRun(f->ws.db(), a, *u, false).error().kind, Error::Kind::Refused);
        // "A admin" is no admin of B: not every tenant.
        const Status all = Sweeper::mayRun(f->ws.db(), a, f->t.admin, true);
        QCOMPARE(all.error().kind, Error::Kind::Refused);
        QVERIFY2(all.error().message.contains(u"tenant 'B'"), qPrintable(all.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSweeper)
#include "tst_sweeper.moc"
