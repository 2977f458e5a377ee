#pragma once

#include "domain/tenant.h"
#include "domain/user.h"
#include "storage/database.h"

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

private:
    // The tenant by name, with the actor an active admin of it.
    Result<Tenant> administered(const QString &tenant, const QString &doing);
    Status checkName(const QString &name, std::optional<Id> self);

    Database m_db;
    User m_actor;
};

} // namespace herald
