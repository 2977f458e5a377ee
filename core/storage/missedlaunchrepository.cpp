#include "missedlaunchrepository.h"

#include "sqlquery.h"

namespace herald {

Status MissedLaunchRepository::add(Id campaignId, const QDateTime &dueAt, const QDateTime &detectedAt)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO missed_launches (tenant_id, campaign_id, due_at, detected_at) "
                                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.bind(m_tenantId).bind(campaignId).bindTime(dueAt).bindTime(detectedAt);
    return q.exec(u"recording a missed launch of campaign " + QString::number(campaignId));
}

Result<QList<MissedLaunch>> MissedLaunchRepository::query(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, campaign_id, due_at, detected_at, resolution FROM missed_launches "
                                  u"WHERE tenant_id = ? "
                                      + where + u" ORDER BY due_at, id");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading missed launches"); !st)
        return st.error();
    QList<MissedLaunch> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.id(1), q.time(2), q.time(3), q.text(4)});
    return out;
}

Result<QList<MissedLaunch>> MissedLaunchRepository::pending()
{
    return query(QStringLiteral("AND resolution = ''"), {});
}

Result<MissedLaunch> MissedLaunchRepository::get(Id id)
{
    return singleRow(query(QStringLiteral("AND id = ?"), id),
                     Text::tr("missed launch %1 not found in this tenant").arg(id));
}

Result<QDateTime> MissedLaunchRepository::lastDue(Id campaignId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT MAX(due_at) FROM missed_launches WHERE tenant_id = ? AND campaign_id = ?"));
    q.bind(m_tenantId).bind(campaignId);
    if (auto st = q.exec(u"reading missed launches"); !st)
        return st.error();
    return q.next() ? q.time(0) : QDateTime();
}

Status MissedLaunchRepository::resolve(Id id, const QString &resolution, Id userId, const QDateTime &at)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE missed_launches SET resolution = ?, resolved_by = ?, resolved_at = ? "
                                                 "WHERE tenant_id = ? AND id = ? AND resolution = ''"));
    q.bind(resolution).bind(userId).bindTime(at).bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"resolving missed launch " + QString::number(id)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::refused(Text::tr("missed launch %1 is already resolved or not in this tenant").arg(id));
    return {};
}

} // namespace herald
