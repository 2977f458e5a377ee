// Telegram through the Bot API against tests/integration/peers/telegram_bot_api.py, a
// server started by the test that implements the documented methods, errors and limits
// (1 message a second to a chat, 30 a second in all, 429 retry_after, blocked bots, chats
// not found, Telegram's HTML). Driven through heraldctl on the demo workspace, as a
// script would: Test connection, a live run with --wait, the opt-out list, and a deep
// link that links a chat to a contact through the bot's updates.
#include "content/linktracking.h"
#include "democtl.h"
#include "peers.h"
#include "pythonpeer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

const QString kToken = QStringLiteral("123456:HeraldTestToken-abcdefghijklmnopqrstu");
const QString kBot = QStringLiteral("NorthwindBot"); // the demo's Telegram sender

// The Bot API peer on a port of its choosing; its control API for the test.
class BotApi final : public test::PythonPeer
{
public:
    BotApi() : PythonPeer(QStringLiteral(HERALD_TEST_PEERS "/telegram_bot_api.py"), {kToken, kBot}) {}
};

// The demo's Telegram channel sends through the peer, the token from the environment.
bool sendThrough(test::DemoCtl &demo, const BotApi &api)
{
    return !demo.run({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"),
                      QStringLiteral("telegram"), QStringLiteral("--provider"), QStringLiteral("telegram"),
                      QStringLiteral("--settings"),
                      QStringLiteral(R"({"api_url":"%1","password_env":"HERALD_TEST_TELEGRAM_TOKEN","poll_secs":2})")
                          .arg(api.url()),
                      QStringLiteral("--json")})
                 .isNull();
}

} // namespace

class TestTelegram final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("HERALD_TEST_TELEGRAM_TOKEN", kToken.toUtf8()); }

    void runThroughTheBotApi()
    {
        BotApi api;
        if (!api.isUp())
            HERALD_PEER_MISSING("the Bot API peer did not start (python3)");
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int exit = 0) { return demo.run(args, exit); };
        QVERIFY(sendThrough(demo, api));
        const QJsonObject probe = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                       QStringLiteral("telegram"), QStringLiteral("--json")})
                                      .object();
        QVERIFY2(probe.value(u"ok").toBool(), QJsonDocument(probe).toJson().constData());
        QVERIFY(probe.value(u"detail").toString().contains(u'@' + kBot));

        // The chats the bot knows: every contact's but one it never had, and one that
        // blocked the bot.
        const QJsonArray contacts =
            ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000"),
                 QStringLiteral("--json")})
                .array();
        QSet<qint64> optedOut;
        for (const QJsonValue &o : ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            optedOut.insert(o.toObject().value(u"contact_id").toInteger());
        QStringList chats, audience; // every chat; those the campaign reaches (its segment: newsletter)
        for (const QJsonValue &v : contacts) {
            const QJsonObject c = v.toObject();
            const QString chat = c.value(u"telegram_chat_id").toString();
            if (chat.isEmpty())
                continue;
            chats << chat;
            if (c.value(u"tags").toArray().contains(QStringLiteral("newsletter")) && !optedOut.contains(c.value(u"id").toInteger()))
                audience << chat;
        }
        QVERIFY(audience.size() > 40);
        const QString unknownChat = audience.at(0), blockedChat = audience.at(1);
        QJsonArray known;
        for (const QString &chat : std::as_const(chats))
            if (chat != unknownChat)
                known.append(QJsonObject{{QStringLiteral("id"), chat.toLongLong()},
                                         {QStringLiteral("first_name"), QStringLiteral("Test")}});
        api.control(QStringLiteral("chats"), {{QStringLiteral("chats"), known}});
        api.control(QStringLiteral("block"), {{QStringLiteral("chat_id"), blockedChat.toLongLong()}});
        // Telegram asks for a second's wait once: the message waits, then goes.
        api.control(QStringLiteral("fail"), {{QStringLiteral("method"), QStringLiteral("sendMessage")},
                                             {QStringLiteral("code"), 429},
                                             {QStringLiteral("retry_after"), 1},
                                             {QStringLiteral("times"), 1}});

        const QString id = demo.campaign(QStringLiteral("Telegram Community Launch"));
        QVERIFY(!id.isEmpty());
        const QJsonObject run = ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"),
                                     QStringLiteral("--wait"), QStringLiteral("--json")})
                                    .object();
        QVERIFY2(!run.isEmpty(), qPrintable(api.errors()));
        const QJsonObject counts = demo.lastRunCounts(id);
        const qint64 delivered = counts.value(u"Delivered").toInteger();
        const QJsonArray sent = api.control(QStringLiteral("sent"), {}, true).array();
        // What the bot took is exactly what Herald calls delivered; the blocked user opted
        // out, the chat Telegram does not know failed; nothing else was lost or sent twice.
        QCOMPARE(qint64(sent.size()), delivered);
        QCOMPARE(counts.value(u"Opted Out").toInteger(), qint64(1));
        QCOMPARE(counts.value(u"Failed").toInteger(), qint64(1));
        QVERIFY2(delivered > 30, QJsonDocument(counts).toJson().constData());
        QSet<qint64> seen;
        for (const QJsonValue &s : sent) {
            const QJsonObject m = s.toObject();
            QVERIFY(!seen.contains(m.value(u"chat_id").toInteger()));
            seen.insert(m.value(u"chat_id").toInteger());
            QCOMPARE(m.value(u"parse_mode").toString(), QStringLiteral("HTML"));
            QVERIFY(m.value(u"text").toString().startsWith(u"Weekly digest for "));
        }
        QVERIFY(!seen.contains(blockedChat.toLongLong()));
        // Paced as Telegram asks: the one 429 was the one the test asked for.
        const QJsonObject stats = api.control(QStringLiteral("stats"), {}, true).object();
        QCOMPARE(stats.value(u"errors").toObject().value(u"429").toInt(), 1);

        const QJsonArray optOuts = ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).array();
        const bool blockedListed = std::any_of(optOuts.begin(), optOuts.end(), [](const QJsonValue &o) {
            return o.toObject().value(u"channel").toString() == u"telegram"
                   && o.toObject().value(u"source").toString() == u"blocked bot";
        });
        QVERIFY(blockedListed);
        const QJsonArray failed = ctl({QStringLiteral("messages"), QString::number(run.value(u"run").toInteger()),
                                       QStringLiteral("--state"), QStringLiteral("Failed"), QStringLiteral("--json")})
                                      .array();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().toObject().value(u"failure_reason").toString().contains(u"chat not found"));
    }

    // Test connection finds the bot missing (a token Telegram does not know): preflight
    // blocks the channel, naming the bot, until a test passes or the settings change.
    void missingBotBlocksPreflight()
    {
        BotApi api;
        if (!api.isUp())
            HERALD_PEER_MISSING("the Bot API peer did not start (python3)");
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int exit = 0) { return demo.run(args, exit); };
        const QString id = demo.campaign(QStringLiteral("Telegram Community Launch"));
        const auto codes = [&] {
            QByteArray json;
            demo.exitCode({QStringLiteral("preflight"), id, QStringLiteral("--json")}, nullptr, &json);
            QStringList out;
            for (const QJsonValue &f : QJsonDocument::fromJson(json).object().value(u"findings").toArray())
                out << f.toObject().value(u"code").toString();
            return out;
        };
        const QStringList test{QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                               QStringLiteral("telegram"), QStringLiteral("--json")};
        QVERIFY(sendThrough(demo, api));
        QVERIFY(!codes().contains(QStringLiteral("provider.check")));
        qputenv("HERALD_TEST_TELEGRAM_TOKEN", "999:NotThisBotsToken");
        const QJsonObject failed = ctl(test, 1).object();
        QCOMPARE(failed.value(u"ok").toBool(), false);
        QVERIFY(failed.value(u"detail").toString().contains(u"does not know this bot token"));
        QVERIFY(codes().contains(QStringLiteral("provider.check")));
        QString error;
        QCOMPARE(demo.exitCode({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer")}, &error), 3);
        QVERIFY2(error.contains(u"the Telegram bot is missing or blocked"), qPrintable(error));
        // The token is right again and a test says so.
        qputenv("HERALD_TEST_TELEGRAM_TOKEN", kToken.toUtf8());
        QVERIFY(ctl(test).object().value(u"ok").toBool());
        QVERIFY(!codes().contains(QStringLiteral("provider.check")));
        // Saving the settings forgets a failed test: they are new.
        qputenv("HERALD_TEST_TELEGRAM_TOKEN", "999:NotThisBotsToken");
        QVERIFY(!ctl(test, 1).isNull());
        qputenv("HERALD_TEST_TELEGRAM_TOKEN", kToken.toUtf8());
        QVERIFY(sendThrough(demo, api));
        QVERIFY(!codes().contains(QStringLiteral("provider.check")));
    }

    // A template's photo goes with its text as the caption: uploaded, then sent again by
    // the file_id Telegram gave it. What Telegram would refuse is refused when the
    // template is saved.
    void photoWithCaption()
    {
        BotApi api;
        if (!api.isUp())
            HERALD_PEER_MISSING("the Bot API peer did not start (python3)");
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int exit = 0) { return demo.run(args, exit); };
        QVERIFY(sendThrough(demo, api));
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        // A 4×3 PNG.
        const QByteArray png = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d49484452000000040000000308020000003b9639910000001049444154789c63f8dfc000470c38"
            "39006a4011f5395e1f300000000049454e44ae426082");
        const QString photo = write(QStringLiteral("shelf.png"), png);
        const QString notPicture = write(QStringLiteral("shelf.txt"), "not a picture");
        const QString longText = write(QStringLiteral("long.txt"), QByteArray(1100, 'x'));
        const QString digest = QStringLiteral("Telegram digest");
        const auto edit = [&](const QStringList &args, QString *error) {
            return demo.exitCode(QStringList{QStringLiteral("templates"), QStringLiteral("edit")} + args, error);
        };
        QString error;
        QCOMPARE(edit({digest, QStringLiteral("--photo-file"), notPicture}, &error), 2);
        QVERIFY2(error.contains(u"not a JPEG, PNG or WebP picture"), qPrintable(error));
        QCOMPARE(edit({QStringLiteral("Viber weekend deals"), QStringLiteral("--photo-file"), photo}, &error), 2);
        const QStringList tooLong{digest, QStringLiteral("--photo-file"), photo, QStringLiteral("--body-file"), longText};
        QCOMPARE(edit(tooLong, &error), 2);
        QVERIFY2(error.contains(u"1024"), qPrintable(error));
        QVERIFY(ctl({QStringLiteral("templates"), QStringLiteral("show"), digest, QStringLiteral("--json")})
                    .object()
                    .value(u"attachments")
                    .toArray()
                    .isEmpty()); // nothing of a refused change was kept
        const QJsonArray attached = ctl({QStringLiteral("templates"), QStringLiteral("edit"), digest,
                                         QStringLiteral("--photo-file"), photo, QStringLiteral("--json")})
                                        .object()
                                        .value(u"attachments")
                                        .toArray();
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached.first().toObject().value(u"mime_type").toString(), QStringLiteral("image/png"));
        const QString id = demo.campaign(QStringLiteral("Telegram Community Launch"));
        QVERIFY(!ctl({QStringLiteral("campaigns"), QStringLiteral("approve"), id, QStringLiteral("--json")})
                     .isNull()); // its content changed

        QJsonArray chats;
        for (const QJsonValue &v : ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--limit"),
                                        QStringLiteral("100000"), QStringLiteral("--json")})
                                       .array())
            if (const QString chat = v.toObject().value(u"telegram_chat_id").toString(); !chat.isEmpty())
                chats.append(QJsonObject{{QStringLiteral("id"), chat.toLongLong()},
                                         {QStringLiteral("first_name"), QStringLiteral("Test")}});
        api.control(QStringLiteral("chats"), {{QStringLiteral("chats"), chats}});
        QVERIFY(!ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"),
                      QStringLiteral("--json")})
                     .isNull());
        const QJsonArray sent = api.control(QStringLiteral("sent"), {}, true).array();
        QCOMPARE(qint64(sent.size()), demo.lastRunCounts(id).value(u"Delivered").toInteger());
        QVERIFY(sent.size() > 30);
        QSet<QString> uploadedIds;
        int uploads = 0;
        for (const QJsonValue &s : sent) {
            const QJsonObject m = s.toObject();
            QCOMPARE(m.value(u"method").toString(), QStringLiteral("sendPhoto"));
            QVERIFY(m.value(u"caption").toString().startsWith(u"Weekly digest for "));
            QCOMPARE(m.value(u"parse_mode").toString(), QStringLiteral("HTML"));
            if (const QJsonObject upload = m.value(u"upload").toObject(); !upload.isEmpty()) {
                ++uploads;
                QCOMPARE(upload.value(u"filename").toString(), QStringLiteral("shelf.png"));
                QCOMPARE(upload.value(u"content_type").toString(), QStringLiteral("image/png"));
                QCOMPARE(upload.value(u"size").toInt(), int(png.size()));
                uploadedIds.insert(m.value(u"photo").toString());
            }
        }
        // Uploads only until the first answer named the file: at most one window of them.
        QVERIFY2(uploads >= 1 && uploads <= 30, qPrintable(QString::number(uploads)));
        for (const QJsonValue &s : sent)
            if (s.toObject().value(u"upload").toObject().isEmpty())
                QVERIFY(uploadedIds.contains(s.toObject().value(u"photo").toString()));
    }

    // A contact follows the link Herald gives for them; the worker reads the bot's
    // updates and the chat is theirs.
    void deepLinkLinksTheChat()
    {
        BotApi api;
        if (!api.isUp())
            HERALD_PEER_MISSING("the Bot API peer did not start (python3)");
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int exit = 0) { return demo.run(args, exit); };
        QVERIFY(sendThrough(demo, api));
        QString contact;
        for (const QJsonValue &c : ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            if (c.toObject().value(u"telegram_chat_id").toString().isEmpty()) {
                contact = QString::number(c.toObject().value(u"id").toInteger());
                break;
            }
        QVERIFY(!contact.isEmpty());
        const QString link = ctl({QStringLiteral("contacts"), QStringLiteral("show"), contact, QStringLiteral("--json")})
                                 .object()
                                 .value(u"telegram_link")
                                 .toString();
        QVERIFY2(link.startsWith(u"https://t.me/" + kBot + u"?start=c" + contact + u'_'), qPrintable(link));
        const QString start = link.section(u'=', 1);
        // Someone's forged parameter first: it links nobody.
        api.control(QStringLiteral("message"), {{QStringLiteral("chat_id"), 880001},
                                                {QStringLiteral("text"), QString(u"/start c" + contact + u"_AAAAAAAAAAAAAAAAAAAAAA")}});
        api.control(QStringLiteral("message"), {{QStringLiteral("chat_id"), 880002},
                                                {QStringLiteral("text"), QString(u"/start " + start)},
                                                {QStringLiteral("first_name"), QStringLiteral("Linked")}});

        QProcess worker;
        worker.start(qEnvironmentVariable("HERALDCTL"), demo.where() + QStringList{QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted(10000));
        const auto chatOf = [&] {
            return ctl({QStringLiteral("contacts"), QStringLiteral("show"), contact, QStringLiteral("--json")})
                .object()
                .value(u"telegram_chat_id")
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(chatOf(), QStringLiteral("880002"), 60000);
        // They block the bot: Telegram tells the bot, and they opt out before any message.
        api.control(QStringLiteral("block"), {{QStringLiteral("chat_id"), 880002}});
        const auto blockedOptOut = [&] {
            for (const QJsonValue &o : ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).array())
                if (QString::number(o.toObject().value(u"contact_id").toInteger()) == contact
                    && o.toObject().value(u"channel").toString() == u"telegram")
                    return o.toObject().value(u"source").toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(blockedOptOut(), QStringLiteral("blocked bot"), 60000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(30000));
        const QJsonArray forged =
            ctl({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("880001"),
                 QStringLiteral("--json")})
                .array();
        QVERIFY(forged.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTelegram)
#include "tst_telegram.moc"
