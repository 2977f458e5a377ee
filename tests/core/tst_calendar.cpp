#include "dispatch/runservice.h"
#include "schedule/calendar.h"
#include "schedule/scheduler.h"
#include "storage/campaignrepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/senderrepository.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

// The calendar of one tenant whose time zone is Europe/London, on a manual clock.
class TestCalendar final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestWorkspace ws;
        test::TestWorkspace::TenantFixture t;
        ManualClock clock{utc(2026, 3, 1, 6, 0)};
    };

    static std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        f->t = f->ws.addTenant(QStringLiteral("A"));
        f->ws.exec(QStringLiteral("UPDATE tenants SET time_zone = 'Europe/London' WHERE id = ?"), {f->t.tenantId});
        return f;
    }

    // A campaign armed to launch at `sendAt` (Schedule) or from it on (Recurring).
    static Id armed(Fixture &f, const QString &name, const QList<ChannelKind> &kinds, LaunchType type,
                    const QDateTime &sendAt, const QString &rrule = {})
    {
        Campaign c = f.ws.readyCampaign(f.t, kinds, name);
        c.launchType = type;
        c.sendAt = sendAt;
        c.recurrence = rrule;
        c.timeZone = QStringLiteral("Europe/London");
        const Id id = f.ws.create(f.t, c);
        auto st = RunService(f.ws.db(), f.t.tenantId, f.t.manager, f.clock).schedule(QString::number(id), true);
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        return id;
    }

    static CalendarData build(Fixture &f, const QDateTime &from, const QDateTime &to)
    {
        auto data = Calendar::build(f.ws.db(), f.t.tenantId, f.t.manager, from, to, f.clock.now());
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        return *data;
    }

    static QList<CalendarEntry> ofKind(const CalendarData &data, CalendarEntry::Kind kind)
    {
        QList<CalendarEntry> out;
        for (const CalendarEntry &e : data.entries)
            if (e.kind == kind)
                out.append(e);
        return out;
    }

private slots:
    // Every Monday 09:00 London: 09:00 UTC in March until the clocks change on the 29th,
    // 08:00 UTC after it, and 09:00 on the calendar's (London) face throughout.
    void recurrenceAcrossDaylightSaving()
    {
        auto f = fixture();
        armed(*f, QStringLiteral("Weekly"), {ChannelKind::Email}, LaunchType::Recurring, utc(2026, 3, 2, 9, 0),
              QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        const auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 15, 0, 0));
        const auto launches = ofKind(data, CalendarEntry::Kind::Scheduled);
        QCOMPARE(launches.size(), 7);
        const QList<QDateTime> expected = {utc(2026, 3, 2, 9, 0),  utc(2026, 3, 9, 9, 0),  utc(2026, 3, 16, 9, 0),
                                           utc(2026, 3, 23, 9, 0), utc(2026, 3, 30, 8, 0), utc(2026, 4, 6, 8, 0),
                                           utc(2026, 4, 13, 8, 0)};
        for (int i = 0; i < launches.size(); ++i) {
            QCOMPARE(launches.at(i).start, expected.at(i));
            QCOMPARE(launches.at(i).start.toTimeZone(data.zone).time(), QTime(9, 0));
            QCOMPARE(launches.at(i).launchType, LaunchType::Recurring);
            QVERIFY(launches.at(i).end >= launches.at(i).start);
            QCOMPARE(launches.at(i).forecast.size(), 1);
        }
        QCOMPARE(data.zone.id(), QByteArrayLiteral("Europe/London"));
        QVERIFY(data.warnings.isEmpty());
    }

    // A Draft has no launch time, and a send time alone arms nothing: neither shows.
    void draftIsNotOnTheCalendar()
    {
        auto f = fixture();
        armed(*f, QStringLiteral("Armed"), {ChannelKind::Email}, LaunchType::Schedule, utc(2026, 3, 5, 9, 0));
        Campaign draft = f->ws.readyCampaign(f->t, {ChannelKind::Email}, QStringLiteral("Draft"));
        draft.activated = false;
        draft.launchType = LaunchType::Schedule;
        draft.sendAt = utc(2026, 3, 5, 10, 0);
        f->ws.create(f->t, draft);
        Campaign ready = f->ws.readyCampaign(f->t, {ChannelKind::Sms}, QStringLiteral("Not armed"));
        ready.launchType = LaunchType::Recurring;
        ready.sendAt = utc(2026, 3, 5, 10, 0);
        ready.recurrence = QStringLiteral("FREQ=DAILY");
        f->ws.create(f->t, ready);
        const auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        QCOMPARE(data.entries.size(), 1);
        QCOMPARE(data.entries.first().name, QStringLiteral("Armed"));
        QCOMPARE(data.entries.first().status, CampaignStatus::Scheduled);
    }

    // Past runs show with their span; a launch that happened is not planned again.
    void pastRunsAndLaunchedSchedules()
    {
        auto f = fixture();
        const Id id =
            armed(*f, QStringLiteral("Once"), {ChannelKind::Email}, LaunchType::Schedule, utc(2026, 3, 2, 9, 0));
        f->clock.set(utc(2026, 3, 2, 9, 1));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->launched, 1);
        const auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        QCOMPARE(data.entries.size(), 1);
        const CalendarEntry &run = data.entries.first();
        QCOMPARE(run.kind, CalendarEntry::Kind::Run);
        QCOMPARE(run.campaignId, id);
        QCOMPARE(run.start, utc(2026, 3, 2, 9, 1));
        QCOMPARE(run.end, f->clock.now()); // still running: it reaches now
        QCOMPARE(run.launchType, LaunchType::Schedule);
        QVERIFY(build(*f, utc(2026, 2, 1, 0, 0), utc(2026, 3, 1, 0, 0)).entries.isEmpty());
    }

    // Herald was not running at 09:00: at 11:00 the launch is missed, not sent, and the
    // calendar shows the alert until a person resolves it.
    void missedLaunchIsFlagged()
    {
        auto f = fixture();
        const Id id =
            armed(*f, QStringLiteral("Missed"), {ChannelKind::Email}, LaunchType::Schedule, utc(2026, 3, 2, 9, 0));
        f->clock.set(utc(2026, 3, 2, 11, 0));
        QCOMPARE(Scheduler(f->ws.db(), f->clock).tick()->missed, 1);
        auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        QCOMPARE(data.entries.size(), 1);
        QCOMPARE(data.entries.first().kind, CalendarEntry::Kind::Missed);
        QCOMPARE(data.entries.first().campaignId, id);
        QCOMPARE(data.entries.first().start, utc(2026, 3, 2, 9, 0));
        QVERIFY(data.entries.first().alertId > 0);
        QVERIFY(
            Scheduler(f->ws.db(), f->clock)
                .resolve(f->t.tenantId, data.entries.first().alertId, Scheduler::Resolution::Skip, {}, f->t.manager)
                .ok());
        QVERIFY(build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0)).entries.isEmpty());
    }

    // Two SMS launches at the same time: the second would be refused, so the calendar
    // says so now. Email at that time, or SMS a day later, is fine.
    void overlappingLaunchesWarn()
    {
        auto f = fixture();
        armed(*f, QStringLiteral("First SMS"), {ChannelKind::Sms}, LaunchType::Schedule, utc(2026, 3, 3, 10, 0));
        armed(*f, QStringLiteral("Email"), {ChannelKind::Email}, LaunchType::Schedule, utc(2026, 3, 3, 10, 0));
        armed(*f, QStringLiteral("Next day SMS"), {ChannelKind::Sms}, LaunchType::Schedule, utc(2026, 3, 4, 10, 0));
        QVERIFY(build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0)).warnings.isEmpty());

        armed(*f, QStringLiteral("Second SMS"), {ChannelKind::Sms}, LaunchType::Schedule, utc(2026, 3, 3, 10, 0));
        const auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        QCOMPARE(data.warnings.size(), 1);
        const CalendarWarning &w = data.warnings.first();
        QCOMPARE(w.kind, CalendarWarning::Kind::Overlap);
        QCOMPARE(w.at, utc(2026, 3, 3, 10, 0));
        const QString &message = w.message.english();
        QVERIFY2(message.contains(u"First SMS") && message.contains(u"Second SMS") && message.contains(u"SMS"),
                 qPrintable(message));
        QCOMPARE(w.entries.size(), 2);
        for (int i : w.entries)
            QCOMPARE(data.entries.at(i).start, utc(2026, 3, 3, 10, 0));
    }

    // The pool's one number may send 10 a day: two launches on one day need more.
    void poolCapsWarn()
    {
        auto f = fixture();
        SenderRepository senders(f->ws.db(), f->t.tenantId);
        for (const PhoneNumber &n : *senders.numbers(f->t.ids.value(QStringLiteral("pool"))))
            QVERIFY(senders.setDailyCap(n.id, 10).ok());
        armed(*f, QStringLiteral("Morning SMS"), {ChannelKind::Sms}, LaunchType::Schedule, utc(2026, 3, 3, 9, 0));
        armed(*f, QStringLiteral("Evening calls"), {ChannelKind::Phone}, LaunchType::Schedule, utc(2026, 3, 3, 18, 0));
        const auto data = build(*f, utc(2026, 3, 1, 0, 0), utc(2026, 4, 1, 0, 0));
        bool combined = false, spread = false;
        for (const CalendarWarning &w : data.warnings) {
            QCOMPARE(w.kind, CalendarWarning::Kind::PoolCap);
            combined = combined || (w.entries.size() == 2 && w.message.english().contains(u"together"));
            spread = spread || (w.entries.size() == 1 && w.message.english().contains(u"days"));
        }
        QVERIFY2(combined, "two launches on one day over the pool's caps");
        QVERIFY2(spread, "a launch bigger than a day of the pool's caps");
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
