#include "linktracking.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

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

// Compares without stopping at the first difference: the time taken says nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = char(diff | (a.at(i) ^ b.at(i)));
    return diff == 0;
}

Error invalid()
{
    return Error::notFound(QStringLiteral("this link is not one Herald sent, or it was changed"));
}

struct Parts
{
    QByteArray payload, signature;
    Id tenantId = 0, messageId = 0;
    QString url;
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
    const QString text = QString::fromUtf8(*decoded);
    const QStringList fields = text.split(u':');
    if (fields.size() < 4) // tenant, message, then the URL (which has a colon itself)
        return invalid();
    bool tenantOk = false, messageOk = false;
    p.tenantId = fields.at(0).toLongLong(&tenantOk);
    p.messageId = fields.at(1).toLongLong(&messageOk);
    p.url = text.section(u':', 2);
    if (!tenantOk || !messageOk || !(p.url.startsWith(u"https://") || p.url.startsWith(u"http://")))
        return invalid();
    return p;
}

} // namespace

QString LinkTracking::trackedUrl(const QString &publicUrl, const QString &secret, Id tenantId, Id messageId,
                                 const QString &url)
{
    const QByteArray payload =
        QString(QString::number(tenantId) + u':' + QString::number(messageId) + u':' + url).toUtf8().toBase64(kBase64Url);
    return publicUrl + u"/c/" + QString::fromLatin1(payload + '.' + signature(payload, secret));
}

Result<Id> LinkTracking::tenantOf(const QString &token)
{
    auto parts = parse(token);
    if (!parts)
        return parts.error();
    return parts->tenantId;
}

Result<LinkTracking::Click> LinkTracking::verify(const QString &token, const QString &secret)
{
    auto parts = parse(token);
    if (!parts)
        return parts.error();
    if (secret.isEmpty() || !sameBytes(parts->signature, signature(parts->payload, secret)))
        return invalid();
    return Click{parts->tenantId, parts->messageId, parts->url};
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
