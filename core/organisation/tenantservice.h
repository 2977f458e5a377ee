#pragma once

#include "domain/tenant.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QHostAddress>
#include <QList>

namespace herald {

// The organisations in a workspace. Creating one needs an admin (of the tenant they act
// in), who becomes the new tenant's first admin; renaming and archiving one needs an
// admin of that tenant (a user of the same name there). Tenants are archived, never
// deleted: their campaigns and history stay, and nobody works in them any more.
class TenantService final
{
public:
    TenantService(Database db, User actor);

    Result<QList<Tenant>> list(bool includeArchived = false);
    Result<Tenant> create(const QString &name, const QString &timeZone = QStringLiteral("UTC"));
    Result<Tenant> rename(const QString &tenant, const QString &newName);
    Result<Tenant> archive(const QString &tenant);
    // The setup assistant's first page: the tenant's name, time zone and the send window
    // new channels start with ("" : each kind's default; else "08:00-21:00" or "none").
    Result<Tenant> configure(const QString &tenant, const QString &name, const QString &timeZone,
                             const QString &sendWindow);
    // Herald's listener for the tenant: the address it binds ("HOST:PORT"; "" for none) and
    // the public base URL (http or https, no query) the internet reaches it by, usually
    // the organisation's reverse proxy. The first one set creates the tenant's link secret.
    Result<Tenant> setListener(const QString &tenant, const QString &listen, const QString &publicUrl);
    // The tenant's own SMS keywords: opt-out words besides the carriers' ("arrêt, Stopp",
    // SmsKeywords::stopWords) and the answer to HELP and INFO (up to 480 characters; ""
    // for Tenant::helpText's).
    Result<Tenant> setSmsKeywords(const QString &tenant, const QString &stopWords, const QString &help);
    // The tenant's inbound mailbox (MailboxSettings JSON; "" for none), checked before it is
    // kept; `password`, when typed, goes to the system keyring. The first one set creates
    // the tenant's secret, which signs each message's bounce address.
    Result<Tenant> setMailbox(const QString &tenant, const QString &settingsJson, const QString &password = {});
    // "HOST:PORT" as an address and port; "" is none.
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &listen);
    // The organisation is set up: the desktop no longer opens the assistant by itself.
    Result<Tenant> markSetUp(const QString &tenant);

private:
    // The tenant by name, with the actor an active admin of it; else `refusal` with %1 (the
    // actor) and %2 (the tenant).
    Result<Tenant> administered(const QString &tenant, const Text &refusal);
    Status checkName(const QString &name, std::optional<Id> self);

    Database m_db;
    User m_actor;
};

} // namespace herald
