#include "campaignpagequery.h"

#include "domain/channelstatus.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"

namespace herald {

namespace {

// CampaignStatusRules::derive in SQL over the newest live run's channels ("launched"
// channels are those that left Ready). 1 stands for "Ready candidate": activated and not
// launched; preflight decides between Ready and Draft.
constexpr auto kStatusRank = u"CASE WHEN c.archived = 1 THEN 8 "
                             u"WHEN COALESCE(rc.running, 0) > 0 THEN 3 "
                             u"WHEN COALESCE(rc.paused, 0) > 0 OR (rc.launched > 0 AND rc.held > 0) THEN 4 "
                             u"WHEN c.schedule_pending = 1 THEN 2 "
                             u"WHEN COALESCE(r.failure_reasons, '') <> '' "
                             u"  OR (rc.launched > 0 AND rc.failed = rc.launched) THEN 7 "
                             u"WHEN rc.launched > 0 AND rc.final = rc.launched AND rc.stopped > 0 THEN 6 "
                             u"WHEN rc.launched > 0 AND rc.final = rc.launched THEN 5 "
                             u"WHEN c.activated = 1 THEN 1 ELSE 0 END";

QString sortKey(CampaignPageQuery::Sort sort)
{
    using S = CampaignPageQuery::Sort;
    switch (sort) {
    case S::Name:
        return QStringLiteral("lower(c.name)");
    case S::LaunchType:
        return QStringLiteral("CASE c.launch_type WHEN 'now' THEN 0 WHEN 'manual' THEN 1 "
                              "WHEN 'schedule' THEN 2 ELSE 3 END");
    case S::DerivedStatus:
        return QString::fromUtf16(kStatusRank);
    case S::Created:
        break;
    }
    return QStringLiteral("c.created_at");
}

QString likePattern(const QString &text)
{
    return u'%' + likeEscaped(text.toLower()) + u'%';
}

// The filtered list with each campaign's sort key and SQL status, as a subquery `t`,
// and the values it binds, in order.
QString filtered(const CampaignPageQuery::Request &r, Id tenantId, QVariantList &binds)
{
    using Archived = CampaignPageQuery::Archived;
    QString where = QStringLiteral("c.tenant_id = ?");
    binds << tenantId << tenantId << tenantId;
    const bool onlyArchived = r.archived == Archived::Only || r.status == CampaignStatus::Archived;
    if (onlyArchived)
        where += QStringLiteral(" AND c.archived = 1");
    else if (r.archived == Archived::Exclude)
        where += QStringLiteral(" AND c.archived = 0");
    if (const QString search = r.search.trimmed(); !search.isEmpty()) {
        where += QStringLiteral(" AND (lower(c.name) LIKE ? ESCAPE '\\' OR lower(c.short_id) LIKE ? ESCAPE '\\')");
        binds << likePattern(search) << likePattern(search);
    }
    if (r.channel) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM campaign_channels cc "
                                "WHERE cc.campaign_id = c.id AND cc.kind = ?)");
        binds << nameOf(*r.channel);
    }
    // Each run's channels counted by status: what kStatusRank reads.
    static const QString channelCounts =
        u"SELECT run_id, "
        u"SUM(CASE WHEN status = " + sqlName(ChannelStatus::Running) + u" THEN 1 ELSE 0 END) AS running, "
        u"SUM(CASE WHEN status = " + sqlName(ChannelStatus::Paused) + u" THEN 1 ELSE 0 END) AS paused, "
        u"SUM(CASE WHEN status <> " + sqlName(ChannelStatus::Ready) + u" THEN 1 ELSE 0 END) AS launched, "
        u"SUM(CASE WHEN status = " + sqlName(ChannelStatus::Ready) + u" THEN 1 ELSE 0 END) AS held, "
        u"SUM(CASE WHEN status = " + sqlName(ChannelStatus::Failed) + u" THEN 1 ELSE 0 END) AS failed, "
        u"SUM(CASE WHEN status = " + sqlName(ChannelStatus::Stopped) + u" THEN 1 ELSE 0 END) AS stopped, "
        u"SUM(CASE WHEN status IN " + sqlSet<ChannelStatus>(isFinal) + u" THEN 1 ELSE 0 END) AS final "
        u"FROM run_channels WHERE tenant_id = ? GROUP BY run_id";
    return u"(SELECT c.id AS id, " + sortKey(r.sort) + u" AS sort_key, " + QString::fromUtf16(kStatusRank) +
           u" AS status_rank FROM campaigns c "
           u"LEFT JOIN (SELECT campaign_id, MAX(id) AS run_id FROM runs WHERE tenant_id = ? AND kind = 'live' "
           u"GROUP BY campaign_id) lr ON lr.campaign_id = c.id "
           u"LEFT JOIN runs r ON r.id = lr.run_id "
           u"LEFT JOIN (" + channelCounts + u") rc ON rc.run_id = lr.run_id "
           u"WHERE " +
           where + u") t";
}

QString statusCondition(const CampaignPageQuery::Request &r, QVariantList &binds)
{
    if (!r.status || *r.status == CampaignStatus::Archived)
        return {};
    if (*r.status == CampaignStatus::Draft)
        return QStringLiteral(" AND t.status_rank IN (0, 1)"); // a blocked Ready candidate is Draft
    binds << int(*r.status);
    return QStringLiteral(" AND t.status_rank = ?");
}

} // namespace

Result<QList<CampaignPageQuery::Row>> CampaignPageQuery::rows(const Request &request)
{
    QVariantList binds; // filled in placeholder order: sequence the calls that add to it
    const QString from = filtered(request, m_tenantId, binds);
    QString sql =
        u"SELECT t.id, t.sort_key, t.status_rank FROM " + from + u" WHERE 1 = 1" + statusCondition(request, binds);
    const QString cmp = request.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (request.after) {
        sql += u" AND (t.sort_key " + cmp + u" ? OR (t.sort_key = ? AND t.id " + cmp + u" ?))";
        binds << request.after->key << request.after->key << request.after->id;
    }
    const QString dir = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += u" ORDER BY t.sort_key" + dir + u", t.id" + dir + u" LIMIT ?";
    binds << request.limit;

    SqlQuery q(m_db.connection(), sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (auto st = q.exec(u"reading the campaign list"); !st)
        return st.error();
    QList<Row> out;
    while (q.next()) {
        Row row;
        row.id = q.id(0);
        row.cursor = {q.value(1), row.id};
        row.sqlStatus = CampaignStatus(q.value(2).toInt());
        out.append(row);
    }
    return out;
}

Result<qint64> CampaignPageQuery::count(const Request &request)
{
    QVariantList binds;
    const QString from = filtered(request, m_tenantId, binds);
    const QString sql = u"SELECT COUNT(*) FROM " + from + u" WHERE 1 = 1" + statusCondition(request, binds);
    SqlQuery q(m_db.connection(), sql);
    for (const QVariant &v : std::as_const(binds))
        q.bind(v);
    if (auto st = q.exec(u"counting campaigns"); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace herald
