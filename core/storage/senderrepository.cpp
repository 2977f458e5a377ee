#include "senderrepository.h"

#include "sqlquery.h"

namespace herald {

QString nameOf(PhoneNumber::State state)
{
    switch (state) {
    case PhoneNumber::State::Active:
        return QStringLiteral("active");
    case PhoneNumber::State::Paused:
        return QStringLiteral("paused");
    case PhoneNumber::State::Quarantined:
        return QStringLiteral("quarantined");
    }
    return {};
}

static PhoneNumber::State stateFromSql(const QString &s)
{
    if (s == QLatin1StringView("paused"))
        return PhoneNumber::State::Paused;
    if (s == QLatin1StringView("quarantined"))
        return PhoneNumber::State::Quarantined;
    return PhoneNumber::State::Active;
}

Result<Id> SenderRepository::addPool(const NumberPool &pool)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO number_pools (tenant_id, name, rotation) VALUES (?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(pool.name).bind(pool.rotation);
    return q.execId(u"creating number pool " + pool.name);
}

Result<QList<NumberPool>> SenderRepository::pools()
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, name, rotation FROM number_pools WHERE tenant_id = ? ORDER BY name"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"listing number pools"); !st)
        return st.error();
    QList<NumberPool> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.text(1), q.text(2)});
    return out;
}

Result<Id> SenderRepository::addNumber(const PhoneNumber &n)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO phone_numbers (tenant_id, pool_id, e164, state, "
                                                 "daily_cap) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(n.poolId).bind(n.e164).bind(nameOf(n.state)).bind(n.dailyCap);
    return q.execId(u"adding number " + n.e164);
}

Result<QList<PhoneNumber>> SenderRepository::numbers(Id poolId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, pool_id, e164, state, daily_cap FROM phone_numbers "
                                                 "WHERE tenant_id = ? AND pool_id = ? ORDER BY e164"));
    q.bind(m_tenantId).bind(poolId);
    if (auto st = q.exec(u"listing numbers of pool " + QString::number(poolId)); !st)
        return st.error();
    QList<PhoneNumber> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.id(1), q.text(2), stateFromSql(q.text(3)), q.value(4).toInt()});
    return out;
}

Result<Id> SenderRepository::addSender(const SenderIdentity &s)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO sender_identities (tenant_id, kind, name, address, "
                                                 "number_pool_id, paused) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(nameOf(s.kind)).bind(s.name).bind(s.address).bind(s.numberPoolId).bind(s.paused ? 1 : 0);
    return q.execId(u"creating sender " + s.name);
}

Result<QList<SenderIdentity>> SenderRepository::querySenders(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, kind, name, address, number_pool_id, paused FROM sender_identities "
                                  u"WHERE tenant_id = ? "
                                      + where + u" ORDER BY name");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading senders"); !st)
        return st.error();
    QList<SenderIdentity> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Email), q.text(2),
                    q.text(3), q.optionalId(4), q.value(5).toBool()});
    return out;
}

Result<QList<SenderIdentity>> SenderRepository::senders()
{
    return querySenders({}, {});
}

Result<SenderIdentity> SenderRepository::sender(Id id)
{
    return singleRow(querySenders(QStringLiteral("AND id = ?"), id), u"sender " + QString::number(id));
}

Status SenderRepository::setProvider(const ProviderConfig &c)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO provider_configs (tenant_id, kind, provider, settings, credentials_complete) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, kind) DO UPDATE SET "
                              "provider = excluded.provider, settings = excluded.settings, "
                              "credentials_complete = excluded.credentials_complete"));
    q.bind(m_tenantId).bind(nameOf(c.kind)).bind(c.provider).bind(c.settings.isEmpty() ? QStringLiteral("{}") : c.settings);
    q.bind(c.credentialsComplete ? 1 : 0);
    return q.exec(u"configuring the " + nameOf(c.kind) + u" provider");
}

Result<QList<ProviderConfig>> SenderRepository::providers()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, kind, provider, settings, credentials_complete "
                                                 "FROM provider_configs WHERE tenant_id = ? ORDER BY kind"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading provider settings"); !st)
        return st.error();
    QList<ProviderConfig> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Email), q.text(2),
                    q.text(3), q.value(4).toBool()});
    return out;
}

} // namespace herald
