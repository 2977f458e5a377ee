#include "telegramsettings.h"

#include "domain/webaddress.h"
#include "providers/providersecret.h"
#include "providers/settingsjson.h"

namespace herald {

Result<TelegramSettings> TelegramSettings::fromJson(const QString &json, const QString &typedToken)
{
    const Text what = Text::tr("Telegram settings");
    auto o = SettingsJson::parse(json, what,
                                 {QStringLiteral("api_url"), QStringLiteral("window"), QStringLiteral("per_second"),
                                  QStringLiteral("per_chat_ms"), QStringLiteral("timeout_ms"),
                                  QStringLiteral("read_updates"), QStringLiteral("poll_secs")});
    if (!o)
        return o.error();
    TelegramSettings s;
    auto url = o->apiUrl(QLatin1StringView("api_url"), s.apiUrl);
    if (!url)
        return url.error();
    s.apiUrl = *url;
    auto window = o->integer(QLatin1StringView("window"), s.window, 1, 1000);
    auto perSecond = o->integer(QLatin1StringView("per_second"), s.perSecond, 1, 1000);
    auto perChat = o->integer(QLatin1StringView("per_chat_ms"), s.perChatMs, 0, 60000);
    auto timeout = o->integer(QLatin1StringView("timeout_ms"), s.timeoutMs, 100, 600000);
    auto poll = o->integer(QLatin1StringView("poll_secs"), s.pollSecs, 1, 50);
    for (const auto *r : {&window, &perSecond, &perChat, &timeout, &poll})
        if (!*r)
            return r->error();
    auto updates = o->flag(QLatin1StringView("read_updates"), s.readUpdates);
    if (!updates)
        return updates.error();
    s.window = *window;
    s.perSecond = *perSecond;
    s.perChatMs = *perChat;
    s.timeoutMs = *timeout;
    s.pollSecs = *poll;
    s.readUpdates = *updates;
    auto token = readProviderPassword(o->object(), what, typedToken);
    if (!token)
        return token.error();
    s.token = token->trimmed();
    if (s.token.isEmpty())
        return Error::usage(Text::tr("%1: no bot token: type the token @BotFather gave, or name a %2 or %3")
                                .arg(what, QStringLiteral("password_file"), QStringLiteral("password_env")));
    return s;
}

QUrl TelegramSettings::methodUrl(const QString &method) const
{
    return underPath(apiUrl, u"bot" + token + u'/' + method);
}

} // namespace herald
