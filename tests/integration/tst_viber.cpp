// Viber through its REST bot API against tests/integration/peers/viber_api.py, a server
// started by the test that implements the documented methods, status codes and signed
// callbacks (X-Viber-Content-Signature). Driven through heraldctl on the demo workspace,
// as a script would: Test connection, the webhook on the tenant's listener, a live run
// with --wait, delivery callbacks, an unsubscribe, and a deep link that links a user.
#include "content/linktracking.h"
#include "democtl.h"
#include "peers.h"
#include "pythonpeer.h"
#include "smtpsink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace herald;

namespace {

const QString kToken = QStringLiteral("4a1b2c3d4e5f6a7b-8c9d0e1f2a3b4c5d-6e7f8a9b0c1d2e3f");

class ViberApi final : public test::PythonPeer
{
public:
    ViberApi() : PythonPeer(QStringLiteral(HERALD_TEST_PEERS "/viber_api.py"), {kToken}) {}
};

// The demo tenant with a listener on a free port and its Viber channel sending through
// the peer (the token from the environment, the bot's URI for deep links).
struct ViberDemo
{
    ViberApi api;
    test::DemoCtl demo;
    QString listen; // the listener's http://127.0.0.1:PORT

    QJsonDocument ctl(const QStringList &args, int exit = 0) { return demo.run(args, exit); }

    bool setUp()
    {
        if (!demo.isUp())
            return false;
        test::ReservedPort reserved;
        listen = u"http://127.0.0.1:" + QString::number(reserved.port());
        const QString tenant =
            ctl({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")}).array().first().toObject().value(u"name").toString();
        if (ctl({QStringLiteral("tenants"), QStringLiteral("edit"), tenant, QStringLiteral("--listen"), listen.mid(7),
                 QStringLiteral("--public-url"), listen, QStringLiteral("--json")})
                .isNull())
            return false;
        reserved.release(); // Herald's listener takes it
        // The demo's running Viber campaign holds the channel: stopped, as a user would.
        const QString running = demo.campaign(QStringLiteral("Viber Weekend Deals"));
        if (running.isEmpty() || ctl({QStringLiteral("stop"), running, QStringLiteral("--json")}).isNull())
            return false;
        return !ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("viber"),
                     QStringLiteral("--provider"), QStringLiteral("viber"), QStringLiteral("--settings"),
                     QStringLiteral("{\"api_url\":\"%1/pa\",\"password_env\":\"HERALD_TEST_VIBER_TOKEN\",\"uri\":\"northwind\","
                                    "\"avatar\":\"https://northwind.example/logo.jpg\"}")
                         .arg(api.url()),
                     QStringLiteral("--json")})
                    .isNull();
    }

    // Every contact's Viber user, registered with the peer as subscribed; those the
    // campaign reaches (newsletter readers not opted out).
    QStringList registerUsers()
    {
        QSet<qint64> optedOut;
        for (const QJsonValue &o : ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            optedOut.insert(o.toObject().value(u"contact_id").toInteger());
        QStringList out;
        for (const QJsonValue &v : ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"),
                                        QStringLiteral("100000"), QStringLiteral("--json")})
                                       .array()) {
            const QJsonObject c = v.toObject();
            const QString user = c.value(u"viber_user_id").toString();
            if (user.isEmpty())
                continue;
            const bool reached =
                c.value(u"tags").toArray().contains(QStringLiteral("newsletter")) && !optedOut.contains(c.value(u"id").toInteger());
            if (reached)
                out << user;
            api.control(QStringLiteral("users"), {{QStringLiteral("id"), user}, {QStringLiteral("subscribed"), true}});
        }
        return out;
    }

    // `run ID --accept-disclaimer --wait`: the run's id.
    QString run()
    {
        const QString id = demo.campaign(QStringLiteral("Viber Loyalty Launch"));
        const QJsonObject run = ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"),
                                     QStringLiteral("--json")})
                                    .object();
        return run.isEmpty() ? QString() : QString::number(run.value(u"run").toInteger());
    }

    QJsonArray messages(const QString &run, const QString &state)
    {
        return ctl({QStringLiteral("messages"), run, QStringLiteral("--state"), state, QStringLiteral("--limit"),
                    QStringLiteral("100000"), QStringLiteral("--json")})
            .array();
    }
};

} // namespace

class TestViber final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("HERALD_TEST_VIBER_TOKEN", kToken.toUtf8()); }

    void runThroughTheApi()
    {
        ViberDemo v;
        if (!v.api.isUp())
            HERALD_PEER_MISSING("the Viber API peer did not start (python3)");
        QVERIFY(v.setUp());
        const QJsonObject probe = v.ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                         QStringLiteral("viber"), QStringLiteral("--json")})
                                      .object();
        QVERIFY2(probe.value(u"ok").toBool(), QJsonDocument(probe).toJson().constData());

        // Viber knows every user but one it never saw; one unsubscribed.
        const QStringList audience = v.registerUsers();
        QVERIFY(audience.size() > 40);
        const QString unknownUser = audience.at(0), unsubscribedUser = audience.at(1);
        v.api.control(QStringLiteral("users"), {{QStringLiteral("id"), unknownUser}, {QStringLiteral("registered"), false}});
        v.api.control(QStringLiteral("users"), {{QStringLiteral("id"), unsubscribedUser}, {QStringLiteral("subscribed"), false}});
        v.api.control(QStringLiteral("auto"), {{QStringLiteral("delivered"), true}, {QStringLiteral("delay"), 0.02}});

        const QString run = v.run();
        QVERIFY2(!run.isEmpty(), qPrintable(v.api.errors()));
        const QJsonObject counts = v.demo.lastRunCounts(v.demo.campaign(QStringLiteral("Viber Loyalty Launch")));
        const qint64 delivered = counts.value(u"Delivered").toInteger();
        const QJsonArray sent = v.api.control(QStringLiteral("sent"), {}, true).array();
        // What Viber took is exactly what Herald calls delivered (each callback verified and
        // applied); the two Viber refused failed with its words; nothing was sent twice.
        QCOMPARE(qint64(sent.size()), delivered);
        QCOMPARE(counts.value(u"Sent").toInteger(), qint64(0));
        QCOMPARE(counts.value(u"Failed").toInteger(), qint64(2));
        qint64 total = 0;
        for (const QJsonValue &n : counts)
            total += n.toInteger();
        QCOMPARE(delivered + 2, total);
        QSet<QString> seen;
        for (const QJsonValue &s : sent) {
            const QJsonObject m = s.toObject();
            const QString receiver = m.value(u"receiver").toString();
            QVERIFY(!seen.contains(receiver));
            seen.insert(receiver);
            QCOMPARE(m.value(u"type").toString(), QStringLiteral("text"));
            QCOMPARE(m.value(u"sender").toObject().value(u"name").toString(), QStringLiteral("Northwind"));
            QCOMPARE(m.value(u"sender").toObject().value(u"avatar").toString(), QStringLiteral("https://northwind.example/logo.jpg"));
            QVERIFY(m.value(u"text").toString().startsWith(u"Weekend deals inside, "));
        }
        QStringList reasons;
        for (const QJsonValue &m : v.messages(run, QStringLiteral("Failed")))
            reasons << m.toObject().value(u"failure_reason").toString();
        reasons.sort();
        QCOMPARE(reasons, (QStringList{QStringLiteral("Viber: receiverNotRegistered"),
                                       QStringLiteral("Viber: receiverNotSubscribed")}));
        // Each delivered message keeps the token Viber answered with, all 64 bits of it
        // (beyond what a JSON double holds).
        QSet<QString> tokens, kept;
        static const QRegularExpression token(QStringLiteral("\"message_token\":(\\d+)"));
        for (auto it = token.globalMatch(QString::fromUtf8(v.api.controlBytes(QStringLiteral("sent"), {}, true)));
             it.hasNext();)
            tokens.insert(it.next().captured(1));
        for (const QJsonValue &m : v.messages(run, QStringLiteral("Delivered")))
            kept.insert(m.toObject().value(u"provider_id").toString());
        QCOMPARE(kept, tokens);
        // Each callback was answered 200, the webhook check first.
        const QJsonArray callbacks = v.api.control(QStringLiteral("callbacks"), {}, true).array();
        QVERIFY(callbacks.size() > delivered);
        QCOMPARE(callbacks.first().toObject().value(u"event").toString(), QStringLiteral("webhook"));
        for (const QJsonValue &c : callbacks)
            QCOMPARE(c.toObject().value(u"http_status").toInt(), 200);
    }

    // With a worker listening: delivered, seen and failed callbacks move messages on once
    // verified, a forged one changes nothing; an unsubscribed user opts out of Viber; a
    // conversation started from a contact's deep link links that user to the contact.
    void callbacksReachTheWorker()
    {
        ViberDemo v;
        if (!v.api.isUp())
            HERALD_PEER_MISSING("the Viber API peer did not start (python3)");
        QVERIFY(v.setUp());
        const QStringList audience = v.registerUsers();
        QVERIFY(audience.size() > 10);
        const QString run = v.run(); // no callbacks yet: every message stays Sent
        QVERIFY2(!run.isEmpty(), qPrintable(v.api.errors()));
        const QJsonArray sent = v.messages(run, QStringLiteral("Sent"));
        QCOMPARE(sent.size(), v.api.control(QStringLiteral("sent"), {}, true).array().size());
        QString contact; // one without a Viber user, for the deep link
        for (const QJsonValue &c : v.ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            if (c.toObject().value(u"viber_user_id").toString().isEmpty()) {
                contact = QString::number(c.toObject().value(u"id").toInteger());
                break;
            }
        QVERIFY(!contact.isEmpty());
        const QString link =
            v.ctl({QStringLiteral("contacts"), QStringLiteral("show"), contact, QStringLiteral("--json")}).object().value(u"viber_link").toString();
        QVERIFY2(link.startsWith(u"viber://pa?chatURI=northwind&context=c" + contact + u'_'), qPrintable(link));

        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        worker.start(qEnvironmentVariable("HERALDCTL"), v.demo.where() + QStringList{QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted(10000));
        // The worker points the webhook at its listener (Viber checks it first).
        const auto webhookChecks = [&] {
            int n = 0;
            for (const QJsonValue &c : v.api.control(QStringLiteral("callbacks"), {}, true).array())
                n += c.toObject().value(u"event").toString() == u"webhook" && c.toObject().value(u"http_status").toInt() == 200;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(webhookChecks() >= 2, 60000); // the run's, then the worker's

        const auto tokenOf = [&](int i) { return sent.at(i).toObject().value(u"provider_id").toString(); };
        const auto userOf = [&](int i) {
            const QString id = QString::number(sent.at(i).toObject().value(u"contact_id").toInteger());
            return v.ctl({QStringLiteral("contacts"), QStringLiteral("show"), id, QStringLiteral("--json")}).object().value(u"viber_user_id").toString();
        };
        const auto event = [&](const QString &name, int i, const QJsonObject &extra = {}) {
            QJsonObject body = extra;
            body.insert(QStringLiteral("event"), name);
            body.insert(QStringLiteral("user_id"), userOf(i));
            body.insert(QStringLiteral("message_token"), tokenOf(i)); // digits: beyond a double
            return v.api.control(QStringLiteral("event"), body).object().value(u"http_status").toInt();
        };
        QCOMPARE(event(QStringLiteral("delivered"), 0), 200);
        QCOMPARE(event(QStringLiteral("seen"), 1), 200);
        QCOMPARE(event(QStringLiteral("failed"), 2, {{QStringLiteral("desc"), QStringLiteral("user's device is offline")}}), 200);
        QJsonObject forged{{QStringLiteral("event"), QStringLiteral("delivered")},
                           {QStringLiteral("user_id"), userOf(3)},
                           {QStringLiteral("message_token"), tokenOf(3)},
                           {QStringLiteral("signature"), QString(64, u'0')}};
        QCOMPARE(v.api.control(QStringLiteral("forge"), forged).object().value(u"http_status").toInt(), 403);
        const auto statusOf = [&](int i) {
            const QString id = QString::number(sent.at(i).toObject().value(u"id").toInteger());
            for (const QString &state : {QStringLiteral("Delivered"), QStringLiteral("Failed"), QStringLiteral("Sent")})
                for (const QJsonValue &m : v.messages(run, state))
                    if (QString::number(m.toObject().value(u"id").toInteger()) == id)
                        return state;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Delivered"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(1), QStringLiteral("Delivered"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(2), QStringLiteral("Failed"), 30000);
        QCOMPARE(statusOf(3), QStringLiteral("Sent"));

        // An unsubscribe: onto the opt-out list for Viber.
        QCOMPARE(v.api.control(QStringLiteral("event"), {{QStringLiteral("event"), QStringLiteral("unsubscribed")},
                                                         {QStringLiteral("user_id"), userOf(4)}})
                     .object()
                     .value(u"http_status")
                     .toInt(),
                 200);
        const QString optedOut = QString::number(sent.at(4).toObject().value(u"contact_id").toInteger());
        const auto listed = [&] {
            for (const QJsonValue &o : v.ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
                if (QString::number(o.toObject().value(u"contact_id").toInteger()) == optedOut
                    && o.toObject().value(u"channel").toString() == u"viber")
                    return o.toObject().value(u"source").toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringLiteral("unsubscribed"), 30000);

        // Someone's made-up context links nobody; the contact's own links their user.
        const QString context = link.section(QStringLiteral("context="), 1);
        v.api.control(QStringLiteral("event"), {{QStringLiteral("event"), QStringLiteral("conversation_started")},
                                                {QStringLiteral("user_id"), QStringLiteral("forged-user==")},
                                                {QStringLiteral("context"), QString(u"c" + contact + u"_AAAAAAAAAAAAAAAAAAAAAA")}});
        v.api.control(QStringLiteral("event"), {{QStringLiteral("event"), QStringLiteral("conversation_started")},
                                                {QStringLiteral("user_id"), QStringLiteral("linked-user==")},
                                                {QStringLiteral("context"), context}});
        const auto userOfContact = [&] {
            return v.ctl({QStringLiteral("contacts"), QStringLiteral("show"), contact, QStringLiteral("--json")})
                .object()
                .value(u"viber_user_id")
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(userOfContact(), QStringLiteral("linked-user=="), 30000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(30000));
        QVERIFY(v.ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                       QStringLiteral("forged-user=="), QStringLiteral("--json")})
                    .array()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestViber)
#include "tst_viber.moc"
