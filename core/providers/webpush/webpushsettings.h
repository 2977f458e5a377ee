#pragma once

#include "domain/result.h"

#include <QStringList>
#include <QUrl>

namespace herald {

// How Herald sends a tenant's Web Push messages (RFC 8030) to its contacts' browsers. The
// VAPID key is the tenant's (TenantRepository::vapidKey), never in the settings.
struct WebPushSettings
{
    QString subject;           // VAPID "sub": a mailto: or https: address push services may contact
    QUrl icon;                 // the notification's icon
    QUrl url;                  // where a click goes when the text has no link
    QString urgency = QStringLiteral("normal"); // very-low, low, normal or high (RFC 8030 5.3)
    QStringList sites;         // origins whose pages may subscribe browsers (CORS), e.g. https://shop.example
    int defaultTtlSecs = 2419200; // without a campaign TTL: four weeks, as push services keep at most
    int window = 50;           // requests in flight
    int perSecond = 100;       // requests a second in all
    int timeoutMs = 30000;     // a request without an answer

    // {"subject", "icon", "url", "urgency", "sites" (comma-separated origins), "ttl_secs",
    //  "window", "per_second", "timeout_ms"}
    static Result<WebPushSettings> fromJson(const QString &json);
    // Whether a page of `origin` ("https://shop.example") may subscribe browsers.
    bool allowsSite(const QString &origin) const;
};

} // namespace herald
