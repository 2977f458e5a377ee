#include "senderrepository.h"

#include "audience/phonenumbers.h"
#include "domain/inputtext.h"
#include "domain/messagestatus.h"
#include "numbers/numberrotation.h"
#include "sqlquery.h"
#include "transaction.h"


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

static Status checkRotation(const NumberPool &pool)
{
    if (!NumberPool::rotations().contains(pool.rotation))
        return Error::usage(Text::tr("number pool %1: rotation '%2' is not one of %3")
                                .arg(pool.name, pool.rotation, NumberPool::rotations().join(u", ")));
    if (pool.maxCalls < 0 || pool.maxCalls > 10000)
        return Error::usage(Text::tr("number pool %1: calls at once is a number from 0 (no limit of the pool's) to "
                                     "10000, not %2")
                                .arg(pool.name, QString::number(pool.maxCalls)));
    if (pool.quarantineBelowPercent < 0 || pool.quarantineBelowPercent > 100 || pool.quarantineMinSample < 1)
        return Error::usage(Text::tr("number pool %1: the quarantine threshold is a percentage (0 = never) over a "
                                     "sample of at least 1")
                                .arg(pool.name));
    return {};
}

Result<Id> SenderRepository::addPool(const NumberPool &pool)
{
    if (auto st = checkRotation(pool); !st)
        return st.error();
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO number_pools (tenant_id, name, rotation, quarantine_below, "
                                                 "quarantine_min_sample, max_calls) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(pool.name).bind(pool.rotation).bind(pool.quarantineBelowPercent).bind(pool.quarantineMinSample);
    q.bind(pool.maxCalls);
    return q.execId(u"creating number pool " + pool.name);
}

Status SenderRepository::updatePool(const NumberPool &pool)
{
    if (auto st = checkRotation(pool); !st)
        return st;
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE number_pools SET name = ?, rotation = ?, quarantine_below = ?, "
                                                 "quarantine_min_sample = ?, max_calls = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(pool.name).bind(pool.rotation).bind(pool.quarantineBelowPercent).bind(pool.quarantineMinSample);
    q.bind(pool.maxCalls);
    q.bind(m_tenantId).bind(pool.id);
    return q.exec(u"changing number pool " + pool.name);
}

Result<QList<NumberPool>> SenderRepository::pools()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, name, rotation, quarantine_below, quarantine_min_sample, "
                                                 "max_calls FROM number_pools WHERE tenant_id = ? AND deleted_at IS NULL "
                                                 "ORDER BY name"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"listing number pools"); !st)
        return st.error();
    QList<NumberPool> out;
    while (q.next()) {
        NumberPool p;
        p.id = q.id(0);
        p.tenantId = m_tenantId;
        p.name = q.text(1);
        p.rotation = q.text(2);
        p.quarantineBelowPercent = q.value(3).toInt();
        p.quarantineMinSample = q.value(4).toInt();
        p.maxCalls = q.value(5).toInt();
        out.append(p);
    }
    return out;
}

Result<qint64> SenderRepository::callsInProgress(Id poolId)
{
    QStringList states;
    for (MessageStatus s : allValues<MessageStatus>())
        if (isInFlight(s))
            states << u'\'' + nameOf(s) + u'\'';
    // By status first (messages_status_age): only what is in flight is read.
    SqlQuery q(m_db.connection(),
               u"SELECT COUNT(*) FROM messages WHERE status IN (" + states.join(u',')
                   + u") AND tenant_id = ? AND channel = 'phone' AND sender_number_id IN "
                     u"(SELECT id FROM phone_numbers WHERE tenant_id = ? AND pool_id = ?)");
    q.bind(m_tenantId).bind(m_tenantId).bind(poolId);
    if (auto st = q.exec(u"counting the calls in progress of number pool " + QString::number(poolId)); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<NumberPool> SenderRepository::pool(Id poolId)
{
    auto all = pools();
    if (!all)
        return all.error();
    for (const NumberPool &p : std::as_const(*all))
        if (p.id == poolId)
            return p;
    return Error::notFound(Text::tr("number pool %1 not found").arg(poolId));
}

Status SenderRepository::deletePool(Id poolId)
{
    const QVariant now = timeToSql(QDateTime::currentDateTimeUtc());
    SqlQuery numbers(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET removed_at = ? WHERE tenant_id = ? "
                                                       "AND pool_id = ? AND removed_at IS NULL"));
    numbers.bind(now).bind(m_tenantId).bind(poolId);
    if (auto st = numbers.exec(u"removing the numbers of number pool " + QString::number(poolId)); !st)
        return st;
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE number_pools SET deleted_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(now).bind(m_tenantId).bind(poolId);
    return q.exec(u"deleting number pool " + QString::number(poolId));
}

Result<Id> SenderRepository::addNumber(const PhoneNumber &n)
{
    if (!phone::isE164(n.e164))
        return Error::usage(Text::tr("'%1' is not an E.164 number: a +, the country code and the number, digits only "
                                     "(e.g. +447700900123)")
                                .arg(n.e164));
    if (n.dailyCap < 0)
        return Error::usage(Text::tr("the daily cap of %1 cannot be negative (0 means no cap)").arg(n.e164));
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO phone_numbers (tenant_id, pool_id, e164, state, "
                                                 "daily_cap, state_reason) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(n.poolId).bind(n.e164).bind(nameOf(n.state)).bind(n.dailyCap).bind(n.stateReason);
    return q.execId(u"adding number " + n.e164);
}

Status SenderRepository::restoreNumber(Id numberId, Id poolId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET pool_id = ?, removed_at = NULL "
                                                 "WHERE tenant_id = ? AND id = ?"));
    q.bind(poolId).bind(m_tenantId).bind(numberId);
    return q.exec(u"adding number " + QString::number(numberId) + u" again");
}

Status SenderRepository::removeNumber(Id numberId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET removed_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bindTime(QDateTime::currentDateTimeUtc()).bind(m_tenantId).bind(numberId);
    return q.exec(u"removing number " + QString::number(numberId));
}

Result<QList<PhoneNumber>> SenderRepository::queryNumbers(const QString &where, Id arg)
{
    SqlQuery q(m_db.connection(),
               u"SELECT id, pool_id, e164, state, daily_cap, state_reason, state_changed_at, attempts, successes, "
               u"failures, opt_outs, last_used_at, used_day, used_today, removed_at IS NOT NULL FROM phone_numbers "
               u"WHERE tenant_id = ? AND "
                   + where + u" ORDER BY e164");
    q.bind(m_tenantId).bind(arg);
    if (auto st = q.exec(u"listing numbers"); !st)
        return st.error();
    QList<PhoneNumber> out;
    while (q.next()) {
        PhoneNumber n;
        n.id = q.id(0);
        n.tenantId = m_tenantId;
        n.poolId = q.id(1);
        n.e164 = q.text(2);
        n.state = stateFromSql(q.text(3));
        n.dailyCap = q.value(4).toInt();
        n.stateReason = q.text(5);
        n.stateChangedAt = q.time(6);
        n.attempts = q.id(7);
        n.successes = q.id(8);
        n.failures = q.id(9);
        n.optOuts = q.id(10);
        n.lastUsedAt = q.time(11);
        n.usedDay = q.text(12);
        n.usedToday = q.value(13).toInt();
        n.removed = q.value(14).toBool();
        out.append(n);
    }
    return out;
}

Result<QList<PhoneNumber>> SenderRepository::numbers(Id poolId)
{
    return queryNumbers(QStringLiteral("pool_id = ? AND removed_at IS NULL"), poolId);
}

Result<PhoneNumber> SenderRepository::number(Id numberId)
{
    return singleRow(queryNumbers(QStringLiteral("id = ?"), numberId),
                     Text::tr("number %1 not found in this tenant").arg(numberId));
}

Result<QList<PhoneNumber>> SenderRepository::allNumbers()
{
    return queryNumbers(QStringLiteral("id > ?"), 0);
}

Result<Id> SenderRepository::numberByE164(const QString &e164)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM phone_numbers WHERE tenant_id = ? AND e164 = ?"));
    q.bind(m_tenantId).bind(e164);
    if (auto st = q.exec(u"finding number " + e164); !st)
        return st.error();
    return q.next() ? q.id(0) : Id(0);
}

Status SenderRepository::setNumberState(Id numberId, PhoneNumber::State state, const QString &reason, const QDateTime &at)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET state = ?, state_reason = ?, "
                                                 "state_changed_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(nameOf(state)).bind(reason).bindTime(at).bind(m_tenantId).bind(numberId);
    return q.exec(u"setting number " + QString::number(numberId) + u" " + nameOf(state));
}

Status SenderRepository::setDailyCap(Id numberId, int cap)
{
    if (cap < 0)
        return Error::usage(Text::tr("a daily cap cannot be negative (0 means no cap)"));
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET daily_cap = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(cap).bind(m_tenantId).bind(numberId);
    return q.exec(u"setting the daily cap of number " + QString::number(numberId));
}

Status SenderRepository::recordNumberUse(const QList<NumberUse> &uses, const QString &day, const QDateTime &at)
{
    if (uses.isEmpty())
        return {};
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    QHash<Id, int> perNumber;
    SqlQuery message(m_db.connection(), QStringLiteral("UPDATE messages SET sender_number_id = ? WHERE id = ?"));
    SqlQuery sticky(m_db.connection(),
                    QStringLiteral("INSERT INTO contact_numbers (tenant_id, pool_id, contact_id, number_id) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (pool_id, contact_id) DO UPDATE SET "
                                   "number_id = excluded.number_id"));
    for (const NumberUse &u : uses) {
        ++perNumber[u.numberId];
        message.bind(u.numberId).bind(u.messageId);
        if (auto st = message.exec(u"recording the number of message " + QString::number(u.messageId)); !st)
            return st;
        sticky.bind(m_tenantId).bind(u.poolId).bind(u.contactId).bind(u.numberId);
        if (auto st = sticky.exec(u"keeping the number of contact " + QString::number(u.contactId)); !st)
            return st;
    }
    SqlQuery count(m_db.connection(),
                   QStringLiteral("UPDATE phone_numbers SET attempts = attempts + ?, last_used_at = ?, "
                                  "used_today = CASE WHEN used_day = ? THEN used_today + ? ELSE ? END, used_day = ? "
                                  "WHERE tenant_id = ? AND id = ?"));
    for (auto it = perNumber.cbegin(); it != perNumber.cend(); ++it) {
        count.bind(it.value()).bindTime(at).bind(day).bind(it.value()).bind(it.value()).bind(day);
        count.bind(m_tenantId).bind(it.key());
        if (auto st = count.exec(u"counting the uses of number " + QString::number(it.key())); !st)
            return st;
    }
    return tx.commit();
}

Result<QHash<Id, Id>> SenderRepository::stickyNumbers(Id poolId, const QList<Id> &contactIds)
{
    QHash<Id, Id> out;
    if (contactIds.isEmpty())
        return out;
    SqlQuery q(m_db.connection(), u"SELECT contact_id, number_id FROM contact_numbers WHERE tenant_id = ? AND pool_id = ? "
                                  u"AND contact_id IN (" + QStringList(contactIds.size(), QStringLiteral("?")).join(u',') + u')');
    q.bind(m_tenantId).bind(poolId);
    for (Id c : contactIds)
        q.bind(c);
    if (auto st = q.exec(u"reading the numbers contacts hear from"); !st)
        return st.error();
    while (q.next())
        out.insert(q.id(0), q.id(1));
    return out;
}

Result<QList<std::pair<PhoneNumber, QString>>> SenderRepository::recordNumberResults(const QHash<Id, NumberResults> &results,
                                                                                      const QDateTime &at)
{
    QList<std::pair<PhoneNumber, QString>> quarantined;
    if (results.isEmpty())
        return quarantined;
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE phone_numbers SET attempts = attempts + ?, successes = successes "
                                                 "+ ?, failures = failures + ?, opt_outs = opt_outs + ?, "
                                                 "last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < ? "
                                                 "THEN COALESCE(?, last_used_at) ELSE last_used_at END "
                                                 "WHERE tenant_id = ? AND id = ?"));
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        q.bind(it->attempts).bind(it->successes).bind(it->failures).bind(it->optOuts);
        q.bindTime(it->lastUsed).bindTime(it->lastUsed).bind(m_tenantId).bind(it.key());
        if (auto st = q.exec(u"counting the results of number " + QString::number(it.key())); !st)
            return st.error();
    }
    // A number whose rate fell below its pool's threshold stops sending.
    auto poolList = pools();
    if (!poolList)
        return poolList.error();
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (it->successes + it->failures == 0)
            continue;
        auto n = number(it.key());
        if (!n)
            return n.error();
        for (const NumberPool &p : std::as_const(*poolList)) {
            if (p.id != n->poolId)
                continue;
            if (const auto reason = NumberRotation::quarantineReason(p, *n, it->phone)) {
                if (auto st = setNumberState(n->id, PhoneNumber::State::Quarantined, *reason, at); !st)
                    return st.error();
                n->state = PhoneNumber::State::Quarantined;
                n->stateReason = *reason;
                quarantined.append({*n, p.name});
            }
        }
    }
    return quarantined;
}

Result<Id> SenderRepository::addSender(const SenderIdentity &s)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO sender_identities (tenant_id, kind, name, address, "
                                                 "number_pool_id, paused, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"));
    q.bind(m_tenantId).bind(nameOf(s.kind)).bind(s.name).bind(s.address).bind(s.numberPoolId).bind(s.paused ? 1 : 0);
    q.bind(s.replyTo);
    return q.execId(u"creating sender " + s.name);
}

Status SenderRepository::updateSender(const SenderIdentity &s)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE sender_identities SET name = ?, address = ?, number_pool_id = ?, "
                                                 "paused = ?, reply_to = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(s.name).bind(s.address).bind(s.numberPoolId).bind(s.paused ? 1 : 0).bind(s.replyTo);
    q.bind(m_tenantId).bind(s.id);
    return q.exec(u"changing sender " + s.name);
}

Status SenderRepository::deleteSender(Id id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE sender_identities SET deleted_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bindTime(QDateTime::currentDateTimeUtc()).bind(m_tenantId).bind(id);
    return q.exec(u"deleting sender " + QString::number(id));
}

Result<QList<SenderIdentity>> SenderRepository::querySenders(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, kind, name, address, number_pool_id, paused, reply_to, "
                                  u"deleted_at IS NOT NULL FROM sender_identities "
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
                    q.text(3), q.optionalId(4), q.value(5).toBool(), q.text(6), q.value(7).toBool()});
    return out;
}

Result<QList<SenderIdentity>> SenderRepository::senders()
{
    return querySenders(QStringLiteral("AND deleted_at IS NULL"), {});
}

Result<SenderIdentity> SenderRepository::find(const QString &reference, std::optional<ChannelKind> kind)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return Error::usage(Text::tr("name the sender"));
    auto all = senders();
    if (!all)
        return all.error();
    bool numeric = false;
    const Id id = ref.toLongLong(&numeric);
    QList<SenderIdentity> found;
    for (const SenderIdentity &s : std::as_const(*all))
        if ((!kind || s.kind == *kind) && (numeric ? s.id == id : s.name.compare(ref, Qt::CaseInsensitive) == 0))
            found.append(s);
    if (found.isEmpty())
        return Error::notFound((kind ? Text::tr("no %1 sender %2 in this tenant (%3 shows them)")
                                           .arg(displayText(*kind), quotedInput(ref),
                                                QStringLiteral("heraldctl senders list"))
                                     : Text::tr("no sender %1 in this tenant (%2 shows them)")
                                           .arg(quotedInput(ref), QStringLiteral("heraldctl senders list"))));
    if (found.size() > 1) {
        QStringList kinds;
        for (const SenderIdentity &s : std::as_const(found))
            kinds << nameOf(s.kind);
        return Error::usage(Text::tr("senders of several channels are named %1 (%2): say which with %3")
                                .arg(quotedInput(ref), kinds.join(u", "), QStringLiteral("--channel")));
    }
    return found.first();
}

Result<SenderIdentity> SenderRepository::sender(Id id)
{
    return singleRow(querySenders(QStringLiteral("AND id = ?"), id),
                     Text::tr("sender %1 not found in this tenant").arg(id));
}

Status SenderRepository::setProvider(const ProviderConfig &c)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO provider_configs (tenant_id, kind, provider, settings, credentials_complete) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, kind) DO UPDATE SET "
                              "provider = excluded.provider, settings = excluded.settings, "
                              "credentials_complete = excluded.credentials_complete, checked_at = NULL, "
                              "check_ok = 1, check_detail = ''"));
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

Status SenderRepository::recordCheck(const ProviderCheck &check)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE provider_configs SET checked_at = ?, check_ok = ?, "
                                                 "check_detail = ? WHERE tenant_id = ? AND kind = ?"));
    q.bindTime(check.at).bind(check.ok ? 1 : 0).bind(check.detail.left(1000)).bind(m_tenantId).bind(nameOf(check.kind));
    return q.exec(u"keeping the " + nameOf(check.kind) + u" provider's check");
}

Result<QList<SenderRepository::ProviderCheck>> SenderRepository::providerChecks()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT kind, check_ok, check_detail, checked_at FROM provider_configs "
                                                 "WHERE tenant_id = ? AND checked_at IS NOT NULL"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading the providers' checks"); !st)
        return st.error();
    QList<ProviderCheck> out;
    while (q.next())
        if (const auto kind = fromString<ChannelKind>(q.text(0)))
            out.append({*kind, q.value(1).toBool(), q.text(2), q.time(3)});
    return out;
}

} // namespace herald
