#include "webpushcrypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

#include <memory>

namespace herald::webpush {

namespace {

template <auto Free>
struct Deleter
{
    template <class T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Group = std::unique_ptr<EC_GROUP, Deleter<EC_GROUP_free>>;
using Point = std::unique_ptr<EC_POINT, Deleter<EC_POINT_free>>;
using ParamBuild = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

constexpr int kKeyBytes = 32;
constexpr int kPointBytes = 65;
constexpr char kCurve[] = "prime256v1";

Error cryptoError(const char *what)
{
    return Error::runtime(Text::tr("Web Push encryption failed: %1").arg(QString::fromLatin1(what)));
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

// A P-256 key from its public point and, for a pair, its private scalar.
Result<Pkey> pkeyOf(const QByteArray &publicKey, const QByteArray &privateKey = {})
{
    if (publicKey.size() != kPointBytes || publicKey.at(0) != 0x04)
        return Error::usage(Text::tr("a P-256 public key is 65 bytes starting with 0x04"));
    ParamBuild build(OSSL_PARAM_BLD_new());
    Bignum priv(privateKey.isEmpty() ? nullptr : BN_bin2bn(bytes(privateKey), int(privateKey.size()), nullptr));
    if (!build || !OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, kCurve, 0)
        || !OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, publicKey.constData(),
                                             size_t(publicKey.size()))
        || (priv && !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get())))
        return cryptoError("building a key");
    Params params(OSSL_PARAM_BLD_to_param(build.get()));
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return Error::usage(Text::tr("not a P-256 key"));
    Pkey out(key);
    // A point not on the curve would leak the private key through ECDH.
    PkeyCtx check(EVP_PKEY_CTX_new_from_pkey(nullptr, out.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) <= 0)
        return Error::usage(Text::tr("not a point of the P-256 curve"));
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text.trimmed(), QByteArray::Base64UrlEncoding);
}

Result<KeyPair> keyPairOf(const QByteArray &privateKey)
{
    if (privateKey.size() != kKeyBytes)
        return Error::usage(Text::tr("a P-256 private key is 32 bytes"));
    Group group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
    Bignum priv(BN_bin2bn(bytes(privateKey), kKeyBytes, nullptr));
    Point point(group ? EC_POINT_new(group.get()) : nullptr);
    if (!group || !priv || !point || BN_is_zero(priv.get()) || BN_cmp(priv.get(), EC_GROUP_get0_order(group.get())) >= 0
        || !EC_POINT_mul(group.get(), point.get(), priv.get(), nullptr, nullptr, nullptr))
        return Error::usage(Text::tr("not a P-256 private key"));
    QByteArray publicKey(kPointBytes, Qt::Uninitialized);
    if (EC_POINT_point2oct(group.get(), point.get(), POINT_CONVERSION_UNCOMPRESSED, bytes(publicKey), kPointBytes,
                           nullptr)
        != kPointBytes)
        return cryptoError("deriving the public key");
    return KeyPair{privateKey, publicKey};
}

Result<KeyPair> generateKeyPair()
{
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", kCurve));
    BIGNUM *raw = nullptr;
    if (!key || !EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &raw))
        return cryptoError("making a key");
    Bignum priv(raw);
    QByteArray privateKey(kKeyBytes, Qt::Uninitialized);
    if (BN_bn2binpad(priv.get(), bytes(privateKey), kKeyBytes) != kKeyBytes)
        return cryptoError("making a key");
    return keyPairOf(privateKey);
}

Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret,
                           const KeyPair &sender, const QByteArray &salt)
{
    if (plaintext.size() > kMaxPlaintext)
        return Error::usage(Text::tr("a push message holds at most %1 bytes; this one has %2")
                                .arg(QString::number(kMaxPlaintext), QString::number(plaintext.size())));
    if (authSecret.size() != 16 || salt.size() != 16)
        return Error::usage(Text::tr("a push subscription's auth secret is 16 bytes"));
    auto ua = pkeyOf(uaPublic);
    if (!ua)
        return ua.error();
    auto as = pkeyOf(sender.publicKey, sender.privateKey);
    if (!as)
        return as.error();
    // ecdh_secret = ECDH(as_private, ua_public)
    PkeyCtx derive(EVP_PKEY_CTX_new_from_pkey(nullptr, as->get(), nullptr));
    size_t secretSize = kKeyBytes;
    QByteArray ecdhSecret(kKeyBytes, Qt::Uninitialized);
    if (!derive || EVP_PKEY_derive_init(derive.get()) <= 0 || EVP_PKEY_derive_set_peer(derive.get(), ua->get()) <= 0
        || EVP_PKEY_derive(derive.get(), bytes(ecdhSecret), &secretSize) <= 0 || secretSize != kKeyBytes)
        return cryptoError("agreeing on a key");
    // RFC 8291 section 3.4, then RFC 8188 section 2.2 and 2.3.
    const QByteArray prkKey = hmac(authSecret, ecdhSecret);
    const QByteArray keyInfo = QByteArrayLiteral("WebPush: info") + '\0' + uaPublic + sender.publicKey;
    const QByteArray ikm = hmac(prkKey, keyInfo + '\x01');
    const QByteArray prk = hmac(salt, ikm);
    const QByteArray cek = hmac(prk, QByteArrayLiteral("Content-Encoding: aes128gcm") + '\0' + '\x01').left(16);
    const QByteArray nonce = hmac(prk, QByteArrayLiteral("Content-Encoding: nonce") + '\0' + '\x01').left(12);

    const QByteArray record = plaintext + '\x02'; // the last (only) record's delimiter, no padding
    QByteArray sealed(record.size() + 16, Qt::Uninitialized);
    CipherCtx cipher(EVP_CIPHER_CTX_new());
    int written = 0, finalWritten = 0;
    if (!cipher || EVP_EncryptInit_ex(cipher.get(), EVP_aes_128_gcm(), nullptr, bytes(cek), bytes(nonce)) != 1
        || EVP_EncryptUpdate(cipher.get(), bytes(sealed), &written, bytes(record), int(record.size())) != 1
        || EVP_EncryptFinal_ex(cipher.get(), bytes(sealed) + written, &finalWritten) != 1
        || written + finalWritten != record.size()
        || EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, 16, bytes(sealed) + record.size()) != 1)
        return cryptoError("sealing the message");
    // Header: salt (16), record size (4, big-endian 4096), key id length (1), key id.
    QByteArray body = salt;
    body += QByteArray("\x00\x00\x10\x00", 4);
    body += char(kPointBytes);
    body += sender.publicKey;
    body += sealed;
    return body;
}

Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret)
{
    auto sender = generateKeyPair();
    if (!sender)
        return sender.error();
    QByteArray salt(16, Qt::Uninitialized);
    if (RAND_bytes(bytes(salt), 16) != 1)
        return cryptoError("drawing a salt");
    return encrypt(plaintext, uaPublic, authSecret, *sender, salt);
}

Result<QByteArray> vapidAuthorization(const QUrl &endpoint, const KeyPair &vapid, const QString &subject,
                                      const QDateTime &expires)
{
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"ES256"})");
    QJsonObject claims{{QStringLiteral("aud"), endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                                                 | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                                   .toString(QUrl::FullyEncoded)},
                       {QStringLiteral("exp"), expires.toSecsSinceEpoch()}};
    if (!subject.isEmpty())
        claims.insert(QStringLiteral("sub"), subject);
    const QByteArray signingInput = header + '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    auto key = pkeyOf(vapid.publicKey, vapid.privateKey);
    if (!key)
        return key.error();
    MdCtx md(EVP_MD_CTX_new());
    size_t derSize = 0;
    if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, key->get()) != 1
        || EVP_DigestSign(md.get(), nullptr, &derSize, bytes(signingInput), size_t(signingInput.size())) != 1)
        return cryptoError("signing the VAPID token");
    QByteArray der(qsizetype(derSize), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), bytes(der), &derSize, bytes(signingInput), size_t(signingInput.size())) != 1)
        return cryptoError("signing the VAPID token");
    // JWS wants r || s, 32 bytes each, not DER.
    const unsigned char *p = bytes(der);
    EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &p, long(derSize)));
    QByteArray raw(2 * kKeyBytes, Qt::Uninitialized);
    if (!sig || BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), bytes(raw), kKeyBytes) != kKeyBytes
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), bytes(raw) + kKeyBytes, kKeyBytes) != kKeyBytes)
        return cryptoError("signing the VAPID token");
    return QByteArray("vapid t=" + signingInput + '.' + base64Url(raw) + ", k=" + base64Url(vapid.publicKey));
}

} // namespace herald::webpush
