#pragma once

#include "domain/result.h"

#include <QUrl>

namespace herald {

// How Herald reaches a tenant's Viber bot through Viber's REST API.
struct ViberSettings
{
    QUrl apiUrl = QUrl(QStringLiteral("https://chatapi.viber.com/pa")); // methods at <api_url>/<method>
    QString token;  // the bot's auth token: never stored, read from the keyring, token file or variable
    QUrl avatar;    // the picture beside the sender name in each message (at most 100 KB, jpeg)
    QString uri;    // the bot's URI, for the deep links that link a contact's Viber user
    int window = 20;        // requests in flight
    int perSecond = 50;     // messages a second in all
    int timeoutMs = 30000;  // a request without an answer
    bool setWebhook = true; // point the bot's webhook at the tenant's listener when sending starts

    // {"api_url", "password_keychain" | "password_file" | "password_env" (the auth token),
    //  "avatar", "uri", "window", "per_second", "timeout_ms", "set_webhook"}
    // Without `needToken` the token is not read (deep links need only the URI).
    static Result<ViberSettings> fromJson(const QString &json, const QString &typedToken = {}, bool needToken = true);
    QUrl methodUrl(const QString &method) const;
};

} // namespace herald
