#include "scheduler.h"

#include "dispatch/runservice.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "recurrence.h"
#include "storage/campaignrepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QTimeZone>

namespace herald {

Result<QDateTime> Scheduler::nextLaunch(const Campaign &c, const QDateTime &lastLaunch)
{
    if (c.launchType == LaunchType::Recurring) {
        // After the newest launch, and never before the series starts or was armed: arming
        // a series whose first date has passed starts it at its next occurrence.
        QDateTime after = c.sendAt.addSecs(-1);
        for (const QDateTime &t : {lastLaunch, c.schedulePending ? c.scheduleAcceptedAt : QDateTime()})
            if (t.isValid() && t > after)
                after = t;
        return Recurrence::next(c.recurrence, c.sendAt, QTimeZone(c.timeZone.toUtf8()), after);
    }
    if (!c.sendAt.isValid())
        return Error::usage(Text::tr("a scheduled campaign needs a send time"));
    return c.sendAt;
}

Result<QDateTime> Scheduler::lastLaunch(const Database &db, Id tenantId, Id campaignId)
{
    QDateTime last;
    auto runs = RunRepository(db, tenantId).forCampaign(campaignId);
    if (!runs)
        return runs.error();
    for (const Run &r : std::as_const(*runs))
        if (r.kind == RunKind::Live && r.trigger != RunTrigger::Manual && (!last.isValid() || r.createdAt > last))
            last = r.createdAt;
    auto lastMissed = MissedLaunchRepository(db, tenantId).lastDue(campaignId);
    if (!lastMissed)
        return lastMissed.error();
    if (lastMissed->isValid() && (!last.isValid() || *lastMissed > last))
        last = *lastMissed;
    return last;
}

Result<std::optional<QDateTime>> Scheduler::pendingLaunch(const Campaign &c, const QDateTime &lastLaunch)
{
    if (c.launchType == LaunchType::Schedule && lastLaunch.isValid() && lastLaunch >= c.sendAt)
        return std::optional<QDateTime>(); // launched or alerted already
    auto due = nextLaunch(c, lastLaunch);
    if (!due)
        return due.error();
    return std::optional(*due);
}

Result<QDateTime> Scheduler::sendTime(const Database &db, Id tenantId, const CampaignOverview &o, const QDateTime &now)
{
    const Campaign &c = o.campaign;
    switch (c.launchType) {
    case LaunchType::Manual:
        return QDateTime();
    case LaunchType::Now:
        return o.lastLiveRun ? o.lastLiveRun->createdAt : QDateTime();
    case LaunchType::Schedule:
        return c.sendAt;
    case LaunchType::Recurring:
        break;
    }
    if (!c.sendAt.isValid())
        return QDateTime();
    if (!c.schedulePending) // what arming it now would make
        return Recurrence::next(c.recurrence, c.sendAt, QTimeZone(c.timeZone.toUtf8()),
                                std::max(now, c.sendAt.addSecs(-1)));
    auto last = lastLaunch(db, tenantId, c.id);
    if (!last)
        return last.error();
    auto due = pendingLaunch(c, *last);
    if (!due)
        return due.error();
    return due->value_or(QDateTime());
}

Result<Scheduler::Counts> Scheduler::tick()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT tenant_id, id FROM campaigns WHERE schedule_pending = 1 "
                                                 "AND archived = 0 ORDER BY id"));
    if (auto st = q.exec(u"finding armed schedules"); !st)
        return st.error();
    QList<std::pair<Id, Id>> armed;
    while (q.next())
        armed.append({q.id(0), q.id(1)});
    Counts counts;
    const QDateTime now = m_clock.now();
    for (const auto &[tenant, id] : armed) {
        auto due = dueNow(tenant, id, now); // a read: most ticks launch nothing
        if (!due)
            return due.error();
        if (!*due)
            continue;
        // Read again and launched under the write lock: a second worker's scheduler (or a
        // person's Send now) waits, then finds the launch made.
        Transaction tx(m_db.connection());
        if (auto st = tx.begun(); !st)
            return st.error();
        if (auto st = tickOne(tenant, id, now, counts); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
    }
    return counts;
}

Result<std::optional<Scheduler::Due>> Scheduler::dueNow(Id tenant, Id id, const QDateTime &now)
{
    auto c = CampaignRepository(m_db, tenant).get(id);
    if (!c) // deleted meanwhile
        return c.error().kind == Error::Kind::NotFound ? Result<std::optional<Due>>(std::nullopt) : c.error();
    if (!c->schedulePending || c->archived)
        return std::optional<Due>(); // disarmed meanwhile
    auto last = lastLaunch(m_db, tenant, id);
    if (!last)
        return last.error();
    auto due = pendingLaunch(*c, *last);
    if (!due)
        return due.error();
    if (!*due || **due > now)
        return std::optional<Due>();
    return std::optional<Due>(Due{*c, **due});
}

Status Scheduler::tickOne(Id tenant, Id id, const QDateTime &now, Counts &counts)
{
    auto due = dueNow(tenant, id, now);
    if (!due)
        return due.error();
    if (!*due)
        return {};
    if ((*due)->at.secsTo(now) > kGraceSecs) {
        if (auto st = MissedLaunchRepository(m_db, tenant).add(id, (*due)->at, now); !st)
            return st.error();
        ++counts.missed;
        return {};
    }
    return launch(tenant, (*due)->campaign, counts);
}

Status Scheduler::launch(Id tenantId, Campaign c, Counts &counts)
{
    TenantRepository tenants(m_db);
    auto user = c.scheduleAcceptedBy ? tenants.user(tenantId, *c.scheduleAcceptedBy) : tenants.userByName(tenantId, {});
    if (!user)
        return user.error();
    RunService::StartOptions options;
    options.kind = RunKind::Live;
    options.trigger = c.launchType;
    options.fromSchedule = true;
    options.disclaimerAccepted = c.scheduleAcceptedBy.has_value();
    auto run = RunService(m_db, tenantId, *user, m_clock).start(QString::number(c.id), options);
    if (!run) {
        if (run.error().kind != Error::Kind::Blocked && run.error().kind != Error::Kind::Refused)
            return run.error();
        CampaignService campaigns(m_db, tenantId, *user, &m_clock);
        auto findings = campaigns.preflight(QString::number(c.id), RunKind::Live);
        if (!findings)
            return findings.error();
        if (auto failed = campaigns.recordFailedStart(c, *findings, c.launchType); !failed)
            return failed.error();
        ++counts.failed;
    } else {
        ++counts.launched;
    }
    if (c.launchType == LaunchType::Schedule) {
        auto fresh = CampaignRepository(m_db, tenantId).get(c.id);
        if (!fresh)
            return fresh.error();
        fresh->schedulePending = false;
        return CampaignRepository(m_db, tenantId).update(*fresh);
    }
    return {};
}

Status Scheduler::resolve(Id tenantId, Id alertId, Resolution resolution, const QDateTime &newTime, const User &user)
{
    if (auto st = Permissions::require(user, Action::RunCampaigns); !st)
        return st;
    // The alert is read and resolved under the write lock: of two answers at the same
    // moment, the second finds it resolved and nothing is launched twice.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    if (auto st = resolveChecked(tenantId, alertId, resolution, newTime, user.id); !st)
        return st;
    return tx.commit();
}

Status Scheduler::resolveChecked(Id tenantId, Id alertId, Resolution resolution, const QDateTime &newTime, Id userId)
{
    MissedLaunchRepository missed(m_db, tenantId);
    auto alert = missed.get(alertId);
    if (!alert)
        return alert.error();
    if (!alert->resolution.isEmpty())
        return Error::refused(Text::tr("missed launch %1 was already resolved (%2)")
                                  .arg(QString::number(alertId), alert->resolution));
    CampaignRepository repo(m_db, tenantId);
    auto c = repo.get(alert->campaignId);
    if (!c)
        return c.error();
    const QDateTime now = m_clock.now();
    switch (resolution) {
    case Resolution::SendNow: {
        Counts ignored;
        if (auto st = launch(tenantId, *c, ignored); !st)
            return st;
        return missed.resolve(alertId, QStringLiteral("sent"), userId, now);
    }
    case Resolution::Reschedule:
        if (c->launchType != LaunchType::Schedule)
            return Error::usage(
                Text::tr("a recurring campaign continues with its next occurrence: skip the missed one"));
        if (!newTime.isValid() || newTime <= now)
            return Error::usage(Text::tr("reschedule to a time in the future"));
        c->sendAt = newTime;
        if (auto st = repo.update(*c); !st)
            return st;
        return missed.resolve(alertId, QStringLiteral("rescheduled"), userId, now);
    case Resolution::Skip:
        if (c->launchType == LaunchType::Schedule) {
            c->schedulePending = false;
            if (auto st = repo.update(*c); !st)
                return st;
        }
        return missed.resolve(alertId, QStringLiteral("skipped"), userId, now);
    }
    return {};
}

} // namespace herald
