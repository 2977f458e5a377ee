#pragma once

#include "domain/result.h"
#include "domain/tenant.h"

#include <QString>

#include <optional>

namespace herald {

// A tenant's inbound mailbox: where bounces, complaints and replies arrive, read over IMAP
// with TLS. Stored as JSON in the tenant (tenants.mailbox), without the password:
//   {"host", "port", "tls": "implicit" (993, default) | "starttls" (143), "folder"
//    (default INBOX), "ca_file", "user", one of "password_keychain", "password_file",
//    "password_env" (providersecret.h), "bounce_address", "interval_secs" (default 300)}
// With "bounce_address" (bounces@example.org) every email's envelope sender is its own
// VERP address, bounces+h<message>-<signature>@example.org, which the organisation's
// mail server delivers to this mailbox (a recipient delimiter of "+").
struct MailboxSettings
{
    enum class Tls { Implicit, StartTls };
    QString host;
    quint16 port = 993;
    Tls tls = Tls::Implicit;
    QString folder = QStringLiteral("INBOX");
    QString caFile;
    QString user;
    QString password; // never stored: read from its source
    QString bounceAddress;
    int intervalSecs = 300;

    // "" is no mailbox. `typedPassword`: see readProviderPassword.
    static Result<std::optional<MailboxSettings>> fromJson(const QString &json, const QString &typedPassword = {});
    // The settings without asking the keyring (the bounce address, the interval).
    static std::optional<MailboxSettings> withoutPassword(const QString &json);
    // "imaps://host:993/INBOX"
    QString url() const;

    // The envelope sender of message `messageId`: its VERP address under `bounceAddress`.
    static QString verp(const QString &bounceAddress, const QString &secret, Id tenantId, Id messageId);
    // The message a VERP address names, when its signature is the tenant's, whatever
    // bounce address it was sent under (letter case ignored: servers change it).
    static std::optional<Id> verpMessage(const QString &address, const QString &secret, Id tenantId);
};

} // namespace herald
