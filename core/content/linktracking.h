#pragma once

#include "domain/channelkind.h"
#include "domain/result.h"
#include "domain/tenant.h"

#include <QString>

#include <functional>

namespace herald {

// The links Herald's listener serves, each under the tenant's public URL with a token
// signed with the tenant's secret (HMAC-SHA256):
//   {public URL}/c/{token}  click tracking: a redirect to the link's target; the token
//                           names the tenant, the message and the target;
//   {public URL}/u/{token}  unsubscribe: the token names the tenant, the message and
//                           its contact.
// Nothing in a token can be changed or guessed without the secret, so the listener is no
// open redirect, counts only links Herald sent and opts out only whom a message reached.
// The two kinds of token cannot stand in for each other.
class LinkTracking final
{
public:
    // The tracked form of `url` in message `messageId` of the tenant.
    static QString trackedUrl(const QString &publicUrl, const QString &secret, Id tenantId, Id messageId,
                              const QString &url);

    struct Click
    {
        Id tenantId = 0;
        Id messageId = 0;
        QString url;
    };
    struct Unsubscribe
    {
        Id tenantId = 0;
        Id messageId = 0;
        Id contactId = 0;
    };
    // The unsubscribe link of message `messageId` to contact `contactId`.
    static QString unsubscribeUrl(const QString &publicUrl, const QString &secret, Id tenantId, Id messageId,
                                  Id contactId);
    // The unsubscribe a token stands for, when it is well formed and signed with `secret`.
    static Result<Unsubscribe> verifyUnsubscribe(const QString &token, const QString &secret);

    // The tenant named by a token of either kind (before its signature is checked), to
    // look up its secret.
    static Result<Id> tenantOf(const QString &token);
    // The click a token stands for, when it is well formed and signed with `secret`.
    static Result<Click> verify(const QString &token, const QString &secret);

    // The token in the tenant's deep link of `channel` (Telegram, Viber) for contact
    // `contactId`: "c", the contact id, "_" and a signature for that channel, at most 64 of
    // [A-Za-z0-9_-] as Telegram allows for a start parameter. Following the link starts a
    // chat with the bot that hands the token over ("/start TOKEN", Viber's context): the
    // chat, or the Viber user, is then the contact's.
    static QString linkToken(ChannelKind channel, const QString &secret, Id contactId);
    // The contact a token names, when it is well formed and signed with `secret` for `channel`.
    static Result<Id> verifyLinkToken(ChannelKind channel, const QString &token, const QString &secret);
    // https://t.me/BOT?start=TOKEN (the bot's username, with or without "@").
    static QString telegramLink(const QString &bot, const QString &token);
    // viber://pa?chatURI=URI&context=TOKEN (the bot's URI).
    static QString viberLink(const QString &uri, const QString &token);

    // Whether two signatures are the same, compared in full whatever differs first: the
    // time taken says nothing.
    static bool sameBytes(const QByteArray &a, const QByteArray &b);

    // `text` with each http(s) link passed through `track`: in HTML the href attributes
    // (entities decoded first), in plain text bare URLs (trailing punctuation left out).
    // Links `track` returns empty for are kept as they are.
    static QString rewrite(const QString &text, bool html, const std::function<QString(const QString &url)> &track);
};

} // namespace herald
