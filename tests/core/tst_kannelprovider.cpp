// The Kannel provider's own logic, against small in-process fakes: settings, the
// callback listener's validation (token, malformed input), report types, a report that
// beats the gateway's answer, and how gateway answers map to message states. The real
// gateway is exercised in tests/integration/tst_kannel.
#include "providers/kannel/kannelcallback.h"
#include "providers/kannel/kannelcallbacklistener.h"
#include "providers/kannel/kannelprovider.h"

#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace herald;

namespace {

const QString kToken = QStringLiteral("0123456789abcdef0123456789abcdef");
const CallbackSite kSite{kToken, {}, {}}; // a tenant without a listener of its own

// An HTTP server that holds each request until the test answers it.
class FakeGateway final : public QObject
{
public:
    FakeGateway()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buffer[s] += s->readAll();
                    while (m_buffer[s].contains("\r\n\r\n")) {
                        const qsizetype end = m_buffer[s].indexOf("\r\n\r\n") + 4;
                        const QByteArray head = m_buffer[s].left(end);
                        m_buffer[s].remove(0, end);
                        requests.append({s, head.left(head.indexOf("\r\n"))});
                    }
                });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:" + QString::number(m_server.serverPort()) + u"/cgi-bin/sendsms"); }
    void answer(int i, int status, const QByteArray &body)
    {
        QTcpSocket *s = requests.at(i).first;
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/plain\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    QList<std::pair<QTcpSocket *, QByteArray>> requests; // (connection, request line)

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

struct Call
{
    int status = 0;
    QByteArray body;
};

Call get(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    Call c{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return c;
}

KannelSettings settingsFor(const QUrl &gateway)
{
    KannelSettings s;
    s.url = gateway;
    s.user = QStringLiteral("herald");
    s.password = QStringLiteral("pw");
    s.listenPort = 0; // the system picks one
    return s;
}

OutgoingMessage sms(Id id, const QString &body = QStringLiteral("Hello"))
{
    OutgoingMessage m;
    m.messageId = id;
    m.channel = ChannelKind::Sms;
    m.address = QStringLiteral("+15550001");
    m.from = QStringLiteral("+15559999");
    m.body = body;
    return m;
}

} // namespace

class TestKannelProvider final : public QObject
{
    Q_OBJECT

private:
    QUrl callback(KannelProvider &p, const QString &pathAndQuery)
    {
        QString base = p.inboundUrl();
        base.truncate(base.indexOf(QStringLiteral("/kannel/")));
        return QUrl(base + pathAndQuery);
    }

private slots:
    void settings_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("password") << R"({"password":"x"})" << "never stored";
        QTest::newRow("url") << R"({"url":"ftp://gateway"})" << "not an http(s) URL";
        QTest::newRow("listen") << R"({"listen":"somewhere"})" << "not an address and port";
        QTest::newRow("port") << R"({"listen":"127.0.0.1:99999"})" << "not an address and port";
        QTest::newRow("callback") << R"({"callback_url":"http://h/x?y=1"})" << "without a query";
        QTest::newRow("Password") << R"({"Password":"x"})" << "looks like a secret";
        QTest::newRow("unknown") << R"({"windows":5})" << "unknown setting \"windows\"";
        QTest::newRow("window 0") << R"({"window":0})" << "\"window\" is 0: it must be a whole number from 1 to 1000";
        QTest::newRow("url number") << R"({"url":5})" << "\"url\" must be a text";
        QTest::newRow("timeout") << R"({"timeout_ms":-5})" << "\"timeout_ms\" is -5";
    }
    void settings()
    {
        QFETCH(QString, json);
        QFETCH(QString, words);
        auto s = KannelSettings::fromJson(json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(words), qPrintable(s.error().message));
    }

    // Found by fuzz_kannel_callback: "$" let a sender end in a line break.
    void callbackDecoding()
    {
        auto in = kannelcallback::decodeInbound("from=%2B447700900123&to=447700901001&text=STOP");
        QVERIFY(in.ok());
        QCOMPARE(in->from, QStringLiteral("+447700900123"));
        QCOMPARE(kannelcallback::decodeInbound("from=447700900123%0A&text=STOP").error().message,
                 QStringLiteral("from must be a phone number"));
        QCOMPARE(kannelcallback::decodeInbound("from=447700900123&to=1%0A&text=x").error().message,
                 QStringLiteral("to must be a phone number"));
        auto r = kannelcallback::decodeReport("id=7&type=16&reason=rejected+by+SMSC");
        QVERIFY(r.ok());
        QCOMPARE(r->reason, QStringLiteral("rejected by SMSC"));
        QVERIFY(!kannelcallback::decodeReport("id=-7&type=1").ok());
    }

    void settingsDefaults()
    {
        auto s = KannelSettings::fromJson(QStringLiteral(R"({"listen":"0.0.0.0:14100","from":"+15550000"})"));
        QVERIFY(s.ok());
        QCOMPARE(s->listen(), QStringLiteral("0.0.0.0:14100"));
        QCOMPARE(s->callbackBase({}).toString(), QStringLiteral("http://127.0.0.1:14100"));
        // "listen" given: the provider's own listener, whatever the tenant has.
        QCOMPARE(s->callbackBase(QUrl(u"https://herald.example.org"_qs)).toString(), QStringLiteral("http://127.0.0.1:14100"));
        auto noListen = KannelSettings::fromJson(QStringLiteral(R"({"from":"+15550000"})"));
        QCOMPARE(noListen->callbackBase({}).toString(), QStringLiteral("http://127.0.0.1:14013"));
        QCOMPARE(noListen->callbackBase(QUrl(u"https://herald.example.org/base"_qs)).toString(),
                 QStringLiteral("https://herald.example.org/base"));
        QCOMPARE(s->url.port(), 13013);
    }

    void listenerRefusesWhatIsNotAReport_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        const QString t = u"token=" + kToken;
        QTest::newRow("no token") << "/kannel/dlr?id=1&type=1" << 403;
        QTest::newRow("wrong token") << "/kannel/dlr?token=abc&id=1&type=1" << 403;
        QTest::newRow("no id") << QString(u"/kannel/dlr?" + t + u"&type=1") << 400;
        QTest::newRow("bad id") << QString(u"/kannel/dlr?" + t + u"&id=1x&type=1") << 400;
        QTest::newRow("negative id") << QString(u"/kannel/dlr?" + t + u"&id=-4&type=1") << 400;
        QTest::newRow("bad type") << QString(u"/kannel/dlr?" + t + u"&id=1&type=3") << 400;
        QTest::newRow("long reason") << QString(u"/kannel/dlr?" + t + u"&id=1&type=2&reason=" + QString(2000, u'x')) << 400;
        QTest::newRow("mo no from") << QString(u"/kannel/mo?" + t + u"&text=hi") << 400;
        QTest::newRow("mo markup") << QString(u"/kannel/mo?" + t + u"&from=%3Cscript%3E&text=hi") << 400;
        QTest::newRow("mo wrong token") << "/kannel/mo?token=x&from=15550001&text=STOP" << 403;
        QTest::newRow("mo bad charset") << QString(u"/kannel/mo?" + t + u"&from=1555&text=x&charset=latin9") << 400;
        QTest::newRow("mo bad utf-16") << QString(u"/kannel/mo?" + t + u"&from=1555&text=%00H%00&charset=UTF-16BE") << 400;
        QTest::newRow("unknown path") << QString(u"/kannel/other?" + t) << 404;
    }
    void listenerRefusesWhatIsNotAReport()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        KannelProvider p(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:1/"))), kSite);
        QVERIFY(p.startListening().ok());
        QSignalSpy reports(&p, &Provider::deliveryReports);
        QSignalSpy inbound(&p, &Provider::inbound);
        QCOMPARE(get(callback(p, query)).status, status);
        QVERIFY(!reports.wait(50));
        QCOMPARE(inbound.size(), 0);
    }

    void reportTypes()
    {
        KannelProvider p(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:1/"))), kSite);
        QVERIFY(p.startListening().ok());
        QSignalSpy reports(&p, &Provider::deliveryReports);
        const QString t = u"token=" + kToken;
        for (const QString &q : {u"&id=11&type=8"_qs, u"&id=11&type=4"_qs, u"&id=11&type=1"_qs,
                                 u"&id=12&type=2&reason=absent%20subscriber"_qs, u"&id=13&type=16&reason=NACK%2F0x0b"_qs})
            QCOMPARE(get(callback(p, u"/kannel/dlr?" + t + q)).status, 202);
        QVERIFY(reports.wait(2000));
        QList<DeliveryReport> all;
        for (const auto &args : std::as_const(reports))
            all += args.at(0).value<QList<DeliveryReport>>();
        QCOMPARE(all.size(), 3); // buffered and submitted keep Sent: nothing to report
        QCOMPARE(all.at(0).messageId, 11);
        QCOMPARE(all.at(0).to, MessageStatus::Delivered);
        QCOMPARE(all.at(1).to, MessageStatus::Failed);
        QVERIFY(all.at(1).reason.contains(u"absent subscriber"));
        QCOMPARE(all.at(2).to, MessageStatus::Failed);
        QVERIFY(all.at(2).reason.contains(u"NACK/0x0b"));
    }

    void inboundNumbersBecomeE164()
    {
        KannelProvider p(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:1/"))), kSite);
        QVERIFY(p.startListening().ok());
        QSignalSpy inbound(&p, &Provider::inbound);
        QCOMPARE(get(callback(p, u"/kannel/mo?token=" + kToken + u"&from=14155550101&to=447911123456&text=Who%20is%20this%3F"))
                     .status,
                 202);
        QCOMPARE(inbound.size(), 1);
        const auto m = inbound.at(0).at(0).value<InboundMessage>();
        QCOMPARE(m.fromAddress, QStringLiteral("+14155550101"));
        QCOMPARE(m.toAddress, QStringLiteral("+447911123456"));
        QCOMPARE(m.text, QStringLiteral("Who is this?"));
    }

    // Kannel form-encodes: "+" is a space; a UCS-2 message comes as UTF-16BE bytes.
    void inboundTextIsDecodedAsKannelSendsIt_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("text");
        QTest::newRow("plus is space") << "text=Stop+sending%2C+please" << "Stop sending, please";
        QTest::newRow("utf-8") << "text=Gr%C3%BC%C3%9Fe&charset=UTF-8" << "Grüße";
        QTest::newRow("ucs-2") << "text=%00H%00%E9%D8%3D%DE%00&charset=UTF-16BE" << "Hé😀";
    }
    void inboundTextIsDecodedAsKannelSendsIt()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, text);
        KannelProvider p(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:1/"))), kSite);
        QVERIFY(p.startListening().ok());
        QSignalSpy inbound(&p, &Provider::inbound);
        QCOMPARE(get(callback(p, u"/kannel/mo?token=" + kToken + u"&from=%2B15550001&" + encoded)).status, 202);
        QCOMPARE(inbound.size(), 1);
        QCOMPARE(inbound.at(0).at(0).value<InboundMessage>().text, text);
        QCOMPARE(inbound.at(0).at(0).value<InboundMessage>().fromAddress, QStringLiteral("+15550001"));
    }

    void sendAsksForReportsInTheRightCoding()
    {
        FakeGateway gateway;
        KannelProvider p(settingsFor(gateway.url()), kSite);
        QVERIFY(p.startListening().ok());
        p.send({sms(1, QStringLiteral("Plain GSM text")), sms(2, QStringLiteral("Grüße 😀"))});
        QTRY_COMPARE(gateway.requests.size(), 2);
        for (const auto &[socket, line] : std::as_const(gateway.requests)) {
            const QUrlQuery q(QUrl(QString::fromLatin1(line.split(' ').at(1))));
            QCOMPARE(q.queryItemValue(u"dlr-mask"_qs), u"31"_qs);
            QCOMPARE(q.queryItemValue(u"to"_qs, QUrl::FullyDecoded), u"+15550001"_qs);
            const QString dlr = q.queryItemValue(u"dlr-url"_qs, QUrl::FullyDecoded);
            QVERIFY2(dlr.contains(u"/kannel/dlr?token=" + kToken) && dlr.endsWith(u"&type=%d&reason=%A"), qPrintable(dlr));
            const bool unicode = q.queryItemValue(u"text"_qs, QUrl::FullyDecoded).contains(u'ü');
            QCOMPARE(q.queryItemValue(u"coding"_qs), unicode ? u"2"_qs : u"0"_qs);
            QCOMPARE(q.queryItemValue(u"charset"_qs), u"UTF-8"_qs);
        }
    }

    void gatewayAnswersMapToStates_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<MessageStatus>("to");
        QTest::newRow("accepted") << 202 << QByteArray("0: Accepted for delivery") << MessageStatus::Sent;
        QTest::newRow("queued") << 202 << QByteArray("3: Queued for later delivery") << MessageStatus::Sent;
        QTest::newRow("unavailable") << 503 << QByteArray("Sending failed.") << MessageStatus::Retrying;
        QTest::newRow("auth") << 403 << QByteArray("Authorization failed for sendsms") << MessageStatus::Failed;
        QTest::newRow("receiver") << 400 << QByteArray("Missing receiver number") << MessageStatus::Failed;
    }
    void gatewayAnswersMapToStates()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(MessageStatus, to);
        FakeGateway gateway;
        KannelProvider p(settingsFor(gateway.url()), kSite);
        QSignalSpy outcomes(&p, &Provider::outcomes);
        p.send({sms(7)});
        QTRY_COMPARE(gateway.requests.size(), 1);
        gateway.answer(0, http, body);
        QVERIFY(outcomes.wait(5000));
        const auto o = outcomes.at(0).at(0).value<QList<SendOutcome>>().at(0);
        QCOMPARE(o.to, to);
        if (to != MessageStatus::Sent)
            QVERIFY2(o.reason.contains(QString::fromLatin1(body)), qPrintable(o.reason));
    }

    void noGatewayIsAPreSendError()
    {
        QTcpServer closed; // a port nothing listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        KannelProvider p(settingsFor(QUrl(u"http://127.0.0.1:" + QString::number(port) + u"/cgi-bin/sendsms")), kSite);
        QSignalSpy outcomes(&p, &Provider::outcomes);
        p.send({sms(8)});
        QVERIFY(outcomes.wait(5000));
        QCOMPARE(outcomes.at(0).at(0).value<QList<SendOutcome>>().at(0).to, MessageStatus::Retrying);
    }

    void noAnswerAfterTheRequestIsTimedOut()
    {
        FakeGateway gateway;
        KannelSettings s = settingsFor(gateway.url());
        s.timeoutMs = 300;
        KannelProvider p(s, kSite);
        QSignalSpy outcomes(&p, &Provider::outcomes);
        p.send({sms(9)});
        QVERIFY(outcomes.wait(5000));
        const auto o = outcomes.at(0).at(0).value<QList<SendOutcome>>().at(0);
        QCOMPARE(o.to, MessageStatus::TimedOut); // it may have been sent: never again
        QCOMPARE(gateway.requests.size(), 1);
    }

    void aReportThatBeatsTheAnswerWaitsForIt()
    {
        FakeGateway gateway;
        KannelProvider p(settingsFor(gateway.url()), kSite);
        QVERIFY(p.startListening().ok());
        QList<QString> order; // what the dispatcher would see, in order
        connect(&p, &Provider::outcomes, this, [&order](const QList<SendOutcome> &l) {
            for (const SendOutcome &o : l)
                order << u"outcome " + nameOf(o.to);
        });
        connect(&p, &Provider::deliveryReports, this, [&order](const QList<DeliveryReport> &l) {
            for (const DeliveryReport &r : l)
                order << u"report " + nameOf(r.to);
        });
        p.send({sms(21)});
        QTRY_COMPARE(gateway.requests.size(), 1);
        QCOMPARE(get(callback(p, u"/kannel/dlr?token=" + kToken + u"&id=21&type=1")).status, 202);
        QTRY_COMPARE(p.heldReports(), 1); // held: nothing may reach the dispatcher before the gateway's answer
        QVERIFY(order.isEmpty());
        gateway.answer(0, 202, "0: Accepted for delivery");
        QTRY_COMPARE(order, (QList<QString>{u"outcome Sent"_qs, u"report Delivered"_qs}));
    }

    // Without "listen", a tenant with a listener takes the gateway's callbacks there: the
    // URLs the gateway is given start with its public URL, and its server routes them.
    void theTenantListenerCarriesTheCallbacks()
    {
        QHttpServer tenantServer;
        KannelCallbackListener::route(tenantServer);
        const quint16 port = tenantServer.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        const QUrl base(u"http://127.0.0.1:" + QString::number(port) + u"/herald");
        FakeGateway gateway;
        KannelSettings s = settingsFor(gateway.url());
        s.listenPort = 1; // not bound: the settings name no listener of their own
        KannelProvider p(s, CallbackSite{kToken, base, {}});
        QVERIFY(p.startListening().ok());
        QCOMPARE(p.inboundUrl(), base.toString() + u"/kannel/mo?token=" + kToken + u"&from=%p&to=%P&text=%b&charset=%C");
        QCOMPARE(KannelProvider::inboundUrl(s, CallbackSite{kToken, base, {}}), p.inboundUrl());
        p.send({sms(31)});
        QTRY_COMPARE(gateway.requests.size(), 1);
        const QUrlQuery q(QUrl(QString::fromLatin1(gateway.requests.first().second.split(' ').at(1))));
        const QString dlr = q.queryItemValue(u"dlr-url"_qs, QUrl::FullyDecoded);
        QVERIFY2(dlr.startsWith(base.toString() + u"/kannel/dlr?token=" + kToken + u"&id=31&"), qPrintable(dlr));
        gateway.answer(0, 202, "0: Accepted for delivery");
        QSignalSpy reports(&p, &Provider::deliveryReports);
        const QString at = u"http://127.0.0.1:" + QString::number(port);
        QCOMPARE(get(QUrl(at + u"/kannel/dlr?token=" + kToken + u"&id=31&type=1")).status, 202);
        QVERIFY(reports.wait(5000));
        QCOMPARE(reports.first().first().value<QList<DeliveryReport>>().first().to, MessageStatus::Delivered);
        QCOMPARE(get(QUrl(at + u"/kannel/dlr?token=" + kToken.left(31) + u"e&id=31&type=1")).status, 403);
    }

    // A provider made again (settings changed) while the old one finishes: the old one
    // keeps the reports for what it awaits, the new one gets everything else, and the
    // old one's end takes nothing from the new one.
    void aSuccessorKeepsTheCallbacks()
    {
        FakeGateway gateway;
        auto old = std::make_unique<KannelProvider>(settingsFor(gateway.url()), kSite);
        QVERIFY(old->startListening().ok());
        KannelProvider successor(settingsFor(gateway.url()), kSite);
        QVERIFY(successor.startListening().ok());
        old->send({sms(41)});
        QTRY_COMPARE(gateway.requests.size(), 1);
        QCOMPARE(get(callback(successor, u"/kannel/dlr?token=" + kToken + u"&id=41&type=1")).status, 202);
        QTRY_COMPARE(old->heldReports(), 1); // the old one awaits the gateway's answer for 41
        QCOMPARE(successor.heldReports(), 0);
        QSignalSpy oldReports(old.get(), &Provider::deliveryReports);
        gateway.answer(0, 202, "0: Accepted for delivery");
        QVERIFY(oldReports.wait(5000));
        old.reset();
        QSignalSpy reports(&successor, &Provider::deliveryReports);
        QCOMPARE(get(callback(successor, u"/kannel/dlr?token=" + kToken + u"&id=42&type=1")).status, 202);
        QVERIFY(reports.wait(5000));
        QCOMPARE(reports.first().first().value<QList<DeliveryReport>>().first().messageId, 42);
    }
};

QTEST_GUILESS_MAIN(TestKannelProvider)
#include "tst_kannelprovider.moc"
