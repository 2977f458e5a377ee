// C1: SIP call set-up (INVITE, 200, ACK, BYE) through Herald's SIP agent against a SIPp
// UAS on loopback, 50 calls at a time, each hung up (BYE) as soon as it is set up.
// The reference is SIPp's own UAC (its built-in "uac" scenario, no pause) calling the
// same UAS with the same concurrency. Target: ratio >= 0.5.
#include "providers/sip/sipagent.h"
#include "sipppeer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace herald;

namespace {

const int kCalls = qEnvironmentVariableIntValue("HERALD_C1_CALLS") > 0 ? qEnvironmentVariableIntValue("HERALD_C1_CALLS")
                                                                         : 2000;
constexpr int kAtOnce = 50;

} // namespace

class BenchC1 final : public QObject
{
    Q_OBJECT

private slots:
    void callSetUpRate()
    {
        QVERIFY2(test::SippPeer::available(), "SIPp is not installed: run scripts/install-deps.sh (sip-tester)");
        // One UAS for both: Herald's calls, then SIPp's.
        test::SippPeer callee(QStringLiteral("setup.xml"), {}, 2 * kCalls);
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));

        auto settings = SipSettings::fromJson(
            QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","keypress_wait_secs":0})").arg(callee.port()));
        QVERIFY(settings);
        SipAgent agent(*settings);
        QVERIFY(agent.start().ok());
        int started = 0, completed = 0, other = 0;
        const auto dialNext = [&] {
            SipAgent::Call call;
            call.id = quint64(++started);
            call.to = settings->uriFor(u"+1555" + QString::number(1000000 + started));
            call.from = settings->callerIdFor(QStringLiteral("+15559990001"));
            // No audio: BYE follows the ACK at once, as with SIPp's UAC.
            agent.dial(call);
        };
        connect(&agent, &SipAgent::ended, this, [&](quint64, const SipAgent::Ending &e) {
            (e.end == SipAgent::End::Completed ? completed : other)++;
            if (started < kCalls)
                dialNext();
        });
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kAtOnce && started < kCalls; ++i)
            dialNext();
        QTRY_VERIFY_WITH_TIMEOUT(completed + other == kCalls, 600000);
        const double ours = double(kCalls) / (double(clock.elapsed()) / 1000.0);
        QCOMPARE(other, 0);

        // The reference: SIPp's UAC against the same UAS.
        QProcess uac;
        uac.setStandardOutputFile(QProcess::nullDevice());
        uac.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer refClock;
        refClock.start();
        uac.start(QStringLiteral("sipp"),
                  {QStringLiteral("-sn"), QStringLiteral("uac"), u"127.0.0.1:"_qs + QString::number(callee.port()),
                   QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(test::freeUdpPort()), QStringLiteral("-m"), QString::number(kCalls),
                   QStringLiteral("-l"), QString::number(kAtOnce), QStringLiteral("-r"), QStringLiteral("100000"),
                   QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("-nostdin"), QStringLiteral("-timeout"),
                   QStringLiteral("600s")});
        QVERIFY(uac.waitForFinished(620000));
        const double reference = double(kCalls) / (double(refClock.elapsed()) / 1000.0);
        QCOMPARE(uac.exitCode(), 0);
        qInfo("BENCH c1_sip_setup herald=%.0f reference=%.0f ratio=%.2f unit=calls/s", ours, reference, ours / reference);
        QVERIFY2(ours / reference >= 0.5, "C1 target: ratio >= 0.5");
    }
};

QTEST_GUILESS_MAIN(BenchC1)
#include "bench_c1_sip.moc"
