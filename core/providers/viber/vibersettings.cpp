#include "vibersettings.h"

#include "domain/webaddress.h"
#include "providers/providersecret.h"
#include "providers/settingsjson.h"

#include <QRegularExpression>

namespace herald {

Result<ViberSettings> ViberSettings::fromJson(const QString &json, const QString &typedToken, bool needToken)
{
    const Text what = Text::tr("Viber settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("api_url"), QStringLiteral("avatar"), QStringLiteral("uri"),
                                  QStringLiteral("window"), QStringLiteral("per_second"), QStringLiteral("timeout_ms"),
                                  QStringLiteral("set_webhook")});
    if (!o)
        return o.error();
    ViberSettings s;
    auto url = o->apiUrl(QLatin1StringView("api_url"), s.apiUrl);
    auto avatar = o->text(QLatin1StringView("avatar"));
    auto uri = o->text(QLatin1StringView("uri"));
    if (!url)
        return url.error();
    for (const auto *r : {&avatar, &uri})
        if (!*r)
            return r->error();
    s.apiUrl = *url;
    if (!avatar->trimmed().isEmpty()) {
        s.avatar = QUrl(avatar->trimmed(), QUrl::StrictMode);
        if (!isWebAddress(s.avatar))
            return Error::usage(Text::tr("%1: %2 '%3' is not an http(s) URL of a picture")
                                    .arg(what, QStringLiteral("avatar"), avatar->left(200)));
    }
    s.uri = uri->trimmed();
    static const QRegularExpression uriForm(QStringLiteral(R"(\A[A-Za-z0-9._-]{1,64}\z)"));
    if (!s.uri.isEmpty() && !uriForm.match(s.uri).hasMatch())
        return Error::usage(Text::tr("%1: %2 '%3' is not a bot URI such as northwind (letters, digits, . _ -)")
                                .arg(what, QStringLiteral("uri"), s.uri.left(200)));
    auto window = o->integer(QLatin1StringView("window"), s.window, 1, 1000);
    auto perSecond = o->integer(QLatin1StringView("per_second"), s.perSecond, 1, 1000);
    auto timeout = o->integer(QLatin1StringView("timeout_ms"), s.timeoutMs, 100, 600000);
    for (const auto *r : {&window, &perSecond, &timeout})
        if (!*r)
            return r->error();
    auto webhook = o->flag(QLatin1StringView("set_webhook"), s.setWebhook);
    if (!webhook)
        return webhook.error();
    s.window = *window;
    s.perSecond = *perSecond;
    s.timeoutMs = *timeout;
    s.setWebhook = *webhook;
    if (!needToken)
        return s;
    auto token = readProviderPassword(o->object(), what, typedToken);
    if (!token)
        return token.error();
    s.token = token->trimmed();
    if (s.token.isEmpty())
        return Error::usage(Text::tr("%1: no auth token: type the token Viber's Partners site shows for the bot, "
                                     "or name a %2 or %3")
                                .arg(what, QStringLiteral("password_file"), QStringLiteral("password_env")));
    return s;
}

QUrl ViberSettings::methodUrl(const QString &method) const
{
    return underPath(apiUrl, method);
}

} // namespace herald
