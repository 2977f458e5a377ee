#pragma once

#include "domain/user.h"
#include "storage/database.h"

#include <QList>

namespace herald {

// The people of a tenant and their roles. Only admins change them; a user is deactivated,
// never deleted, so history keeps their name; the last active admin can be neither
// demoted nor deactivated. Names are one person in any letter case.
class PeopleService final
{
public:
    PeopleService(Database db, Id tenantId, User actor);

    // The user who acts: by name in any letter case, or the tenant's first active admin
    // when `name` is empty. A deactivated user is refused.
    static Result<User> actingUser(const Database &db, Id tenantId, const QString &name);

    // Admins first, then in the order they were added; deactivated ones too.
    Result<QList<User>> list();
    // Those who may approve content: active reviewers and admins.
    Result<QList<User>> reviewers();
    // `login` (team workspaces) links the PostgreSQL login the person signs in as,
    // creating it when it does not exist.
    Result<User> add(const QString &name, Role role, const QString &email = {}, const QString &login = {});
    Result<User> setRole(const QString &name, Role role);
    // Links a person of a team workspace to the login they sign in as (a workspace copied
    // from a file has none), creating it when it does not exist.
    Result<User> setLogin(const QString &name, const QString &login);
    // A person's name and email (the setup assistant's first admin, a typo fixed).
    Result<User> update(const QString &name, const QString &newName, const QString &email);
    Result<User> deactivate(const QString &name);
    Result<User> reactivate(const QString &name);

    // The logins workers connect as (team workspaces): they send for this tenant and are
    // nobody's person. Only admins change them.
    struct ServiceLogin
    {
        QString login;
        QDateTime addedAt;
    };
    Result<QList<ServiceLogin>> serviceLogins();
    Result<ServiceLogin> addServiceLogin(const QString &login);
    Status removeServiceLogin(const QString &login);

private:
    Result<User> find(const QString &name);
    // Sets one column of the user's row (`column` is one of ours, never input).
    Status write(const User &user, const QString &column, const QVariant &value, const QString &doing);
    // Refused with `refusal` when `user` is the tenant's last active admin and would stop being one.
    Status keepsAnAdmin(const User &user, const Text &refusal);
    Status mayManageWorkers() const;
    Status checkLogin(const QString &login) const;
    // Refused when another user of the tenant signs in as `login`; creates it if missing.
    Status loginFree(const QString &login);

    Database m_db;
    Id m_tenantId;
    User m_actor;
};

} // namespace herald
