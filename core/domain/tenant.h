#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace herald {

using Id = qint64;

// An organisation using the workspace. Every row of every table belongs to one.
struct Tenant
{
    Id id = 0;
    QString name;
    QString timeZone = QStringLiteral("UTC");
    std::optional<qint64> balanceCredits; // prepaid credits for SMS and calls; empty = unmetered
    bool isDefault = false;
    QDateTime createdAt;
    QDateTime archivedAt; // set: kept, hidden, nobody works in it
    QDateTime setUpAt;    // unset: the desktop opens the setup assistant for its admins
    QString defaultSendWindow; // new channels start with it; "": each kind's default
    // Herald's listener for this tenant: where it binds ("HOST:PORT", "" for none), the
    // public base URL people and gateways reach it by, and the secret its links are
    // signed with (never shown).
    QString listen;
    QString publicUrl;
    QString linkSecret;
    // SMS keywords of the tenant's own: opt-out words besides the carriers' (normalized,
    // e.g. "ARRET"), and the answer to HELP and INFO ("": helpText() says it).
    QStringList smsStopWords;
    QString smsHelp;
    // The inbound mailbox bounces, complaints and replies arrive in: MailboxSettings as
    // JSON, "" for none.
    QString mailbox;
    // Web Push: the VAPID private key (base64url), made when an admin saves the Web Push
    // provider; its public half goes into the organisation's site, it never leaves.
    QString vapidKey;
    // The answer to HELP and INFO: the tenant's own, else its name and how to opt out.
    QString helpText() const
    {
        return smsHelp.isEmpty() ? name + u": reply STOP to opt out, START to opt back in." : smsHelp;
    }
};

// What a tenant's providers are made with beside their settings: how gateways call them
// back (delivery reports, inbound messages), and the tenant's Web Push key.
struct CallbackSite
{
    QString token; // the tenant's secret in the callback URLs
    QUrl base;     // the tenant's listener as gateways reach it; empty: the tenant runs none
    QString vapidKey; // Web Push: the tenant's VAPID private key, base64url; empty: none yet
};

} // namespace herald
