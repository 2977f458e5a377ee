#include "dispatcher.h"

#include "lifecycle/preflight.h"
#include "numbers/numberrotation.h"
#include "providers/provider.h"
#include "storage/channeladdressrepository.h"
#include "storage/messagerepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/transaction.h"

#include <QSet>

namespace herald {

namespace {
// The channel's rate limit in messages a minute; 0 without one.
int ratePerMinute(const QJsonObject &frozen)
{
    return frozen.value(QLatin1StringView("rate_per_minute")).toInt();
}

// The number pool the channel's SMS or calls go out from; 0 without one.
Id numberPoolOf(const QJsonObject &frozen)
{
    return frozen.value(QLatin1StringView("number_pool_id")).toInteger();
}

// What a claimed message moves to: a call is dialled, anything else is being sent.
MessageStatus handedOverStatus(ChannelKind kind)
{
    return kind == ChannelKind::Phone ? MessageStatus::Dialing : MessageStatus::Sending;
}

// Why a message whose recipient has no address for its channel fails (the English kept
// with the message, as every reason is).
QString noAddressReason(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QStringLiteral("The contact has no email address");
    case ChannelKind::Sms:
    case ChannelKind::Phone:
        return QStringLiteral("The contact has no phone number");
    case ChannelKind::Telegram:
        return QStringLiteral("The contact has no Telegram chat with the bot");
    case ChannelKind::Viber:
        return QStringLiteral("The contact has no Viber user id");
    case ChannelKind::WebPush:
        return QStringLiteral("The contact has no push subscription");
    }
    return {};
}
} // namespace

struct Dispatcher::Claimable
{
    Recipient recipient;
    MessageStatus from = MessageStatus::Queued;
    int attempts = 0;
    bool optedOut = false;
};

// One entry per message that moves: its transition, the message to send (empty for one
// Opted Out) and its number's use (numberId 0 without a pool).
struct Dispatcher::Batch
{
    QList<MessageTransition> transitions;
    QList<OutgoingMessage> outgoing;
    QList<SenderRepository::NumberUse> uses;
};

Status Dispatcher::claim(const ChannelKey &key, Active &a)
{
    auto p = provider(a.tenant, a.kind);
    if (!p)
        return p.error();
    if (!*p)
        return {}; // the provider made from new settings waits for the old one's messages
    const QDateTime now = m_clock.now();
    auto n = claimLimit(a, *p, now);
    if (!n)
        return n.error();
    if (*n <= 0)
        return {};
    auto rows = readClaimable(key, a, *n, now);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return {};
    // The claim, its rate tokens and its numbers' uses are one transaction, and the
    // messages go to the provider only once it is committed.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    if (m_db.isTeam())
        if (auto st = lockClaimable(key, *rows); !st)
            return st;
    if (const int rate = ratePerMinute(a.frozen); rate > 0) {
        auto tokens = takeTokens(key, a, rate, int(rows->size()));
        if (!tokens)
            return tokens.error();
        rows->resize(qMin(rows->size(), qsizetype(*tokens)));
    }
    if (rows->isEmpty())
        return tx.commit();
    auto batch = composeBatch(key, a, *rows, now);
    if (!batch)
        return batch.error();
    if (batch->transitions.isEmpty())
        return tx.commit();
    auto toSend = applyBatch(key, a, *p, *batch, now);
    if (!toSend)
        return toSend.error();
    if (auto st = tx.commit(); !st) {
        for (const OutgoingMessage &m : std::as_const(*toSend))
            m_inFlight.remove(m.messageId);
        (void)loadCounts(key, a);
        return st;
    }
    if (!toSend->isEmpty())
        (*p)->send(*toSend);
    return {};
}

Result<int> Dispatcher::claimLimit(const Active &a, Provider *provider, const QDateTime &now)
{
    qint64 busy = 0;
    for (const InFlight &f : std::as_const(m_inFlight))
        busy += f.provider == provider ? 1 : 0;
    int n = int(qMin<qint64>(m_options.claimBatch, provider->window() - busy));
    // Rate limit: a token bucket refilled from the clock, at most one second of burst,
    // shared by every dispatcher sending the channel (takeTokens). What this one last saw
    // of it is the most there can be now (the others only take): no claim without it.
    if (const int rate = ratePerMinute(a.frozen); rate > 0) {
        const double perSecond = rate / 60.0;
        n = qMin(n, int(qMin(qMax(1.0, perSecond), a.tokens + perSecond * a.lastRefill.msecsTo(now) / 1000.0)));
    }
    // A pool's calls at once, counted in the workspace: a test run, a paused campaign's
    // last calls and other dispatchers' calls use its numbers too.
    if (const Id pool = numberPoolOf(a.frozen); a.kind == ChannelKind::Phone && pool > 0 && n > 0) {
        auto rotation = numberRotation(a.tenant, pool);
        if (!rotation)
            return rotation.error();
        if (const int most = (*rotation)->pool().maxCalls; most > 0) {
            auto calling = SenderRepository(m_db, a.tenant).callsInProgress(pool);
            if (!calling)
                return calling.error();
            n = int(qMin<qint64>(n, most - *calling));
        }
    }
    return n;
}

Result<QList<Dispatcher::Claimable>> Dispatcher::readClaimable(const ChannelKey &key, const Active &a, int n,
                                                               const QDateTime &now)
{
    // Outside their send window recipients stay Queued: deferred, never dropped.
    QStringList open;
    if (!a.window.isAlways()) {
        auto all = zones(a.tenant);
        if (!all)
            return all.error();
        open = openZones(a, *all);
        if (open.isEmpty())
            return QList<Claimable>();
    }
    // Each status is read from the index on (tenant, run, status, id, channel) in id
    // order, at most n of each: cheap however many messages the run has. (One query with
    // "Queued OR Retrying" read every message of the run and sorted the queued ones, every
    // claim.) "channel || ''" keeps SQLite off the channel index, which would walk the
    // run's finished messages first.
    const QString zoneFilter = a.window.isAlways()
                                   ? QString()
                                   : u" AND c2.time_zone IN (" + QStringList(open.size(), QStringLiteral("?")).join(u',')
                                         + u')';
    const auto branch = [&](const QString &extra) -> QString {
        return u"SELECT id FROM (SELECT m2.id FROM messages m2"
               + QString(zoneFilter.isEmpty() ? QString() : QStringLiteral(" JOIN contacts c2 ON c2.id = m2.contact_id"))
               + u" WHERE m2.tenant_id = ? AND m2.run_id = ? AND m2.status = ? AND m2.channel || '' = ?" + extra + zoneFilter
               + u" ORDER BY m2.id LIMIT ?) AS claimable";
    };
    const QString channel = nameOf(a.kind);
    SqlQuery q(m_db.connection(),
               u"SELECT m.id, m.contact_id, m.status, m.attempts, c.email, c.phone, c.first_name, c.last_name, "
               u"EXISTS (SELECT 1 FROM opt_outs o WHERE o.tenant_id = m.tenant_id AND o.contact_id = m.contact_id "
               u"AND (o.channel = 'all' OR o.channel = ?)), c.custom_fields, c.telegram_chat, c.viber_user "
               u"FROM messages m JOIN contacts c ON c.id = m.contact_id WHERE m.id IN ("
                   + branch(QStringLiteral(" AND (m2.next_attempt_at IS NULL OR m2.next_attempt_at <= ?)"))
                   + u" UNION ALL " + branch(QString()) + u") ORDER BY m.id LIMIT ?");
    q.bind(channel);
    for (const MessageStatus status : {MessageStatus::Retrying, MessageStatus::Queued}) {
        q.bind(a.tenant).bind(key.run).bind(nameOf(status)).bind(channel);
        if (status == MessageStatus::Retrying)
            q.bindTime(now);
        for (const QString &z : std::as_const(open))
            q.bind(z);
        q.bind(n);
    }
    q.bind(n);
    if (auto st = q.exec(u"claiming " + channel + u" messages of run " + QString::number(key.run)); !st)
        return st.error();
    QList<Claimable> rows;
    while (q.next())
        rows.append(
            {{q.id(0), q.id(1), q.text(4), q.text(5), q.text(6), q.text(7), q.text(9), q.text(10), q.text(11), {}},
             fromString<MessageStatus>(q.text(2)).value_or(MessageStatus::Queued),
             q.value(3).toInt(),
             q.value(8).toBool()});
    return rows;
}

Status Dispatcher::lockClaimable(const ChannelKey &key, QList<Claimable> &rows)
{
    // Other dispatchers claim the same channel: keep the rows this one could lock and
    // that are still waiting (the status compare of the transition is the last word).
    QList<Id> ids;
    for (const Claimable &row : std::as_const(rows))
        ids << row.recipient.messageId;
    SqlQuery lock(m_db.connection(), u"SELECT m.id FROM messages m WHERE m.id IN (" + idList(ids)
                                         + u") AND m.status IN " + sqlSet<MessageStatus>(isWaiting)
                                         + m_db.dialect().claimRows(QStringLiteral("m")));
    if (auto st = lock.exec(u"claiming " + nameOf(key.kind) + u" messages of run " + QString::number(key.run)); !st)
        return st;
    QSet<Id> locked;
    while (lock.next())
        locked.insert(lock.id(0));
    rows.removeIf([&](const Claimable &row) { return !locked.contains(row.recipient.messageId); });
    return {};
}

Result<Dispatcher::Batch> Dispatcher::composeBatch(const ChannelKey &key, const Active &a, const QList<Claimable> &rows,
                                                   const QDateTime &now)
{
    // SMS and calls from a number pool: each message's number by the pool's rotation.
    const Id poolId = numberPoolOf(a.frozen);
    NumberRotation *rotation = nullptr;
    QHash<Id, Id> sticky;
    if (poolId > 0 && a.kind != ChannelKind::Email) {
        // Other dispatchers of a team workspace use the same numbers: the rotation is read
        // afresh (inside this transaction), so daily caps count every dispatcher's uses.
        if (m_db.isTeam())
            m_rotations.remove(poolId);
        auto r = numberRotation(a.tenant, poolId);
        if (!r)
            return r.error();
        rotation = *r;
        QList<Id> contacts;
        for (const Claimable &row : rows)
            contacts << row.recipient.contactId;
        auto known = SenderRepository(m_db, a.tenant).stickyNumbers(poolId, contacts);
        if (!known)
            return known.error();
        sticky = *known;
    }
    const auto web = m_web.constFind(a.tenant);
    const MessageComposer composer({a.tenant, key.run, a.kind, a.frozen, a.campaignName, a.trackClicks, a.attachments, a.expires},
                                   web == m_web.cend() ? std::nullopt : std::optional(*web));
    // Web Push goes to every browser the contact subscribed, read as the batch is made.
    QHash<Id, QList<PushSubscription>> browsers;
    if (a.kind == ChannelKind::WebPush) {
        QList<Id> contacts;
        for (const Claimable &row : rows)
            contacts << row.recipient.contactId;
        auto read = ChannelAddressRepository(m_db, a.tenant).subscriptionsOf(contacts);
        if (!read)
            return read.error();
        browsers = *read;
    }
    const MessageStatus sending = handedOverStatus(a.kind);
    Batch batch;
    qsizetype waitingForNumber = 0;
    const auto endWithout = [&](const Claimable &row, MessageStatus to, const QString &reason) {
        batch.transitions.append({row.recipient.messageId, a.kind, row.from, to, now, reason, {}, {}, false});
        batch.outgoing.append(OutgoingMessage{});
        batch.uses.append(SenderRepository::NumberUse{});
    };
    for (const Claimable &claimed : rows) {
        if (claimed.optedOut) {
            endWithout(claimed, MessageStatus::OptedOut, QStringLiteral("Recipient is on the opt-out list"));
            continue;
        }
        Claimable row = claimed;
        row.recipient.pushSubscriptions = browsers.value(row.recipient.contactId);
        // The address went after the message was queued (a chat unlinked, a subscription
        // expired in another run): nothing to send it to.
        if (MessageComposer::addressOf(row.recipient, a.kind).isEmpty()) {
            endWithout(row, MessageStatus::Failed, noAddressReason(a.kind));
            continue;
        }
        std::optional<Id> number;
        if (rotation) {
            const auto stuck = sticky.constFind(row.recipient.contactId);
            number =
                rotation->pick(row.recipient.phone, stuck == sticky.constEnd() ? std::nullopt : std::optional(*stuck));
            if (!number) {
                ++waitingForNumber; // stays Queued until a number may send again
                continue;
            }
        }
        OutgoingMessage m = composer.compose(row.recipient, row.attempts + 1);
        SenderRepository::NumberUse use;
        if (number) {
            use = {poolId, *number, m.messageId, m.contactId};
            for (const PhoneNumber &candidate : rotation->numbers())
                if (candidate.id == *number)
                    m.from = candidate.e164;
        }
        batch.transitions.append({m.messageId, a.kind, row.from, sending, now, {}, {}, {}, false});
        batch.outgoing.append(m);
        batch.uses.append(use);
    }
    if (waitingForNumber > 0 && batch.transitions.isEmpty())
        reportOnce(u"pool:" + QString::number(poolId),
                   Error::blocked(Text::tr("no number of the pool of %1 may send now (all paused, quarantined or at "
                                           "their daily cap): %2 messages wait. Resume or release a number, or raise a "
                                           "daily cap.")
                                      .arg(a.campaignName, QString::number(waitingForNumber))));
    return batch;
}

Result<QList<OutgoingMessage>> Dispatcher::applyBatch(const ChannelKey &key, const Active &a, Provider *provider,
                                                      const Batch &batch, const QDateTime &now)
{
    const QList<MessageTransition> &transitions = batch.transitions;
    auto applied = MessageRepository(m_db, a.tenant).apply(transitions, m_id);
    if (!applied)
        return applied.error();
    const MessageStatus sending = handedOverStatus(a.kind);
    QList<OutgoingMessage> toSend;
    QList<SenderRepository::NumberUse> used;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        if (!applied->applies.at(i))
            continue; // someone else moved it (stopped meanwhile): not ours to send
        count(key.run, a.kind, transitions.at(i).from, transitions.at(i).to);
        if (transitions.at(i).to != sending)
            continue;
        const OutgoingMessage &m = batch.outgoing.at(i);
        const int credits = Preflight::credits(a.kind, m.body); // paid once the service accepts it (Sent)
        m_inFlight.insert(m.messageId, {a.tenant, key.run, a.kind, sending, m.attempt, provider,
                                        m_clock.now().toMSecsSinceEpoch(), batch.uses.at(i).numberId, credits});
        toSend.append(m);
        if (batch.uses.at(i).numberId)
            used.append(batch.uses.at(i));
    }
    if (!used.isEmpty())
        if (auto st = SenderRepository(m_db, a.tenant).recordNumberUse(used, rotationDay(a.tenant), now); !st)
            return st.error();
    return toSend;
}

Result<int> Dispatcher::takeTokens(const ChannelKey &key, Active &a, int rate, int wanted)
{
    const QDateTime now = m_clock.now();
    SqlQuery read(m_db.connection(),
                  QStringLiteral("SELECT rate_tokens, rate_refilled_at FROM run_channels WHERE run_id = ? AND kind = ?"));
    read.bind(key.run).bind(nameOf(key.kind));
    if (auto st = read.exec(u"reading the rate of a channel"); !st)
        return st.error();
    // A bucket nobody took from yet fills from when this dispatcher took the channel up.
    double tokens = 0;
    QDateTime refilled = a.lastRefill.isValid() ? a.lastRefill : now;
    if (read.next() && !read.value(0).isNull()) {
        tokens = read.value(0).toDouble();
        refilled = read.time(1);
    }
    const double perSecond = rate / 60.0;
    tokens = qMin(qMax(1.0, perSecond), tokens + perSecond * qMax<qint64>(0, refilled.msecsTo(now)) / 1000.0);
    const int taken = qMax(0, qMin(wanted, int(tokens)));
    SqlQuery write(m_db.connection(),
                   QStringLiteral("UPDATE run_channels SET rate_tokens = ?, rate_refilled_at = ? WHERE run_id = ? AND kind = ?"));
    write.bind(tokens - taken).bindTime(now).bind(key.run).bind(nameOf(key.kind));
    if (auto st = write.exec(u"taking rate tokens of a channel"); !st)
        return st.error();
    a.tokens = tokens - taken;
    a.lastRefill = now;
    return taken;
}

Result<NumberRotation *> Dispatcher::numberRotation(Id tenant, Id poolId)
{
    const QString day = rotationDay(tenant);
    if (auto it = m_rotations.find(poolId); it != m_rotations.end() && it->first == day)
        return it->second.get();
    SenderRepository senders(m_db, tenant);
    auto pool = senders.pool(poolId);
    if (!pool)
        return pool.error();
    auto numbers = senders.numbers(poolId);
    if (!numbers)
        return numbers.error();
    auto rotation = std::make_shared<NumberRotation>(*pool, *numbers, day);
    m_rotations.insert(poolId, {day, rotation});
    return rotation.get();
}

QString Dispatcher::rotationDay(Id tenant)
{
    (void)zones(tenant); // knows the tenant's zone from here on
    const QTimeZone zone(m_tenantZones.value(tenant, QStringLiteral("UTC")).toUtf8());
    return m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

Result<QStringList> Dispatcher::zones(Id tenant)
{
    if (const auto it = m_zones.constFind(tenant); it != m_zones.constEnd())
        return *it;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT time_zone FROM contacts WHERE tenant_id = ?"));
    q.bind(tenant);
    if (auto st = q.exec(u"reading recipients' time zones"); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    SqlQuery t(m_db.connection(), QStringLiteral("SELECT time_zone FROM tenants WHERE id = ?"));
    t.bind(tenant);
    if (auto st = t.exec(u"reading the tenant's time zone"); !st)
        return st.error();
    m_tenantZones.insert(tenant, t.next() ? t.text(0) : QStringLiteral("UTC"));
    m_zones.insert(tenant, out);
    return out;
}

QStringList Dispatcher::openZones(const Active &a, const QStringList &zones, QDateTime *nextOpening)
{
    const QDateTime now = m_clock.now();
    QStringList open;
    for (const QString &z : zones) {
        const QTimeZone zone((z.isEmpty() ? m_tenantZones.value(a.tenant) : z).toUtf8());
        if (a.window.isOpen(now, zone)) {
            open << z;
        } else if (nextOpening) {
            const QDateTime opens = a.window.nextOpening(now, zone);
            if (!nextOpening->isValid() || opens < *nextOpening)
                *nextOpening = opens;
        }
    }
    return open;
}

Status Dispatcher::countWaiting(const ChannelKey &key, Active &a)
{
    a.waitingForWindow = 0;
    a.windowOpens = {};
    if (a.window.isAlways())
        return {};
    auto all = zones(a.tenant);
    if (!all)
        return all.error();
    const QStringList open = openZones(a, *all, &a.windowOpens);
    if (open.size() == all->size())
        return {};
    QString placeholders = QStringLiteral("''"); // never a match when nothing is open
    if (!open.isEmpty())
        placeholders = QStringList(open.size(), QStringLiteral("?")).join(u',');
    SqlQuery q(m_db.connection(), u"SELECT COUNT(*) FROM messages m JOIN contacts c ON c.id = m.contact_id "
                                  u"WHERE m.run_id = ? AND m.channel = ? AND m.status = "
                                      + sqlName(MessageStatus::Queued) + u" AND c.time_zone NOT IN (" + placeholders
                                      + u')');
    q.bind(key.run).bind(nameOf(key.kind));
    for (const QString &z : open)
        q.bind(z);
    if (auto st = q.exec(u"counting recipients outside their send window"); !st)
        return st;
    a.waitingForWindow = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

} // namespace herald
