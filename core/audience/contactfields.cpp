#include "contactfields.h"

#include "audience/phonenumbers.h"
#include "content/mergefields.h"
#include "domain/inputtext.h"
#include "domain/webaddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace herald::contactfields {

bool isEmail(const QString &text)
{
    // No spaces, quotes or control characters (a NUL byte included), at most 254 characters (RFC 5321).
    static const QRegularExpression re(QStringLiteral(R"(\A[^@\s"\p{Cc}]+@[^@\s."\p{Cc}]+(\.[^@\s."\p{Cc}]+)+\z)"));
    return text.size() <= 254 && re.match(text).hasMatch();
}

bool isTelegramChat(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\A-?[0-9]{1,20}\z)"));
    return re.match(text).hasMatch();
}

bool isViberUser(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\A[!-~]{1,64}\z)"));
    return re.match(text).hasMatch();
}

namespace {

// The bytes of base64url text (padded or not); empty when it is not base64url.
QByteArray fromBase64Url(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                       | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

} // namespace

Result<PushSubscription> pushSubscription(const QString &endpoint, const QString &p256dh, const QString &auth)
{
    PushSubscription s;
    s.endpoint = endpoint.trimmed();
    s.p256dh = p256dh.trimmed();
    s.auth = auth.trimmed();
    const QUrl url(s.endpoint, QUrl::StrictMode);
    if (s.endpoint.size() > 2000 || !isWebAddress(url) || (url.scheme() != u"https" && !isLoopbackHost(url.host())))
        return Error::usage(Text::tr("the push subscription's endpoint %1 is not an https address of a push service")
                                .arg(quotedInput(s.endpoint)));
    const QByteArray key = fromBase64Url(s.p256dh);
    if (key.size() != 65 || key.at(0) != 4)
        return Error::usage(Text::tr("the push subscription's p256dh key %1 is not a P-256 public key in base64url")
                                .arg(quotedInput(s.p256dh)));
    if (fromBase64Url(s.auth).size() != 16)
        return Error::usage(
            Text::tr("the push subscription's auth secret %1 is not 16 bytes in base64url").arg(quotedInput(s.auth)));
    return s;
}

Result<PushSubscription> pushSubscriptionFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::usage(Text::tr("a push subscription is JSON such as {\"endpoint\": \"https://…\", \"keys\": "
                                     "{\"p256dh\": \"…\", \"auth\": \"…\"}}"));
    const QJsonObject o = doc.object();
    const QJsonObject keys = o.value(QLatin1StringView("keys")).toObject();
    return pushSubscription(o.value(QLatin1StringView("endpoint")).toString(),
                            keys.value(QLatin1StringView("p256dh")).toString(),
                            keys.value(QLatin1StringView("auth")).toString());
}

Result<Contact> normalised(Contact c, const QString &defaultRegion)
{
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    c.email = c.email.trimmed();
    c.timeZone = c.timeZone.trimmed();
    if (!c.email.isEmpty() && !isEmail(c.email))
        return Error::usage(Text::tr("email %1 is not an address such as ada@example.com").arg(quotedInput(c.email)));
    if (const QString typed = c.phone.trimmed(); !typed.isEmpty()) {
        c.phone = phone::toE164(typed, defaultRegion);
        if (c.phone.isEmpty())
            return Error::usage(Text::tr("phone %1 is not a phone number of %2 or in +country code form")
                                    .arg(quotedInput(typed), defaultRegion.toUpper()));
    }
    c.telegramChat = c.telegramChat.trimmed();
    if (!c.telegramChat.isEmpty() && !isTelegramChat(c.telegramChat))
        return Error::usage(
            Text::tr("Telegram chat %1 is not a chat id such as 123456789").arg(quotedInput(c.telegramChat)));
    c.viberUser = c.viberUser.trimmed();
    if (!c.viberUser.isEmpty() && !isViberUser(c.viberUser))
        return Error::usage(Text::tr("Viber user %1 is not a Viber user id: 1 to 64 characters without spaces")
                                .arg(quotedInput(c.viberUser)));
    if (c.email.isEmpty() && c.phone.isEmpty() && c.telegramChat.isEmpty() && c.viberUser.isEmpty()
        && c.pushSubscriptions.isEmpty())
        return Error::usage(
            Text::tr("a contact needs an email address, a phone number, a Telegram chat or a Viber user"));
    if (!c.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
        return Error::usage(
            Text::tr("time zone %1 is not a time zone id such as Europe/London").arg(quotedInput(c.timeZone)));
    QStringList tags;
    for (const QString &tag : std::as_const(c.tags))
        if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed(), Qt::CaseInsensitive))
            tags << tag.trimmed();
    c.tags = tags;
    QMap<QString, QString> fields;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it) {
        const QString name = it.key().trimmed();
        if (name.isEmpty()) {
            if (!it.value().trimmed().isEmpty())
                return Error::usage(
                    Text::tr("the custom field with the value '%1' needs a name").arg(it.value().trimmed()));
            continue;
        }
        if (MergeFields::standard().contains(name, Qt::CaseInsensitive))
            return Error::usage(Text::tr("'%1' is a standard field: give the custom field another name").arg(name));
        if (!it.value().trimmed().isEmpty())
            fields.insert(name, it.value().trimmed());
    }
    c.customFields = fields;
    return c;
}

} // namespace herald::contactfields
