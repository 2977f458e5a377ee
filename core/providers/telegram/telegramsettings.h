#pragma once

#include "domain/result.h"

#include <QUrl>

namespace herald {

// How Herald reaches a tenant's Telegram bot through the Bot API.
struct TelegramSettings
{
    QUrl apiUrl = QUrl(QStringLiteral("https://api.telegram.org")); // methods at <api_url>/bot<token>/<method>
    QString token; // the bot token from @BotFather: never stored, read from the keyring, token file or variable
    int window = 30;         // requests in flight
    int perSecond = 30;      // messages a second in all (Telegram's limit for a bot)
    int perChatMs = 1000;    // the least time between two messages to one chat
    int timeoutMs = 30000;   // a request without an answer
    bool readUpdates = true; // read the bot's updates (getUpdates): deep links, blocked bots
    int pollSecs = 25;       // how long one getUpdates waits for news

    // {"api_url", "password_keychain" | "password_file" | "password_env" (the bot token),
    //  "window", "per_second", "per_chat_ms", "timeout_ms", "read_updates", "poll_secs"}
    static Result<TelegramSettings> fromJson(const QString &json, const QString &typedToken = {});
    // <api_url>/bot<token>/<method>
    QUrl methodUrl(const QString &method) const;
};

} // namespace herald
