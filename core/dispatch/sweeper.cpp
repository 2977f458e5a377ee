#include "sweeper.h"

#include "lifecycle/channellifecycle.h"
#include "lifecycle/messagelifecycle.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/tenantrepository.h"

#include <QHash>

namespace herald {

namespace {
constexpr int kBatch = 1000;

// Groups transitions by tenant (repositories are tenant-scoped) and applies them in batches.
Status applyByTenant(const Database &db, const QHash<Id, QList<MessageTransition>> &byTenant, int &counter)
{
    for (auto it = byTenant.cbegin(); it != byTenant.cend(); ++it) {
        MessageRepository repo(db, it.key());
        for (qsizetype i = 0; i < it->size(); i += kBatch) {
            auto n = repo.apply(it->mid(i, kBatch));
            if (!n)
                return n.error();
            counter += n->applied;
        }
    }
    return {};
}
} // namespace

Status Sweeper::mayRun(const Database &db, Id tenantId, const User &user, bool allTenants)
{
    return TenantRepository(db).mayMaintain(tenantId, user, allTenants,
                                            Text::tr("sweep by hand (dispatchers sweep on their own)"));
}

QString Sweeper::tenantFilter(QLatin1StringView column) const
{
    // A tenant id is a number the database gave out, never user text.
    return m_tenantId ? u" AND " + column + u" = " + QString::number(*m_tenantId) : QString();
}

Result<Sweeper::Counts> Sweeper::sweep()
{
    Counts counts;
    for (auto step : {&Sweeper::timeouts, &Sweeper::expiries, &Sweeper::completions}) {
        if (auto st = (this->*step)(counts); !st)
            return st.error();
    }
    return counts;
}

Status Sweeper::timeouts(Counts &counts)
{
    const QDateTime now = m_clock.now();
    const QDateTime cutoff = now.addSecs(-60LL * MessageLifecycle::kTimeoutMinutes);
    SqlQuery q(m_db.connection(), u"SELECT tenant_id, id, channel, status, status_changed_at FROM messages "
                                  u"WHERE status IN " + sqlSet<MessageStatus>(isAwaitingOutcome)
                                      + u" AND status_changed_at <= ?" + tenantFilter(QLatin1StringView("tenant_id"))
                                      + u" ORDER BY id");
    q.bindTime(cutoff);
    if (auto st = q.exec(u"finding messages past their time limit"); !st)
        return st;
    QHash<Id, QList<MessageTransition>> assumed, timedOut;
    while (q.next()) {
        const auto kind = fromString<ChannelKind>(q.text(2));
        const auto status = fromString<MessageStatus>(q.text(3));
        if (!kind || !status)
            continue;
        const auto rule = MessageLifecycle::timeout(*kind, *status, q.time(4), now);
        if (!rule)
            continue;
        MessageTransition t{q.id(1), *kind, *status, rule->to, now, rule->reason, {}, {}, false};
        (rule->to == MessageStatus::AssumedDelivered ? assumed : timedOut)[q.id(0)].append(t);
    }
    if (auto st = applyByTenant(m_db, assumed, counts.assumedDelivered); !st)
        return st;
    return applyByTenant(m_db, timedOut, counts.timedOut);
}

Status Sweeper::expiries(Counts &counts)
{
    const QDateTime now = m_clock.now();
    SqlQuery q(m_db.connection(),
               u"SELECT m.tenant_id, m.id, m.channel, m.status FROM messages m "
               u"JOIN runs r ON r.id = m.run_id JOIN campaigns c ON c.id = r.campaign_id "
               u"WHERE m.status IN " + sqlSet<MessageStatus>(isWaiting)
                   + u" AND c.ttl_minutes > 0 AND r.created_at + c.ttl_minutes * 60000 <= ?"
                   + tenantFilter(QLatin1StringView("m.tenant_id")) + u" ORDER BY m.id");
    q.bindTime(now);
    if (auto st = q.exec(u"finding messages past their TTL"); !st)
        return st;
    QHash<Id, QList<MessageTransition>> expired;
    while (q.next()) {
        const auto kind = fromString<ChannelKind>(q.text(2));
        const auto status = fromString<MessageStatus>(q.text(3));
        if (kind && status)
            expired[q.id(0)].append({q.id(1), *kind, *status, MessageStatus::Failed, now, QStringLiteral("Expired"), {}, {}});
    }
    return applyByTenant(m_db, expired, counts.expired);
}

Status Sweeper::completions(Counts &counts)
{
    SqlQuery q(m_db.connection(),
               u"SELECT rc.tenant_id, rc.run_id, rc.kind FROM run_channels rc WHERE rc.status = "
                   + sqlName(ChannelStatus::Running)
                   + u" AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.run_id = rc.run_id AND m.channel = rc.kind "
                     u"AND m.status IN " + sqlSet<MessageStatus>(isPending) + u')'
                   + tenantFilter(QLatin1StringView("rc.tenant_id")) + u" ORDER BY rc.id");
    if (auto st = q.exec(u"finding worked-through channels"); !st)
        return st;
    QList<std::tuple<Id, Id, ChannelKind>> done;
    while (q.next())
        if (const auto kind = fromString<ChannelKind>(q.text(2)))
            done.append({q.id(0), q.id(1), *kind});
    const QDateTime now = m_clock.now();
    for (const auto &[tenant, run, kind] : done) {
        const Text subject = Text::tr("%1 channel of run %2").arg(nameOf(kind), QString::number(run));
        auto to = ChannelLifecycle::apply(ChannelStatus::Running, ChannelEvent::Complete, subject, true);
        if (!to)
            return to.error();
        RunRepository runs(m_db, tenant);
        if (auto st = runs.setChannelStatus(run, kind, *to, now); !st)
            return st;
        if (auto st = runs.finishIfAllFinal(run, now); !st)
            return st;
        ++counts.channelsCompleted;
    }
    return {};
}

} // namespace herald
