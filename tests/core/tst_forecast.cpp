#include "demoworkspace.h"
#include "dispatch/dispatcher.h"
#include "dispatch/runservice.h"
#include "schedule/forecast.h"
#include "storage/campaignrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

const QTimeZone kLondon(QByteArrayLiteral("Europe/London"));
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

Forecast::Plan plan(QList<std::pair<QString, qint64>> zones, double perSecond,
                    const QString &window = QStringLiteral("none"))
{
    Forecast::Plan p;
    p.kind = ChannelKind::Sms;
    p.recipientsByZone = std::move(zones);
    p.perSecond = perSecond;
    p.window = *SendWindow::parse(window, ChannelKind::Sms);
    return p;
}

} // namespace

// The model on its own, then against the dispatcher and simulator on the demo workspace.
class TestForecast final : public QObject
{
    Q_OBJECT

    struct Demo
    {
        QTemporaryDir dir;
        Database db;
        Id tenant = 0;
        User admin;
    };

    static std::unique_ptr<Demo> demo(const QString &tenantName)
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        if (!db || !DemoWorkspace::generate(*db, DemoWorkspace::kDefaultSeed, utc(2026, 11, 20, 12, 0)))
            qFatal("generating the demo workspace");
        auto tenant = TenantRepository(*db).byName(tenantName);
        auto admin = TenantRepository(*db).userByName(tenant->id, {});
        return std::unique_ptr<Demo>(new Demo{std::move(dir), *db, tenant->id, *admin});
    }

    // Starts a live run of `name` at the clock's time and drives the dispatcher, the clock
    // moving 100 ms per round while messages go out and a minute while all of them wait
    // for their window. Returns when the last message was handed over.
    static QDateTime runAndTime(Demo &d, const QString &name, ManualClock &clock)
    {
        RunService::StartOptions o;
        o.disclaimerAccepted = true;
        auto run = RunService(d.db, d.tenant, d.admin, clock).start(QString::number(campaignNamed(d, name).id), o);
        if (!run)
            qFatal("%s", qPrintable(run.error().message));
        Dispatcher dispatcher(d.db, clock, {});
        MessageRepository messages(d.db, d.tenant);
        qint64 before = -1;
        for (int round = 0; round < 100000; ++round) {
            dispatcher.tick();
            for (int i = 0; i < 200 && dispatcher.inFlight() > 0; ++i)
                QTest::qWait(1); // the simulator answers from its own (zero-latency) timers
            dispatcher.flush();
            qint64 waiting = 0;
            for (const auto &byStatus : *messages.counts(run->id))
                waiting += byStatus.value(MessageStatus::Queued) + byStatus.value(MessageStatus::Retrying);
            if (waiting == 0)
                return clock.now();
            clock.set(clock.now().addMSecs(waiting == before ? 60000 : 100));
            before = waiting;
        }
        qFatal("the run did not finish");
    }

    static Campaign campaignNamed(Demo &d, const QString &name)
    {
        for (const Campaign &c : *CampaignRepository(d.db, d.tenant).list())
            if (c.name == name)
                return c;
        qFatal("no campaign %s", qPrintable(name));
    }

    static Forecast::Channel forecastOf(Demo &d, const QString &name, const QDateTime &start)
    {
        auto forecast = Forecast::campaign(d.db, d.tenant, campaignNamed(d, name), start);
        if (!forecast || forecast->size() != 1)
            qFatal("forecasting %s", qPrintable(name));
        return forecast->first();
    }

    // Outcomes other than acceptance retry or fail; the forecast is about the pace.
    static void acceptEverything(Demo &d, ChannelKind kind)
    {
        SenderRepository senders(d.db, d.tenant);
        for (ProviderConfig config : *senders.providers())
            if (config.kind == kind) {
                config.settings = QStringLiteral(R"({"seed":7,"mix":{"accepted":100}})");
                QVERIFY(senders.setProvider(config).ok());
            }
    }

private slots:
    void rateAlone()
    {
        const auto f = Forecast::simulate(plan({{QString(), 1000}}, 10), utc(2026, 11, 23, 10, 0), kLondon);
        QCOMPARE(f.messages, qint64(1000));
        QCOMPARE(f.finish, utc(2026, 11, 23, 10, 1, 40));
        QVERIFY(!f.waitsForWindow);
        QVERIFY(!f.waitsForCap);
        QCOMPARE(f.perDay.value(QDate(2026, 11, 23)), qint64(1000));
    }

    void nothingToSend()
    {
        const QDateTime start = utc(2026, 11, 23, 10, 0);
        QCOMPARE(Forecast::simulate(plan({}, 10), start, kLondon).finish, start);
    }

    // New York opens at 08:00 EST (13:00 UTC), Los Angeles at 08:00 PST (16:00 UTC).
    void eachZoneWaitsForItsWindow()
    {
        const auto f = Forecast::simulate(
            plan({{QStringLiteral("America/New_York"), 100}, {QStringLiteral("America/Los_Angeles"), 100}}, 10,
                 QStringLiteral("08:00-21:00")),
            utc(2026, 11, 23, 12, 0), kNewYork);
        QVERIFY(f.waitsForWindow);
        QCOMPARE(f.finish, utc(2026, 11, 23, 16, 0, 10));
    }

    // The window closes with 400 left; they go when it opens the next morning.
    void windowClosesMidway()
    {
        const auto f = Forecast::simulate(plan({{QString(), 1000}}, 1, QStringLiteral("08:00-21:00")),
                                          utc(2026, 11, 23, 20, 50), kLondon);
        QCOMPARE(f.finish, utc(2026, 11, 24, 8, 6, 40));
        QCOMPARE(f.perDay.value(QDate(2026, 11, 23)), qint64(600));
        QCOMPARE(f.perDay.value(QDate(2026, 11, 24)), qint64(400));
    }

    // 2026-03-29: London moves to summer time at 01:00 UTC; 08:00 BST is 07:00 UTC.
    void windowAcrossDaylightSaving()
    {
        const auto f = Forecast::simulate(plan({{QString(), 10}}, 1, QStringLiteral("08:00-21:00")),
                                          utc(2026, 3, 28, 22, 0), kLondon);
        QCOMPARE(f.finish, utc(2026, 3, 29, 7, 0, 10));
    }

    // 100 a day with 40 used today: 60 today, 100 tomorrow, 90 the day after.
    void poolCapsSpreadOverDays()
    {
        Forecast::Plan p = plan({{QString(), 250}}, 100);
        p.dailyCapacity = 100;
        p.usedToday = 40;
        const auto f = Forecast::simulate(p, utc(2026, 11, 23, 10, 0), kLondon);
        QVERIFY(f.waitsForCap);
        QCOMPARE(f.perDay.value(QDate(2026, 11, 23)), qint64(60));
        QCOMPARE(f.perDay.value(QDate(2026, 11, 24)), qint64(100));
        QCOMPARE(f.perDay.value(QDate(2026, 11, 25)), qint64(90));
        QCOMPARE(f.finish, utc(2026, 11, 25, 0, 0).addMSecs(900));
    }

    // The demo's earlier runs measured its email provider; nothing measured Telegram.
    void measuredFromEarlierRuns()
    {
        auto d = demo(QStringLiteral("Northwind Outfitters"));
        auto measured = Forecast::measuredPace(d->db, d->tenant, ChannelKind::Email);
        QVERIFY(measured.ok());
        QVERIFY(measured->has_value());
        QVERIFY((*measured)->perSecond > 0);
        QVERIFY((*measured)->runId > 0);
        auto none = Forecast::measuredPace(d->db, d->tenant, ChannelKind::Telegram);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
    }

    // A run that handed over messages at 10/s, was paused for an hour, then went on at
    // 10/s: the provider's pace is 10/s, not the messages over the hour and a bit. The
    // run channel stores it when it ends, and the forecast names the run it comes from.
    void paceFromSendingTimeOnly()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        ws.addContacts(t, 200, true);
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
        c.channels.first().ratePerMinute = 0; // unthrottled: it measures the provider
        const Id campaign = ws.create(t, c);
        const QDateTime start = utc(2026, 11, 23, 12, 0);
        ManualClock clock(start);
        const Run run = ws.startRun(t, campaign, clock);
        const QList<Message> messages = *MessageRepository(ws.db(), t.tenantId).forRun(run.id, 0, 1000);
        QVERIFY(messages.size() > 150);
        const qsizetype half = messages.size() / 2;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const qint64 at = start.toMSecsSinceEpoch() + i * 100 + (i >= half ? 3600 * 1000 : 0);
            ws.exec(QStringLiteral("UPDATE messages SET sent_at = ? WHERE id = ?"), {at, messages.at(i).id});
        }
        RunRepository runs(ws.db(), t.tenantId);
        QVERIFY(!runs.sending(run.id, ChannelKind::Email)->has_value()); // still sending
        const QDateTime ended = start.addSecs(3700);
        QVERIFY(runs.setChannelStatus(run.id, ChannelKind::Email, ChannelStatus::Completed, ended).ok());
        const auto stored = *runs.sending(run.id, ChannelKind::Email);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->sent, qint64(messages.size()));
        QCOMPARE(stored->busyMs, qint64(messages.size() - 1) * 100); // the hour counts as one gap
        QVERIFY(std::abs(*stored->perSecond() - 10.0) < 0.01);

        const auto measured = *Forecast::measuredPace(ws.db(), t.tenantId, ChannelKind::Email);
        QVERIFY(measured.has_value());
        QCOMPARE(measured->runId, run.id);
        QCOMPARE(measured->at, ended);
        QVERIFY(std::abs(measured->perSecond - 10.0) < 0.01);
        Campaign again = *CampaignRepository(ws.db(), t.tenantId).get(campaign);
        const auto forecast = *Forecast::campaign(ws.db(), t.tenantId, again, ended.addSecs(60));
        QCOMPARE(forecast.first().pace, Forecast::Pace::Measured);
        QCOMPARE(forecast.first().measuredOnRun, std::optional<Id>(run.id));
    }

    // All recipients' windows open: the rate limit sets the finish.
    void matchesTheSimulatorAtItsRate()
    {
        auto d = demo(QStringLiteral("Northwind Outfitters"));
        acceptEverything(*d, ChannelKind::Sms);
        const QDateTime start = utc(2026, 11, 23, 12, 0); // midday in London, Dublin and Berlin
        const QString name = QStringLiteral("Flash Sale SMS Alert");
        const auto forecast = forecastOf(*d, name, start);
        QCOMPARE(forecast.pace, Forecast::Pace::RateLimit);
        QVERIFY2(forecast.messages >= 300, "enough messages to measure a pace");
        ManualClock clock(start);
        const QDateTime actual = runAndTime(*d, name, clock);
        const double predicted = double(start.msecsTo(forecast.finish)), took = double(start.msecsTo(actual));
        qInfo("%lld messages: predicted %.1f s, took %.1f s", forecast.messages, predicted / 1000, took / 1000);
        QVERIFY2(std::abs(predicted - took) <= 0.05 * took, "within 5%");
    }

    // 07:55 in New York: each of the three US zones waits for 08:00 in its own zone.
    void matchesTheSimulatorAcrossQuietHours()
    {
        auto d = demo(QStringLiteral("Bluebird Health Clinics"));
        const QDateTime start = utc(2026, 11, 23, 12, 55);
        const QString name = QStringLiteral("Appointment Reminders SMS");
        const auto forecast = forecastOf(*d, name, start);
        QVERIFY(forecast.waitsForWindow);
        ManualClock clock(start);
        const QDateTime actual = runAndTime(*d, name, clock);
        const double predicted = double(start.msecsTo(forecast.finish)), took = double(start.msecsTo(actual));
        qInfo("%lld messages: predicted %.0f s, took %.0f s", forecast.messages, predicted / 1000, took / 1000);
        QVERIFY2(std::abs(predicted - took) <= 0.05 * took, "within 5%");
        QVERIFY(actual >= utc(2026, 11, 23, 16, 0)); // 08:00 in Los Angeles
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
