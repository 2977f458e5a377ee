// The Web Push provider against an in-process push service that answers as the test says
// (201, 404, 410, 429 with Retry-After, 5xx, 400, 403): what each answer makes of a
// message, the headers each request carries, and the payload. The integration test
// (tst_webpush) sends to an independent push service that decrypts and checks VAPID.
#include "providers/webpush/webpushprovider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace herald;

namespace {

// A push service: /p/ANSWER answers ANSWER's status; the requests' headers are kept.
class FakePushService final
{
public:
    FakePushService()
    {
        m_server.route(QStringLiteral("/p/<arg>"), QHttpServerRequest::Method::Post,
                       [this](const QString &answer, const QHttpServerRequest &request) {
                           QHash<QByteArray, QByteArray> headers;
                           for (const auto &[key, value] : request.headers())
                               headers.insert(key.toLower(), value);
                           headers.insert("#body-size", QByteArray::number(request.body().size()));
                           requests.insert(answer, headers);
                           using Code = QHttpServerResponse::StatusCode;
                           static const QHash<QString, Code> codes{
                               {QStringLiteral("ok"), Code::Created},         {QStringLiteral("gone"), Code::Gone},
                               {QStringLiteral("missing"), Code::NotFound},   {QStringLiteral("busy"), Code::TooManyRequests},
                               {QStringLiteral("down"), Code::ServiceUnavailable}, {QStringLiteral("bad"), Code::BadRequest},
                               {QStringLiteral("auth"), Code::Forbidden}};
                           QHttpServerResponse r(QByteArrayLiteral("text/plain"), QByteArrayLiteral("said so"),
                                                 codes.value(answer, Code::Created));
                           if (answer == u"busy")
                               r.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7"));
                           return r;
                       });
        m_port = m_server.listen(QHostAddress::LocalHost);
    }
    QString endpoint(const QString &answer) const
    {
        return u"http://127.0.0.1:" + QString::number(m_port) + u"/p/" + answer;
    }
    QHash<QString, QHash<QByteArray, QByteArray>> requests; // by answer

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

PushSubscription browser(const QString &endpoint)
{
    const auto key = webpush::generateKeyPair();
    PushSubscription s;
    s.endpoint = endpoint;
    s.p256dh = QString::fromLatin1(webpush::base64Url(key->publicKey));
    s.auth = QString::fromLatin1(webpush::base64Url(QByteArray(16, 'k')));
    return s;
}

WebPushSettings settings()
{
    auto s = WebPushSettings::fromJson(QStringLiteral(
        "{\"subject\":\"mailto:ops@northwind.example\",\"icon\":\"https://northwind.example/icon.png\",\"url\":\"https://northwind.example/\",\"urgency\":\"high\"}"));
    return *s;
}

} // namespace

class TestWebPushProvider final : public QObject
{
    Q_OBJECT

    // The outcome of one message to browsers answering `answers`.
    SendOutcome send(FakePushService &service, const QStringList &answers, const QDateTime &expires = {})
    {
        WebPushProvider provider(settings(), *webpush::generateKeyPair());
        QSignalSpy spy(&provider, &Provider::outcomes);
        OutgoingMessage m;
        m.messageId = 42;
        m.channel = ChannelKind::WebPush;
        m.subject = QStringLiteral("Price drop");
        m.body = QStringLiteral("Cheaper today: https://northwind.example/item/7.");
        m.expires = expires;
        for (const QString &a : answers)
            m.pushSubscriptions.append(browser(service.endpoint(a)));
        m.address = m.pushSubscriptions.first().endpoint;
        provider.send({m});
        if (!spy.wait(20000))
            return {};
        return spy.first().first().value<QList<SendOutcome>>().first();
    }

private slots:
    void answers()
    {
        FakePushService service;
        const auto check = [&](const QStringList &answers, MessageStatus to, const QString &reason, int reached, int expired) {
            const SendOutcome o = send(service, answers);
            QCOMPARE(o.messageId, Id(42));
            QCOMPARE(o.to, to);
            QVERIFY2(o.reason.contains(reason), qPrintable(o.reason));
            QCOMPARE(o.reachedEndpoints.size(), reached);
            QCOMPARE(o.expiredEndpoints.size(), expired);
        };
        check({QStringLiteral("ok")}, MessageStatus::Delivered, {}, 1, 0);
        check({QStringLiteral("gone")}, MessageStatus::Failed, QStringLiteral("subscription expired"), 0, 1);
        check({QStringLiteral("missing"), QStringLiteral("gone")}, MessageStatus::Failed, QStringLiteral("subscription expired"), 0, 2);
        // One browser took it: delivered, and the gone one is removed all the same.
        check({QStringLiteral("gone"), QStringLiteral("ok")}, MessageStatus::Delivered, {}, 1, 1);
        check({QStringLiteral("down"), QStringLiteral("gone")}, MessageStatus::Retrying, QStringLiteral("HTTP 503"), 0, 1);
        check({QStringLiteral("bad")}, MessageStatus::Failed, QStringLiteral("HTTP 400 said so"), 0, 0);
        check({QStringLiteral("auth")}, MessageStatus::Failed, QStringLiteral("VAPID"), 0, 0);
        const SendOutcome busy = send(service, {QStringLiteral("busy")});
        QCOMPARE(busy.to, MessageStatus::Retrying);
        QCOMPARE(busy.retryAfterSecs, 7);
    }

    // RFC 8030's headers and RFC 8292's Authorization on each request.
    void headers()
    {
        FakePushService service;
        send(service, {QStringLiteral("ok")}, QDateTime::currentDateTimeUtc().addSecs(3600));
        const auto h = service.requests.value(QStringLiteral("ok"));
        QCOMPARE(h.value("content-encoding"), QByteArray("aes128gcm"));
        QVERIFY(std::abs(h.value("ttl").toInt() - 3600) <= 5); // what is left of the campaign's TTL
        QCOMPARE(h.value("urgency"), QByteArray("high"));
        QVERIFY(h.value("authorization").startsWith("vapid t="));
        QVERIFY(h.value("authorization").contains(", k="));
        QVERIFY(h.value("#body-size").toInt() > 86 + 16);
        send(service, {QStringLiteral("ok")}); // no TTL: the settings' default
        QCOMPARE(service.requests.value(QStringLiteral("ok")).value("ttl"), QByteArray("2419200"));
        send(service, {QStringLiteral("ok")}, QDateTime::currentDateTimeUtc().addSecs(-60)); // past it: 0
        QCOMPARE(service.requests.value(QStringLiteral("ok")).value("ttl"), QByteArray("0"));
    }

    void payload()
    {
        OutgoingMessage m;
        m.subject = QStringLiteral("Price drop");
        m.body = QStringLiteral("Cheaper today: https://northwind.example/item/7.");
        const QJsonObject p = QJsonDocument::fromJson(WebPushProvider::payloadOf(m, settings())).object();
        QCOMPARE(p.value(u"title").toString(), QStringLiteral("Price drop"));
        QCOMPARE(p.value(u"body").toString(), m.body);
        QCOMPARE(p.value(u"url").toString(), QStringLiteral("https://northwind.example/item/7"));
        QCOMPARE(p.value(u"icon").toString(), QStringLiteral("https://northwind.example/icon.png"));
        m.body = QStringLiteral("No link here");
        QCOMPARE(QJsonDocument::fromJson(WebPushProvider::payloadOf(m, settings())).object().value(u"url").toString(),
                 QStringLiteral("https://northwind.example/"));
    }

    void settingsChecked()
    {
        QVERIFY(!WebPushSettings::fromJson(QStringLiteral("{}")).ok()); // no subject
        QVERIFY(!WebPushSettings::fromJson(QStringLiteral("{\"subject\":\"ops@example.org\"}")).ok());
        QVERIFY(!WebPushSettings::fromJson(QStringLiteral("{\"subject\":\"mailto:a@b.example\",\"urgency\":\"asap\"}")).ok());
        QVERIFY(!WebPushSettings::fromJson(QStringLiteral("{\"subject\":\"mailto:a@b.example\",\"sites\":\"shop.example\"}")).ok());
        auto s = WebPushSettings::fromJson(
            QStringLiteral("{\"subject\":\"mailto:a@b.example\",\"sites\":\"https://Shop.Example, https://www.shop.example:8443/\"}"));
        QVERIFY(s.ok());
        QVERIFY(s->allowsSite(QStringLiteral("https://shop.example")));
        QVERIFY(s->allowsSite(QStringLiteral("https://www.shop.example:8443")));
        QVERIFY(!s->allowsSite(QStringLiteral("http://shop.example")));
        QVERIFY(!s->allowsSite(QStringLiteral("https://evil.example")));
        QVERIFY(!s->allowsSite(QStringLiteral("null")));
    }
};

QTEST_GUILESS_MAIN(TestWebPushProvider)
#include "tst_webpushprovider.moc"
