#pragma once

#include "database.h"
#include "domain/tenant.h"
#include "domain/user.h"

#include <QList>

#include <functional>

namespace herald {

enum class Action;

// Tenants and their users. The tenants table is the root of isolation; users are
// always read within one tenant.
class TenantRepository final
{
public:
    explicit TenantRepository(Database db) : m_db(std::move(db)) {}

    Result<Id> create(const Tenant &tenant);
    // Whether `user` (of `tenantId`) may look after the workspace by hand (`doing`, as in
    // "sweep by hand"): admins of the tenant only; `everyTenant` needs a user of that name
    // who is an admin of every tenant (what is done reaches them all).
    Status mayMaintain(Id tenantId, const User &user, bool everyTenant, const Text &doing);
    // The same with `doing` verbatim (not translated).
    Status mayMaintain(Id tenantId, const User &user, bool everyTenant, const QString &doing);
    // Whether `actor`'s user in `tenantId` is active and may do `action` there: a person
    // acting across tenants is the user of the same login in each (a team workspace), or
    // of the same name (a file).
    Result<bool> permitsThere(Id tenantId, const User &actor, Action action);
    // Archived tenants are left out unless asked for.
    Result<QList<Tenant>> tenants(bool includeArchived = false);
    Result<Tenant> byId(Id id);
    // By name in any letter case, or the default tenant when `name` is empty; an archived
    // tenant is refused unless `includeArchived`.
    Result<Tenant> byName(const QString &name, bool includeArchived = false);
    Status setBalance(Id tenantId, std::optional<qint64> credits);
    // Takes `credits` from a metered tenant's balance (an unmetered one has none to take).
    Status spendCredits(Id tenantId, qint64 credits);
    // The secret in the URLs the tenant's gateways call back, made on first use.
    Result<QString> callbackToken(Id tenantId);
    // The secret that signs the tenant's links (LinkTracking: tracked links, unsubscribe
    // links, Telegram and Viber deep links), made on first use.
    Result<QString> linkSecret(Id tenantId);
    // The tenant's VAPID private key (Web Push, RFC 8292), base64url, made on first use.
    Result<QString> vapidKey(Id tenantId);
    // The token with where the tenant's listener is reached (listenerBase()), and the
    // VAPID key once there is one.
    Result<CallbackSite> callbackSite(Id tenantId);

    Result<Id> createUser(Id tenantId, const User &user);
    Result<QList<User>> users(Id tenantId);
    Result<User> user(Id tenantId, Id userId);
    // By name in any letter case (deactivated users too), or the tenant's first active
    // admin when `name` is empty.
    Result<User> userByName(Id tenantId, const QString &name);
    // The user who signs in as the PostgreSQL `login` (team workspaces).
    Result<User> userByLogin(Id tenantId, const QString &login);

private:
    // The column's value, made by `make` and written when empty (whoever writes first wins).
    Result<QString> lazySecret(Id tenantId, const QString &column, const std::function<Result<QString>()> &make);
    Result<QList<Tenant>> query(const QString &where, const QVariant &arg);
    Result<QList<User>> queryUsers(Id tenantId, const QString &where, const QVariant &arg);
    Database m_db;
};

} // namespace herald
