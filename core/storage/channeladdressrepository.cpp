#include "channeladdressrepository.h"

#include "sqlquery.h"
#include "transaction.h"

namespace herald {

namespace {
constexpr auto kSubscriptionColumns = u"id, endpoint, p256dh, auth, created_at, last_success_at, contact_id";

PushSubscription readSubscription(const SqlQuery &q)
{
    return {q.id(0), q.text(1), q.text(2), q.text(3), q.time(4), q.time(5)};
}
} // namespace

Result<std::optional<Id>> ChannelAddressRepository::setTelegramChat(Id contactId, const QString &chat)
{
    return setAddress(QStringLiteral("telegram_chat"), contactId, chat);
}

Result<std::optional<Id>> ChannelAddressRepository::setViberUser(Id contactId, const QString &user)
{
    return setAddress(QStringLiteral("viber_user"), contactId, user);
}

Result<std::optional<Id>> ChannelAddressRepository::setAddress(const QString &column, Id contactId,
                                                               const QString &value)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    std::optional<Id> previous;
    if (!value.isEmpty()) {
        SqlQuery take(db, u"UPDATE contacts SET " + column + u" = '' WHERE tenant_id = ? AND " + column
                              + u" = ? AND id <> ? RETURNING id");
        take.bind(m_tenantId).bind(value).bind(contactId);
        if (auto st = take.exec(u"taking " + column + u' ' + value + u" from another contact"); !st)
            return st.error();
        if (take.next())
            previous = take.id(0);
    }
    SqlQuery set(db, u"UPDATE contacts SET " + column + u" = ? WHERE tenant_id = ? AND id = ?");
    set.bind(value).bind(m_tenantId).bind(contactId);
    if (auto st = set.exec(u"saving the " + column + u" of contact " + QString::number(contactId)); !st)
        return st.error();
    if (set.rowsAffected() != 1)
        return Error::notFound(Text::tr("contact %1 not found in this tenant").arg(contactId));
    if (auto st = tx.commit(); !st)
        return st.error();
    return previous;
}

Result<std::optional<Id>> ChannelAddressRepository::contactWithTelegramChat(const QString &chat)
{
    return contactWith(QStringLiteral("telegram_chat"), chat);
}

Result<std::optional<Id>> ChannelAddressRepository::contactWithViberUser(const QString &user)
{
    return contactWith(QStringLiteral("viber_user"), user);
}

Result<std::optional<Id>> ChannelAddressRepository::contactWith(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return std::optional<Id>();
    SqlQuery q(m_db.connection(),
               u"SELECT id FROM contacts WHERE tenant_id = ? AND " + column + u" = ? ORDER BY id LIMIT 1");
    q.bind(m_tenantId).bind(value);
    if (auto st = q.exec(u"looking up the contact with " + column + u' ' + value); !st)
        return st.error();
    return q.next() ? std::optional<Id>(q.id(0)) : std::nullopt;
}

Result<PushSubscription> ChannelAddressRepository::subscribe(Id contactId, const PushSubscription &s,
                                                             const QDateTime &now)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery contact(db, QStringLiteral("SELECT 1 FROM contacts WHERE tenant_id = ? AND id = ?"));
    contact.bind(m_tenantId).bind(contactId);
    if (auto st = contact.exec(u"looking up contact " + QString::number(contactId)); !st)
        return st.error();
    if (!contact.next())
        return Error::notFound(Text::tr("contact %1 not found in this tenant").arg(contactId));
    // A browser that subscribes again keeps its endpoint with new keys, or hands it to
    // whoever signed in on it since: the row follows, its history (created) restarts.
    SqlQuery q(db, u"INSERT INTO push_subscriptions (tenant_id, contact_id, endpoint, p256dh, auth, created_at) "
                   u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, endpoint) DO UPDATE SET "
                   u"contact_id = excluded.contact_id, p256dh = excluded.p256dh, auth = excluded.auth, "
                   u"created_at = excluded.created_at, last_success_at = NULL RETURNING "
                       + QString::fromUtf16(kSubscriptionColumns));
    q.bind(m_tenantId).bind(contactId).bind(s.endpoint).bind(s.p256dh).bind(s.auth).bindTime(now);
    if (auto st = q.exec(u"saving a push subscription of contact " + QString::number(contactId)); !st)
        return st.error();
    if (!q.next())
        return Error::runtime(Text::tr("the push subscription of contact %1 was not saved").arg(contactId));
    const PushSubscription stored = readSubscription(q);
    q.raw().finish();
    if (auto st = tx.commit(); !st)
        return st.error();
    return stored;
}

Result<bool> ChannelAddressRepository::unsubscribe(const QString &endpoint, std::optional<Id> contactId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM push_subscriptions WHERE tenant_id = ? AND endpoint = ? "
                                                 "AND (? = 0 OR contact_id = ?)"));
    q.bind(m_tenantId).bind(endpoint).bind(contactId.value_or(0)).bind(contactId.value_or(0));
    if (auto st = q.exec(u"removing a push subscription"); !st)
        return st.error();
    return q.rowsAffected() > 0;
}

Result<QList<PushSubscription>> ChannelAddressRepository::subscriptions(Id contactId)
{
    auto all = subscriptionsOf({contactId});
    if (!all)
        return all.error();
    return all->value(contactId);
}

Result<QHash<Id, QList<PushSubscription>>> ChannelAddressRepository::subscriptionsOf(const QList<Id> &contactIds)
{
    QHash<Id, QList<PushSubscription>> out;
    if (contactIds.isEmpty())
        return out;
    SqlQuery q(m_db.connection(), u"SELECT " + QString::fromUtf16(kSubscriptionColumns)
                                      + u" FROM push_subscriptions WHERE tenant_id = ? AND contact_id IN "
                                      + m_db.dialect().jsonIds() + u" ORDER BY id");
    q.bind(m_tenantId).bind(jsonIdArray(contactIds));
    if (auto st = q.exec(u"reading push subscriptions"); !st)
        return st.error();
    while (q.next())
        out[q.id(6)].append(readSubscription(q));
    return out;
}

Status ChannelAddressRepository::markDelivered(const QStringList &endpoints, const QDateTime &at)
{
    if (endpoints.isEmpty())
        return {};
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE push_subscriptions SET last_success_at = ? WHERE tenant_id = ? AND endpoint = ?"));
    for (const QString &endpoint : endpoints) {
        q.bindTime(at).bind(m_tenantId).bind(endpoint);
        if (auto st = q.exec(u"recording a push delivery"); !st)
            return st;
    }
    return {};
}

} // namespace herald
