#include "kannelsettings.h"

#include "providers/providersecret.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace herald {

Result<KannelSettings> KannelSettings::fromJson(const QString &json, const QString &typedPassword)
{
    const QString what = QStringLiteral("Kannel settings");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!json.trimmed().isEmpty() && !doc.isObject())
        return Error::usage(what + u": not a JSON object (" + error.errorString() + u')');
    const QJsonObject o = doc.object();
    KannelSettings s;
    if (o.contains(QLatin1StringView("url"))) {
        s.url = QUrl(o.value(QLatin1StringView("url")).toString(), QUrl::StrictMode);
        if (!s.url.isValid() || (s.url.scheme() != u"http" && s.url.scheme() != u"https") || s.url.host().isEmpty())
            return Error::usage(what + u": url '" + o.value(QLatin1StringView("url")).toString()
                                + u"' is not an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms");
    }
    s.user = o.value(QLatin1StringView("user")).toString();
    auto password = readProviderPassword(o, what, typedPassword);
    if (!password)
        return password.error();
    s.password = *password;
    s.from = o.value(QLatin1StringView("from")).toString();
    s.smsc = o.value(QLatin1StringView("smsc")).toString();
    if (const QString listen = o.value(QLatin1StringView("listen")).toString(); !listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        const QHostAddress address(host);
        if (address.isNull() || !portOk || port < 1 || port > 65535)
            return Error::usage(what + u": listen '" + listen
                                + u"' is not an address and port such as 127.0.0.1:14013 or 0.0.0.0:14013");
        s.listenAddress = address;
        s.listenPort = quint16(port);
    }
    if (const QString callback = o.value(QLatin1StringView("callback_url")).toString(); !callback.isEmpty()) {
        s.callbackUrl = QUrl(callback, QUrl::StrictMode);
        if (!s.callbackUrl.isValid() || (s.callbackUrl.scheme() != u"http" && s.callbackUrl.scheme() != u"https")
            || s.callbackUrl.host().isEmpty() || s.callbackUrl.hasQuery())
            return Error::usage(what + u": callback_url '" + callback
                                + u"' is not an http(s) URL without a query, such as http://herald.example:14013");
    }
    s.window = std::clamp(o.value(QLatin1StringView("window")).toInt(s.window), 1, 1000);
    s.timeoutMs = std::max(100, o.value(QLatin1StringView("timeout_ms")).toInt(s.timeoutMs));
    return s;
}

QString KannelSettings::listen() const
{
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + listenAddress.toString() + u']'
                                                                                    : listenAddress.toString();
    return host + u':' + QString::number(listenPort);
}

QUrl KannelSettings::callbackBase() const
{
    if (!callbackUrl.isEmpty())
        return callbackUrl;
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    const bool any = listenAddress == QHostAddress(QHostAddress::AnyIPv4) || listenAddress == QHostAddress(QHostAddress::Any)
                     || listenAddress == QHostAddress(QHostAddress::AnyIPv6);
    u.setHost(any ? QStringLiteral("127.0.0.1") : listenAddress.toString());
    u.setPort(listenPort);
    return u;
}

} // namespace herald
