// Web Push's cryptography (core/providers/webpush/webpushcrypto.h) against the worked
// example of RFC 8291 (appendix A) and a VAPID token checked as a push service checks it.
#include "providers/webpush/webpushcrypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace herald;

namespace {

QByteArray b64(const char *text)
{
    return webpush::fromBase64Url(QByteArray(text));
}

// Whether `signature` (JWS: r || s) over `input` verifies with the P-256 public key.
bool verifies(const QByteArray &input, const QByteArray &signature, const QByteArray &publicKey)
{
    OSSL_PARAM_BLD *build = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(build, OSSL_PKEY_PARAM_PUB_KEY, publicKey.constData(), size_t(publicKey.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(build);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    EVP_PKEY_fromdata_init(ctx);
    EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(sig, &der);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool ok = key && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1
                    && EVP_DigestVerify(md, der, size_t(derSize), reinterpret_cast<const unsigned char *>(input.constData()),
                                        size_t(input.size()))
                           == 1;
    EVP_MD_CTX_free(md);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    return ok;
}

} // namespace

class TestWebPushCrypto final : public QObject
{
    Q_OBJECT

private slots:
    // RFC 8291, appendix A: the same keys, secret and salt give the same bytes.
    void rfc8291Example()
    {
        auto as = webpush::keyPairOf(b64("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw"));
        QVERIFY(as.ok());
        QCOMPARE(webpush::base64Url(as->publicKey),
                 QByteArray("BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"));
        auto ua = webpush::keyPairOf(b64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"));
        QVERIFY(ua.ok());
        QCOMPARE(webpush::base64Url(ua->publicKey),
                 QByteArray("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"));
        auto body = webpush::encrypt("When I grow up, I want to be a watermelon", ua->publicKey,
                                     b64("BTBZMqHH6r4Tts7J_aSIgg"), *as, b64("DGv6ra1nlYgDCS1FRnbzlw"));
        QVERIFY2(body.ok(), body ? "" : qPrintable(body.error().message));
        QCOMPARE(webpush::base64Url(*body),
                 QByteArray("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6"
                            "TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"));
    }

    // Fresh keys and salt each time; what cannot be a subscription's key is refused.
    void freshAndChecked()
    {
        auto ua = webpush::generateKeyPair();
        QVERIFY(ua.ok());
        const QByteArray auth(16, 'a');
        auto one = webpush::encrypt("hello", ua->publicKey, auth);
        auto two = webpush::encrypt("hello", ua->publicKey, auth);
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one->size(), 16 + 4 + 1 + 65 + 5 + 1 + 16);
        QVERIFY(one->left(16) != two->left(16));
        QVERIFY(one->mid(21, 65) != two->mid(21, 65));
        QByteArray offCurve = ua->publicKey;
        offCurve[64] = char(offCurve.at(64) ^ 1);
        QVERIFY(!webpush::encrypt("hello", offCurve, auth).ok());
        QVERIFY(!webpush::encrypt("hello", ua->publicKey.left(33), auth).ok());
        QVERIFY(!webpush::encrypt("hello", ua->publicKey, auth.left(15)).ok());
        QVERIFY(!webpush::encrypt(QByteArray(webpush::kMaxPlaintext + 1, 'x'), ua->publicKey, auth).ok());
        auto full = webpush::encrypt(QByteArray(webpush::kMaxPlaintext, 'x'), ua->publicKey, auth);
        QVERIFY(full.ok());
        QCOMPARE(full->size(), 4096);
        QVERIFY(!webpush::keyPairOf(QByteArray(32, '\0')).ok());
        QVERIFY(!webpush::keyPairOf(QByteArray(32, '\xff')).ok()); // above the curve's order
    }

    // The VAPID header: an ES256 JWT for the endpoint's origin, signed by the key it names.
    void vapidToken()
    {
        auto vapid = webpush::generateKeyPair();
        QVERIFY(vapid.ok());
        const QDateTime expires = QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC);
        auto header = webpush::vapidAuthorization(QUrl(QStringLiteral("https://push.example.net:8443/wpush/v2/abc?x=1")),
                                                  *vapid, QStringLiteral("mailto:ops@northwind.example"), expires);
        QVERIFY(header.ok());
        QVERIFY(header->startsWith("vapid t="));
        const QByteArray jwt = header->mid(8, header->indexOf(',') - 8);
        QCOMPARE(header->mid(header->indexOf(", k=") + 4), webpush::base64Url(vapid->publicKey));
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject head = QJsonDocument::fromJson(webpush::fromBase64Url(parts.at(0))).object();
        QCOMPARE(head.value(u"alg").toString(), QStringLiteral("ES256"));
        const QJsonObject claims = QJsonDocument::fromJson(webpush::fromBase64Url(parts.at(1))).object();
        QCOMPARE(claims.value(u"aud").toString(), QStringLiteral("https://push.example.net:8443"));
        QCOMPARE(claims.value(u"exp").toInteger(), 1893456000);
        QCOMPARE(claims.value(u"sub").toString(), QStringLiteral("mailto:ops@northwind.example"));
        const QByteArray signature = webpush::fromBase64Url(parts.at(2));
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifies(parts.at(0) + '.' + parts.at(1), signature, vapid->publicKey));
        auto other = webpush::generateKeyPair();
        QVERIFY(!verifies(parts.at(0) + '.' + parts.at(1), signature, other->publicKey));
    }
};

QTEST_GUILESS_MAIN(TestWebPushCrypto)
#include "tst_webpushcrypto.moc"
