// S1: 100,000 SMS through Herald to a real Kannel gateway on loopback (bearerbox,
// smsbox, fakesmsc), every state persisted (Queued -> Sending -> Sent -> Delivered by
// the gateway's report), the dispatcher on its own thread. The reference is Kannel's
// own HTTP client, /usr/lib/kannel/test/test_http, sending the same requests (delivery
// reports asked for) with as many threads as Herald has connections to the gateway
// (Qt opens six per host). Target: ratio >= 0.5. Then a channel limited to 100 msg/s
// must hold that rate within 2%.
#include "dispatch/dispatcherthread.h"
#include "dispatch/runservice.h"
#include "eventwait.h"
#include "kannelpeer.h"
#include "smtpsink.h"
#include "storage/senderrepository.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace herald;

namespace {

const int kMessages = qEnvironmentVariableIntValue("HERALD_S1_MESSAGES") > 0
                          ? qEnvironmentVariableIntValue("HERALD_S1_MESSAGES")
                          : 100000;
constexpr int kConnections = 6; // QNetworkAccessManager's connections per host

struct Outcome
{
    double seconds = 0;
    qint64 delivered = 0;
    QList<std::pair<double, qint64>> sentOverTime; // (s, messages Sent or further)
};

// Sends `messages` SMS of the fixture's campaign (rate per minute, 0: unlimited) through
// the gateway and waits until every message is Delivered.
Outcome sendThroughHerald(test::KannelPeer &kannel, int messages, int ratePerMinute)
{
    test::TestWorkspace ws;
    const auto fixture = ws.addTenant(QStringLiteral("Bench"));
    const Id t = fixture.tenantId;
    ws.addContacts(fixture, messages, /*inList=*/true);
    const QString settings = QStringLiteral(R"({"url":"%1","user":"%2","password_env":"HERALD_BENCH_KANNEL_PASSWORD",)"
                                            R"("listen":"127.0.0.1:%3"})")
                                 .arg(kannel.sendsmsUrl().toString(), test::KannelPeer::user())
                                 .arg(test::freeLoopbackPort());
    if (!SenderRepository(ws.db(), t).setProvider({0, t, ChannelKind::Sms, QStringLiteral("kannel"), settings, true}))
        qFatal("provider");
    Campaign c = ws.readyCampaign(fixture, {ChannelKind::Sms}, QStringLiteral("S1"));
    c.channels[0].sendWindow = QStringLiteral("none");
    c.channels[0].ratePerMinute = ratePerMinute;
    c.channels[0].messageText = QStringLiteral("Flash sale today: 20% off everything in store and online.");
    const Id campaign = ws.create(fixture, c);
    SystemClock clock;
    RunService::StartOptions options;
    options.disclaimerAccepted = true;
    auto run = RunService(ws.db(), t, fixture.admin, clock).start(QString::number(campaign), options);
    if (!run)
        qFatal("%s", qPrintable(run.error().message));

    DispatcherThread dispatcher(ws.db(), clock);
    Outcome out;
    qint64 total = 0;
    QElapsedTimer timer;
    QObject::connect(&dispatcher, &DispatcherThread::progress, [&](const ProgressSnapshot &s) {
        for (const ChannelProgress &p : s.channels)
            if (p.runId == run->id) {
                total = p.total();
                out.delivered = p.count(MessageStatus::Delivered);
                const qint64 sent = p.count(MessageStatus::Sent) + out.delivered + p.count(MessageStatus::Failed);
                out.sentOverTime.append({double(timer.nsecsElapsed()) / 1e9, sent});
            }
    });
    timer.start();
    dispatcher.start();
    dispatcher.wake();
    test::waitUntil([&] { return total > 0 && out.delivered >= total; }, 1200000);
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (out.delivered < total)
        qFatal("S1: %lld of %lld delivered", qlonglong(out.delivered), qlonglong(total));
    return out;
}

} // namespace

class BenchS1 final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::KannelPeer::available())
            QSKIP("Kannel is not installed (packages kannel, kannel-extras)");
        qputenv("HERALD_BENCH_KANNEL_PASSWORD", test::KannelPeer::password().toUtf8());
    }

    void throughput()
    {
        double ref = 0;
        {
            test::KannelPeer kannel;
            QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
            // The same request Herald makes, delivery reports asked for (to a closed port:
            // the gateway's reports cost it the same, whether anyone listens or not).
            QUrl url = kannel.sendsmsUrl();
            url.setQuery(u"username=" + test::KannelPeer::user() + u"&password=" + test::KannelPeer::password() +
                         u"&from=%2B447700900001&to=%2B447700900123&charset=UTF-8&coding=0"
                         u"&text=Flash+sale+today%3A+20%25+off&dlr-mask=31"
                         u"&dlr-url=http%3A%2F%2F127.0.0.1%3A9%2Fdlr%3Fid%3D1%26type%3D%25d");
            QProcess client;
            QElapsedTimer timer;
            timer.start();
            client.setStandardOutputFile(QProcess::nullDevice());
            client.setStandardErrorFile(QProcess::nullDevice());
            client.start(QStringLiteral("/usr/lib/kannel/test/test_http"),
                         {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("4"), QStringLiteral("-t"),
                          QString::number(kConnections), QStringLiteral("-r"),
                          QString::number(kMessages / kConnections), url.toString(QUrl::FullyEncoded)});
            QVERIFY(client.waitForFinished(1200000));
            ref = (kMessages / kConnections * kConnections) / (double(timer.nsecsElapsed()) / 1e9);
            QTRY_VERIFY_WITH_TIMEOUT(kannel.received().size() >= kMessages / kConnections * kConnections, 600000);
        }
        qInfo("S1 reference: %.0f msg/s (test_http, %d threads)", ref, kConnections);
        test::KannelPeer kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        const Outcome o = sendThroughHerald(kannel, kMessages, 0);
        const double ours = double(o.delivered) / o.seconds;
        qInfo("S1: %lld SMS sent and delivered in %.1f s", qlonglong(o.delivered), o.seconds);
        qInfo("BENCH s1_kannel herald=%.0f reference=%.0f ratio=%.2f unit=msg/s", ours, ref, ours / ref);
        QVERIFY2(ours / ref >= 0.5, "S1 ratio below 0.5");
    }

    // 100 msg/s (6,000 a minute): the rate between 5 s in and the end of sending.
    void rateLimit()
    {
        test::KannelPeer kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        const int messages = 3000;
        const Outcome o = sendThroughHerald(kannel, messages, 6000);
        std::pair<double, qint64> from{0, 0}, to{0, 0};
        for (const auto &point : o.sentOverTime) {
            if (point.first >= 5 && from.first == 0)
                from = point;
            if (point.second < messages)
                to = point;
        }
        const double rate = double(to.second - from.second) / (to.first - from.first);
        qInfo("BENCH s1_rate_limit herald=%.1f reference=100 ratio=%.3f unit=msg/s", rate, rate / 100);
        QVERIFY2(qAbs(rate / 100 - 1) <= 0.02, "the 100 msg/s limit is off by more than 2%");
    }
};

QTEST_MAIN(BenchS1)
#include "bench_s1_kannel.moc"
