// S1: 100,000 SMS through Herald to a real Kannel gateway on loopback (bearerbox,
// smsbox, fakesmsc), every state persisted (Queued -> Sending -> Sent -> Delivered by
// the gateway's report), the dispatcher on its own thread. The reference is Kannel's
// own HTTP client, /usr/lib/kannel/test/test_http, sending the same requests (delivery
// reports asked for) with as many threads as Herald has connections to the gateway
// (Qt opens six per host). Target: ratio >= 0.5. Then a channel limited to 100 msg/s
// must hold that rate within 2%. S1-dlr: delivery reports, as the gateway sends them, to
// Herald's callback listener, persisted at >= 2,000 a second.
#include "dispatch/dispatcherthread.h"
#include "eventwait.h"
#include "kannelpeer.h"
#include "smtpsink.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

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

// A tenant with `messages` contacts and an SMS campaign through the Kannel sendsms at
// `url` (rate per minute, 0: unlimited), Herald's listener on `listenPort`; its run started.
struct SmsRun
{
    Id tenant = 0, run = 0;
};
SmsRun startSmsRun(test::TestWorkspace &ws, int messages, const QString &url, quint16 listenPort, int ratePerMinute)
{
    const auto fixture = ws.addTenant(QStringLiteral("Bench"));
    const Id t = fixture.tenantId;
    ws.addContacts(fixture, messages, /*inList=*/true);
    const QString settings = QStringLiteral(R"({"url":"%1","user":"%2","password_env":"HERALD_BENCH_KANNEL_PASSWORD",)"
                                            R"("listen":"127.0.0.1:%3"})")
                                 .arg(url, test::KannelPeer::user())
                                 .arg(listenPort);
    if (!SenderRepository(ws.db(), t).setProvider({0, t, ChannelKind::Sms, QStringLiteral("kannel"), settings, true}))
        qFatal("provider");
    Campaign c = ws.readyCampaign(fixture, {ChannelKind::Sms}, QStringLiteral("S1"));
    c.channels[0].sendWindow = QStringLiteral("none");
    c.channels[0].ratePerMinute = ratePerMinute;
    c.channels[0].messageText = QStringLiteral("Flash sale today: 20% off everything in store and online.");
    const Id campaign = ws.create(fixture, c);
    SystemClock clock;
    return {t, ws.startRun(fixture, campaign, clock).id};
}

// Sends `messages` SMS of the fixture's campaign (rate per minute, 0: unlimited) through
// the gateway and waits until every message is Delivered.
Outcome sendThroughHerald(test::KannelPeer &kannel, int messages, int ratePerMinute)
{
    test::TestWorkspace ws;
    const Id runId =
        startSmsRun(ws, messages, kannel.sendsmsUrl().toString(), test::freeLoopbackPort(), ratePerMinute).run;
    SystemClock clock;
    DispatcherThread dispatcher(ws.db(), clock);
    Outcome out;
    qint64 total = 0;
    QElapsedTimer timer;
    QObject::connect(&dispatcher, &DispatcherThread::progress, [&](const ProgressSnapshot &s) {
        for (const ChannelProgress &p : s.channels)
            if (p.runId == runId) {
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

// Delivery reports as a gateway sends them, to Herald's callback listener: `connections`
// keep-alive HTTP/1.1 connections, each with one request in flight, a report for each id.
class ReportClient final : public QObject
{
public:
    ReportClient(quint16 port, const QString &token, QList<Id> ids, int connections) : m_ids(std::move(ids))
    {
        m_prefix = "GET /kannel/dlr?token=" + token.toLatin1() + "&id=";
        for (int i = 0; i < connections; ++i) {
            auto *socket = new QTcpSocket(this);
            connect(socket, &QTcpSocket::connected, this, [this, socket] { next(socket); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            socket->connectToHost(QHostAddress::LocalHost, port);
        }
    }
    qint64 answered() const { return m_answered; }
    qint64 refused() const { return m_refused; }

private:
    void next(QTcpSocket *socket)
    {
        if (m_sent == m_ids.size())
            return;
        socket->write(m_prefix + QByteArray::number(m_ids.at(m_sent++))
                      + "&type=1&reason=Delivered HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) { // one answer: status line, headers, Content-Length bytes of body
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
            const qsizetype length =
                lengthAt >= 0 && lengthAt < end
                    ? buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong()
                    : 0;
            if (buffer.size() < end + 4 + length)
                return;
            (buffer.startsWith("HTTP/1.1 2") ? m_answered : m_refused) += 1;
            buffer.remove(0, end + 4 + length);
            next(socket);
        }
    }
    QList<Id> m_ids;
    QByteArray m_prefix;
    qsizetype m_sent = 0;
    qint64 m_answered = 0, m_refused = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

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
            url.setQuery(u"username=" + test::KannelPeer::user() + u"&password=" + test::KannelPeer::password()
                         + u"&from=%2B447700900001&to=%2B447700900123&charset=UTF-8&coding=0"
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

    // S1-dlr: `kMessages` SMS already Sent, one delivery report each to the listener,
    // from 16 connections; the rate at which Delivered is persisted. Target: >= 2,000/s.
    void deliveryReports()
    {
        test::TestWorkspace ws;
        const quint16 port = test::freeLoopbackPort();
        // The gateway is never called: every message is Sent before the dispatcher starts.
        const SmsRun started =
            startSmsRun(ws, kMessages, QStringLiteral("http://127.0.0.1:9/cgi-bin/sendsms"), port, 0);
        const Id runId = started.run;
        SystemClock clock;
        QList<Id> ids;
        {
            QSqlQuery q(ws.db().connection());
            QVERIFY(
                q.exec(u"UPDATE messages SET status = 'Sent', attempts = 1 WHERE run_id = " + QString::number(runId)));
            QVERIFY(q.exec(u"SELECT id FROM messages WHERE run_id = " + QString::number(runId) + u" ORDER BY id"));
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        const QString token = *TenantRepository(ws.db()).callbackToken(started.tenant);

        DispatcherThread dispatcher(ws.db(), clock);
        // Persisted: counted in the workspace. (Every message is Sent and none is left to
        // send, so the channel completes at once and the dispatcher's progress no longer
        // follows it; the reports are applied all the same.)
        qint64 delivered = 0;
        QSqlQuery count(ws.db().connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE run_id = ? AND status = 'Delivered'"));
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            count.addBindValue(runId);
            if (count.exec() && count.next())
                delivered = count.value(0).toLongLong();
            count.finish();
        });
        poll.start(20);
        dispatcher.start();
        QVERIFY(test::waitUntil(
            [&] { // the listener is up
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                return probe.waitForConnected(100);
            },
            30000));
        QElapsedTimer timer;
        timer.start();
        ReportClient client(port, token, ids, 16);
        QVERIFY(test::waitUntil([&] { return delivered >= ids.size(); }, 600000));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(client.refused(), 0);
        const double rate = double(ids.size()) / seconds;
        qInfo("S1-dlr: %lld delivery reports answered, %lld Delivered persisted in %.1f s", client.answered(),
              qlonglong(delivered), seconds);
        qInfo("BENCH s1_dlr herald=%.0f reference=2000 ratio=%.2f unit=reports/s", rate, rate / 2000);
        QVERIFY2(rate >= 2000, "S1-dlr below 2,000 reports/s");
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
