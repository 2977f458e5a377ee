// The SMTP provider against postfix's smtp-sink on loopback, started by the test: the
// real protocol, with the sink's flags injecting 4xx and 5xx replies, a disconnect after
// the final "." and a missing STARTTLS. Every outcome the issue names is checked on
// what the provider reports and on what the sink received.
#include "content/emailcontent.h"
#include "content/libraryservice.h"
#include "content/linktracking.h"
#include "democtl.h"
#include "dispatch/dispatcherthread.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflight.h"
#include "organisation/tenantservice.h"
#include "peers.h"
#include "providers/smtp/mimemessage.h"
#include "providers/smtp/smtpprovider.h"
#include "reporting/campaignreport.h"
#include "smtpsink.h"
#include "storage/audiencerepository.h"
#include "storage/contentrepository.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

// tests/integration/peers/smtp_tls_peer.py: STARTTLS required, AUTH over TLS only,
// with a throw-away certificate for 127.0.0.1 that is its own CA.
class TlsPeer final
{
public:
    TlsPeer()
    {
        m_port = test::freeLoopbackPort();
        if (!test::loopbackCertificate(certificate(), key()))
            return;
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(HERALD_TEST_PEERS "/smtp_tls_peer.py"), QString::number(m_port), certificate(),
                         key(), QStringLiteral("herald"), QStringLiteral("s3cret"), m_dir.filePath(QStringLiteral("mail"))});
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && !m_up && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_up = m_process.readAllStandardOutput().contains("ready");
        }
    }
    ~TlsPeer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool isUp() const { return m_up; }
    quint16 port() const { return m_port; }
    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }
    int stored() const { return int(messages().size()); }
    // Each message as stored, with its envelope (MAIL FROM options, recipients) as JSON.
    QList<std::pair<QByteArray, QJsonObject>> messages() const
    {
        QList<std::pair<QByteArray, QJsonObject>> out;
        const QDir dir(m_dir.filePath(QStringLiteral("mail")));
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile message(dir.filePath(name)), envelope(dir.filePath(name.chopped(4) + u".json"));
            if (message.open(QIODevice::ReadOnly) && envelope.open(QIODevice::ReadOnly))
                out.append({message.readAll(), QJsonDocument::fromJson(envelope.readAll()).object()});
        }
        return out;
    }

private:
    QString key() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_up = false;
};

SmtpSettings plain(quint16 port, int connections = 2)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.tls = SmtpSettings::Tls::None;
    s.connections = connections;
    s.timeoutMs = 10000;
    return s;
}

// One connection to the TLS peer: STARTTLS, its certificate trusted or not, AUTH as herald.
SmtpSettings throughPeer(const TlsPeer &peer, bool trustCa, const QString &password)
{
    SmtpSettings s = plain(peer.port(), 1);
    s.tls = SmtpSettings::Tls::StartTls;
    s.caFile = trustCa ? peer.certificate() : QString();
    s.user = QStringLiteral("herald");
    s.password = password;
    return s;
}

QList<OutgoingMessage> messages(int count, const QString &body = QStringLiteral("Hello {{first_name}}"))
{
    QList<OutgoingMessage> out;
    for (int i = 0; i < count; ++i) {
        OutgoingMessage m;
        m.messageId = 1000 + i;
        m.runId = 7;
        m.address = u"rcpt" + QString::number(i) + u"@example.com";
        m.from = QStringLiteral("news@herald.example");
        m.senderName = QStringLiteral("Northwind Café");
        m.subject = QStringLiteral("Spring sale — 20% off");
        m.body = body;
        m.unsubscribeUrl = u"https://unsubscribe.example/" + QString::number(m.messageId);
        out << m;
    }
    return out;
}

// Every outcome the provider reported, by message id.
QHash<Id, SendOutcome> collect(QSignalSpy &spy)
{
    QHash<Id, SendOutcome> out;
    for (const QList<QVariant> &args : std::as_const(spy))
        for (const SendOutcome &o : args.at(0).value<QList<SendOutcome>>())
            out.insert(o.messageId, o);
    return out;
}

// Sends `count` messages through a provider and waits (at most 20 s) for every outcome.
QHash<Id, SendOutcome> sendAll(const SmtpSettings &settings, int count,
                               const QString &body = QStringLiteral("Hello {{first_name}}"))
{
    SmtpProvider provider(settings);
    QSignalSpy spy(&provider, &Provider::outcomes);
    provider.send(messages(count, body));
    (void)QTest::qWaitFor([&] { return collect(spy).size() >= count; }, 20000); // the caller compares the count
    return collect(spy);
}

} // namespace

class TestSmtp final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<SendOutcome>>();
        if (!test::SmtpSink::available())
            HERALD_PEER_MISSING("postfix's smtp-sink is not installed (scripts/install-deps.sh installs it)");
    }

    // 30 messages over a pool of 3 connections, pipelined and not: all Delivered, and
    // what the sink stored is the MIME Herald built (headers, unsubscribe, transparency).
    void delivers_data() { QTest::addColumn<bool>("pipelining"); QTest::newRow("pipelining") << true; QTest::newRow("lockstep") << false; }
    void delivers()
    {
        QFETCH(bool, pipelining);
        test::SmtpSink sink(pipelining ? QStringList() : QStringList{QStringLiteral("-p")});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const auto out = sendAll(plain(sink.port(), 3), 30, QStringLiteral("Line one\n.hidden dot line\nLast line"));
        QCOMPARE(out.size(), 30);
        for (const SendOutcome &o : out)
            QVERIFY2(o.to == MessageStatus::Delivered, qPrintable(nameOf(o.to) + u' ' + o.reason));
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 30, 5000);
        const QString stored = sink.messages().first();
        QVERIFY(stored.contains(QStringLiteral("List-Unsubscribe: <https://unsubscribe.example/")));
        QVERIFY(stored.contains(QStringLiteral("List-Unsubscribe-Post: List-Unsubscribe=One-Click")));
        QVERIFY(stored.contains(QStringLiteral("Subject: =?UTF-8?B?")));
        QVERIFY(stored.contains(QStringLiteral("Message-ID: <herald.7.")));
        QVERIFY(stored.contains(QStringLiteral("MIME-Version: 1.0")));
        // Quoted-printable keeps a leading dot encoded, so transparency is never needed
        // for bodies; the lines arrive as built.
        QVERIFY(stored.contains(QStringLiteral("=2Ehidden dot line")));
    }

    void softRejectRetries()
    {
        test::SmtpSink sink({QStringLiteral("-r"), QStringLiteral("RCPT")});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const auto out = sendAll(plain(sink.port()), 4);
        QCOMPARE(out.size(), 4);
        for (const SendOutcome &o : out) {
            QCOMPARE(o.to, MessageStatus::Retrying);
            QVERIFY2(o.reason.startsWith(QStringLiteral("450")), qPrintable(o.reason));
        }
        QCOMPARE(sink.messages().size(), 0);
    }

    void hardRejectFails()
    {
        test::SmtpSink sink({QStringLiteral("-f"), QStringLiteral("RCPT")});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const auto out = sendAll(plain(sink.port()), 4);
        QCOMPARE(out.size(), 4);
        for (const SendOutcome &o : out) {
            QCOMPARE(o.to, MessageStatus::Failed);
            QVERIFY2(o.reason.startsWith(QStringLiteral("500")), qPrintable(o.reason)); // the server's words
        }
    }

    void refusedConnectionIsPreSend()
    {
        const quint16 port = test::freeLoopbackPort(); // nobody listens there
        const auto out = sendAll(plain(port), 3);
        QCOMPARE(out.size(), 3);
        for (const SendOutcome &o : out) {
            QCOMPARE(o.to, MessageStatus::Retrying);
            QVERIFY2(o.reason.contains(QStringLiteral("not handed over")), qPrintable(o.reason));
        }
    }

    // The sink hangs up after the final "." without a reply: the message may have been
    // taken, so it is Timed Out and never sent again.
    void lostAfterDataIsTimedOut()
    {
        test::SmtpSink sink({QStringLiteral("-q"), QStringLiteral(".")});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const auto out = sendAll(plain(sink.port(), 1), 1);
        QCOMPARE(out.size(), 1);
        const SendOutcome o = out.value(1000);
        QCOMPARE(o.to, MessageStatus::TimedOut);
        QVERIFY2(o.reason.contains(QStringLiteral("not sent again")), qPrintable(o.reason));
    }

    // STARTTLS with the certificate checked against the configured CA, then AUTH (PLAIN,
    // or LOGIN when PLAIN is not offered); a wrong password and an unknown CA are
    // refused before anything is sent.
    void startTlsAndAuth_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("reason");
        QTest::newRow("delivered") << "s3cret" << true << int(MessageStatus::Delivered) << "";
        QTest::newRow("wrong password") << "guess" << true << int(MessageStatus::Failed) << "authentication as herald";
        QTest::newRow("unknown CA") << "s3cret" << false << int(MessageStatus::Failed) << "certificate";
    }
    void startTlsAndAuth()
    {
        QFETCH(QString, password);
        QFETCH(bool, trustCa);
        QFETCH(int, expected);
        QFETCH(QString, reason);
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            HERALD_PEER_MISSING("python3 with python3-aiosmtpd is needed for the TLS peer");
        TlsPeer peer;
        QVERIFY2(peer.isUp(), qPrintable(peer.errors()));
        const SmtpSettings settings = throughPeer(peer, trustCa, password);
        const auto out = sendAll(settings, 3);
        QCOMPARE(out.size(), 3);
        for (const SendOutcome &o : out) {
            QVERIFY2(int(o.to) == expected, qPrintable(nameOf(o.to) + u' ' + o.reason));
            QVERIFY2(o.reason.contains(reason), qPrintable(o.reason));
        }
        QCOMPARE(peer.stored(), expected == int(MessageStatus::Delivered) ? 3 : 0);
    }

    // The whole path from the command line: providers set and test, then a live run of
    // the demo's email campaign through smtp-sink; every message Delivered is a message
    // the sink stored.
    void heraldctlSendsThroughSmtp()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int expectedExit = 0) { return demo.run(args, expectedExit, 120000); };

        const QString settings = QStringLiteral(R"({"host":"127.0.0.1","port":%1,"tls":"none","connections":3})")
                                     .arg(sink.port());
        QVERIFY(!ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"),
                      QStringLiteral("email"), QStringLiteral("--provider"), QStringLiteral("smtp"),
                      QStringLiteral("--settings"), settings, QStringLiteral("--json")})
                     .isNull());
        const QJsonObject probe = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                       QStringLiteral("email"), QStringLiteral("--json")})
                                      .object();
        QCOMPARE(probe.value(QLatin1StringView("ok")).toBool(), true);
        // A password in the settings is refused (usage error), nothing changes.
        ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("email"),
             QStringLiteral("--provider"), QStringLiteral("smtp"), QStringLiteral("--settings"),
             QStringLiteral(R"({"password":"x"})")},
            2);

        const QJsonArray found = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--search"),
                                      QStringLiteral("Spring Collection"), QStringLiteral("--json")})
                                     .array();
        QCOMPARE(found.size(), 1);
        const QString id = found.first().toObject().value(QLatin1StringView("id")).toString();
        // Mail to real mailboxes needs the listener for its unsubscribe links.
        ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer")}, 3);
        test::ReservedPort port;
        const QString listen = u"127.0.0.1:" + QString::number(port.port());
        port.release();
        QVERIFY(!ctl({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Northwind Outfitters"),
                      QStringLiteral("--listen"), listen, QStringLiteral("--public-url"), u"http://" + listen,
                      QStringLiteral("--json")})
                     .isNull());
        QVERIFY(!ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"),
                      QStringLiteral("--json")})
                     .isNull());
        const QJsonObject status = ctl({QStringLiteral("status"), id, QStringLiteral("--json")}).object();
        const QJsonArray runs = status.value(QLatin1StringView("runs")).toArray();
        const QJsonObject live = runs.last().toObject();
        const QJsonObject counts =
            live.value(QLatin1StringView("channels")).toArray().first().toObject().value(QLatin1StringView("counts")).toObject();
        const int delivered = counts.value(QLatin1StringView("Delivered")).toInt();
        QVERIFY(delivered > 1000);
        QCOMPARE(counts.value(QLatin1StringView("Failed")).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.messages().size()), delivered, 10000);
        // The envelope sender is the bare address, the display name only in the From header.
        QVERIFY2(sink.messages().first().contains(u"X-Mail-Args: <news@northwind.example>"), qPrintable(sink.messages().first().left(300)));
    }

    // STARTTLS is required unless the settings say tls none: a server without it is
    // refused before anything is sent, permanently.
    // A run through the dispatcher: a contact's custom field reaches the wire, escaped in
    // the HTML part, with the template's default where a contact has no value.
    void mergeFieldsReachTheWire()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Merge"));
        Contact acme;
        acme.firstName = QStringLiteral("Ada");
        acme.email = QStringLiteral("ada@acme.example");
        acme.customFields.insert(QStringLiteral("Company"), QStringLiteral("Acme & Sons"));
        AudienceRepository audience(ws.db(), t.tenantId);
        const Id acmeId = audience.addContacts({acme})->first();
        QVERIFY(audience.addToList(t.ids.value(QStringLiteral("list")), {acmeId}).ok());
        ws.sendEmailTo(t, sink.port());
        MessageTemplate tmpl{0, t.tenantId, QStringLiteral("Merge"), ChannelKind::Email, QStringLiteral("For {{Company|you}}"),
                             QStringLiteral("<p>From {{Company|a friend}}, {{unsubscribe_url}}</p>"), false, {}, {}, {}, {}};
        const Id templateId = *ContentRepository(ws.db(), t.tenantId).addTemplate(tmpl);
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Merge"));
        c.channels[0].templateId = templateId;
        c.channels[0].sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, c);
        const QString base = ws.serveLinks(t);
        SystemClock clock;
        ws.startRun(t, campaign, clock);
        DispatcherThread dispatcher(ws.db(), clock);
        dispatcher.start();
        dispatcher.wake();
        const auto find = [&](const QString &to) {
            for (const QString &m : sink.messages())
                if (m.contains(u"To: " + to))
                    return m;
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!find(acme.email).isEmpty(), 20000);
        const QString toAcme = find(acme.email);
        QVERIFY2(toAcme.contains(u"Subject: For Acme & Sons"), qPrintable(toAcme.left(600)));
        QVERIFY2(toAcme.contains(u"<p>From Acme &amp; Sons, " + base + u"/u/"), qPrintable(toAcme));
        QVERIFY2(toAcme.contains(u"From Acme & Sons, " + base + u"/u/"), qPrintable(toAcme)); // the text part
        const QString other = QStringLiteral("c0.%1@example.com").arg(t.tenantId);
        QTRY_VERIFY_WITH_TIMEOUT(!find(other).isEmpty(), 20000);
        QVERIFY2(find(other).contains(u"<p>From a friend, " + base + u"/u/"), qPrintable(find(other)));
    }

    // Click tracking, from the preflight to the report: links in the email on the wire
    // are the listener's signed redirects (the unsubscribe link aside); following one
    // records the click and lands on the link's target; the report counts clicks per link
    // and the conversion by the goal's metric (clicks on its URL) against its target.
    void trackedLinksCountClicks()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Clicks"));
        ws.sendEmailTo(t, sink.port());
        LibraryService library(ws.db(), t.tenantId, t.admin);
        Goal goal = *library.goal(QString::number(t.ids.value(QStringLiteral("goal"))));
        goal.metric = QStringLiteral("clicks");
        goal.url = QStringLiteral("https://shop.example/new");
        goal.target = 0.5;
        QVERIFY(library.save(goal).ok());
        MessageTemplate tmpl{0, t.tenantId, QStringLiteral("Links"), ChannelKind::Email, QStringLiteral("New in"),
                             QStringLiteral("<p><a href=\"https://shop.example/new?utm=mail&amp;x=2\">Shop</a> "
                                            "<a href=\"https://blog.example/\">Blog</a> {{unsubscribe_url}}</p>"),
                             false, {}, {}, {}, {}};
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Clicks"));
        c.channels[0].templateId = *ContentRepository(ws.db(), t.tenantId).addTemplate(tmpl);
        c.channels[0].sendWindow = QStringLiteral("none");
        c.trackClicks = true;
        const Id campaign = ws.create(t, c);

        // Without a listener and public URL the live run is blocked, saying where to set them.
        CampaignService campaigns(ws.db(), t.tenantId, t.manager);
        const auto blocked = *campaigns.preflight(QString::number(campaign), RunKind::Live);
        QVERIFY(std::any_of(blocked.begin(), blocked.end(), [](const Finding &f) {
            return f.code == u"tracking.unconfigured" && f.severity == Severity::Blocker && f.fix.english().contains(u"tenants edit");
        }));
        test::ReservedPort port;
        const QString base = u"http://127.0.0.1:" + QString::number(port.port());
        const QString tenantName = TenantRepository(ws.db()).byId(t.tenantId)->name;
        QCOMPARE(TenantService(ws.db(), t.manager).setListener(tenantName, QStringLiteral("127.0.0.1:1"), base).error().kind,
                 Error::Kind::Refused); // admins only
        QVERIFY(TenantService(ws.db(), t.admin)
                    .setListener(tenantName, u"127.0.0.1:" + QString::number(port.port()), base + u'/')
                    .ok());
        const auto ready = *CampaignService(ws.db(), t.tenantId, t.manager).preflight(QString::number(campaign), RunKind::Live);
        QVERIFY2(!Preflight::hasBlockers(ready), qPrintable(ready.isEmpty() ? QString() : ready.first().message.english()));

        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        port.release();
        DispatcherThread dispatcher(ws.db(), clock);
        dispatcher.start();
        dispatcher.wake();
        QString mail;
        const QString to = QStringLiteral("c0.%1@example.com").arg(t.tenantId);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString &m : sink.messages())
                    if (m.contains(u"To: " + to))
                        mail = m;
                return !mail.isEmpty();
            }(),
            20000);
        mail.remove(QStringLiteral("=\r\n")).remove(QStringLiteral("=\n")); // quoted-printable soft breaks
        QVERIFY2(!mail.contains(u"https://shop.example") && !mail.contains(u"https://blog.example"), qPrintable(mail.right(1500)));
        QVERIFY2(mail.contains(base + u"/u/"), qPrintable(mail)); // the unsubscribe link, not tracked
        const QRegularExpression tracked(QRegularExpression::escape(base) + QStringLiteral("/c/[A-Za-z0-9_.-]+"));
        QSet<QString> links; // each link once, in whichever parts it appears
        for (auto it = tracked.globalMatch(mail); it.hasNext();)
            links.insert(it.next().captured(0));
        QVERIFY2(links.size() == 2, qPrintable(mail));

        QNetworkAccessManager web;
        const auto get = [&](const QString &url) {
            QNetworkRequest request{QUrl(url)};
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = web.get(request);
            (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
            reply->deleteLater();
            return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QString::fromUtf8(reply->rawHeader("Location"))};
        };
        // The listener starts with the dispatcher's first sweep; a token it did not sign: 404.
        QTRY_COMPARE_WITH_TIMEOUT(get(base + QStringLiteral("/c/bm90.c2lnbmVk")).first, 404, 20000);
        QHash<QString, QString> targets; // where each link leads -> the link
        for (const QString &link : std::as_const(links)) {
            const auto [status, location] = get(link);
            QCOMPARE(status, 302);
            targets.insert(location, link);
        }
        QCOMPARE(QSet<QString>(targets.keyBegin(), targets.keyEnd()),
                 (QSet<QString>{QStringLiteral("https://shop.example/new?utm=mail&x=2"),
                                QStringLiteral("https://blog.example/")}));
        const QString shop = targets.value(QStringLiteral("https://shop.example/new?utm=mail&x=2"));
        QCOMPARE(get(shop).first, 302);
        QString changed = shop;
        changed[changed.size() - 2] = changed.at(changed.size() - 2) == u'A' ? u'B' : u'A';
        QCOMPARE(get(changed).first, 404);

        auto report = CampaignReport::build(ws.db(), t.tenantId, t.manager, QString::number(campaign), run.id);
        QVERIFY(report.ok());
        QCOMPARE(report->clicks, 3); // the shop link twice, the blog once; the forged one not at all
        QCOMPARE(report->links.first().url, QStringLiteral("https://shop.example/new?utm=mail&x=2"));
        QCOMPARE(report->links.first().clicks, 2);
        QCOMPARE(report->links.first().contacts, 1);
        QVERIFY(report->conversion);
        QCOMPARE(report->conversion->kind, GoalMetric::Clicks);
        QCOMPARE(report->conversion->converted, 1); // one person clicked the goal's URL
        QVERIFY(report->conversion->base >= 1);
        QCOMPARE(report->conversion->target, 0.5);
    }

    // Unsubscribe as a mailbox provider does it (RFC 8058): for a sample of the messages
    // on the wire, the List-Unsubscribe link is the one in the body; GET shows the
    // confirmation page in the recipient's language, POST One-Click opts the contact out
    // of email at once, tied to the run and audited; doing it again changes nothing. A
    // changed token, or one signed with another secret, gets 403 and changes nothing.
    void unsubscribeLinksOptOut()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Leavers"));
        ws.sendEmailTo(t, sink.port());
        MessageTemplate tmpl{0, t.tenantId, QStringLiteral("Bye"), ChannelKind::Email, QStringLiteral("News"),
                             QStringLiteral("<p>Hi {{first_name}}</p><p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"),
                             false, {}, {}, {}, {}};
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Leavers"));
        c.channels[0].templateId = *ContentRepository(ws.db(), t.tenantId).addTemplate(tmpl);
        c.channels[0].sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, c);

        // Mail to real mailboxes without a listener: a live run is blocked, a test run warned.
        CampaignService campaigns(ws.db(), t.tenantId, t.manager);
        const auto finding = [&](RunKind kind) {
            const auto all = *campaigns.preflight(QString::number(campaign), kind);
            const auto it = std::find_if(all.begin(), all.end(),
                                         [](const Finding &f) { return f.code == u"unsubscribe.unconfigured"; });
            return it == all.end() ? std::optional<Finding>() : std::optional<Finding>(*it);
        };
        QCOMPARE(finding(RunKind::Live)->severity, Severity::Blocker);
        QVERIFY(finding(RunKind::Live)->fix.english().contains(u"--public-url"));
        QCOMPARE(finding(RunKind::Test)->severity, Severity::Warning);
        const QString base = ws.serveLinks(t);
        const auto ready = *CampaignService(ws.db(), t.tenantId, t.manager).preflight(QString::number(campaign), RunKind::Live);
        QVERIFY2(!Preflight::hasBlockers(ready), qPrintable(ready.isEmpty() ? QString() : ready.first().message.english()));

        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        DispatcherThread dispatcher(ws.db(), clock);
        dispatcher.start();
        dispatcher.wake();
        QTRY_VERIFY_WITH_TIMEOUT(sink.messages().size() >= 4, 20000);

        AudienceRepository audience(ws.db(), t.tenantId);
        const auto optOutsOf = [&](Id contact) { return *audience.optOuts(std::pair{contact, std::optional(ChannelKind::Email)}); };
        QNetworkAccessManager web;
        struct Answer
        {
            int status = 0;
            QString body;
        };
        const auto call = [&](const QString &url, const QByteArray &post = {}, const QByteArray &language = {}) {
            QNetworkRequest request{QUrl(url)};
            if (!language.isEmpty())
                request.setRawHeader("Accept-Language", language);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *reply = post.isNull() ? web.get(request) : web.post(request, post);
            (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
            reply->deleteLater();
            return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QString::fromUtf8(reply->readAll())};
        };
        const QRegularExpression header(QStringLiteral("\\nList-Unsubscribe: <([^>]+)>,\\r?\\n <mailto:([^>]+)>"));
        const QRegularExpression to(QStringLiteral("\\nTo: (\\S+)"));
        const QList<QString> sample = sink.messages().mid(0, 3);
        QString firstLink;
        for (const QString &message : sample) {
            const auto listUnsubscribe = header.match(message);
            QVERIFY2(listUnsubscribe.hasMatch(), qPrintable(message.left(1500)));
            const QString link = listUnsubscribe.captured(1);
            QVERIFY2(link.startsWith(base + u"/u/"), qPrintable(link));
            QString unfolded = message;
            unfolded.remove(QStringLiteral("=\r\n")).remove(QStringLiteral("=\n"));
            QVERIFY2(unfolded.contains(u"href=3D\"" + link + u'"'), qPrintable(unfolded)); // the body's link
            QVERIFY(listUnsubscribe.captured(2).endsWith(u"?subject=unsubscribe"));
            const QString address = to.match(message).captured(1);
            const auto found = *audience.findContacts(address);
            QCOMPARE(found.size(), 1);
            const Id contact = found.first().id;
            QVERIFY(optOutsOf(contact).isEmpty());

            const Answer page = call(link, QByteArray());
            QCOMPARE(page.status, 200);
            QVERIFY2(page.body.contains(u"<form method=\"post\">") && page.body.contains(u"Leavers"), qPrintable(page.body));
            QVERIFY(optOutsOf(contact).isEmpty()); // a GET (a link scanner) changes nothing
            QVERIFY(call(link, QByteArray(), "de-DE,de;q=0.9").body.contains(u"Abmelden"));

            const Answer done = call(link, QByteArrayLiteral("List-Unsubscribe=One-Click"));
            QCOMPARE(done.status, 200);
            QVERIFY2(done.body.contains(u"unsubscribed"), qPrintable(done.body));
            const auto entries = optOutsOf(contact);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().source, QStringLiteral("unsubscribe link"));
            QCOMPARE(entries.first().runId, std::optional<Id>(run.id));
            QCOMPARE(call(link, QByteArrayLiteral("List-Unsubscribe=One-Click")).status, 200);
            QCOMPARE(optOutsOf(contact).size(), 1);
            if (firstLink.isEmpty())
                firstLink = link;
        }
        const auto events = *audience.optOutEvents();
        QCOMPARE(std::count_if(events.begin(), events.end(),
                               [](const OptOutEvent &e) { return e.source == u"unsubscribe link" && e.actor == u"recipient"; }),
                 qsizetype(sample.size()));

        // Forgeries: a changed character, and a well-formed token for another contact
        // signed with a secret that is not the tenant's.
        const auto before = audience.optOuts()->size();
        for (qsizetype i = firstLink.size() - 30; i < firstLink.size(); i += 7) {
            QString changed = firstLink;
            changed[i] = changed.at(i) == u'A' ? u'B' : u'A';
            QCOMPARE(call(changed, QByteArrayLiteral("List-Unsubscribe=One-Click")).status, 403);
        }
        const auto someone = audience.findContacts(QStringLiteral("@"))->last();
        const QString forged = LinkTracking::unsubscribeUrl(base, QString(64, u'a'), t.tenantId, 1, someone.id);
        const Answer refused = call(forged, QByteArrayLiteral("List-Unsubscribe=One-Click"));
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.contains(u"not valid"));
        QCOMPARE(call(forged, QByteArray()).status, 403);
        QCOMPARE(audience.optOuts()->size(), before);
        // A POST without the one-click form asks again and changes nothing.
        QCOMPARE(call(firstLink, QByteArrayLiteral("x=1")).status, 400);
    }

    // An email template's other parts on the wire: the preheader hidden at the top of the
    // HTML part, the template's own text part, its from name, and the attachment as it was
    // when the run started (the template's later edit does not reach the run).
    void emailTemplatePartsReachTheWire()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Parts"));
        ws.sendEmailTo(t, sink.port());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terms.txt"));
        const auto writeFile = [&](const QByteArray &data) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(data);
        };
        writeFile("Terms, version one");
        auto attachment = EmailContent::read(path, {});
        QVERIFY(attachment.ok());
        MessageTemplate tmpl;
        tmpl.tenantId = t.tenantId;
        tmpl.name = QStringLiteral("Parts");
        tmpl.subject = QStringLiteral("Spring");
        tmpl.body = QStringLiteral("<html><body><p>Offers inside. {{unsubscribe_url}}</p></body></html>");
        tmpl.preheader = QStringLiteral("Hi {{first_name|there}}, 20% off & more");
        tmpl.textBody = QStringLiteral("Plain words for {{first_name|you}}.");
        tmpl.fromName = QStringLiteral("Spring Team");
        tmpl.attachments = {*attachment};
        ContentRepository content(ws.db(), t.tenantId);
        tmpl.id = *content.addTemplate(tmpl);
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Parts"));
        c.channels[0].templateId = tmpl.id;
        c.channels[0].sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, c);
        ws.serveLinks(t);
        SystemClock clock;
        ws.startRun(t, campaign, clock);
        // Edited after the run froze its content: the run still sends version one.
        writeFile("Terms, version two");
        tmpl.attachments = {*EmailContent::read(path, {})};
        QVERIFY(content.updateTemplate(tmpl).ok());

        DispatcherThread dispatcher(ws.db(), clock);
        dispatcher.start();
        dispatcher.wake();
        QTRY_VERIFY_WITH_TIMEOUT(!sink.messages().isEmpty(), 20000);
        const QString wire = QString(sink.messages().first()).remove(QRegularExpression(QStringLiteral("=\r?\n"))); // QP soft breaks
        QVERIFY2(wire.contains(u"From: \"Spring Team\" <"), qPrintable(wire.left(600)));
        QVERIFY2(wire.contains(u"mso-hide:all\">Hi "), qPrintable(wire));
        QVERIFY2(wire.contains(u"20% off &amp; more"), qPrintable(wire)); // plain text, escaped into the HTML
        QVERIFY2(wire.contains(u"Plain words for "), qPrintable(wire));
        QCOMPARE(wire.count(u"Offers inside."), 1); // in the HTML only: the text part is the template's own
        QVERIFY2(wire.contains(u"Content-Disposition: attachment;") && wire.contains(u" filename=\"terms.txt\""), qPrintable(wire));
        QVERIFY2(wire.contains(QString::fromLatin1(QByteArray("Terms, version one").toBase64())), qPrintable(wire));
        QVERIFY(!wire.contains(QString::fromLatin1(QByteArray("Terms, version two").toBase64())));
    }

    // Internationalised addresses: a domain goes as its ASCII form everywhere; a local part
    // with other than ASCII needs SMTPUTF8, which smtp-sink does not offer (Failed, saying
    // so, while the others go) and the TLS peer does (Delivered, sent with SMTPUTF8).
    void internationalAddresses()
    {
        const auto send = [](const SmtpSettings &settings) {
            QList<OutgoingMessage> out = messages(3);
            out[0].address = QStringLiteral("ada@b\u00fccher.example");
            out[1].address = QStringLiteral("j\u00f6rg@example.com");
            out[2].address = QStringLiteral("grace@example.com");
            SmtpProvider provider(settings);
            QSignalSpy spy(&provider, &Provider::outcomes);
            provider.send(out);
            (void)QTest::qWaitFor([&] { return collect(spy).size() >= 3; }, 20000);
            return collect(spy);
        };
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        auto out = send(plain(sink.port(), 1));
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[1000].to, MessageStatus::Delivered);
        QCOMPARE(out[1001].to, MessageStatus::Failed);
        QVERIFY2(out[1001].reason.contains(u"does not offer SMTPUTF8"), qPrintable(out[1001].reason));
        QCOMPARE(out[1002].to, MessageStatus::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 2, 5000);
        const QStringList stored = sink.messages();
        QVERIFY(std::any_of(stored.cbegin(), stored.cend(),
                            [](const QString &m) { return m.contains(u"\nTo: ada@xn--bcher-kva.example"); }));

        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            HERALD_PEER_MISSING("python3 with python3-aiosmtpd is needed for the TLS peer");
        TlsPeer peer;
        QVERIFY2(peer.isUp(), qPrintable(peer.errors()));
        out = send(throughPeer(peer, true, QStringLiteral("s3cret")));
        for (const SendOutcome &o : std::as_const(out))
            QVERIFY2(o.to == MessageStatus::Delivered, qPrintable(o.reason));
        QTRY_COMPARE_WITH_TIMEOUT(peer.stored(), 3, 5000);
        const auto received = peer.messages();
        const auto jorg = std::find_if(received.cbegin(), received.cend(), [](const auto &m) {
            return m.second.value(u"to").toArray().contains(QJsonValue(QStringLiteral("j\u00f6rg@example.com")));
        });
        QVERIFY(jorg != received.cend());
        QVERIFY(jorg->second.value(u"options").toArray().contains(QJsonValue(QStringLiteral("SMTPUTF8"))));
        QVERIFY(jorg->first.contains(QStringLiteral("To: j\u00f6rg@example.com\r\n").toUtf8()));
        for (const auto &m : received)
            QVERIFY(!m.second.value(u"to").toArray().contains(QJsonValue(QStringLiteral("ada@b\u00fccher.example"))));
    }

    void missingStartTlsIsRefused()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        SmtpSettings settings = plain(sink.port(), 1);
        settings.tls = SmtpSettings::Tls::StartTls;
        const auto out = sendAll(settings, 2);
        QCOMPARE(out.size(), 2);
        for (const SendOutcome &o : out) {
            QCOMPARE(o.to, MessageStatus::Failed);
            QVERIFY2(o.reason.contains(QStringLiteral("STARTTLS")), qPrintable(o.reason));
        }
        QCOMPARE(sink.messages().size(), 0);
    }
};

QTEST_MAIN(TestSmtp)
#include "tst_smtp.moc"
