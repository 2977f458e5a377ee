#pragma once

#include "channelkind.h"
#include "tenant.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace herald {

// One browser's Web Push subscription (the PushSubscription a site's script hands over):
// where its push service takes messages and the keys they are encrypted for (RFC 8291).
struct PushSubscription
{
    Id id = 0;
    QString endpoint; // the push service's URL for this browser
    QString p256dh;   // the browser's P-256 public key, base64url
    QString auth;     // the 16-byte authentication secret, base64url
    QDateTime createdAt;
    QDateTime lastSuccessAt; // invalid: nothing delivered yet
};

struct Contact
{
    Id id = 0;
    Id tenantId = 0;
    QString firstName;
    QString lastName;
    QString email;  // empty when unknown
    QString phone;  // E.164, empty when unknown
    QString telegramChat; // the Telegram chat id the tenant's bot writes to, empty when none
    QString viberUser;    // the Viber user id the tenant's bot writes to, empty when none
    QList<PushSubscription> pushSubscriptions; // read only where asked for (AudienceRepository)
    QString timeZone;
    QStringList tags;
    QMap<QString, QString> customFields; // the tenant's own fields, by name
    QDateTime createdAt;
};

} // namespace herald
