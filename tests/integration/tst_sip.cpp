// Phone calls through a real SIP far end: SIPp (Debian sip-tester), started by the test
// with the scenarios in tests/integration/sip, and an RTP receiver of the test's own that
// the callee's SDP points the audio at. Each call's states come from the signalling:
// answered and played, busy, declined, invalid number, no answer (CANCEL), a digest
// challenge answered, a trunk that is not there, a callee hanging up mid-message, and
// keys pressed as RFC 4733 events.
#include "democtl.h"
#include "dispatch/dispatcher.h"
#include "providers/sip/callaudio.h"
#include "providers/sip/sipprovider.h"
#include "reporting/campaignreport.h"
#include "sipppeer.h"
#include "smtpsink.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


using namespace herald;
using S = MessageStatus;

namespace {

SipSettings trunk(quint16 port, const QString &transport = QStringLiteral("udp"))
{
    auto s = SipSettings::fromJson(
        QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","transport":"%2","ring_timeout_secs":5,"keypress_wait_secs":1})")
            .arg(port)
            .arg(transport));
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

OutgoingMessage call(Id id, const QString &script = QStringLiteral("Hello from Herald. Our spring sale starts today."))
{
    OutgoingMessage m;
    m.messageId = id;
    m.channel = ChannelKind::Phone;
    m.address = QStringLiteral("+15550100") + QString::number(id % 10);
    m.from = QStringLiteral("+15559990001");
    m.body = script;
    return m;
}

// The outcomes of every message, in order.
QHash<Id, QList<SendOutcome>> collected(const QSignalSpy &spy)
{
    QHash<Id, QList<SendOutcome>> out;
    for (const auto &args : spy)
        for (const SendOutcome &o : args.at(0).value<QList<SendOutcome>>())
            out[o.messageId].append(o);
    return out;
}

// Whether message `id` has reached a final state.
bool callEnded(const QSignalSpy &spy, Id id)
{
    const QList<SendOutcome> got = collected(spy).value(id);
    return !got.isEmpty() && isFinal(got.last().to);
}

// The answering callee's keys: PCMU, its audio to `receiver`, plus `more`.
QHash<QString, QString> answeringTo(quint16 receiver, QHash<QString, QString> more = {})
{
    more.insert(QStringLiteral("rtp_port"), QString::number(receiver));
    more.insert(QStringLiteral("codec"), QStringLiteral("0"));
    more.insert(QStringLiteral("codec_name"), QStringLiteral("PCMU"));
    return more;
}

QList<S> states(const QList<SendOutcome> &outcomes)
{
    QList<S> out;
    for (const SendOutcome &o : outcomes)
        out << o.to;
    return out;
}

constexpr int kPeerLimitMs = 60000;

} // namespace

class TestSip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::SippPeer::available())
            QFAIL("SIPp is not installed: run scripts/install-deps.sh (package sip-tester)");
        if (!CallAudio::speechAvailable())
            QFAIL("espeak-ng is not installed: run scripts/install-deps.sh (package espeak-ng)");
    }

    void settings_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no proxy") << "{}" << "proxy is missing";
        QTest::newRow("bad proxy") << R"({"proxy":"pbx.example.org"})" << "is not a SIP address";
        QTest::newRow("bad port") << R"({"proxy":"sip:pbx:70000"})" << "is not a SIP address";
        QTest::newRow("transport") << R"({"proxy":"sip:pbx","transport":"sctp"})" << "is not udp, tcp or tls";
        QTest::newRow("voice") << R"({"proxy":"sip:pbx","voice":"-w /tmp/x"})" << "not an espeak-ng voice";
        QTest::newRow("key") << R"({"proxy":"sip:pbx","opt_out_key":"10"})" << "is not one key";
        QTest::newRow("keys") << R"({"proxy":"sip:pbx","keys":{"A":"x"}})" << "keys must map";
        QTest::newRow("opt-out twice") << R"({"proxy":"sip:pbx","keys":{"9":"x"}})" << "is the opt-out key";
        QTest::newRow("secret") << R"({"proxy":"sip:pbx","password":"x"})" << "password";
    }
    void settings()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        auto s = SipSettings::fromJson(json);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
    }

    void settingsDefaults()
    {
        auto s = SipSettings::fromJson(QStringLiteral(R"({"proxy":"sip:pbx.example.org","keys":{"1":"call me back"}})"));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->proxyPort, 5060);
        QCOMPARE(s->uriFor(u"+15550100"_qs), u"sip:+15550100@pbx.example.org:5060"_qs);
        QCOMPARE(s->callerIdFor(u"+15559990001"_qs), u"sip:+15559990001@pbx.example.org"_qs);
        QCOMPARE(s->replyFor(u'1'), u"1: call me back"_qs);
        QCOMPARE(s->replyFor(u'2'), u"2"_qs);
        QCOMPARE(s->optOutKey, QChar(u'9'));
        auto digits = SipSettings::fromJson(
            QStringLiteral(R"({"proxy":"sip:10.0.0.5:5080","transport":"tcp","caller_id_format":"digits"})"));
        QCOMPARE(digits->uriFor(u"+15550100"_qs), u"sip:15550100@10.0.0.5:5080;transport=tcp"_qs);
    }

    // Answered: the script is spoken, sent as PCMU in 20 ms packets for as long as the
    // speech lasts, then BYE; the states are Ringing, Answered, Completed.
    void answeredCallPlaysTheScript_data()
    {
        QTest::addColumn<int>("codec");
        QTest::newRow("PCMU") << 0;
        QTest::newRow("PCMA") << 8;
    }
    void answeredCallPlaysTheScript()
    {
        QFETCH(int, codec);
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("answer.xml"),
                              {{QStringLiteral("rtp_port"), QString::number(receiver.port())},
                               {QStringLiteral("codec"), QString::number(codec)},
                               {QStringLiteral("codec_name"), codec == 0 ? QStringLiteral("PCMU") : QStringLiteral("PCMA")}});
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        SipProvider provider(trunk(callee.port()));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        const OutgoingMessage m = call(1);
        provider.send({m});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 1), kPeerLimitMs);
        QCOMPARE(states(collected(outcomes).value(1)), (QList<S>{S::Ringing, S::Answered, S::Completed}));
        QCOMPARE(callee.finish(kPeerLimitMs), 0);

        // The audio: what espeak-ng says for the script, 20 ms a packet, not silence.
        CallAudio audio(QStringLiteral("en"));
        QByteArray pcm;
        audio.speak(m.body, [&pcm](Result<QByteArray> r) { pcm = r ? *r : QByteArray(); });
        QTRY_VERIFY_WITH_TIMEOUT(!pcm.isEmpty(), kPeerLimitMs);
        const qint64 spokenMs = CallAudio::durationMs(pcm);
        QVERIFY(spokenMs > 1000);
        const QList<test::RtpReceiver::Packet> got = receiver.packets();
        QVERIFY(!got.isEmpty());
        int silent = 0;
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).pt, codec);
            QCOMPARE(got.at(i).payload.size(), 160);
            if (i > 0) {
                QCOMPARE(quint16(got.at(i).seq - got.at(i - 1).seq), quint16(1));
                QCOMPARE(got.at(i).ts - got.at(i - 1).ts, 160u);
            }
            const char quiet = codec == 0 ? char(0xff) : char(0xd5);
            silent += got.at(i).payload.count(quiet) == 160 ? 1 : 0;
        }
        const qint64 sentMs = qint64(got.size()) * 20;
        QVERIFY2(qAbs(sentMs - spokenMs) <= spokenMs / 10,
                 qPrintable(QStringLiteral("%1 ms sent for %2 ms spoken").arg(sentMs).arg(spokenMs)));
        QVERIFY2(silent < got.size() / 2, "mostly silence");
        // Paced: the packets arrive over as long as they last, not in a burst.
        const qint64 spread = got.last().atMs - got.first().atMs;
        QVERIFY2(spread >= sentMs * 8 / 10, qPrintable(QStringLiteral("%1 ms of audio arrived in %2 ms").arg(sentMs).arg(spread)));
    }

    // A recording attached to the call script is played instead of the speech: its length,
    // resampled from 16 kHz stereo, 20 ms a packet.
    void recordingIsPlayed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("offer.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::toneWav(1500));
        file.close();
        const auto recording = CallAudio::readRecording(path);
        QVERIFY2(recording.ok(), recording ? "" : qPrintable(recording.error().message));
        QCOMPARE(recording->fileName, QStringLiteral("offer.wav"));
        QCOMPARE(recording->mimeType, QStringLiteral("audio/x-wav"));
        const QString notAudio = dir.filePath(QStringLiteral("script.txt"));
        QFile text(notAudio);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Hello {{first_name}}");
        text.close();
        const auto refused = CallAudio::readRecording(notAudio);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(u"script.txt is not audio"), qPrintable(refused.error().message));
        // Over ten minutes: refused from the header, before anything is decoded.
        const auto long_ = CallAudio::decode(test::toneWav(601000), QStringLiteral("long.wav"));
        QVERIFY(!long_.ok());
        QVERIFY2(long_.error().message.contains(u"may last 10 at most"), qPrintable(long_.error().message));

        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("answer.xml"), answeringTo(receiver.port()));
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        SipProvider provider(trunk(callee.port()));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        OutgoingMessage m = call(1);
        m.attachments = {*recording};
        provider.send({m});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 1), kPeerLimitMs);
        QCOMPARE(states(collected(outcomes).value(1)), (QList<S>{S::Ringing, S::Answered, S::Completed}));
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
        const QList<test::RtpReceiver::Packet> got = receiver.packets();
        const qint64 sentMs = qint64(got.size()) * 20;
        QVERIFY2(qAbs(sentMs - 1500) <= 150, qPrintable(QStringLiteral("%1 ms sent for a 1500 ms recording").arg(sentMs)));
        int silent = 0;
        for (const test::RtpReceiver::Packet &p : got) {
            QCOMPARE(p.pt, 0);
            QCOMPARE(p.payload.size(), 160);
            silent += p.payload.count(char(0xff)) == 160 ? 1 : 0;
        }
        QVERIFY(silent < got.size() / 2);
    }

    // TLS to the trunk (SIPp on TCP behind a TLS front): the call goes through once the
    // trunk's certificate is trusted, and is refused, saying why, while it is not.
    void callsOverTls()
    {
        test::RtpReceiver receiver;
        // The front's port first: the callee's answers record-route through it, as a TLS
        // trunk's proxy does.
        const quint16 frontPort = test::freeLoopbackPort();
        test::SippPeer callee(QStringLiteral("answer.xml"),
                              answeringTo(receiver.port(),
                                          {{QStringLiteral("record_route"),
                                            QStringLiteral("Record-Route: <sip:127.0.0.1:%1;transport=tls;lr>").arg(frontPort)}}),
                              1, QStringLiteral("t1"));
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        test::TlsFront front(callee.port(), frontPort);
        QVERIFY(front.isUp());
        const auto tlsTrunk = [&](const QString &more) {
            auto s = SipSettings::fromJson(
                QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","transport":"tls","keypress_wait_secs":0%2})")
                    .arg(front.port())
                    .arg(more));
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
            return *s;
        };

        // Not trusted: the system's authorities never signed the throw-away certificate.
        SipProvider untrusted(tlsTrunk({}));
        QSignalSpy probed(&untrusted, &Provider::probed);
        untrusted.probe();
        QTRY_VERIFY_WITH_TIMEOUT(!probed.isEmpty(), kPeerLimitMs);
        QCOMPARE(probed.first().at(0).toBool(), false);
        const QString why = probed.first().at(1).toString();
        QVERIFY2(why.contains(u"over tls") && why.contains(u"TLS certificate was refused (self-signed certificate)")
                     && why.contains(u"tls_ca_file"),
                 qPrintable(why));
        QSignalSpy refused(&untrusted, &Provider::outcomes);
        untrusted.send({call(1)});
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kPeerLimitMs);
        const SendOutcome retried = collected(refused).value(1).last();
        QCOMPARE(retried.to, S::Retrying); // nothing reached the callee
        QVERIFY2(retried.reason.contains(u"TLS certificate was refused"), qPrintable(retried.reason));

        // Trusted through tls_ca_file: the call is answered and its audio arrives.
        SipProvider provider(tlsTrunk(u",\"tls_ca_file\":\"" + front.certificate() + u'"'));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(2)});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 2), kPeerLimitMs);
        QVERIFY2(collected(outcomes).value(2).last().to == S::Completed,
                 qPrintable(collected(outcomes).value(2).last().reason + u'\n' + callee.errors()));
        QCOMPARE(states(collected(outcomes).value(2)), (QList<S>{S::Ringing, S::Answered, S::Completed}));
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
        QTRY_VERIFY(!receiver.packets().isEmpty());

        // The CA file is checked when the settings are read.
        const auto missing = SipSettings::fromJson(
            QStringLiteral(R"({"proxy":"sip:127.0.0.1","transport":"tls","tls_ca_file":"/nonexistent/ca.pem"})"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"cannot be read"), qPrintable(missing.error().message));
        const auto notTls = SipSettings::fromJson(
            u"{\"proxy\":\"sip:127.0.0.1\",\"tls_ca_file\":\"" + front.certificate() + u"\"}");
        QVERIFY(!notTls.ok());
        QVERIFY2(notTls.error().message.contains(u"is for transport tls"), qPrintable(notTls.error().message));
    }

    // Final answers before set-up, each in its state with the trunk's words.
    void answersBeforeSetUp_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<S>("state");
        QTest::addColumn<QString>("words");
        QTest::newRow("busy") << 486 << "Busy Here" << S::Busy << "486 Busy Here";
        QTest::newRow("busy everywhere") << 600 << "Busy Everywhere" << S::Busy << "600 Busy Everywhere";
        QTest::newRow("declined") << 603 << "Decline" << S::Failed << "declined: 603 Decline";
        QTest::newRow("invalid") << 404 << "Not Found" << S::Failed << "invalid number: 404 Not Found";
        QTest::newRow("incomplete") << 484 << "Address Incomplete" << S::Failed << "invalid number: 484";
        QTest::newRow("unavailable") << 480 << "Temporarily Unavailable" << S::NoAnswer << "480";
        QTest::newRow("trunk down") << 503 << "Service Unavailable" << S::Retrying << "503 Service Unavailable";
    }
    void answersBeforeSetUp()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        QFETCH(S, state);
        QFETCH(QString, words);
        test::SippPeer callee(QStringLiteral("reject.xml"),
                              {{QStringLiteral("code"), QString::number(code)}, {QStringLiteral("reason"), reason}});
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        SipProvider provider(trunk(callee.port()));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(2)});
        QTRY_VERIFY_WITH_TIMEOUT(!collected(outcomes).value(2).isEmpty(), kPeerLimitMs);
        const QList<SendOutcome> got = collected(outcomes).value(2);
        QCOMPARE(states(got), QList<S>{state});
        QVERIFY2(got.last().reason.contains(words), qPrintable(got.last().reason));
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
    }

    // Nobody picks up: Herald cancels after the ring timeout.
    void ringingWithoutAnswerIsCancelled()
    {
        test::SippPeer callee(QStringLiteral("noanswer.xml"));
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        SipProvider provider(trunk(callee.port()));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(3)});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 3), kPeerLimitMs);
        const QList<SendOutcome> got = collected(outcomes).value(3);
        QCOMPARE(states(got), (QList<S>{S::Ringing, S::NoAnswer}));
        QVERIFY2(got.last().reason.contains(u"no answer within 5 s"), qPrintable(got.last().reason));
        QCOMPARE(callee.finish(kPeerLimitMs), 0); // it saw the CANCEL
    }

    // A trunk that challenges: the right credentials get the call through, wrong ones
    // end it Failed with the trunk's words.
    void digestChallengeIsAnswered()
    {
        qputenv("HERALD_TEST_SIP_PASSWORD", "s3cret");
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("auth.xml"),
                              answeringTo(receiver.port(), {{QStringLiteral("user"), QStringLiteral("herald")},
                                                            {QStringLiteral("password"), QStringLiteral("s3cret")}}),
                              2);
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        auto right = SipSettings::fromJson(
            QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","user":"herald","password_env":"HERALD_TEST_SIP_PASSWORD",)"
                           R"("ring_timeout_secs":5,"keypress_wait_secs":0})")
                .arg(callee.port()));
        QVERIFY2(right, right ? "" : qPrintable(right.error().message));
        SipProvider provider(*right);
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(4, QStringLiteral("Short."))});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 4), kPeerLimitMs);
        QCOMPARE(states(collected(outcomes).value(4)), (QList<S>{S::Ringing, S::Answered, S::Completed}));

        qputenv("HERALD_TEST_SIP_PASSWORD", "wrong");
        auto wrong = SipSettings::fromJson(
            QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","user":"herald","password_env":"HERALD_TEST_SIP_PASSWORD"})")
                .arg(callee.port()));
        SipProvider refused(*wrong);
        QSignalSpy refusedOutcomes(&refused, &Provider::outcomes);
        refused.send({call(5, QStringLiteral("Short."))});
        QTRY_VERIFY_WITH_TIMEOUT(!collected(refusedOutcomes).value(5).isEmpty(), kPeerLimitMs);
        const QList<SendOutcome> got = collected(refusedOutcomes).value(5);
        QCOMPARE(states(got), QList<S>{S::Failed});
        QVERIFY2(got.last().reason.contains(u"403"), qPrintable(got.last().reason));
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
    }

    // Nothing listens at the trunk's address: Retrying, nothing reached anyone.
    void unreachableTrunkIsRetried()
    {
        const quint16 closed = test::freeLoopbackPort();
        SipProvider provider(trunk(closed, QStringLiteral("tcp")));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(6)});
        QTRY_VERIFY_WITH_TIMEOUT(!collected(outcomes).value(6).isEmpty(), kPeerLimitMs);
        const QList<SendOutcome> got = collected(outcomes).value(6);
        QCOMPARE(states(got), QList<S>{S::Retrying});
        QVERIFY2(got.last().reason.contains(u"did not take the call"), qPrintable(got.last().reason));
    }

    // The callee hangs up while the message plays: Completed, saying so.
    void calleeHangsUpMidMessage()
    {
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("hangup.xml"),
                              answeringTo(receiver.port(), {{QStringLiteral("hangup_after_ms"), QStringLiteral("500")}}));
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        SipProvider provider(trunk(callee.port()));
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        provider.send({call(7, QStringLiteral("This message is long enough that nobody waits for its end. It goes on "
                                              "and on about the spring sale, the summer sale and the autumn sale."))});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 7), kPeerLimitMs);
        const QList<SendOutcome> got = collected(outcomes).value(7);
        QCOMPARE(states(got), (QList<S>{S::Ringing, S::Answered, S::Completed}));
        QCOMPARE(got.last().reason, u"the callee hung up"_qs);
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
        QVERIFY2(receiver.packets().size() < 200, qPrintable(QString::number(receiver.packets().size()))); // stopped early
    }

    // Keys pressed during the call (RFC 4733): the opt-out key asks for an opt-out, a
    // configured key is a reply with its meaning.
    void keysArriveAsRepliesAndOptOuts_data()
    {
        QTest::addColumn<QString>("pcap");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("optOut");
        QTest::newRow("opt-out") << "dtmf_2833_9.pcap" << "9" << "keypress";
        QTest::newRow("call me back") << "dtmf_2833_1.pcap" << "1: call me back" << "";
    }
    void keysArriveAsRepliesAndOptOuts()
    {
        QFETCH(QString, pcap);
        QFETCH(QString, text);
        QFETCH(QString, optOut);
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("keys.xml"),
                              answeringTo(receiver.port(), {{QStringLiteral("keys_after_ms"), QStringLiteral("300")},
                                                            {QStringLiteral("keys_pcap"), u"/usr/share/sip-tester/"_qs + pcap}}));
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        auto s = SipSettings::fromJson(QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","keys":{"1":"call me back"},)"
                                                      R"("keypress_wait_secs":1})")
                                           .arg(callee.port()));
        SipProvider provider(*s);
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        QSignalSpy inbound(&provider, &Provider::inbound);
        const OutgoingMessage m = call(8);
        provider.send({m});
        QTRY_VERIFY_WITH_TIMEOUT(callEnded(outcomes, 8), kPeerLimitMs);
        QCOMPARE(states(collected(outcomes).value(8)), (QList<S>{S::Ringing, S::Answered, S::Completed}));
        QCOMPARE(inbound.size(), 1); // one press, however many packets tell it
        const auto in = inbound.first().first().value<InboundMessage>();
        QCOMPARE(in.channel, ChannelKind::Phone);
        QCOMPARE(in.fromAddress, m.address);
        QCOMPARE(in.toAddress, m.from);
        QCOMPARE(in.text, text);
        QCOMPARE(in.optOutSource, optOut);
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
    }

    // A phone campaign through the dispatcher: every contact with a phone is called from
    // the pool's numbers; the opt-out key puts the callee on the list for calls (audited,
    // tied to the run, counted against the number), another key is a reply to the run.
    void campaignCallsThroughTheTrunk()
    {
        test::TestWorkspace ws;
        auto t = ws.addTenant(QStringLiteral("Calls"));
        AudienceRepository audience(ws.db(), t.tenantId);
        // Three contacts keep their phone: two press 9, then one presses 1.
        QSet<Id> optedOut; // of any channel
        for (const OptOut &o : *audience.optOuts())
            optedOut.insert(o.contactId);
        QList<Contact> withPhone;
        for (const Contact &c : *audience.contacts()) {
            if (c.phone.isEmpty())
                continue;
            if (withPhone.size() < 3 && !optedOut.contains(c.id)) {
                withPhone << c;
                continue;
            }
            Contact without = c;
            without.phone.clear();
            QVERIFY(audience.saveContact(without, QStringLiteral("GB"), {t.ids.value(QStringLiteral("list"))}).ok());
        }
        QCOMPARE(withPhone.size(), 3);
        const Id pool = t.ids.value(QStringLiteral("pool"));
        const QList<PhoneNumber> numbers = *SenderRepository(ws.db(), t.tenantId).numbers(pool);
        test::RtpReceiver receiver;
        const auto callee = [&](const QString &pcap, int calls) {
            return std::make_unique<test::SippPeer>(
                QStringLiteral("keys.xml"),
                answeringTo(receiver.port(), {{QStringLiteral("keys_after_ms"), QStringLiteral("200")},
                                              {QStringLiteral("keys_pcap"), u"/usr/share/sip-tester/"_qs + pcap}}),
                calls);
        };
        auto optingOut = callee(QStringLiteral("dtmf_2833_9.pcap"), 2);
        QVERIFY2(optingOut->isUp(), qPrintable(optingOut->errors()));
        auto replying = callee(QStringLiteral("dtmf_2833_1.pcap"), 1);
        QVERIFY2(replying->isUp(), qPrintable(replying->errors()));
        const auto setTrunk = [&](quint16 port) {
            QVERIFY(SenderRepository(ws.db(), t.tenantId)
                        .setProvider({0, t.tenantId, ChannelKind::Phone, QStringLiteral("sip"),
                                      QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","keys":{"1":"call me back"},)"
                                                     R"("keypress_wait_secs":1})")
                                          .arg(port),
                                      true})
                        .ok());
        };
        setTrunk(optingOut->port());
        // The third contact waits for the second campaign.
        Contact later = withPhone.takeLast();
        Contact parked = later;
        parked.phone.clear();
        QVERIFY(audience.saveContact(parked, QStringLiteral("GB"), {t.ids.value(QStringLiteral("list"))}).ok());

        const qsizetype eventsBefore = audience.optOutEvents()->size();
        Campaign ready = ws.readyCampaign(t, {ChannelKind::Phone});
        ready.channels.first().sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, ready);
        SystemClock clock;
        Dispatcher dispatcher(ws.db(), clock, {});
        dispatcher.start();
        const Run run = ws.startRun(t, campaign, clock, &t.manager);
        const auto finished = [&](Id runId) {
            const QList<Message> messages = *MessageRepository(ws.db(), t.tenantId).forRun(runId);
            return std::all_of(messages.cbegin(), messages.cend(), [](const Message &m) { return isFinal(m.status); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(finished(run.id), kPeerLimitMs);
        QTRY_COMPARE_WITH_TIMEOUT(audience.optOutEvents()->size(), eventsBefore + 2, kPeerLimitMs);
        const QList<Message> messages = *MessageRepository(ws.db(), t.tenantId).forRun(run.id);
        QCOMPARE(messages.size(), 2);
        for (const Message &m : messages)
            QCOMPARE(m.status, S::Completed);
        QCOMPARE(optingOut->finish(kPeerLimitMs), 0);
        for (const OptOutEvent &e : audience.optOutEvents()->mid(0, 2)) { // newest first
            QVERIFY(e.added);
            QCOMPARE(e.source, QStringLiteral("keypress"));
            QCOMPARE(e.actor, QStringLiteral("system"));
            QCOMPARE(e.channel, std::optional(ChannelKind::Phone));
        }
        for (const Contact &c : std::as_const(withPhone))
            QCOMPARE(audience.optOuts(std::pair{c.id, std::optional(ChannelKind::Phone)})->size(), 1);
        qint64 attempts = 0, successes = 0, optOuts = 0;
        for (const PhoneNumber &n : *SenderRepository(ws.db(), t.tenantId).numbers(pool)) {
            attempts += n.attempts;
            successes += n.successes;
            optOuts += n.optOuts;
        }
        QCOMPARE(attempts, 2);
        QCOMPARE(successes, 2); // answered
        QCOMPARE(optOuts, 2);
        // The report per number: answer rate, talk time (Answered to Completed) and keys.
        const auto report = CampaignReport::build(ws.db(), t.tenantId, t.manager, QString::number(campaign), run.id);
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        qint64 answered = 0, talked = 0, keyOptOuts = 0;
        for (const CampaignReport::Number &n : report->numbers) {
            QCOMPARE(n.answered, n.attempts);
            QVERIFY(n.keys.isEmpty());
            answered += n.answered;
            talked += n.talked;
            keyOptOuts += n.keyOptOuts;
            QVERIFY2(n.averageTalkSecs() && *n.averageTalkSecs() > 0.5 && *n.averageTalkSecs() < 60,
                     qPrintable(QString::number(n.talkMs)));
        }
        QCOMPARE(answered, 2);
        QCOMPARE(talked, 2);
        QCOMPARE(keyOptOuts, 2);

        // A key with a meaning is a reply to the run that called.
        setTrunk(replying->port());
        QVERIFY(audience.saveContact(later, QStringLiteral("GB"), {t.ids.value(QStringLiteral("list"))}).ok());
        // One phone campaign runs at a time: the first one's channel completes first.
        QTRY_COMPARE_WITH_TIMEOUT(RunRepository(ws.db(), t.tenantId).get(run.id)->channels.first().status,
                                  ChannelStatus::Completed, kPeerLimitMs);
        const Id second = ws.create(t, ready);
        const Run again = ws.startRun(t, second, clock, &t.manager);
        QTRY_VERIFY_WITH_TIMEOUT(finished(again.id) && !ReplyRepository(ws.db(), t.tenantId).ofRun(again.id)->isEmpty(),
                                 kPeerLimitMs);
        const Reply reply = ReplyRepository(ws.db(), t.tenantId).ofRun(again.id)->first();
        QCOMPARE(reply.channel, ChannelKind::Phone);
        QCOMPARE(reply.body, QStringLiteral("1: call me back"));
        QCOMPARE(reply.contactId, std::optional<Id>(later.id));
        QVERIFY(std::any_of(numbers.cbegin(), numbers.cend(), [&](const PhoneNumber &n) { return n.e164 == reply.toAddress; }));
        QCOMPARE(audience.optOuts(std::pair{later.id, std::optional(ChannelKind::Phone)})->size(), 0);
        const auto replied = CampaignReport::build(ws.db(), t.tenantId, t.manager, QString::number(second), again.id);
        QVERIFY(replied.ok());
        QCOMPARE(replied->numbers.size(), 1);
        QCOMPARE(replied->numbers.first().e164, reply.toAddress);
        QCOMPARE(replied->numbers.first().keys, (QMap<QString, qint64>{{QStringLiteral("1: call me back"), 1}}));
        QCOMPARE(replied->numbers.first().keyOptOuts, 0);
        QCOMPARE(replying->finish(kPeerLimitMs), 0);
    }

    // A pool's calls at once: six contacts, a trunk that takes ten at once, a pool that
    // allows two. The callee's side never has more than two calls sending audio.
    void poolLimitsCallsAtOnce()
    {
        test::TestWorkspace ws;
        auto t = ws.addTenant(QStringLiteral("Pool"));
        AudienceRepository audience(ws.db(), t.tenantId);
        QSet<Id> optedOut;
        for (const OptOut &o : *audience.optOuts())
            optedOut.insert(o.contactId);
        int kept = 0;
        for (const Contact &c : *audience.contacts()) {
            if (c.phone.isEmpty())
                continue;
            if (kept < 6 && !optedOut.contains(c.id)) {
                ++kept;
                continue;
            }
            Contact without = c;
            without.phone.clear();
            QVERIFY(audience.saveContact(without, QStringLiteral("GB"), {t.ids.value(QStringLiteral("list"))}).ok());
        }
        QCOMPARE(kept, 6);
        SenderRepository senders(ws.db(), t.tenantId);
        NumberPool pool = *senders.pool(t.ids.value(QStringLiteral("pool")));
        pool.maxCalls = 2;
        QVERIFY(senders.updatePool(pool).ok());
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("answer.xml"), answeringTo(receiver.port()), 6);
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        QVERIFY(senders
                    .setProvider({0, t.tenantId, ChannelKind::Phone, QStringLiteral("sip"),
                                  QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","max_calls":10,"calls_per_minute":600,)"
                                                 R"("keypress_wait_secs":0})")
                                      .arg(callee.port()),
                                  true})
                    .ok());
        Campaign ready = ws.readyCampaign(t, {ChannelKind::Phone});
        ready.channels.first().sendWindow = QStringLiteral("none");
        ready.channels.first().ratePerMinute = 600;
        const Id campaign = ws.create(t, ready);
        SystemClock clock;
        Dispatcher dispatcher(ws.db(), clock, {});
        dispatcher.start();
        const Run run = ws.startRun(t, campaign, clock, &t.manager);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<Message> messages = *MessageRepository(ws.db(), t.tenantId).forRun(run.id);
                return std::all_of(messages.cbegin(), messages.cend(), [](const Message &m) { return isFinal(m.status); });
            }(),
            kPeerLimitMs * 2);
        for (const Message &m : *MessageRepository(ws.db(), t.tenantId).forRun(run.id))
            QCOMPARE(m.status, S::Completed);
        QCOMPARE(callee.finish(kPeerLimitMs), 0);
        // Each call's audio from its first packet to its last; at no moment more than two.
        QHash<quint32, std::pair<qint64, qint64>> spans;
        for (const test::RtpReceiver::Packet &p : receiver.packets()) {
            auto it = spans.find(p.ssrc);
            if (it == spans.end())
                spans.insert(p.ssrc, {p.atMs, p.atMs});
            else
                it->second = p.atMs;
        }
        QCOMPARE(spans.size(), 6);
        int most = 0;
        for (const auto &[start, end] : spans) {
            int at = 0;
            for (const auto &[otherStart, otherEnd] : spans)
                at += otherStart <= start && start <= otherEnd ? 1 : 0;
            most = std::max(most, at);
        }
        QVERIFY2(most <= 2, qPrintable(QStringLiteral("%1 calls at once").arg(most)));
    }

    // Done means: heraldctl runs the demo's phone campaign through the trunk and waits for
    // every call to end; each contact's call reached the far end and was answered.
    void heraldctlCallsThroughTheTrunk()
    {
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int expectedExit = 0) { return demo.run(args, expectedExit); };
        test::RtpReceiver receiver;
        test::SippPeer callee(QStringLiteral("answer.xml"),
                              answeringTo(receiver.port()),
                              100000);
        QVERIFY2(callee.isUp(), qPrintable(callee.errors()));
        QVERIFY(!ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("phone"),
                      QStringLiteral("--provider"), QStringLiteral("sip"), QStringLiteral("--settings"),
                      QStringLiteral(R"({"proxy":"sip:127.0.0.1:%1","max_calls":100,"calls_per_minute":6000,"keypress_wait_secs":0})")
                          .arg(callee.port()),
                      QStringLiteral("--json")})
                     .isNull());
        const QJsonObject probe = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                       QStringLiteral("phone"), QStringLiteral("--json")},
                                      1)
                                      .object();
        QVERIFY2(probe.value(QLatin1StringView("detail")).toString().contains(u"127.0.0.1"),
                 QJsonDocument(probe).toJson().constData()); // the scenario takes calls, not OPTIONS
        // The call script gets a recording: every call plays it instead of the speech.
        QTemporaryDir dir;
        QFile wav(dir.filePath(QStringLiteral("thanks.wav")));
        QVERIFY(wav.open(QIODevice::WriteOnly));
        wav.write(test::toneWav(1500));
        wav.close();
        const QJsonObject script = ctl({QStringLiteral("templates"), QStringLiteral("edit"),
                                        QStringLiteral("Satisfaction call script"), QStringLiteral("--audio-file"),
                                        wav.fileName(), QStringLiteral("--json")})
                                       .object();
        QCOMPARE(script.value(QLatin1StringView("attachments"))[0][QLatin1StringView("file_name")].toString(),
                 QStringLiteral("thanks.wav"));
        ctl({QStringLiteral("templates"), QStringLiteral("edit"), QStringLiteral("Satisfaction call script"),
             QStringLiteral("--audio-file"), QStringLiteral("/etc/hostname")},
            2);
        ctl({QStringLiteral("templates"), QStringLiteral("edit"), QStringLiteral("Flash sale SMS"),
             QStringLiteral("--audio-file"), wav.fileName()},
            2);
        const QString id = demo.campaign(QStringLiteral("Loyalty Callback Programme"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"),
                      QStringLiteral("--now"), QStringLiteral("--json")})
                     .isNull());
        const QJsonObject counts = demo.lastRunCounts(id);
        const int completed = counts.value(QLatin1StringView("Completed")).toInt();
        QVERIFY2(completed > 0, QJsonDocument(counts).toJson().constData());
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            if (it.key() != u"Completed" && it.key() != u"OptedOut")
                QVERIFY2(it.value().toInt() == 0, QJsonDocument(counts).toJson().constData());
        // Read now: heraldctl had the test's thread. Every answered call played 1.5 s.
        const qsizetype expected = qsizetype(completed) * 75;
        QTRY_VERIFY_WITH_TIMEOUT(receiver.packets().size() >= expected * 9 / 10, kPeerLimitMs);
        QVERIFY2(receiver.packets().size() <= expected * 11 / 10,
                 qPrintable(QStringLiteral("%1 packets for %2 calls").arg(receiver.packets().size()).arg(completed)));
    }

    // Test connection: OPTIONS to the trunk.
    void probeAsksTheTrunk()
    {
        const quint16 closed = test::freeLoopbackPort();
        SipProvider nobody(trunk(closed, QStringLiteral("tcp")));
        QSignalSpy probed(&nobody, &Provider::probed);
        nobody.probe();
        QTRY_VERIFY_WITH_TIMEOUT(!probed.isEmpty(), kPeerLimitMs);
        QCOMPARE(probed.first().at(0).toBool(), false);
        QVERIFY2(probed.first().at(1).toString().contains(u"check proxy and transport"),
                 qPrintable(probed.first().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSip)
#include "tst_sip.moc"
