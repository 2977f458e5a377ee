#include "peopleservice.h"

#include "audience/contactfields.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"
#include "teamlogins.h"

namespace herald {

namespace {

constexpr qsizetype kNameMax = 100;
constexpr qsizetype kEmailMax = 254;

// A person's name and email (trimmed) fit to keep.
Status checkPerson(const QString &name, const QString &email)
{
    if (name.isEmpty())
        return Error::usage(Text::tr("a user needs a name"));
    if (auto st = checkText(name, Text::tr("the user's name"), kNameMax); !st)
        return st;
    if (!email.isEmpty() && (email.size() > kEmailMax || !contactfields::isEmail(email)))
        return Error::usage(Text::tr("the email address %1 is not one (name@domain.tld)").arg(quotedInput(email)));
    return {};
}

} // namespace

PeopleService::PeopleService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<User> PeopleService::actingUser(const Database &db, Id tenantId, const QString &name)
{
    if (db.isTeam()) {
        if (!name.isEmpty())
            return Error::usage(Text::tr("in a team workspace you act as your database login '%1': %2 is for workspace "
                                         "files (connect as another login to act as someone else)")
                                    .arg(db.login(), QStringLiteral("--user")));
        auto user = TenantRepository(db).userByLogin(tenantId, db.login());
        if (!user && user.error().kind == Error::Kind::NotFound)
            return Error::refused(Text::tr("the database login '%1' is not a user of this tenant: an admin adds it "
                                           "with '%2'")
                                      .arg(db.login(), u"heraldctl users add NAME --role ROLE --login " + db.login()));
        if (!user)
            return user.error();
        if (!user->active())
            return Error::refused(
                Text::tr("user %1 (login '%2') was deactivated on %3: an admin can reactivate them")
                    .arg(quotedName(user->name), db.login(), user->deactivatedAt.toString(Qt::ISODate)));
        return user;
    }
    auto user = TenantRepository(db).userByName(tenantId, name);
    if (!user) {
        if (name.isEmpty() && user.error().kind == Error::Kind::NotFound)
            return Error::notFound(
                Text::tr("the tenant has no active admin: name a user with %1").arg(QStringLiteral("--user")));
        return user.error();
    }
    if (!user->active())
        return Error::refused(Text::tr("user %1 was deactivated on %2: an admin can reactivate them")
                                  .arg(quotedName(user->name), user->deactivatedAt.toString(Qt::ISODate)));
    return user;
}

Result<QList<User>> PeopleService::list()
{
    return TenantRepository(m_db).users(m_tenantId);
}

Result<QList<User>> PeopleService::reviewers()
{
    auto all = list();
    if (!all)
        return all.error();
    QList<User> out;
    for (const User &u : std::as_const(*all))
        if (u.active() && Permissions::permits(u.role, Action::ApproveCampaigns))
            out.append(u);
    return out;
}

Status PeopleService::write(const User &user, const QString &column, const QVariant &value, const QString &doing)
{
    SqlQuery q(m_db.connection(), u"UPDATE users SET " + column + u" = ? WHERE tenant_id = ? AND id = ?");
    q.bind(value).bind(m_tenantId).bind(user.id);
    return q.exec(doing);
}

Result<User> PeopleService::find(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::usage(Text::tr("name the user"));
    return TenantRepository(m_db).userByName(m_tenantId, name.trimmed());
}

Status PeopleService::keepsAnAdmin(const User &user, const Text &refusal)
{
    if (user.role != Role::Admin || !user.active())
        return {};
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM users WHERE tenant_id = ? AND role = 'admin' "
                                                 "AND deactivated_at IS NULL AND id <> ?"));
    q.bind(m_tenantId).bind(user.id);
    if (auto st = q.exec(u"counting the tenant's admins"); !st)
        return st;
    if (q.next() && q.value(0).toLongLong() > 0)
        return {};
    return Error::refused(refusal);
}

Result<User> PeopleService::add(const QString &rawName, Role role, const QString &rawEmail, const QString &rawLogin)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    const QString name = rawName.trimmed(), email = rawEmail.trimmed(), login = rawLogin.trimmed();
    if (auto st = checkPerson(name, email); !st)
        return st.error();
    if (!login.isEmpty())
        if (auto st = checkLogin(login); !st)
            return st.error();
    // Checked and written under the write lock: two adds of one name cannot both pass.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    TenantRepository tenants(m_db);
    if (auto existing = tenants.userByName(m_tenantId, name)) {
        return Error::refused((existing->active() ? Text::tr("user %1 exists already")
                                                  : Text::tr("user %1 exists already (deactivated: reactivate them)"))
                                  .arg(quotedName(existing->name)));
    } else if (existing.error().kind != Error::Kind::NotFound) {
        return existing.error();
    }
    if (!login.isEmpty())
        if (auto st = loginFree(login); !st)
            return st.error();
    User user;
    user.tenantId = m_tenantId;
    user.name = name;
    user.email = email;
    user.role = role;
    user.login = login;
    auto id = tenants.createUser(m_tenantId, user);
    if (!id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    user.id = *id;
    return user;
}

Result<User> PeopleService::update(const QString &name, const QString &rawNewName, const QString &rawEmail)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    const QString newName = rawNewName.trimmed(), email = rawEmail.trimmed();
    if (auto st = checkPerson(newName, email); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (auto other = TenantRepository(m_db).userByName(m_tenantId, newName); other && other->id != user->id)
        return Error::refused(Text::tr("user %1 exists already").arg(quotedName(other->name)));
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE users SET name = ?, email = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(newName).bind(email).bind(m_tenantId).bind(user->id);
    if (auto st = q.exec(u"changing user " + quotedName(user->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    user->name = newName;
    user->email = email;
    return user;
}

Result<User> PeopleService::setRole(const QString &name, Role role)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->role == role)
        return user;
    if (role != Role::Admin)
        if (auto st = keepsAnAdmin(*user, Text::tr("cannot make %1 of %2: they are the tenant's last active admin. "
                                                   "Make another user admin first")
                                              .arg(nameOf(role), quotedName(user->name)));
            !st)
            return st.error();
    if (auto st = write(*user, QStringLiteral("role"), nameOf(role), u"changing the role of " + quotedName(user->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    user->role = role;
    return user;
}

Result<User> PeopleService::deactivate(const QString &name)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (!user->active())
        return Error::refused(Text::tr("user %1 is deactivated already").arg(quotedName(user->name)));
    if (user->id == m_actor.id)
        return Error::refused(
            Text::tr("you cannot deactivate yourself (%1): ask another admin").arg(quotedName(user->name)));
    if (auto st = keepsAnAdmin(*user, Text::tr("cannot deactivate %1: they are the tenant's last active admin. Make "
                                               "another user admin first")
                                          .arg(quotedName(user->name)));
        !st)
        return st.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto st = write(*user, QStringLiteral("deactivated_at"), timeToSql(now), u"deactivating " + quotedName(user->name));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    user->deactivatedAt = now;
    return user;
}

Result<User> PeopleService::reactivate(const QString &name)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->active())
        return user;
    if (auto st = write(*user, QStringLiteral("deactivated_at"), timeToSql({}), u"reactivating " + quotedName(user->name));
        !st)
        return st.error();
    user->deactivatedAt = {};
    return user;
}

Status PeopleService::checkLogin(const QString &login) const
{
    if (!m_db.isTeam())
        return Error::usage(Text::tr("a database login is for team workspaces (%1): on a workspace file people act by "
                                     "name")
                                .arg(QStringLiteral("--database")));
    return TeamLogins::check(login);
}

Status PeopleService::loginFree(const QString &login)
{
    if (auto linked = TenantRepository(m_db).userByLogin(m_tenantId, login))
        return Error::refused(
            Text::tr("the database login '%1' is user %2 of this tenant already").arg(login, quotedName(linked->name)));
    else if (linked.error().kind != Error::Kind::NotFound)
        return linked.error();
    return TeamLogins::ensure(m_db, login);
}

Result<User> PeopleService::setLogin(const QString &name, const QString &rawLogin)
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st.error();
    const QString login = rawLogin.trimmed();
    if (auto st = checkLogin(login); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->login == login)
        return user;
    if (auto st = loginFree(login); !st)
        return st.error();
    if (auto st = write(*user, QStringLiteral("login"), login, u"linking " + quotedName(user->name) + u" to " + login); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    user->login = login;
    return user;
}

Status PeopleService::mayManageWorkers() const
{
    if (auto st = Permissions::require(m_actor, Action::ManagePeople); !st)
        return st;
    if (!m_db.isTeam())
        return Error::usage(Text::tr("service logins are for team workspaces (%1): on a workspace file '%2' needs none")
                                .arg(QStringLiteral("--database"), QStringLiteral("heraldctl worker")));
    return {};
}

Result<QList<PeopleService::ServiceLogin>> PeopleService::serviceLogins()
{
    if (!m_db.isTeam())
        return QList<ServiceLogin>{};
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT login, added_at FROM service_logins WHERE tenant_id = ? ORDER BY login"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading the tenant's service logins"); !st)
        return st.error();
    QList<ServiceLogin> out;
    while (q.next())
        out.append({q.text(0), q.time(1)});
    return out;
}

Result<PeopleService::ServiceLogin> PeopleService::addServiceLogin(const QString &rawLogin)
{
    if (auto st = mayManageWorkers(); !st)
        return st.error();
    const QString login = rawLogin.trimmed();
    if (auto st = TeamLogins::check(login); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto person = TenantRepository(m_db).userByLogin(m_tenantId, login))
        return Error::refused(Text::tr("the database login '%1' is user %2: a worker's login is a login of its own")
                                  .arg(login, quotedName(person->name)));
    if (auto st = TeamLogins::ensure(m_db, login); !st)
        return st.error();
    const ServiceLogin added{login, QDateTime::currentDateTimeUtc()};
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO service_logins (tenant_id, login, added_at) VALUES (?, ?, ?)"));
    q.bind(m_tenantId).bind(login).bindTime(added.addedAt);
    if (auto st = q.exec(u"adding the service login " + login); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return added;
}

Status PeopleService::removeServiceLogin(const QString &rawLogin)
{
    if (auto st = mayManageWorkers(); !st)
        return st;
    const QString login = rawLogin.trimmed();
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM service_logins WHERE tenant_id = ? AND login = ?"));
    q.bind(m_tenantId).bind(login);
    if (auto st = q.exec(u"removing the service login " + login); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("'%1' is not a service login of this tenant (see %2)")
                                   .arg(login, QStringLiteral("heraldctl workers list")));
    return {};
}

} // namespace herald
