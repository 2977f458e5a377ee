#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "schedule/scheduler.h"
#include "storage/campaignrepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/runrepository.h"
#include "testworkspace.h"

#include <QTest>
#include <QTimeZone>

using namespace herald;

// Launch types on a manual clock: schedules launch on time, late ones become alerts.
class TestScheduler final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestWorkspace ws;
        test::TestWorkspace::TenantFixture t;
        ManualClock clock{QDateTime(QDate(2026, 10, 20), QTime(6, 0), Qt::UTC)};
        QString ref;
    };

    static std::unique_ptr<Fixture> fixture(LaunchType type, const QDateTime &sendAt, const QString &rrule = {})
    {
        auto f = std::make_unique<Fixture>();
        f->t = f->ws.addTenant(QStringLiteral("A"));
        Campaign c = f->ws.readyCampaign(f->t, {ChannelKind::Email});
        c.launchType = type;
        c.sendAt = sendAt;
        c.recurrence = rrule;
        c.timeZone = QStringLiteral("Europe/London");
        f->ref = QString::number(f->ws.create(f->t, c));
        return f;
    }

    static CampaignStatus status(Fixture &f)
    {
        return CampaignService(f.ws.db(), f.t.tenantId, f.t.manager).overview(f.ref)->status;
    }
    static QList<Run> runs(Fixture &f) { return *RunRepository(f.ws.db(), f.t.tenantId).forCampaign(f.ref.toLongLong()); }
    static RunService service(Fixture &f) { return RunService(f.ws.db(), f.t.tenantId, f.t.manager, f.clock); }

private slots:
    void scheduleLaunchesOnTime()
    {
        const QDateTime due(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
        auto f = fixture(LaunchType::Schedule, due);
        QCOMPARE(service(*f).schedule(f->ref, false).error().kind, Error::Kind::Refused); // the disclaimer
        QCOMPARE(*service(*f).schedule(f->ref, true), due);
        QCOMPARE(status(*f), CampaignStatus::Scheduled);
        f->clock.set(due.addSecs(-1));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 0);
        f->clock.set(due.addSecs(30));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
        QCOMPARE(runs(*f).size(), 1);
        QCOMPARE(runs(*f).first().trigger, RunTrigger::Schedule);
        QCOMPARE(runs(*f).first().disclaimerAcceptedBy, std::optional<Id>(f->t.manager.id));
        QCOMPARE(status(*f), CampaignStatus::Running);
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 0); // once
    }

    void refusals()
    {
        auto manual = fixture(LaunchType::Manual, {});
        QCOMPARE(service(*manual).schedule(manual->ref, true).error().kind, Error::Kind::Refused);
        auto past = fixture(LaunchType::Schedule, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        auto refused = service(*past).schedule(past->ref, true);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QLatin1StringView("passed")));
        // A Scheduled campaign is not edited or run before the schedule is stopped.
        auto f = fixture(LaunchType::Schedule, QDateTime(QDate(2026, 10, 21), QTime(9, 0), Qt::UTC));
        QVERIFY(service(*f).schedule(f->ref, true).ok());
        RunService::StartOptions now;
        now.disclaimerAccepted = true;
        QCOMPARE(service(*f).start(f->ref, now).error().kind, Error::Kind::Refused);
        QVERIFY(service(*f).unschedule(f->ref).ok());
        QCOMPARE(status(*f), CampaignStatus::Ready);
    }

    // Herald was not running at the launch time: an alert, nothing sent.
    void missedLaunchIsAnAlert()
    {
        const QDateTime due(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
        auto f = fixture(LaunchType::Schedule, due);
        QVERIFY(service(*f).schedule(f->ref, true).ok());
        f->clock.set(due.addSecs(Scheduler::kGraceSecs + 60));
        auto counts = Scheduler(f->ws.db(), f->clock).tick();
        QCOMPARE(counts->missed, 1);
        QCOMPARE(counts->launched, 0);
        QVERIFY(runs(*f).isEmpty());
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->missed, 0); // alerted once
        MissedLaunchRepository missed(f->ws.db(), f->t.tenantId);
        const auto alerts = *missed.pending();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().dueAt, due);
        // Send now: the run starts, the alert is closed.
        QVERIFY(Scheduler(f->ws.db(), f->clock).resolve(f->t.tenantId, alerts.first().id, Scheduler::Resolution::SendNow, {},
                                                        f->t.manager).ok());
        QVERIFY(missed.pending()->isEmpty());
        QCOMPARE(runs(*f).size(), 1);
        QCOMPARE(Scheduler(f->ws.db(), f->clock).resolve(f->t.tenantId, alerts.first().id, Scheduler::Resolution::Skip, {},
                                                         f->t.manager).error().kind,
                 Error::Kind::Refused);
    }

    void missedThenSkippedOrRescheduled()
    {
        const QDateTime due(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
        auto f = fixture(LaunchType::Schedule, due);
        QVERIFY(service(*f).schedule(f->ref, true).ok());
        f->clock.set(due.addSecs(3600));
        QVERIFY(Scheduler(f->ws.db(), f->clock).tick().ok());
        MissedLaunchRepository missed(f->ws.db(), f->t.tenantId);
        const Id alert = missed.pending()->first().id;
        const QDateTime later = due.addDays(1);
        QVERIFY(Scheduler(f->ws.db(), f->clock).resolve(f->t.tenantId, alert, Scheduler::Resolution::Reschedule, later,
                                                        f->t.manager).ok());
        QCOMPARE(status(*f), CampaignStatus::Scheduled);
        f->clock.set(later.addSecs(1));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
    }

    // Every Monday 09:00 London: 08:00 UTC before the clocks go back, 09:00 UTC after.
    void recurringAcrossDst()
    {
        const QTimeZone london("Europe/London");
        const QDateTime first(QDate(2026, 10, 19), QTime(9, 0), london); // Monday, BST
        auto f = fixture(LaunchType::Recurring, first.toUTC(), QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        f->clock.set(QDateTime(QDate(2026, 10, 19), QTime(7, 0), Qt::UTC));
        QCOMPARE(*service(*f).schedule(f->ref, true), QDateTime(QDate(2026, 10, 19), QTime(8, 0), Qt::UTC));
        f->clock.set(QDateTime(QDate(2026, 10, 19), QTime(8, 1), Qt::UTC));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
        // Finish the first run so the next one may start (one run at a time per campaign).
        const Run r = runs(*f).first();
        QVERIFY(RunRepository(f->ws.db(), f->t.tenantId).stopChannel(r.id, ChannelKind::Email, f->clock.now()).ok());
        QCOMPARE(status(*f), CampaignStatus::Scheduled); // still armed for next Monday
        f->clock.set(QDateTime(QDate(2026, 10, 26), QTime(8, 30), Qt::UTC)); // 08:30 GMT: not yet
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 0);
        f->clock.set(QDateTime(QDate(2026, 10, 26), QTime(9, 0), Qt::UTC));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
        QCOMPARE(runs(*f).size(), 2);
        QCOMPARE(runs(*f).last().trigger, RunTrigger::Recurring);
    }

    // A weekly newsletter whose first Monday is long past, armed on a Saturday: it next
    // launches on Monday (no alerts for the Mondays before it was armed), and the list's
    // send time is that Monday, the same launch the calendar shows.
    void recurringArmedAfterItsFirstDate()
    {
        const QDateTime first = QDateTime(QDate(2026, 9, 7), QTime(9, 0), QTimeZone("Europe/London")).toUTC(); // Monday
        auto f = fixture(LaunchType::Recurring, first, QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        f->clock.set(QDateTime(QDate(2026, 10, 24), QTime(12, 0), Qt::UTC)); // Saturday
        const QDateTime monday(QDate(2026, 10, 26), QTime(9, 0), Qt::UTC); // 09:00 GMT
        auto overview = [&] { return *CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref); };
        // Not armed yet: the launch arming it now would make.
        QCOMPARE(*Scheduler::sendTime(f->ws.db(), f->t.tenantId, overview(), f->clock.now()), monday);
        QCOMPARE(*service(*f).schedule(f->ref, true), monday);
        QCOMPARE(*Scheduler::sendTime(f->ws.db(), f->t.tenantId, overview(), f->clock.now()), monday);
        // The list's page carries it.
        QCOMPARE(CampaignService(f->ws.db(), f->t.tenantId, f->t.manager, &f->clock).page({})->sendTimes.value(
                     f->ref.toLongLong()),
                 monday);
        auto counts = Scheduler(f->ws.db(), f->clock).tick();
        QCOMPARE(counts->missed, 0);
        QCOMPARE(counts->launched, 0);
        QVERIFY(MissedLaunchRepository(f->ws.db(), f->t.tenantId).pending()->isEmpty());
        f->clock.set(monday.addSecs(5));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
        const Run r = runs(*f).first();
        QVERIFY(RunRepository(f->ws.db(), f->t.tenantId).stopChannel(r.id, ChannelKind::Email, f->clock.now()).ok());
        QCOMPARE(*Scheduler::sendTime(f->ws.db(), f->t.tenantId, overview(), f->clock.now()), monday.addDays(7));
    }

    // The list's send time for the other launch types.
    void sendTimeByLaunchType()
    {
        const QDateTime at(QDate(2026, 10, 21), QTime(9, 0), Qt::UTC);
        for (LaunchType type : {LaunchType::Manual, LaunchType::Now, LaunchType::Schedule}) {
            auto f = fixture(type, at); // a send time left over from an earlier launch type
            const auto o = *CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref);
            const QDateTime shown = *Scheduler::sendTime(f->ws.db(), f->t.tenantId, o, f->clock.now());
            QCOMPARE(shown, type == LaunchType::Schedule ? at : QDateTime());
        }
        // A campaign sent Now shows when its live run started.
        auto f = fixture(LaunchType::Now, {});
        RunService::StartOptions now;
        now.disclaimerAccepted = true;
        QVERIFY(service(*f).start(f->ref, now).ok());
        const auto o = *CampaignService(f->ws.db(), f->t.tenantId, f->t.manager).overview(f->ref);
        QCOMPARE(*Scheduler::sendTime(f->ws.db(), f->t.tenantId, o, f->clock.now()), f->clock.now());
    }

    // A launch whose preflight fails is recorded as a run that could not start.
    void failedLaunchIsRecorded()
    {
        const QDateTime due(QDate(2026, 10, 20), QTime(9, 0), Qt::UTC);
        auto f = fixture(LaunchType::Schedule, due);
        QVERIFY(service(*f).schedule(f->ref, true).ok());
        // The writer is deleted after the schedule was armed.
        Campaign c = *CampaignRepository(f->ws.db(), f->t.tenantId).get(f->ref.toLongLong());
        c.writerId.reset();
        QVERIFY(CampaignRepository(f->ws.db(), f->t.tenantId).update(c).ok());
        f->clock.set(due.addSecs(10));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->failed, 1);
        QCOMPARE(status(*f), CampaignStatus::Failed);
        QVERIFY(runs(*f).first().failureReasons.contains(QLatin1StringView("writer.missing")));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
