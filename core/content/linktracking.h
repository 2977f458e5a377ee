#pragma once

#include "domain/result.h"
#include "domain/tenant.h"

#include <QString>

#include <functional>

namespace herald {

// Click tracking: each link of a message becomes a redirect through Herald's listener,
//   {public URL}/c/{token}
// where the token names the tenant, the message and the link's target, signed with the
// tenant's secret (HMAC-SHA256). Nothing in it can be changed or guessed without the
// secret, so the listener is no open redirect and counts only links Herald sent.
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
    // The tenant named by a token (before its signature is checked), to look up its secret.
    static Result<Id> tenantOf(const QString &token);
    // The click a token stands for, when it is well formed and signed with `secret`.
    static Result<Click> verify(const QString &token, const QString &secret);

    // `text` with each http(s) link passed through `track`: in HTML the href attributes
    // (entities decoded first), in plain text bare URLs (trailing punctuation left out).
    // Links `track` returns empty for are kept as they are.
    static QString rewrite(const QString &text, bool html, const std::function<QString(const QString &url)> &track);
};

} // namespace herald
