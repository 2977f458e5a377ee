// The addresses the channels hand over: Telegram chats, Viber users and Web Push
// subscriptions. Their forms, one owner each, the audience and preflight counting only
// contacts that have the channel's address, CSV columns, and runs that message only them.
#include "audience/audiencequery.h"
#include "audience/contactfields.h"
#include "audience/contactimport.h"
#include "audience/contactservice.h"
#include "content/emailcontent.h"
#include "content/linktracking.h"
#include "dispatch/dispatcher.h"
#include "dispatch/messagecomposer.h"
#include "providers/provider.h"
#include "providers/telegram/telegramphoto.h"
#include "dispatch/runservice.h"
#include "lifecycle/preflightservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/messagerepository.h"
#include "providers/providersettings.h"
#include "storage/runrepository.h"
#include "storage/tenantrepository.h"
#include "storage/sqlquery.h"
#include "storage/uploadrepository.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QTest>

using namespace herald;

namespace {

// base64url without padding, as browsers write a subscription's keys.
QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

PushSubscription subscription(const QString &endpoint)
{
    return {0, endpoint, base64Url(QByteArray(1, '\x04') + QByteArray(64, 'k')), base64Url(QByteArray(16, 'a')), {}, {}};
}

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestChannelAddresses final : public QObject
{
    Q_OBJECT

    static QList<Id> contactIds(test::TestWorkspace &ws, const test::TestWorkspace::TenantFixture &t)
    {
        return *AudienceRepository(ws.db(), t.tenantId).listMembers(t.ids.value(QStringLiteral("list")));
    }

private slots:
    void forms()
    {
        QVERIFY(contactfields::isTelegramChat(QStringLiteral("123456789")));
        QVERIFY(contactfields::isTelegramChat(QStringLiteral("-1001234567890")));
        QVERIFY(!contactfields::isTelegramChat(QStringLiteral("12a")));
        QVERIFY(!contactfields::isTelegramChat(QStringLiteral("@someone")));
        QVERIFY(!contactfields::isTelegramChat(QString()));
        QVERIFY(contactfields::isViberUser(QStringLiteral("01234567890A=")));
        QVERIFY(!contactfields::isViberUser(QStringLiteral("a b")));
        QVERIFY(!contactfields::isViberUser(QString(65, u'x')));

        const PushSubscription good = subscription(QStringLiteral("https://push.example.net/send/abc"));
        QVERIFY(contactfields::pushSubscription(good.endpoint, good.p256dh, good.auth).ok());
        // A push service under test on this machine may speak plain http; no other may.
        QVERIFY(contactfields::pushSubscription(QStringLiteral("http://localhost:8090/x"), good.p256dh, good.auth).ok());
        QVERIFY(contactfields::pushSubscription(QStringLiteral("http://127.0.0.1:8090/x"), good.p256dh, good.auth).ok());
        const auto plain = contactfields::pushSubscription(QStringLiteral("http://push.example.net/x"), good.p256dh, good.auth);
        QCOMPARE(plain.error().kind, Error::Kind::Usage);
        QVERIFY(plain.error().message.contains(u"endpoint"));
        const auto shortKey = contactfields::pushSubscription(good.endpoint, base64Url(QByteArray(33, '\x04')), good.auth);
        QVERIFY(shortKey.error().message.contains(u"p256dh"));
        const auto notBase64 = contactfields::pushSubscription(good.endpoint, good.p256dh, QStringLiteral("not base64!"));
        QVERIFY(notBase64.error().message.contains(u"auth"));

        const QByteArray json = "{\"endpoint\":\"" + good.endpoint.toUtf8() + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\""
                                + good.p256dh.toUtf8() + "\",\"auth\":\"" + good.auth.toUtf8() + "\"}}";
        const auto parsed = contactfields::pushSubscriptionFromJson(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->endpoint, good.endpoint);
        QCOMPARE(parsed->auth, good.auth);
        QCOMPARE(contactfields::pushSubscriptionFromJson("[1]").error().kind, Error::Kind::Usage);
    }

    // A contact may be reached on Telegram or Viber alone; an address is one contact's.
    void oneOwnerEach()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        AudienceRepository audience(ws.db(), t.tenantId);
        Contact only;
        only.firstName = QStringLiteral("Tele");
        only.telegramChat = QStringLiteral(" 4242 ");
        auto saved = audience.saveContact(only, QStringLiteral("GB"), {});
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->telegramChat, QStringLiteral("4242"));
        Contact again;
        again.viberUser = QStringLiteral("V1=");
        again.telegramChat = QStringLiteral("4242");
        const auto taken = audience.saveContact(again, QStringLiteral("GB"), {});
        QCOMPARE(taken.error().kind, Error::Kind::Refused);
        QVERIFY(taken.error().message.contains(u"Telegram chat 4242 belongs to contact Tele"));
        again.telegramChat = QStringLiteral("not a chat");
        QCOMPARE(audience.saveContact(again, QStringLiteral("GB"), {}).error().kind, Error::Kind::Usage);
        Contact nothing;
        nothing.firstName = QStringLiteral("Nobody");
        QCOMPARE(audience.saveContact(nothing, QStringLiteral("GB"), {}).error().kind, Error::Kind::Usage);

        // The service refuses a chat another contact has; the repository, as a link
        // through the bot does, takes it from that contact.
        const QList<Id> ids = contactIds(ws, t);
        ContactService service(ws.db(), t.tenantId, t.manager);
        const Status refused = service.setAppAddresses(ids.at(0), QStringLiteral("4242"), std::nullopt);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QString::number(saved->id)));
        QCOMPARE(ContactService(ws.db(), t.tenantId, t.viewer).setAppAddresses(ids.at(0), QStringLiteral("77"), std::nullopt)
                     .error()
                     .kind,
                 Error::Kind::Refused);
        QVERIFY(service.setAppAddresses(ids.at(0), QStringLiteral("77"), QStringLiteral("V0=")).ok());
        ChannelAddressRepository channels(ws.db(), t.tenantId);
        const auto from = channels.setTelegramChat(ids.at(2), QStringLiteral("77"));
        QCOMPARE(from->value_or(0), ids.at(0));
        QCOMPARE(channels.contactWithTelegramChat(QStringLiteral("77"))->value_or(0), ids.at(2));
        QCOMPARE(channels.contactWithViberUser(QStringLiteral("V0="))->value_or(0), ids.at(0));
        QVERIFY(service.setAppAddresses(ids.at(0), std::nullopt, QString()).ok()); // "" clears
        QVERIFY(!channels.contactWithViberUser(QStringLiteral("V0="))->has_value());

        // A browser that subscribes again moves its endpoint, with its new keys.
        const PushSubscription browser = subscription(QStringLiteral("https://push.example.net/send/b1"));
        QVERIFY(service.subscribe(ids.at(3), browser).ok());
        PushSubscription renewed = browser;
        renewed.auth = base64Url(QByteArray(16, 'z'));
        QVERIFY(service.subscribe(ids.at(4), renewed).ok());
        QVERIFY(channels.subscriptions(ids.at(3))->isEmpty());
        QCOMPARE(channels.subscriptions(ids.at(4))->size(), 1);
        QCOMPARE(channels.subscriptions(ids.at(4))->first().auth, renewed.auth);
        QCOMPARE(service.subscribe(ids.at(4), subscription(QStringLiteral("http://push.example.net/x"))).error().kind,
                 Error::Kind::Usage);
        QCOMPARE(service.unsubscribe(ids.at(3), browser.endpoint).error().kind, Error::Kind::NotFound);
        QVERIFY(service.unsubscribe(ids.at(4), browser.endpoint).ok());
        QVERIFY(channels.subscriptions(ids.at(4))->isEmpty());

        // A contact reached only by its browser can still be edited.
        Contact pushOnly;
        pushOnly.firstName = QStringLiteral("Push");
        pushOnly.viberUser = QStringLiteral("P=");
        auto stored = audience.saveContact(pushOnly, QStringLiteral("GB"), {});
        QVERIFY(stored.ok());
        QVERIFY(service.subscribe(stored->id, browser).ok());
        stored->viberUser.clear();
        stored->lastName = QStringLiteral("Only");
        QVERIFY2(audience.saveContact(*stored, QStringLiteral("GB"), {}).ok(), "a push subscription is an address");
    }

    // The audience, preflight and the run count only contacts with the channel's address.
    void audienceAndPreflight()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const QList<Id> ids = contactIds(ws, t); // ids.at(1) opted out of everything
        const Campaign ready = ws.readyCampaign(t, {ChannelKind::Telegram, ChannelKind::Viber, ChannelKind::WebPush});
        const Id campaignId = ws.create(t, ready);
        const Campaign campaign = *CampaignRepository(ws.db(), t.tenantId).get(campaignId);
        PreflightService preflight(ws.db(), t.tenantId, t.manager);
        const auto codes = [&](RunKind kind) {
            QStringList out;
            for (const Finding &f : *preflight.check(campaign, kind))
                out << f.code + u':' + nameOf(f.channel.value_or(ChannelKind::Email)) + u' ' + f.message.english();
            return out;
        };
        const QStringList before = codes(RunKind::Live);
        const auto has = [](const QStringList &findings, const QString &text) {
            return std::any_of(findings.cbegin(), findings.cend(), [&](const QString &f) { return f.contains(text); });
        };
        QVERIFY2(has(before, QStringLiteral("segment.empty:telegram")), qPrintable(before.join(u'\n')));
        QVERIFY(has(before, QStringLiteral("has a Telegram chat with the bot")));
        QVERIFY(has(before, QStringLiteral("segment.empty:viber")));
        QVERIFY(has(before, QStringLiteral("segment.empty:webpush")));
        const QStringList testBefore = codes(RunKind::Test);
        QVERIFY(has(testBefore, QStringLiteral("test_recipients.missing:telegram")));

        ChannelAddressRepository channels(ws.db(), t.tenantId);
        for (int i : {0, 1, 2})
            QVERIFY(channels.setTelegramChat(ids.at(i), QString::number(1000 + i)).ok());
        QVERIFY(channels.setViberUser(ids.at(3), QStringLiteral("V3=")).ok());
        QVERIFY(channels.subscribe(ids.at(4), subscription(QStringLiteral("https://push.example.net/4")), kNow).ok());
        QVERIFY(channels.subscribe(ids.at(4), subscription(QStringLiteral("https://push.example.net/4b")), kNow).ok());
        QVERIFY(channels.subscribe(ids.at(5), subscription(QStringLiteral("https://push.example.net/5")), kNow).ok());
        const QStringList after = codes(RunKind::Live);
        QVERIFY2(!has(after, QStringLiteral("segment.empty")), qPrintable(after.join(u'\n')));

        AudienceQuery audience(ws.db(), t.tenantId);
        AudienceSpec spec;
        spec.contactListId = t.ids.value(QStringLiteral("list"));
        spec.channel = ChannelKind::Telegram;
        QCOMPARE(*audience.count(spec), qint64(2)); // one of the three opted out
        spec.channel = ChannelKind::Viber;
        QCOMPARE(*audience.count(spec), qint64(1));
        spec.channel = ChannelKind::WebPush;
        QCOMPARE(*audience.count(spec), qint64(2)); // contacts, not browsers

        // A test run reaches the test recipient's contact through its chat.
        const QString qa = AudienceRepository(ws.db(), t.tenantId).contactsByIds({ids.at(0)})->first().email;
        QCOMPARE(*audience.testRecipients(ChannelKind::Telegram, {qa.toUpper(), QStringLiteral("+447700900999")}),
                 QList<Id>{ids.at(0)});
        QVERIFY(audience.testRecipients(ChannelKind::Viber, {qa})->isEmpty());

        // The live run queues exactly those contacts; one that loses its chat before its
        // turn fails, naming why, and nobody else is messaged.
        ManualClock clock(kNow);
        const Run run = ws.startRun(t, campaignId, clock);
        MessageRepository messages(ws.db(), t.tenantId);
        const auto queued = *messages.counts(run.id);
        QCOMPARE(queued.value(ChannelKind::Telegram).value(MessageStatus::Queued), qint64(2));
        QCOMPARE(queued.value(ChannelKind::Viber).value(MessageStatus::Queued), qint64(1));
        QCOMPARE(queued.value(ChannelKind::WebPush).value(MessageStatus::Queued), qint64(2));
        QVERIFY(channels.setTelegramChat(ids.at(2), QString()).ok());
        Dispatcher d(ws.db(), clock, {});
        const auto final = [&] {
            const auto now = RunRepository(ws.db(), t.tenantId).get(run.id);
            if (!now)
                qFatal("reading run %lld: %s", run.id, qPrintable(now.error().message));
            for (const RunChannel &rc : now->channels)
                if (!isFinal(rc.status))
                    return false;
            return true;
        };
        for (int i = 0; i < 2000 && !final(); ++i) {
            clock.advanceSecs(1);
            d.tick();
            QCoreApplication::processEvents();
            d.flush();
            QTest::qWait(1);
        }
        QVERIFY(final());
        const auto sent = *messages.counts(run.id);
        QCOMPARE(sent.value(ChannelKind::Telegram).value(MessageStatus::Failed), qint64(1));
        SqlQuery reason(ws.db().connection(), QStringLiteral("SELECT failure_reason FROM messages WHERE run_id = ? "
                                                             "AND contact_id = ? AND channel = 'telegram'"));
        reason.bind(run.id).bind(ids.at(2));
        QVERIFY(reason.exec(u"reading").ok() && reason.next());
        QCOMPARE(reason.text(0), QStringLiteral("The contact has no Telegram chat with the bot"));
        qint64 total = 0;
        for (const auto &byStatus : sent)
            for (qint64 n : byStatus)
                total += n;
        QCOMPARE(total, qint64(5));
    }

    // Telegram's text is HTML: the template's tags stay, a merge field never becomes one;
    // each kind's address is the contact's own.
    void composedForEachKind()
    {
        const QJsonObject frozen{{QStringLiteral("body"), QStringLiteral("Hi <b>{{first_name}}</b> &amp; welcome")}};
        Recipient to;
        to.messageId = 7;
        to.contactId = 3;
        to.firstName = QStringLiteral("A<i>&\"B");
        to.email = QStringLiteral("a@example.com");
        to.phone = QStringLiteral("+447700900123");
        to.telegramChat = QStringLiteral("4242");
        to.viberUser = QStringLiteral("V=");
        to.pushSubscriptions = {subscription(QStringLiteral("https://push.example.net/1")),
                                subscription(QStringLiteral("https://push.example.net/2"))};
        const OutgoingMessage telegram = MessageComposer({1, 2, ChannelKind::Telegram, frozen, {}, false, {}, {}}, std::nullopt)
                                             .compose(to, 1);
        QCOMPARE(telegram.body, QStringLiteral("Hi <b>A&lt;i&gt;&amp;&quot;B</b> &amp; welcome"));
        QCOMPARE(telegram.address, QStringLiteral("4242"));
        const OutgoingMessage viber =
            MessageComposer({1, 2, ChannelKind::Viber, frozen, {}, false, {}, {}}, std::nullopt).compose(to, 1);
        QCOMPARE(viber.address, QStringLiteral("V="));
        QCOMPARE(viber.body, QStringLiteral("Hi <b>A<i>&\"B</b> &amp; welcome")); // Viber's text is not HTML
        const OutgoingMessage push =
            MessageComposer({1, 2, ChannelKind::WebPush, frozen, {}, false, {}, {}}, std::nullopt).compose(to, 1);
        QCOMPARE(push.address, QStringLiteral("https://push.example.net/1"));
        QCOMPARE(push.pushSubscriptions.size(), 2);
        to.telegramChat.clear();
        QVERIFY(MessageComposer::addressOf(to, ChannelKind::Telegram).isEmpty());
    }

    // What Telegram takes as a photo, known by its bytes, and a caption's length as
    // Telegram counts it (after its HTML).
    void telegramPhotoChecks()
    {
        QCOMPARE(telegramphoto::imageType(QByteArray::fromHex("ffd8ffe000104a464946")), QStringLiteral("image/jpeg"));
        QCOMPARE(telegramphoto::imageType(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")),
                 QStringLiteral("image/png"));
        QCOMPARE(telegramphoto::imageType(QByteArrayLiteral("RIFF\x24\0\0\0WEBPVP8 ")), QStringLiteral("image/webp"));
        QVERIFY(telegramphoto::imageType(QByteArrayLiteral("GIF89a\1\0\1\0")).isEmpty());
        QVERIFY(telegramphoto::imageType(QByteArrayLiteral("<svg/>")).isEmpty());
        QCOMPARE(telegramphoto::captionLength(QStringLiteral("<b>Hi</b> &amp; <a href=\"https://x.example\">you</a>")),
                 qsizetype(8));
        QCOMPARE(telegramphoto::captionLength(QStringLiteral("  caf\u00e9  ")), qsizetype(4));
        const Attachment text = EmailContent::describe(QStringLiteral("notes.png"), QByteArrayLiteral("not a picture"));
        QVERIFY(!telegramphoto::check(text, QStringLiteral("Digest")));
        QVERIFY(telegramphoto::check(Attachment{}, QStringLiteral("Digest"))); // a stored one: checked before
    }

    // {{push_token}} is the contact's own token for the subscribe endpoint (the one
    // `contacts show` gives and the listener verifies), whatever the channel carrying it;
    // empty without the tenant's secret, never someone else's.
    void pushTokenMergeField()
    {
        const QJsonObject frozen{
            {QStringLiteral("body"), QStringLiteral("Alerts: https://shop.example/notify?c={{push_token}}")}};
        Recipient to;
        to.messageId = 7;
        to.contactId = 3;
        to.email = QStringLiteral("a@example.com");
        const QString secret = QStringLiteral("0123456789abcdef0123456789abcdef");
        const OutgoingMessage mail =
            MessageComposer({1, 2, ChannelKind::Email, frozen, {}, false, {}, {}}, TenantWeb{{}, secret, {}})
                .compose(to, 1);
        const QString token = mail.body.section(QStringLiteral("?c="), 1);
        QCOMPARE(token, LinkTracking::linkToken(ChannelKind::WebPush, secret, 3));
        QCOMPARE(*LinkTracking::verifyLinkToken(ChannelKind::WebPush, token, secret), Id(3));
        QVERIFY(!LinkTracking::verifyLinkToken(ChannelKind::Telegram, token, secret));
        const OutgoingMessage noSecret =
            MessageComposer({1, 2, ChannelKind::Sms, frozen, {}, false, {}, {}}, std::nullopt).compose(to, 1);
        QCOMPARE(noSecret.body, QStringLiteral("Alerts: https://shop.example/notify?c="));
    }

    // The deep link is signed with the tenant's secret, which saving the Telegram provider
    // (an admin's) makes; reading a contact never writes the tenant.
    void telegramLinkNeedsTheProvider()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id contact = contactIds(ws, t).first();
        ws.exec(QStringLiteral("UPDATE tenants SET link_secret = '' WHERE id = ?"), {t.tenantId});
        QCOMPARE(*ContactService(ws.db(), t.tenantId, t.viewer).telegramLink(contact), QString());
        QVERIFY(TenantRepository(ws.db()).byId(t.tenantId)->linkSecret.isEmpty());
        qputenv("HERALD_TEST_BOT_TOKEN", "123:abc");
        auto saved = ProviderSettings(ws.db(), t.tenantId, t.admin)
                         .save(ChannelKind::Telegram, QStringLiteral("telegram"),
                               QStringLiteral(R"({"password_env":"HERALD_TEST_BOT_TOKEN"})"));
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        const QString link = *ContactService(ws.db(), t.tenantId, t.viewer).telegramLink(contact);
        QVERIFY2(link.startsWith(u"https://t.me/"), qPrintable(link));
        const QString secret = TenantRepository(ws.db()).byId(t.tenantId)->linkSecret;
        QCOMPARE(*LinkTracking::verifyLinkToken(ChannelKind::Telegram, link.section(u'=', 1), secret), contact);
    }

    // CSV columns bring the addresses in; a known contact gains the ones it lacks.
    void importColumns()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const QList<Id> ids = contactIds(ws, t);
        const QString known = AudienceRepository(ws.db(), t.tenantId).contactsByIds({ids.at(0)})->first().email;
        const PushSubscription s = subscription(QStringLiteral("https://push.example.net/csv"));
        // Opted out of email alone: a row that reaches them on Telegram and Viber still counts.
        QVERIFY(ChannelAddressRepository(ws.db(), t.tenantId).setTelegramChat(ids.at(5), QStringLiteral("5009")).ok());
        QVERIFY(AudienceRepository(ws.db(), t.tenantId)
                    .addOptOut({0, t.tenantId, ids.at(5), ChannelKind::Email, QStringLiteral("manual"), kNow, {}})
                    .ok());
        const QByteArray csv = "name,email,Telegram,Viber ID,endpoint,p256dh,auth\n"
                               "Ann Chat,,5001,,,,\n"
                               "Bob Known," + known.toUtf8() + ",5002,VB=,,,\n"
                               "Cy Push,cy@example.org,,," + s.endpoint.toUtf8() + ',' + s.p256dh.toUtf8() + ','
                               + s.auth.toUtf8() + "\n"
                               "Dee Wrong,,12ab,,,,\n"
                               "Eve Again,,5001,,,,\n"
                               "Fay Half,fay@example.org,,,https://push.example.net/f,,\n"
                               "Gus None,,,,,,\n"
                               "Hal Apps,,5009,VH=,,,\n";
        QByteArray data = csv;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        ContactImport::Options o;
        o.listName = QStringLiteral("Apps");
        o.fileName = QStringLiteral("apps.csv");
        ManualClock clock(kNow);
        auto upload = ContactImport(ws.db(), t.tenantId, t.manager, clock).run(buffer, o);
        QVERIFY2(upload.ok(), upload ? "" : qPrintable(upload.error().message));
        QCOMPARE(upload->accepted, 4);
        QCOMPARE(upload->skippedOptedOut, 0);
        QCOMPARE(upload->duplicates, 1);
        QCOMPARE(upload->rejected, 3);
        const auto rows = *UploadRepository(ws.db(), t.tenantId).rows(upload->id);
        QStringList reasons;
        for (const UploadRow &r : rows)
            if (r.outcome == UploadRow::Outcome::Rejected)
                reasons << r.reason;
        QVERIFY2(reasons.at(0).contains(u"Telegram chat \"12ab\" (column \"Telegram\")"), qPrintable(reasons.join(u'\n')));
        QVERIFY2(reasons.at(1).contains(u"p256dh"), qPrintable(reasons.join(u'\n')));
        QCOMPARE(reasons.at(2), QStringLiteral("no email, phone, Telegram chat, Viber user or push subscription"));

        ChannelAddressRepository channels(ws.db(), t.tenantId);
        const Id ann = channels.contactWithTelegramChat(QStringLiteral("5001"))->value_or(0);
        QVERIFY(ann > 0);
        QCOMPARE(channels.contactWithTelegramChat(QStringLiteral("5002"))->value_or(0), ids.at(0));
        QCOMPARE(channels.contactWithViberUser(QStringLiteral("VB="))->value_or(0), ids.at(0));
        QCOMPARE(channels.contactWithViberUser(QStringLiteral("VH="))->value_or(0), ids.at(5));
        const Id cy = AudienceRepository(ws.db(), t.tenantId).contactsWithAddress(QStringLiteral("cy@example.org"))->first();
        QCOMPARE(channels.subscriptions(cy)->first().endpoint, s.endpoint);

        // Three push columns or none.
        QByteArray half = "email,endpoint\na@example.org,https://push.example.net/a\n";
        QBuffer halfBuffer(&half);
        halfBuffer.open(QIODevice::ReadOnly);
        const auto refused = ContactImport(ws.db(), t.tenantId, t.manager, clock).run(halfBuffer, o);
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY(refused.error().message.contains(u"three columns"));
    }
};

QTEST_GUILESS_MAIN(TestChannelAddresses)
#include "tst_channeladdresses.moc"
