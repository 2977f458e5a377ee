#include "webpushsettings.h"

#include "domain/webaddress.h"
#include "providers/settingsjson.h"

namespace herald {

namespace {

// "https://shop.example:8443" from anything with a scheme and host; empty otherwise.
QString originOf(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isWebAddress(url) || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery())
        return {};
    return url.adjusted(QUrl::RemovePath).toString(QUrl::FullyEncoded).toLower();
}

} // namespace

Result<WebPushSettings> WebPushSettings::fromJson(const QString &json)
{
    const Text what = Text::tr("Web Push settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("subject"), QStringLiteral("icon"), QStringLiteral("url"),
                                  QStringLiteral("urgency"), QStringLiteral("sites"), QStringLiteral("ttl_secs"),
                                  QStringLiteral("window"), QStringLiteral("per_second"), QStringLiteral("timeout_ms")});
    if (!o)
        return o.error();
    WebPushSettings s;
    auto subject = o->text(QLatin1StringView("subject"));
    auto icon = o->text(QLatin1StringView("icon"));
    auto url = o->text(QLatin1StringView("url"));
    auto urgency = o->text(QLatin1StringView("urgency"), s.urgency);
    auto sites = o->text(QLatin1StringView("sites"));
    for (const auto *r : {&subject, &icon, &url, &urgency, &sites})
        if (!*r)
            return r->error();
    s.subject = subject->trimmed();
    if (!s.subject.startsWith(u"mailto:") && !s.subject.startsWith(u"https://"))
        return Error::usage(Text::tr("%1: %2 is the address push services may contact about Herald's messages: "
                                     "mailto:ops@example.org or an https: URL")
                                .arg(what, QStringLiteral("subject")));
    for (auto [key, text, target] : {std::tuple{"icon", *icon, &s.icon}, std::tuple{"url", *url, &s.url}}) {
        if (text.trimmed().isEmpty())
            continue;
        *target = QUrl(text.trimmed(), QUrl::StrictMode);
        if (!isWebAddress(*target))
            return Error::usage(Text::tr("%1: %2 '%3' is not an http(s) URL")
                                    .arg(what, QString::fromLatin1(key), text.left(200)));
    }
    s.urgency = urgency->trimmed().toLower();
    if (!QStringList{QStringLiteral("very-low"), QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high")}
             .contains(s.urgency))
        return Error::usage(Text::tr("%1: %2 is very-low, low, normal or high, not '%3'")
                                .arg(what, QStringLiteral("urgency"), urgency->left(50)));
    for (const QString &site : sites->split(u',', Qt::SkipEmptyParts)) {
        const QString origin = originOf(site);
        if (origin.isEmpty())
            return Error::usage(Text::tr("%1: %2 holds origins such as https://shop.example, not '%3'")
                                    .arg(what, QStringLiteral("sites"), site.trimmed().left(200)));
        s.sites << origin;
    }
    auto ttl = o->integer(QLatin1StringView("ttl_secs"), s.defaultTtlSecs, 0, 2419200);
    auto window = o->integer(QLatin1StringView("window"), s.window, 1, 1000);
    auto perSecond = o->integer(QLatin1StringView("per_second"), s.perSecond, 1, 10000);
    auto timeout = o->integer(QLatin1StringView("timeout_ms"), s.timeoutMs, 100, 600000);
    for (const auto *r : {&ttl, &window, &perSecond, &timeout})
        if (!*r)
            return r->error();
    s.defaultTtlSecs = *ttl;
    s.window = *window;
    s.perSecond = *perSecond;
    s.timeoutMs = *timeout;
    return s;
}

bool WebPushSettings::allowsSite(const QString &origin) const
{
    return !origin.isEmpty() && sites.contains(originOf(origin));
}

} // namespace herald
