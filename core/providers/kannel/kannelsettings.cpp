#include "kannelsettings.h"

#include "audience/phonenumbers.h"
#include "domain/webaddress.h"
#include "providers/providersecret.h"
#include "providers/settingsjson.h"

namespace herald {

Result<KannelSettings> KannelSettings::fromJson(const QString &json, const QString &typedPassword)
{
    const Text what = Text::tr("Kannel settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("url"), QStringLiteral("user"), QStringLiteral("from"),
                                  QStringLiteral("smsc"), QStringLiteral("region"), QStringLiteral("listen"),
                                  QStringLiteral("callback_url"),
                                  QStringLiteral("window"), QStringLiteral("timeout_ms")});
    if (!o)
        return o.error();
    KannelSettings s;
    auto url = o->text(QLatin1StringView("url"));
    auto user = o->text(QLatin1StringView("user"));
    auto from = o->text(QLatin1StringView("from"));
    auto smsc = o->text(QLatin1StringView("smsc"));
    auto region = o->text(QLatin1StringView("region"));
    auto listen = o->text(QLatin1StringView("listen"));
    auto callback = o->text(QLatin1StringView("callback_url"));
    for (const auto *r : {&url, &user, &from, &smsc, &region, &listen, &callback})
        if (!*r)
            return r->error();
    auto window = o->integer(QLatin1StringView("window"), s.window, 1, 1000);
    auto timeout = o->integer(QLatin1StringView("timeout_ms"), s.timeoutMs, 100, 600000);
    for (const auto *r : {&window, &timeout})
        if (!*r)
            return r->error();
    if (o->has(QLatin1StringView("url"))) {
        s.url = QUrl(*url, QUrl::StrictMode);
        if (!isWebAddress(s.url))
            return Error::usage(Text::tr("%1: %2 '%3' is not an http(s) URL such as "
                                         "http://127.0.0.1:13013/cgi-bin/sendsms")
                                    .arg(what, QStringLiteral("url"), url->left(200)));
    }
    s.user = *user;
    s.from = *from;
    s.smsc = *smsc;
    s.region = region->trimmed().toUpper();
    if (!s.region.isEmpty() && phone::callingCode(s.region) == 0)
        return Error::usage(Text::tr("%1: %2 '%3' is not a two-letter region code such as US, GB or DE")
                                .arg(what, QStringLiteral("region"), region->left(20)));
    if (!listen->isEmpty()) {
        const auto address = parseListenAddress(*listen);
        if (!address)
            return Error::usage(Text::tr("%1: %2 '%3' is not an address and port such as 127.0.0.1:14013 or "
                                         "0.0.0.0:14013")
                                    .arg(what, QStringLiteral("listen"), listen->left(200)));
        s.listenAddress = address->first;
        s.listenPort = address->second;
        s.ownListener = true;
    }
    if (!callback->isEmpty()) {
        s.callbackUrl = QUrl(*callback, QUrl::StrictMode);
        if (!isWebAddress(s.callbackUrl) || s.callbackUrl.hasQuery())
            return Error::usage(Text::tr("%1: %2 '%3' is not an http(s) URL without a query, such as "
                                         "http://herald.example:14013")
                                    .arg(what, QStringLiteral("callback_url"), callback->left(200)));
    }
    s.window = *window;
    s.timeoutMs = *timeout;
    auto password = readProviderPassword(o->object(), what, typedPassword);
    if (!password)
        return password.error();
    s.password = *password;
    return s;
}

QString KannelSettings::e164(const QString &reported) const
{
    if (reported.startsWith(u'+'))
        return reported;
    if (!region.isEmpty())
        if (const QString national = phone::toE164(reported, region); !national.isEmpty())
            return national;
    if (const QString international = phone::toE164(u'+' + reported, QString()); !international.isEmpty())
        return international;
    return reported;
}

QString KannelSettings::listen() const
{
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + listenAddress.toString() + u']'
                                                                                    : listenAddress.toString();
    return host + u':' + QString::number(listenPort);
}

QUrl KannelSettings::callbackBase(const QUrl &tenantListener) const
{
    if (!callbackUrl.isEmpty())
        return callbackUrl;
    return listensItself(tenantListener) ? localUrl(listenAddress, listenPort) : tenantListener;
}

} // namespace herald
