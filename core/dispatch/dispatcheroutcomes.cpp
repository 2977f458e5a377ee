#include "dispatcher.h"
#include "unreadreport.h"

#include "lifecycle/messagelifecycle.h"
#include "providers/provider.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/messagerepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QLoggingCategory>

namespace herald {

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

Status Dispatcher::applyOutcomes()
{
    if (m_outcomes.isEmpty())
        return {};
    const QList<SendOutcome> outcomes = std::exchange(m_outcomes, {});
    const QDateTime now = m_clock.now();
    for (const SendOutcome &o : outcomes) {
        auto it = m_inFlight.find(o.messageId);
        if (it == m_inFlight.end()) {
            qCDebug(lcDispatch) << "outcome for a message not in flight" << o.messageId;
            continue;
        }
        MessageTransition t{o.messageId, it->kind, it->status, o.to, now, o.reason, o.providerId, {}, false};
        if (it->handedOverMs > 0) {
            // The provider's first answer for the message: fold it into the channel's latency.
            if (auto ch = m_channels.find({it->run, it->kind}); ch != m_channels.end()) {
                const double ms = double(now.toMSecsSinceEpoch() - it->handedOverMs);
                ch->latencyMs = ch->latencyMs < 0 ? ms : 0.9 * ch->latencyMs + 0.1 * ms;
            }
            it->handedOverMs = 0;
        }
        if (o.to == MessageStatus::Retrying) {
            if (it->attempts >= kMaxAttempts) {
                t.to = MessageStatus::Failed;
                t.retriesUsedUp = true;
                t.reason = o.reason + u" (" + QString::number(it->attempts) + u" attempts)";
            } else {
                t.nextAttemptAt = now.addSecs(o.retryAfterSecs > 0 ? o.retryAfterSecs
                                                                   : it->provider->retryDelaySecs(it->attempts + 1));
            }
        }
        if (!MessageLifecycle::allowed(t.channel, t.from, t.to)) {
            report(Error::refused(Text::tr("provider reported message %1 going from %2 to %3: ignored")
                                      .arg(QString::number(o.messageId), nameOf(t.from), nameOf(t.to))));
            continue;
        }
        Unwritten &u = m_unwritten[it->tenant];
        u.transitions.append(t);
        u.where.append({it->run, it->kind, it->number, it->credits, o.optOutSource, o.reachedEndpoints,
                        o.expiredEndpoints});
        it->status = t.to;
        if (!isInFlight(t.to))
            m_inFlight.erase(it);
    }
    return writeUnwritten();
}

Status Dispatcher::applyReports(Id tenant, ChannelKind kind, const QList<DeliveryReport> &reports)
{
    for (const DeliveryReport &r : reports)
        m_unreadReports.append({tenant, kind, r});
    return applyReports();
}

Status Dispatcher::applyReports()
{
    // A report moves its message on from the outcome before it: with outcomes still
    // unwritten, it waits for them.
    if (!m_unwritten.isEmpty() || m_unreadReports.isEmpty())
        return {};
    const QList<UnreadReport> pending = std::exchange(m_unreadReports, {});
    const qint64 readBefore = m_reportsRead;
    const QDateTime now = m_clock.now();
    {
        // Scoped: a statement left on a row keeps its read snapshot, and the write transaction
        // below would then fail at once ("database is locked") once another process has written.
        SqlQuery q(
            m_db.connection(),
            QStringLiteral("SELECT tenant_id, run_id, channel, status, sender_number_id, id FROM messages WHERE id = ?"));
        SqlQuery byProviderId(m_db.connection(),
                              QStringLiteral("SELECT tenant_id, run_id, channel, status, sender_number_id, id FROM messages "
                                             "WHERE tenant_id = ? AND channel = ? AND provider_id = ?"));
        for (const UnreadReport &pendingReport : pending) {
            const DeliveryReport &r = pendingReport.report;
            SqlQuery &read = r.messageId ? q : byProviderId;
            if (r.messageId)
                q.bind(r.messageId);
            else
                byProviderId.bind(pendingReport.tenant).bind(nameOf(pendingReport.kind)).bind(r.providerId);
            if (auto st = read.exec(u"reading a reported message"); !st) {
                m_unreadReports = pending.mid(m_reportsRead - readBefore) + m_unreadReports;
                return st;
            }
            ++m_reportsRead;
            if (!read.next())
                continue; // not a message of ours (or no longer one)
            const auto kind = fromString<ChannelKind>(read.text(2));
            const auto status = fromString<MessageStatus>(read.text(3));
            // A late or duplicate report that would move the message backwards changes nothing.
            if (!kind || !status || !MessageLifecycle::allowed(*kind, *status, r.to))
                continue;
            Unwritten &w = m_unwritten[read.id(0)];
            w.transitions.append({read.id(5), *kind, *status, r.to, now, r.reason, {}, {}, false});
            w.where.append({read.id(1), *kind, read.id(4), 0, {}, {}, {}});
        }
    }
    return writeUnwritten();
}

Status Dispatcher::writeUnwritten()
{
    for (auto it = m_unwritten.begin(); it != m_unwritten.end();) {
        if (auto st = writeTenant(it.key(), it->transitions, it->where); !st)
            return st;
        it = m_unwritten.erase(it);
    }
    return {};
}

Status Dispatcher::writeTenant(Id tenant, const QList<MessageTransition> &transitions, const QList<Place> &places)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    auto applied = MessageRepository(m_db, tenant).apply(transitions);
    if (!applied)
        return applied.error();
    QHash<Id, SenderRepository::NumberResults> results;
    qint64 credits = 0;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        if (!applied->applies.at(i))
            continue;
        const MessageTransition &t = transitions.at(i);
        const Place &place = places.at(i);
        if (place.number)
            countForNumber(results[place.number], place.kind, t.from, t.to);
        if (t.to == MessageStatus::Sent)
            credits += place.credits; // accepted by the gateway: paid for
        // The recipient refused the channel (blocked the bot): on the opt-out list with the
        // message's change, so no later run of any campaign messages them there.
        if (t.to == MessageStatus::OptedOut && !place.optOutSource.isEmpty())
            if (auto st = optOutRecipient(tenant, t.messageId, place.optOutSource, t.at); !st)
                return st;
        // Web Push: a browser the push service took is alive; one it says is gone is
        // removed, so no later message is encrypted for it.
        if (!place.reachedEndpoints.isEmpty() || !place.expiredEndpoints.isEmpty()) {
            ChannelAddressRepository browsers(m_db, tenant);
            if (auto st = browsers.markDelivered(place.reachedEndpoints, t.at); !st)
                return st;
            for (const QString &endpoint : place.expiredEndpoints)
                if (auto gone = browsers.unsubscribe(endpoint); !gone)
                    return gone.error();
        }
    }
    if (auto st = TenantRepository(m_db).spendCredits(tenant, credits); !st)
        return st;
    auto quarantined = SenderRepository(m_db, tenant).recordNumberResults(results, m_clock.now());
    if (!quarantined)
        return quarantined.error();
    if (auto st = tx.commit(); !st)
        return st;
    for (qsizetype i = 0; i < transitions.size(); ++i)
        if (applied->applies.at(i))
            count(places.at(i).run, places.at(i).kind, transitions.at(i).from, transitions.at(i).to);
    for (const auto &[number, pool] : std::as_const(*quarantined)) {
        m_rotations.remove(number.poolId); // stops sending from it now
        report(Error::blocked(Text::tr("number %1 of pool %2 was quarantined: %3. Release it on the pool's page once "
                                       "the cause is fixed.")
                                  .arg(number.e164, pool, number.stateReason)));
    }
    return {};
}

Status Dispatcher::optOutRecipient(Id tenant, Id messageId, const QString &source, const QDateTime &at)
{
    Id contact = 0;
    {
        SqlQuery q(m_db.connection(), QStringLiteral("SELECT contact_id FROM messages WHERE tenant_id = ? AND id = ?"));
        q.bind(tenant).bind(messageId);
        if (auto st = q.exec(u"reading the recipient of message " + QString::number(messageId)); !st)
            return st;
        if (!q.next())
            return {};
        contact = q.id(0);
    }
    auto added = AudienceRepository(m_db, tenant).optOutFromMessage(contact, messageId, source, at, QStringLiteral("system"));
    if (!added && added.error().kind != Error::Kind::NotFound) // a contact deleted meanwhile has nothing to opt out
        return added.error();
    return {};
}

void Dispatcher::countForNumber(SenderRepository::NumberResults &r, ChannelKind kind, MessageStatus from, MessageStatus to)
{
    using S = MessageStatus;
    r.phone = kind == ChannelKind::Phone;
    // Each message counts once: success when delivered or answered, failure when it
    // ends otherwise without having succeeded first.
    if (to == S::Delivered || to == S::Answered)
        ++r.successes;
    else if ((to == S::Failed || to == S::TimedOut || to == S::NoAnswer || to == S::Busy) && from != S::Answered
             && from != S::Delivered)
        ++r.failures;
}

} // namespace herald
