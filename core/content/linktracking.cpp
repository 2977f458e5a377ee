#include "linktracking.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <optional>

namespace herald {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kSignatureChars = 22; // 132 bits of the HMAC-SHA256

QByteArray signature(const QByteArray &payload, const QString &secret)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(payload, QByteArray::fromHex(secret.toLatin1()), QCryptographicHash::Sha256);
    return mac.toBase64(kBase64Url).left(kSignatureChars);
}

Error invalid()
{
    return Error::notFound(Text::tr("this link is not one Herald sent, or it was changed"));
}

constexpr QLatin1StringView kUnsubscribe("u:");

// A token: its payload (base64url of colon-separated fields) and the payload's signature.
struct Parts
{
    QByteArray payload, signature;
    QString text; // the decoded payload
};

Result<Parts> parse(const QString &token)
{
    const qsizetype dot = token.lastIndexOf(u'.');
    if (dot <= 0 || token.size() > 8192)
        return invalid();
    Parts p;
    p.payload = token.left(dot).toLatin1();
    p.signature = token.mid(dot + 1).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(p.payload, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid();
    p.text = QString::fromUtf8(*decoded);
    return p;
}

Result<Parts> signedParts(const QString &token, const QString &secret)
{
    auto parts = parse(token);
    if (!parts)
        return parts.error();
    if (secret.isEmpty() || !LinkTracking::sameBytes(parts->signature, signature(parts->payload, secret)))
        return invalid();
    return parts;
}

QString signedToken(const QString &text, const QString &secret)
{
    const QByteArray payload = text.toUtf8().toBase64(kBase64Url);
    return QString::fromLatin1(payload + '.' + signature(payload, secret));
}

// The ids at the start of `text` ("7:42:..."), each field a number; empty when one is not.
std::optional<QList<Id>> ids(QStringView text, int count)
{
    QList<Id> out;
    for (const QStringView field : text.split(u':')) {
        if (out.size() == count)
            break;
        bool ok = false;
        out.append(field.toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    if (out.size() != count)
        return std::nullopt;
    return out;
}

} // namespace

QString LinkTracking::linkToken(ChannelKind channel, const QString &secret, Id contactId)
{
    const QByteArray id = QByteArray::number(contactId);
    return QString::fromLatin1('c' + id + '_' + signature(nameOf(channel).toLatin1() + ':' + id, secret));
}

Result<Id> LinkTracking::verifyLinkToken(ChannelKind channel, const QString &token, const QString &secret)
{
    static const QRegularExpression form(QStringLiteral(R"(\Ac([1-9][0-9]{0,18})_([A-Za-z0-9_-]{22})\z)"));
    const auto m = form.match(token);
    if (!m.hasMatch() || secret.isEmpty()
        || !sameBytes(m.captured(2).toLatin1(),
                      signature(nameOf(channel).toLatin1() + ':' + m.captured(1).toLatin1(), secret)))
        return invalid();
    return m.captured(1).toLongLong();
}

QString LinkTracking::telegramLink(const QString &bot, const QString &token)
{
    return u"https://t.me/" + (bot.startsWith(u'@') ? bot.mid(1) : bot) + u"?start=" + token;
}

QString LinkTracking::viberLink(const QString &uri, const QString &token)
{
    return u"viber://pa?chatURI=" + uri + u"&context=" + token;
}

bool LinkTracking::sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = char(diff | (a.at(i) ^ b.at(i)));
    return diff == 0;
}

QString LinkTracking::trackedUrl(const QString &publicUrl, const QString &secret, Id tenantId, Id messageId,
                                 const QString &url)
{
    return publicUrl + u"/c/"
           + signedToken(QString::number(tenantId) + u':' + QString::number(messageId) + u':' + url, secret);
}

QString LinkTracking::unsubscribeUrl(const QString &publicUrl, const QString &secret, Id tenantId, Id messageId,
                                     Id contactId)
{
    return publicUrl + u"/u/"
           + signedToken(QString(kUnsubscribe) + QString::number(tenantId) + u':' + QString::number(messageId) + u':'
                             + QString::number(contactId),
                         secret);
}

Result<Id> LinkTracking::tenantOf(const QString &token)
{
    auto parts = parse(token);
    if (!parts)
        return parts.error();
    QStringView text(parts->text);
    if (text.startsWith(kUnsubscribe))
        text = text.mid(kUnsubscribe.size());
    const auto tenant = ids(text, 1);
    if (!tenant)
        return invalid();
    return tenant->first();
}

Result<LinkTracking::Click> LinkTracking::verify(const QString &token, const QString &secret)
{
    auto parts = signedParts(token, secret);
    if (!parts)
        return parts.error();
    const auto numbers = ids(parts->text, 2);
    const QString url = parts->text.section(u':', 2); // the URL has colons of its own
    if (!numbers || !(url.startsWith(u"https://") || url.startsWith(u"http://")))
        return invalid();
    return Click{numbers->at(0), numbers->at(1), url};
}

Result<LinkTracking::Unsubscribe> LinkTracking::verifyUnsubscribe(const QString &token, const QString &secret)
{
    auto parts = signedParts(token, secret);
    if (!parts)
        return parts.error();
    if (!parts->text.startsWith(kUnsubscribe) || parts->text.count(u':') != 3)
        return invalid();
    const auto numbers = ids(QStringView(parts->text).mid(kUnsubscribe.size()), 3);
    if (!numbers)
        return invalid();
    return Unsubscribe{numbers->at(0), numbers->at(1), numbers->at(2)};
}

QString LinkTracking::rewrite(const QString &text, bool html, const std::function<QString(const QString &)> &track)
{
    static const QRegularExpression href(QStringLiteral(R"((href\s*=\s*)(["'])(https?://[^"'<>\s]+)\2)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(QStringLiteral(R"(https?://[^\s<>"']+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    auto it = (html ? href : bare).globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int group = html ? 3 : 0;
        QString link = m.captured(group);
        qsizetype end = m.capturedEnd(group);
        if (html) {
            link.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        } else {
            while (!link.isEmpty() && QStringLiteral(".,;:!?)]}").contains(link.back())) {
                link.chop(1);
                --end;
            }
        }
        const QString tracked = track(link);
        if (tracked.isEmpty())
            continue;
        out += QStringView(text).mid(from, m.capturedStart(group) - from);
        out += tracked;
        from = end;
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace herald
