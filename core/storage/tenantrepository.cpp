#include "tenantrepository.h"

#include "domain/permissions.h"
#include "domain/webaddress.h"
#include "providers/webpush/webpushcrypto.h"
#include "sqlquery.h"

#include <QRandomGenerator>

namespace herald {

Result<Id> TenantRepository::create(const Tenant &t)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO tenants (name, time_zone, balance_credits, is_default, "
                                                 "created_at, set_up_at, default_send_window) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"));
    q.bind(t.name).bind(t.timeZone).bind(t.balanceCredits).bind(t.isDefault ? 1 : 0).bindTime(
        t.createdAt.isValid() ? t.createdAt : QDateTime::currentDateTimeUtc());
    q.bindTime(t.setUpAt).bind(t.defaultSendWindow);
    return q.execId(u"creating tenant " + t.name);
}

Result<QList<Tenant>> TenantRepository::query(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(),
               u"SELECT id, name, time_zone, balance_credits, is_default, created_at, archived_at, set_up_at, "
               u"default_send_window, listen, public_url, link_secret, sms_stop_words, sms_help, mailbox, vapid_key FROM tenants "
                   + where
                   + u" ORDER BY is_default DESC, id");
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading tenants"); !st)
        return st.error();
    QList<Tenant> out;
    while (q.next()) {
        Tenant t;
        t.id = q.id(0);
        t.name = q.text(1);
        t.timeZone = q.text(2);
        t.balanceCredits = q.optionalId(3);
        t.isDefault = q.value(4).toBool();
        t.createdAt = q.time(5);
        t.archivedAt = q.time(6);
        t.setUpAt = q.time(7);
        t.defaultSendWindow = q.text(8);
        t.listen = q.text(9);
        t.publicUrl = q.text(10);
        t.linkSecret = q.text(11);
        t.smsStopWords = q.text(12).split(u',', Qt::SkipEmptyParts);
        t.smsHelp = q.text(13);
        t.mailbox = q.text(14);
        t.vapidKey = q.text(15);
        out.append(t);
    }
    return out;
}

Result<QList<Tenant>> TenantRepository::tenants(bool includeArchived)
{
    return includeArchived ? query({}, {}) : query(QStringLiteral("WHERE archived_at IS NULL"), {});
}

Result<Tenant> TenantRepository::byId(Id id)
{
    auto list = query(QStringLiteral("WHERE id = ?"), id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(Text::tr("tenant %1 not found").arg(id));
    return list->first();
}

Result<Tenant> TenantRepository::byName(const QString &name, bool includeArchived)
{
    auto list = name.isEmpty() ? query(QStringLiteral("WHERE archived_at IS NULL"), {})
                               : query(QStringLiteral("WHERE lower(name) = lower(?)"), name);
    if (!list)
        return list.error();
    if (list->isEmpty()) {
        if (name.isEmpty())
            return Error::notFound(
                Text::tr("the workspace has no tenant: create one with '%1'").arg(QStringLiteral("heraldctl init")));
        QStringList names;
        if (auto all = tenants())
            for (const Tenant &t : *all)
                names << t.name;
        return Error::notFound(Text::tr("tenant '%1' not found (tenants: %2)").arg(name, names.join(u", ")));
    }
    if (list->first().archivedAt.isValid() && !includeArchived)
        return Error::refused(
            Text::tr("tenant '%1' is archived: nobody works in it any more").arg(list->first().name));
    return list->first();
}

Status TenantRepository::setBalance(Id tenantId, std::optional<qint64> credits)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET balance_credits = ? WHERE id = ?"));
    q.bind(credits).bind(tenantId);
    return q.exec(u"setting the tenant's balance");
}

Status TenantRepository::spendCredits(Id tenantId, qint64 credits)
{
    if (credits == 0)
        return {};
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET balance_credits = balance_credits - ? "
                                                 "WHERE id = ? AND balance_credits IS NOT NULL"));
    q.bind(credits).bind(tenantId);
    return q.exec(u"spending " + QString::number(credits) + u" credits of the tenant's balance");
}

Result<CallbackSite> TenantRepository::callbackSite(Id tenantId)
{
    auto token = callbackToken(tenantId);
    if (!token)
        return token.error();
    auto tenant = byId(tenantId);
    if (!tenant)
        return tenant.error();
    return CallbackSite{*token, listenerBase(tenant->listen, tenant->publicUrl), tenant->vapidKey};
}

namespace {

// `bytes` random bytes, in hex.
std::function<Result<QString>()> randomHex(int bytes)
{
    return [bytes]() -> Result<QString> {
        QByteArray random(bytes, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        return QString::fromLatin1(random.toHex());
    };
}

} // namespace

Result<QString> TenantRepository::callbackToken(Id tenantId)
{
    return lazySecret(tenantId, QStringLiteral("callback_token"), randomHex(16));
}

Result<QString> TenantRepository::linkSecret(Id tenantId)
{
    return lazySecret(tenantId, QStringLiteral("link_secret"), randomHex(32));
}

Result<QString> TenantRepository::vapidKey(Id tenantId)
{
    return lazySecret(tenantId, QStringLiteral("vapid_key"), []() -> Result<QString> {
        auto pair = webpush::generateKeyPair();
        if (!pair)
            return pair.error();
        return QString::fromLatin1(webpush::base64Url(pair->privateKey));
    });
}

Result<QString> TenantRepository::lazySecret(Id tenantId, const QString &column,
                                             const std::function<Result<QString>()> &make)
{
    SqlQuery read(m_db.connection(), u"SELECT " + column + u" FROM tenants WHERE id = ?");
    for (int pass = 0; pass < 2; ++pass) {
        read.bind(tenantId);
        if (auto st = read.exec(u"reading the tenant's " + column); !st)
            return st.error();
        if (!read.next())
            return Error::notFound(Text::tr("tenant %1 not found").arg(tenantId));
        if (const QString secret = read.text(0); !secret.isEmpty())
            return secret;
        // Whoever writes first wins, the other reads theirs.
        auto made = make();
        if (!made)
            return made.error();
        SqlQuery write(m_db.connection(), u"UPDATE tenants SET " + column + u" = ? WHERE id = ? AND " + column + u" = ''");
        write.bind(*made).bind(tenantId);
        if (auto st = write.exec(u"making the tenant's " + column); !st)
            return st.error();
    }
    return Error::runtime(Text::tr("tenant %1 has no callback token").arg(tenantId));
}

Result<Id> TenantRepository::createUser(Id tenantId, const User &u)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO users (tenant_id, name, email, role, login) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(tenantId).bind(u.name).bind(u.email).bind(nameOf(u.role));
    q.bind(u.login.isEmpty() ? QVariant() : QVariant(u.login));
    return q.execId(u"creating user " + u.name);
}

Result<QList<User>> TenantRepository::queryUsers(Id tenantId, const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, tenant_id, name, email, role, deactivated_at, login FROM users WHERE tenant_id = ? "
                                      + where + u" ORDER BY CASE role WHEN 'admin' THEN 0 ELSE 1 END, id");
    q.bind(tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading users"); !st)
        return st.error();
    QList<User> out;
    while (q.next()) {
        User u;
        u.id = q.id(0);
        u.tenantId = q.id(1);
        u.name = q.text(2);
        u.email = q.text(3);
        u.role = fromString<Role>(q.text(4)).value_or(Role::Viewer);
        u.deactivatedAt = q.time(5);
        u.login = q.text(6);
        out.append(u);
    }
    return out;
}

Result<QList<User>> TenantRepository::users(Id tenantId)
{
    return queryUsers(tenantId, {}, {});
}

Result<User> TenantRepository::user(Id tenantId, Id userId)
{
    return singleRow(queryUsers(tenantId, QStringLiteral("AND id = ?"), userId),
                     Text::tr("user %1 not found in this tenant").arg(userId));
}

Status TenantRepository::mayMaintain(Id tenantId, const User &user, bool everyTenant, const QString &doing)
{
    return mayMaintain(tenantId, user, everyTenant, Text(doing));
}

Status TenantRepository::mayMaintain(Id tenantId, const User &user, bool everyTenant, const Text &doing)
{
    if (user.tenantId != tenantId || !user.active() || !Permissions::permits(user.role, Action::MaintainWorkspace))
        return Error::refused(
            Text::tr("user '%1' is not an admin of this tenant: only admins %2").arg(user.name, doing));
    if (!everyTenant)
        return {};
    auto all = tenants(true);
    if (!all)
        return all.error();
    for (const Tenant &t : std::as_const(*all)) {
        auto may = permitsThere(t.id, user, Action::MaintainWorkspace);
        if (!may)
            return may.error();
        if (!*may)
            return Error::refused(Text::tr("user '%1' is not an admin of tenant '%2', and this reaches every tenant: "
                                           "only admins %3")
                                      .arg(user.name, t.name, doing));
    }
    return {};
}

Result<bool> TenantRepository::permitsThere(Id tenantId, const User &actor, Action action)
{
    auto there = actor.login.isEmpty() ? userByName(tenantId, actor.name) : userByLogin(tenantId, actor.login);
    if (!there)
        return there.error().kind == Error::Kind::NotFound ? Result<bool>(false) : there.error();
    return there->active() && Permissions::permits(there->role, action);
}

Result<User> TenantRepository::userByName(Id tenantId, const QString &name)
{
    auto list = name.isEmpty() ? queryUsers(tenantId, QStringLiteral("AND role = 'admin' AND deactivated_at IS NULL"), {})
                               : queryUsers(tenantId, QStringLiteral("AND lower(name) = lower(?)"), name);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(name.isEmpty() ? Text::tr("the tenant has no user")
                                              : Text::tr("user '%1' not found in this tenant").arg(name));
    return list->first();
}

Result<User> TenantRepository::userByLogin(Id tenantId, const QString &login)
{
    return singleRow(queryUsers(tenantId, QStringLiteral("AND login = ?"), login),
                     Text::tr("the user signing in as %1 not found in this tenant").arg(login));
}

} // namespace herald
