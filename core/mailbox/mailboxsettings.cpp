#include "mailboxsettings.h"

#include "content/linktracking.h"
#include "providers/providersecret.h"
#include "providers/settingsjson.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>

namespace herald {

namespace {

Text settingsName()
{
    return Text::tr("mailbox settings");
}

// 64 bits of HMAC-SHA256 over the tenant and message, lower-case hex: a local part
// survives servers that change letter case.
QString verpSignature(const QString &secret, Id tenantId, Id messageId)
{
    const QByteArray payload = "b:" + QByteArray::number(tenantId) + ':' + QByteArray::number(messageId);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(payload, QByteArray::fromHex(secret.toLatin1()), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

Result<MailboxSettings> read(const QString &json, const QString &typedPassword, bool askPassword)
{
    const Text what = settingsName();
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("tls"),
                                  QStringLiteral("folder"), QStringLiteral("ca_file"), QStringLiteral("user"),
                                  QStringLiteral("bounce_address"), QStringLiteral("interval_secs")});
    if (!o)
        return o.error();
    MailboxSettings s;
    auto host = o->text(QLatin1StringView("host"));
    auto tls = o->text(QLatin1StringView("tls"), QStringLiteral("implicit"));
    auto folder = o->text(QLatin1StringView("folder"), s.folder);
    auto caFile = o->text(QLatin1StringView("ca_file"));
    auto user = o->text(QLatin1StringView("user"));
    auto bounce = o->text(QLatin1StringView("bounce_address"));
    for (const auto *r : {&host, &tls, &folder, &caFile, &user, &bounce})
        if (!*r)
            return r->error();
    if (*tls == u"implicit")
        s.tls = MailboxSettings::Tls::Implicit;
    else if (*tls == u"starttls")
        s.tls = MailboxSettings::Tls::StartTls;
    else
        return Error::usage(
            Text::tr("%1: \"%2\" is '%3', not %4 (port 993) or %5 (port 143); the mailbox is only read over TLS")
                .arg(what, QStringLiteral("tls"), tls->left(40), QStringLiteral("implicit"),
                     QStringLiteral("starttls")));
    auto port = o->integer(QLatin1StringView("port"), s.tls == MailboxSettings::Tls::Implicit ? 993 : 143, 1, 65535);
    auto interval = o->integer(QLatin1StringView("interval_secs"), s.intervalSecs, 30, 86400);
    for (const auto *r : {&port, &interval})
        if (!*r)
            return r->error();
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
    if (!hostName.match(*host).hasMatch())
        return Error::usage(Text::tr("%1: \"%2\" is '%3': give the IMAP server's name")
                                .arg(what, QStringLiteral("host"), host->left(60)));
    static const QRegularExpression folderName(QStringLiteral("^[^\\x00-\\x1f\"/\\\\*%]+$"));
    if (!folderName.match(*folder).hasMatch())
        return Error::usage(Text::tr("%1: \"%2\" is '%3': give a folder name such as INBOX")
                                .arg(what, QStringLiteral("folder"), folder->left(60)));
    static const QRegularExpression address(QStringLiteral("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    if (!bounce->isEmpty() && !address.match(*bounce).hasMatch())
        return Error::usage(Text::tr("%1: \"%2\" is '%3': give a plain address such as bounces@example.org (without "
                                     "+); each message is sent from bounces+TOKEN@example.org")
                                .arg(what, QStringLiteral("bounce_address"), bounce->left(80)));
    s.host = *host;
    s.port = quint16(*port);
    s.folder = *folder;
    s.caFile = *caFile;
    s.user = *user;
    s.bounceAddress = bounce->toLower();
    s.intervalSecs = *interval;
    if (askPassword) {
        auto password = readProviderPassword(o->object(), what, typedPassword);
        if (!password)
            return password.error();
        s.password = *password;
    }
    return s;
}

} // namespace

Result<std::optional<MailboxSettings>> MailboxSettings::fromJson(const QString &json, const QString &typedPassword)
{
    if (json.trimmed().isEmpty())
        return std::optional<MailboxSettings>();
    auto s = read(json, typedPassword, true);
    if (!s)
        return s.error();
    return std::optional<MailboxSettings>(*s);
}

std::optional<MailboxSettings> MailboxSettings::withoutPassword(const QString &json)
{
    if (json.trimmed().isEmpty())
        return std::nullopt;
    auto s = read(json, {}, false);
    return s ? std::optional<MailboxSettings>(*s) : std::nullopt;
}

QString MailboxSettings::url() const
{
    return (tls == Tls::Implicit ? u"imaps://" : u"imap://") + host + u':' + QString::number(port) + u'/'
           + QString::fromLatin1(QUrl::toPercentEncoding(folder));
}

QString MailboxSettings::verp(const QString &bounceAddress, const QString &secret, Id tenantId, Id messageId)
{
    const qsizetype at = bounceAddress.lastIndexOf(u'@');
    if (at <= 0 || secret.isEmpty())
        return {};
    return bounceAddress.left(at) + u"+h" + QString::number(messageId) + u'-'
           + verpSignature(secret, tenantId, messageId) + bounceAddress.mid(at);
}

std::optional<Id> MailboxSettings::verpMessage(const QString &address, const QString &secret, Id tenantId)
{
    if (secret.isEmpty())
        return std::nullopt;
    static const QRegularExpression token(QStringLiteral("^[^@+]+\\+h(\\d{1,18})-([0-9a-f]{16})@[^@]+$"));
    const auto m = token.match(address.toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const Id message = m.captured(1).toLongLong();
    return LinkTracking::sameBytes(m.captured(2).toLatin1(), verpSignature(secret, tenantId, message).toLatin1())
               ? std::optional<Id>(message)
               : std::nullopt;
}

} // namespace herald
