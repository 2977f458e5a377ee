// SMS through a real Kannel gateway on loopback (bearerbox, smsbox and fakesmsc, started
// by the test): messages accepted and received by the SMS centre, its delivery reports
// received and applied, an inbound STOP opting the contact out before the next claim, a
// reply stored against the run, and callbacks without the token or with garbage refused
// without changing anything. Then heraldctl sends a demo SMS campaign end to end.
#include "democtl.h"
#include "dispatch/dispatcher.h"
#include "kannelpeer.h"
#include "organisation/tenantservice.h"
#include "providers/kannel/kannelprovider.h"
#include "providers/providersettings.h"
#include "smtpsink.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace herald;
using S = MessageStatus;

namespace {

int httpGet(const QString &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QString withoutPlus(const QString &e164)
{
    return e164.startsWith(u'+') ? e164.mid(1) : e164;
}

// A gateway with handsets whose callbacks reach the tenant's Kannel provider, configured
// as the tenant's SMS provider: at the tenant's listener, or at the provider's own
// (`listen` in its settings). `listen` is the port the callbacks arrive at.
enum class Callbacks { OwnListener, TenantListener };

struct TenantGateway
{
    quint16 listen = 0;
    QString token; // the tenant's secret in the callback URLs
    std::unique_ptr<test::KannelPeer> kannel;
};

TenantGateway gatewayFor(test::TestWorkspace &ws, const test::TestWorkspace::TenantFixture &t,
                         Callbacks callbacks = Callbacks::OwnListener)
{
    TenantGateway g;
    g.token = *TenantRepository(ws.db()).callbackToken(t.tenantId);
    std::optional<test::ReservedPort> reserved; // not one of the gateway's ports
    QString own;
    if (callbacks == Callbacks::TenantListener) {
        g.listen = QUrl(ws.serveLinks(t)).port();
    } else {
        reserved.emplace();
        g.listen = reserved->port();
        own = QStringLiteral(R"(,"listen":"127.0.0.1:%1")").arg(g.listen);
    }
    const auto config = [&](const QString &url) {
        return ProviderConfig{0, t.tenantId, ChannelKind::Sms, QStringLiteral("kannel"),
                              QStringLiteral(R"({"url":"%1","user":"%2","password_env":"HERALD_TEST_KANNEL_PASSWORD"%3})")
                                  .arg(url, test::KannelPeer::user(), own),
                              true};
    };
    // The reply URL as Settings and `heraldctl providers list` show it to the admin.
    const QString inbound = ProviderSettings(ws.db(), t.tenantId, t.admin).inboundUrl(config(QStringLiteral("http://127.0.0.1:9/")));
    if (!inbound.startsWith(u"http://127.0.0.1:" + QString::number(g.listen) + u"/kannel/mo?token=" + g.token))
        qFatal("the reply URL does not name the callback listener: %s", qPrintable(inbound));
    g.kannel = std::make_unique<test::KannelPeer>(inbound, true);
    reserved.reset(); // Herald's listener takes it
    if (!g.kannel->isUp())
        return g;
    if (auto set = SenderRepository(ws.db(), t.tenantId).setProvider(config(g.kannel->sendsmsUrl().toString())); !set)
        qFatal("cannot set the Kannel provider: %s", qPrintable(set.error().message));
    return g;
}

} // namespace

class TestKannel final : public QObject
{
    Q_OBJECT

    static constexpr int kRecipients = 4;
    // How long the gateway may take for what a test waits on: a limit, not a pause (the
    // waits end as soon as the condition holds).
    static constexpr int kPeerLimitMs = 120000;

private slots:
    void initTestCase()
    {
        if (!test::KannelPeer::available())
            QFAIL("Kannel is not installed: run scripts/install-deps.sh (packages kannel, kannel-extras)");
        qputenv("HERALD_TEST_KANNEL_PASSWORD", test::KannelPeer::password().toUtf8());
    }

    // The provider alone: GSM-7 and UCS-2 texts reach the SMS centre as written, and
    // each message's delivery report comes back as Delivered.
    void providerSendsAndReportsComeBack()
    {
        test::KannelPeer kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        KannelSettings s;
        s.url = kannel.sendsmsUrl();
        s.user = test::KannelPeer::user();
        s.password = test::KannelPeer::password();
        s.listenPort = 0;
        KannelProvider provider(s, CallbackSite{QStringLiteral("0123456789abcdef0123456789abcdef"), {}, {}});
        QVERIFY(provider.startListening().ok());
        QSignalSpy outcomes(&provider, &Provider::outcomes);
        QSignalSpy reports(&provider, &Provider::deliveryReports);
        QList<OutgoingMessage> batch;
        for (int i = 0; i < 40; ++i) {
            OutgoingMessage m;
            m.messageId = 100 + i;
            m.channel = ChannelKind::Sms;
            m.address = u"+4477009" + QString::number(10000 + i);
            m.from = QStringLiteral("+447700900001");
            m.body = i == 0 ? QStringLiteral("Grüße aus Köln 😀") : u"Flash sale " + QString::number(i) + u": 20% off today";
            batch << m;
        }
        provider.send(batch);
        QHash<Id, S> outcome, report;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &args : std::as_const(outcomes))
                    for (const SendOutcome &o : args.at(0).value<QList<SendOutcome>>())
                        outcome.insert(o.messageId, o.to);
                for (const auto &args : std::as_const(reports))
                    for (const DeliveryReport &r : args.at(0).value<QList<DeliveryReport>>())
                        report.insert(r.messageId, r.to);
                return outcome.size() == 40 && report.size() == 40;
            }(),
            20000);
        for (Id id = 100; id < 140; ++id) {
            QCOMPARE(outcome.value(id), S::Sent);
            QCOMPARE(report.value(id), S::Delivered);
        }
        QTRY_COMPARE_WITH_TIMEOUT(kannel.received().size(), 40, 10000);
        const QStringList got = kannel.received();
        QVERIFY2(std::any_of(got.cbegin(), got.cend(), [](const QString &l) { return l.contains(u"Flash sale 7: 20% off today"); }),
                 qPrintable(got.join(u'\n')));
    }

    // A whole SMS run through the dispatcher: STOP from a handset before the run opts
    // that contact out at claim; everyone else is sent and delivered by the reports;
    // a reply afterwards is stored against the run; bad callbacks change nothing.
    void runThroughTheGateway()
    {
        test::TestWorkspace ws;
        auto t = ws.addTenant(QStringLiteral("A"));
        const TenantGateway gateway = gatewayFor(ws, t);
        test::KannelPeer &kannel = *gateway.kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        const quint16 listen = gateway.listen;
        const QString token = gateway.token;
        // Sent now, whatever the hour: the default SMS window (08:00-21:00) would hold it.
        Campaign ready = ws.readyCampaign(t, {ChannelKind::Sms});
        ready.channels.first().sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, ready);

        SystemClock clock;
        Dispatcher dispatcher(ws.db(), clock, {});
        QSignalSpy problems(&dispatcher, &Dispatcher::problem);
        dispatcher.start(); // listens for the gateway from here on
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));

        // Who will get an SMS: contacts with a phone, not opted out. The fake SMS centre
        // with handsets takes about one message a second, so the run is sized to it: four
        // contacts keep their phone.
        QList<Contact> withPhone;
        for (const Contact &c : *AudienceRepository(ws.db(), t.tenantId).contacts()) {
            if (c.phone.isEmpty())
                continue;
            if (withPhone.size() < kRecipients) {
                withPhone << c;
                continue;
            }
            Contact without = c;
            without.phone.clear();
            QVERIFY(AudienceRepository(ws.db(), t.tenantId).saveContact(without, QStringLiteral("GB"), {t.ids.value(QStringLiteral("list"))}).ok());
        }
        QCOMPARE(withPhone.size(), kRecipients);
        const QList<PhoneNumber> numbers = *SenderRepository(ws.db(), t.tenantId).numbers(t.ids.value(QStringLiteral("pool")));
        const Contact stopper = withPhone.last();
        const qsizetype optOutsBefore = AudienceRepository(ws.db(), t.tenantId).optOuts()->size();
        kannel.sendInbound(stopper.phone, withoutPlus(numbers.first().e164), QStringLiteral("Stop.")); // punctuation and case aside, a keyword
        QTRY_COMPARE_WITH_TIMEOUT(AudienceRepository(ws.db(), t.tenantId).optOuts()->size(), optOutsBefore + 1, 10000);

        const Run run = ws.startRun(t, campaign, clock, &t.manager);
        const auto counts = [&] {
            QMap<S, qint64> out;
            for (const auto &byStatus : *MessageRepository(ws.db(), t.tenantId).counts(run.id))
                for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
                    out[it.key()] += it.value();
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto c = counts();
                return c.value(S::Queued) + c.value(S::Sending) + c.value(S::Sent) + c.value(S::Retrying) == 0;
            }(),
            kPeerLimitMs);
        const auto done = counts();
        const QList<Message> messages = *MessageRepository(ws.db(), t.tenantId).forRun(run.id);
        for (const Message &m : messages) {
            if (m.contactId == stopper.id) {
                QCOMPARE(m.status, S::OptedOut);
                QCOMPARE(m.attempts, 0);
            } else {
                QCOMPARE(m.status, S::Delivered); // by the gateway's report, not assumed
            }
        }
        QCOMPARE(done.value(S::OptedOut) + done.value(S::Delivered), qint64(messages.size()));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(kannel.received().size()), done.value(S::Delivered), kPeerLimitMs);
        QVERIFY(!kannel.received().join(u'\n').contains(stopper.phone));
        QCOMPARE(SenderRepository(ws.db(), t.tenantId).number(numbers.first().id)->successes, done.value(S::Delivered));

        // A reply that is not a keyword is kept, tied to the contact and the run.
        const Contact asker = withPhone.first();
        kannel.sendInbound(asker.phone, withoutPlus(numbers.first().e164), QStringLiteral("Is the sale on in stores too?"));
        QTRY_COMPARE_WITH_TIMEOUT(ReplyRepository(ws.db(), t.tenantId).ofRun(run.id)->size(), qsizetype(1), 10000);
        const Reply reply = ReplyRepository(ws.db(), t.tenantId).ofRun(run.id)->first();
        QCOMPARE(reply.contactId, std::optional<Id>(asker.id));
        QCOMPARE(reply.body, QStringLiteral("Is the sale on in stores too?"));
        QCOMPARE(reply.toAddress, numbers.first().e164);

        // Without the token, or with garbage, nothing changes.
        const Id some = messages.first().id;
        const QString at = u"http://127.0.0.1:" + QString::number(listen);
        QCOMPARE(httpGet(at + u"/kannel/dlr?id=" + QString::number(some) + u"&type=2&reason=forged"), 403);
        const QString forged = token.left(31) + (token.endsWith(u'0') ? u'1' : u'0'); // one character off
        QCOMPARE(httpGet(at + u"/kannel/dlr?token=" + forged + u"&id=" + QString::number(some) + u"&type=2"), 403);
        QCOMPARE(httpGet(at + u"/kannel/dlr?token=" + token + u"&id=" + QString::number(some) + u"&type=999"), 400);
        QCOMPARE(httpGet(at + u"/kannel/mo?token=wrong&from=" + withoutPlus(asker.phone) + u"&text=STOP"), 403);
        // A late failure report after Delivered never moves the message backwards.
        const qint64 readBefore = dispatcher.reportsRead();
        QCOMPARE(httpGet(at + u"/kannel/dlr?token=" + token + u"&id=" + QString::number(some) + u"&type=2&reason=late"), 202);
        QTRY_VERIFY_WITH_TIMEOUT(dispatcher.reportsRead() > readBefore, kPeerLimitMs); // read, and changed nothing
        dispatcher.flush();
        QCOMPARE(counts(), done);
        QCOMPARE(AudienceRepository(ws.db(), t.tenantId).optOuts()->size(), optOutsBefore + 1);
    }

    // The keywords carriers expect, typed on a handset: HELP is answered with the tenant's
    // text, the tenant's own stop word opts out, START opts back in; both audited. The
    // gateway calls the tenant's listener, which answers its links as well.
    void keywordsAsCarriersExpect()
    {
        test::TestWorkspace ws;
        auto t = ws.addTenant(QStringLiteral("Keywords"));
        const QString tenantName = TenantRepository(ws.db()).byId(t.tenantId)->name;
        QVERIFY(TenantService(ws.db(), t.admin)
                    .setSmsKeywords(tenantName, QStringLiteral("Arr\u00eat, stopp"),
                                    QStringLiteral("Keywords Ltd: reply STOP to opt out. Help: 0800 123 456"))
                    .ok());
        const TenantGateway gateway = gatewayFor(ws, t, Callbacks::TenantListener);
        test::KannelPeer &kannel = *gateway.kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        SystemClock clock;
        Dispatcher dispatcher(ws.db(), clock, {});
        QSignalSpy problems(&dispatcher, &Dispatcher::problem);
        dispatcher.start();
        const QString at = u"http://127.0.0.1:" + QString::number(gateway.listen);
        QTRY_COMPARE_WITH_TIMEOUT(httpGet(at + u"/c/not-a-token"), 404, kPeerLimitMs); // the tenant's listener
        QCOMPARE(httpGet(at + u"/kannel/mo?token=wrong&from=15550001&text=STOP"), 403);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().toString()));

        AudienceRepository audience(ws.db(), t.tenantId);
        QList<Contact> withPhone;
        for (const Contact &c : *audience.contacts())
            if (!c.phone.isEmpty() && withPhone.size() < 2 && audience.optOuts(std::pair{c.id, std::optional(ChannelKind::Sms)})->isEmpty())
                withPhone << c;
        QCOMPARE(withPhone.size(), 2);
        const QString pool = withoutPlus(SenderRepository(ws.db(), t.tenantId).numbers(t.ids.value(QStringLiteral("pool")))->first().e164);
        const Contact asker = withPhone.at(0), leaver = withPhone.at(1);
        const auto smsOptOuts = [&](Id contact) {
            return audience.optOuts(std::pair{contact, std::optional(ChannelKind::Sms)})->size();
        };

        kannel.sendInbound(asker.phone, pool, QStringLiteral("help?"));
        QTRY_VERIFY_WITH_TIMEOUT(kannel.received().join(u'\n').contains(u"Help: 0800 123 456"), kPeerLimitMs);
        const QString answer = kannel.received().filter(QStringLiteral("Help: 0800")).first();
        QVERIFY2(answer.contains(withoutPlus(asker.phone)), qPrintable(answer));
        QCOMPARE(smsOptOuts(asker.id), 0); // HELP is no opt-out, and no reply either
        QVERIFY(ReplyRepository(ws.db(), t.tenantId).ofContact(asker.id)->isEmpty());

        kannel.sendInbound(leaver.phone, pool, QStringLiteral("ARRET!"));
        QTRY_COMPARE_WITH_TIMEOUT(smsOptOuts(leaver.id), 1, kPeerLimitMs);
        QCOMPARE(audience.optOuts(std::pair{leaver.id, std::optional(ChannelKind::Sms)})->first().source,
                 QStringLiteral("reply keyword"));
        kannel.sendInbound(leaver.phone, pool, QStringLiteral("Start"));
        QTRY_COMPARE_WITH_TIMEOUT(smsOptOuts(leaver.id), 0, kPeerLimitMs);
        const auto events = *audience.optOutEvents();
        QCOMPARE(events.first().contactId, leaver.id); // newest first: back in
        QVERIFY(!events.first().added);
        QCOMPARE(events.first().source, QStringLiteral("reply keyword"));
        QCOMPARE(events.first().actor, QStringLiteral("system"));
        QVERIFY(events.at(1).added);
    }

    // Done means: heraldctl runs a demo SMS campaign through the gateway and waits for
    // the delivery reports, which arrive at the tenant's listener.
    void heraldctlSendsThroughKannel()
    {
        test::DemoCtl demo;
        QVERIFY(demo.isUp());
        const auto ctl = [&](const QStringList &args, int expectedExit = 0) { return demo.run(args, expectedExit); };

        // The tenant's listener, then the provider without a listener of its own: the
        // reply URL names the tenant's public URL.
        test::ReservedPort reserved; // not one of the gateway's ports
        const QString listen = u"127.0.0.1:" + QString::number(reserved.port());
        const QString tenant = ctl({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")})
                                   .array()
                                   .first()
                                   .toObject()
                                   .value(QLatin1StringView("name"))
                                   .toString();
        QVERIFY(!ctl({QStringLiteral("tenants"), QStringLiteral("edit"), tenant, QStringLiteral("--listen"), listen,
                      QStringLiteral("--public-url"), u"http://" + listen + u"/", QStringLiteral("--json")})
                     .isNull());
        const auto setProvider = [&](const QString &url) {
            return ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("sms"),
                        QStringLiteral("--provider"), QStringLiteral("kannel"), QStringLiteral("--settings"),
                        QStringLiteral(R"({"url":"%1","user":"%2","password_env":"HERALD_TEST_KANNEL_PASSWORD"})")
                            .arg(url, test::KannelPeer::user()),
                        QStringLiteral("--json")})
                .object();
        };
        const QString inbound = setProvider(QStringLiteral("http://127.0.0.1:9/cgi-bin/sendsms"))
                                    .value(QLatin1StringView("inbound_url"))
                                    .toString();
        QVERIFY2(inbound.startsWith(u"http://" + listen + u"/kannel/mo?token="), qPrintable(inbound));
        test::KannelPeer kannel(inbound);
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        reserved.release(); // heraldctl's listener takes it
        QVERIFY(!setProvider(kannel.sendsmsUrl().toString()).isEmpty());
        const QJsonObject probe = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                       QStringLiteral("sms"), QStringLiteral("--json")})
                                      .object();
        QCOMPARE(probe.value(QLatin1StringView("ok")).toBool(), true);

        const QString id = demo.campaign(QStringLiteral("Flash Sale SMS Alert"));
        QVERIFY(!id.isEmpty());
        QVERIFY(!ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"),
                      QStringLiteral("--json")})
                     .isNull());
        const QJsonObject counts = demo.lastRunCounts(id);
        const int delivered = counts.value(QLatin1StringView("Delivered")).toInt();
        QVERIFY2(delivered > 100, QJsonDocument(counts).toJson().constData());
        QCOMPARE(counts.value(QLatin1StringView("Sent")).toInt(), 0); // every report applied
        QCOMPARE(counts.value(QLatin1StringView("Failed")).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(int(kannel.received().size()), delivered, 15000);
    }
};

QTEST_GUILESS_MAIN(TestKannel)
#include "tst_kannel.moc"
