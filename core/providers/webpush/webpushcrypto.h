#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

namespace herald::webpush {

// A P-256 key pair: the application server's VAPID key (RFC 8292), or the one-time key a
// message is encrypted with (RFC 8291).
struct KeyPair
{
    QByteArray privateKey; // the 32-byte scalar
    QByteArray publicKey;  // the 65-byte uncompressed point (0x04 || X || Y)
};

// A new key pair from the system's random source.
Result<KeyPair> generateKeyPair();
// The pair of a private scalar (32 bytes): its public point derived.
Result<KeyPair> keyPairOf(const QByteArray &privateKey);

// RFC 8291: `plaintext` encrypted for a browser's subscription (its p256dh public key and
// 16-byte auth secret) as one aes128gcm record (RFC 8188): the request body, header first
// (salt, record size 4096, the sender's public key). `sender` and `salt` are fresh for each
// message (a test passes the RFC's). At most 3993 bytes fit in a push message's 4096.
constexpr qsizetype kMaxPlaintext = 4096 - 86 - 17;
Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret,
                           const KeyPair &sender, const QByteArray &salt);
// The same with a fresh sender key and salt.
Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret);

// RFC 8292: the Authorization header value for a push to `endpoint`: "vapid t=JWT, k=KEY",
// the JWT (ES256) claiming aud = the endpoint's origin, exp = `expires`, sub = `subject`
// (a mailto: or https: URL the push service may contact).
Result<QByteArray> vapidAuthorization(const QUrl &endpoint, const KeyPair &vapid, const QString &subject,
                                      const QDateTime &expires);

// base64url without padding, as Web Push writes keys.
QByteArray base64Url(const QByteArray &bytes);
QByteArray fromBase64Url(const QByteArray &text);

} // namespace herald::webpush
