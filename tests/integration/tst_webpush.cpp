// Web Push against an independent push service: npm's web-push-testing (installed by
// scripts/install-deps.sh), which checks each request's VAPID token against the key the
// browser subscribed with and decrypts the message (RFC 8291) as a browser would. Driven
// through heraldctl on the demo workspace: the provider, the organisation's key, a
// browser subscribed through Herald's listener (CORS, the contact's token), a live run
// with --wait, an expired subscription, and the decrypted payloads compared with the
// template.
#include "democtl.h"
#include "peers.h"
#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

const QString kSite = QStringLiteral("https://northwind.example");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray allowOrigin;
};

// An HTTP request and its answer.
Answer request(QNetworkAccessManager &network, const QString &method, const QString &url, const QJsonObject &body = {},
               const QByteArray &origin = {})
{
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setTransferTimeout(20000);
    if (!origin.isEmpty())
        r.setRawHeader(QByteArrayLiteral("Origin"), origin);
    QNetworkReply *reply = network.sendCustomRequest(r, method.toLatin1(), QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader(QByteArrayLiteral("Access-Control-Allow-Origin"))};
}

// web-push-testing on a free port, in the foreground.
class PushService final
{
public:
    PushService()
    {
        test::ReservedPort reserved;
        m_port = reserved.port();
        reserved.release();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral(HERALD_TEST_PEERS "/webpush/node_modules/web-push-testing/src/bin/server.js"),
                         QString::number(m_port)});
        QDeadlineTimer deadline(30000);
        QByteArray out;
        while (!deadline.hasExpired() && !m_up && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            out += m_process.readAll();
            m_up = out.contains("Server running on port");
        }
    }
    ~PushService()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    bool isUp() const { return m_up; }
    QString url(const QString &path) const { return u"http://localhost:" + QString::number(m_port) + path; }
    // A browser subscribing with the organisation's key: its PushSubscriptionJSON and clientHash.
    QJsonObject subscribe(QNetworkAccessManager &network, const QString &key)
    {
        return request(network, QStringLiteral("POST"), url(QStringLiteral("/subscribe")),
                       {{QStringLiteral("applicationServerKey"), key}, {QStringLiteral("userVisibleOnly"), QStringLiteral("true")}})
            .json.value(u"data")
            .toObject();
    }
    void expire(QNetworkAccessManager &network, const QJsonObject &browser)
    {
        request(network, QStringLiteral("POST"), url(u"/expire-subscription/" + browser.value(u"clientHash").toString()));
    }
    // The messages the browser received, decrypted.
    QStringList received(QNetworkAccessManager &network, const QJsonObject &browser)
    {
        QStringList out;
        const Answer a = request(network, QStringLiteral("POST"), url(QStringLiteral("/get-notifications")),
                                 {{QStringLiteral("clientHash"), browser.value(u"clientHash").toString()}});
        for (const QJsonValue &m : a.json.value(u"data").toObject().value(u"messages").toArray())
            out << m.toString();
        return out;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

} // namespace

class TestWebPush final : public QObject
{
    Q_OBJECT

private slots:
    void runThroughAPushService()
    {
        PushService service;
        if (!service.isUp())
            HERALD_PEER_MISSING("web-push-testing did not start (node; scripts/install-deps.sh installs it)");
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int exit = 0) { return demo.run(args, exit); };
        QNetworkAccessManager network;

        // The organisation's listener, then the Web Push provider: its key is made now.
        test::ReservedPort reserved;
        const QString listen = u"127.0.0.1:" + QString::number(reserved.port());
        const QJsonObject tenant = ctl({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")}).array().first().toObject();
        QVERIFY(!ctl({QStringLiteral("tenants"), QStringLiteral("edit"), tenant.value(u"name").toString(), QStringLiteral("--listen"),
                      listen, QStringLiteral("--public-url"), u"http://" + listen, QStringLiteral("--json")})
                     .isNull());
        reserved.release();
        const QJsonObject provider =
            ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("webpush"),
                 QStringLiteral("--provider"), QStringLiteral("webpush"), QStringLiteral("--settings"),
                 QStringLiteral("{\"subject\":\"mailto:ops@northwind.example\",\"icon\":\"https://northwind.example/icon.png\","
                                "\"url\":\"https://northwind.example/deals\",\"sites\":\"https://northwind.example\"}"),
                 QStringLiteral("--json")})
                .object();
        const QString key = provider.value(u"vapid_public_key").toString();
        QCOMPARE(key.size(), 87); // 65 bytes, base64url
        const QString pushUrl = provider.value(u"push_url").toString();
        QCOMPARE(pushUrl, QString(u"http://" + listen + u"/push/" + QString::number(tenant.value(u"id").toInteger()) + u'/'));
        QVERIFY(ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("webpush"),
                     QStringLiteral("--json")})
                    .object()
                    .value(u"ok")
                    .toBool());

        // Five testers' browsers come in with the import; a sixth through Herald's listener.
        QList<QJsonObject> browsers;
        for (int i = 0; i < 6; ++i) {
            browsers << service.subscribe(network, key);
            QVERIFY(browsers.last().value(u"endpoint").toString().startsWith(u"http://localhost:"));
        }
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("testers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("first_name,last_name,email,webpush_endpoint,webpush_p256dh,webpush_auth\n");
        for (int i = 0; i < 5; ++i) {
            const QJsonObject b = browsers.at(i), keys = b.value(u"keys").toObject();
            csv.write(QStringLiteral("Push,Tester %1,push.tester%1@example.net,%2,%3,%4\n")
                          .arg(QString::number(i), b.value(u"endpoint").toString(), keys.value(u"p256dh").toString(),
                               keys.value(u"auth").toString())
                          .toUtf8());
        }
        csv.close();
        QVERIFY(!ctl({QStringLiteral("import-contacts"), csv.fileName(), QStringLiteral("--list"), QStringLiteral("Push testers"),
                      QStringLiteral("--json")})
                     .isNull());
        const auto contact = [&](int i) {
            return ctl({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("push.tester%1@example.net").arg(i),
                        QStringLiteral("--json")})
                .object();
        };
        const QString token = contact(0).value(u"push_token").toString();
        QVERIFY(!token.isEmpty());

        QProcess worker; // Herald's listener, while it runs
        worker.start(qEnvironmentVariable("HERALDCTL"), demo.where() + QStringList{QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(request(network, QStringLiteral("GET"), pushUrl + u"key").json.value(u"public_key").toString(),
                                  key, 60000);
        const QJsonObject subscription{{QStringLiteral("contact"), token},
                                       {QStringLiteral("subscription"),
                                        QJsonObject{{QStringLiteral("endpoint"), browsers.at(5).value(u"endpoint")},
                                                    {QStringLiteral("keys"), browsers.at(5).value(u"keys")}}}};
        const Answer preflight = request(network, QStringLiteral("OPTIONS"), pushUrl + u"subscribe", {}, kSite.toLatin1());
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.allowOrigin, kSite.toLatin1());
        // Another site's page, and a made-up token: refused, nothing stored.
        QCOMPARE(request(network, QStringLiteral("POST"), pushUrl + u"subscribe", subscription, "https://evil.example").status, 403);
        QJsonObject forged = subscription;
        forged.insert(QStringLiteral("contact"), QString(token.section(u'_', 0, 0) + u"_AAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(request(network, QStringLiteral("POST"), pushUrl + u"subscribe", forged, kSite.toLatin1()).status, 403);
        const Answer stored = request(network, QStringLiteral("POST"), pushUrl + u"subscribe", subscription, kSite.toLatin1());
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.allowOrigin, kSite.toLatin1());
        worker.terminate();
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(contact(0).value(u"push_subscriptions").toArray().size(), 2);

        // Tester 1's only browser and one of tester 0's two are gone when the run comes.
        service.expire(network, browsers.at(1));
        service.expire(network, browsers.at(0));

        // A campaign to the testers; the demo's paused Web Push campaign holds the channel
        // and is stopped first, as a user would.
        const QString paused = demo.campaign(QStringLiteral("Web Push Price Drops"));
        QVERIFY(!ctl({QStringLiteral("stop"), paused, QStringLiteral("--json")}).isNull());
        QJsonObject campaign =
            ctl({QStringLiteral("campaigns"), QStringLiteral("show"), demo.campaign(QStringLiteral("Telegram Community Launch")),
                 QStringLiteral("--json")})
                .object();
        campaign.insert(QStringLiteral("name"), QStringLiteral("Push testers preview"));
        campaign.insert(QStringLiteral("contact_list"), QStringLiteral("Push testers"));
        campaign.insert(QStringLiteral("send_to_segments"), QJsonArray());
        campaign.insert(QStringLiteral("test_recipients"), QJsonArray());
        campaign.insert(QStringLiteral("channels"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("webpush")},
                                                                          {QStringLiteral("template"), QStringLiteral("Web push price drop")},
                                                                          {QStringLiteral("sender"), QStringLiteral("Northwind")}}});
        QFile file(dir.filePath(QStringLiteral("campaign.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(campaign).toJson());
        file.close();
        const QString id = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"), file.fileName()})
                               .object()
                               .value(u"id")
                               .toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!ctl({QStringLiteral("campaigns"), QStringLiteral("approve"), id, QStringLiteral("--json")}).isNull()); // as an admin
        QVERIFY(!ctl({QStringLiteral("campaigns"), QStringLiteral("activate"), id, QStringLiteral("--json")}).isNull());
        const QJsonObject run =
            ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"), QStringLiteral("--json")})
                .object();
        QVERIFY(!run.isEmpty());

        const QJsonObject counts = demo.lastRunCounts(id);
        QCOMPARE(counts.value(u"Delivered").toInteger(), qint64(4));
        QCOMPARE(counts.value(u"Failed").toInteger(), qint64(1));
        // What each browser decrypted is what the template says, once; the gone ones got nothing.
        const QJsonObject expected{{QStringLiteral("title"), QStringLiteral("Price drop")},
                                   {QStringLiteral("body"), QStringLiteral("Something on your list is cheaper today. STOP to mute")},
                                   {QStringLiteral("url"), QStringLiteral("https://northwind.example/deals")},
                                   {QStringLiteral("icon"), QStringLiteral("https://northwind.example/icon.png")}};
        for (int i : {2, 3, 4, 5}) {
            const QStringList got = service.received(network, browsers.at(i));
            QCOMPARE(got.size(), 1);
            QCOMPARE(QJsonDocument::fromJson(got.first().toUtf8()).object(), expected);
        }
        for (int i : {0, 1})
            QVERIFY(service.received(network, browsers.at(i)).isEmpty());
        // The gone subscriptions are removed; the browsers reached have their last success.
        QVERIFY(contact(1).value(u"push_subscriptions").toArray().isEmpty());
        const QJsonArray left = contact(0).value(u"push_subscriptions").toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(u"endpoint").toString(), browsers.at(5).value(u"endpoint").toString());
        QVERIFY(!left.first().toObject().value(u"last_success_at").isNull());
        const QJsonArray failed = ctl({QStringLiteral("messages"), QString::number(run.value(u"run").toInteger()),
                                       QStringLiteral("--state"), QStringLiteral("Failed"), QStringLiteral("--json")})
                                      .array();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(u"failure_reason").toString(), QStringLiteral("subscription expired"));
    }
};

QTEST_GUILESS_MAIN(TestWebPush)
#include "tst_webpush.moc"
