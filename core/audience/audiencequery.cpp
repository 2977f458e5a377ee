#include "audiencequery.h"

#include "segmentrules.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace herald {

QString AudienceQuery::addressCondition(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QStringLiteral(" AND c.email <> ''");
    case ChannelKind::Sms:
    case ChannelKind::Phone:
        return QStringLiteral(" AND c.phone <> ''");
    case ChannelKind::Telegram:
        return QStringLiteral(" AND c.telegram_chat <> ''");
    case ChannelKind::Viber:
        return QStringLiteral(" AND c.viber_user <> ''");
    case ChannelKind::WebPush:
        return QStringLiteral(" AND EXISTS (SELECT 1 FROM push_subscriptions s WHERE s.tenant_id = c.tenant_id "
                              "AND s.contact_id = c.id)");
    }
    return {};
}

Result<QList<Id>> AudienceQuery::testRecipients(ChannelKind kind, const QStringList &addresses) const
{
    QList<Id> out;
    SqlQuery q(m_db.connection(), u"SELECT c.id FROM contacts c WHERE c.tenant_id = ? "
                                  u"AND (lower(c.email) = lower(?) OR c.phone = ?)"
                                      + addressCondition(kind) + u" ORDER BY c.id");
    for (const QString &address : addresses) {
        q.bind(m_tenantId).bind(address).bind(address);
        if (auto st = q.exec(u"looking up test recipient " + address.left(100)); !st)
            return st.error();
        while (q.next())
            if (!out.contains(q.id(0)))
                out.append(q.id(0));
    }
    return out;
}

AudienceQuery::AudienceQuery(const Database &db, Id tenantId) : m_db(db), m_tenantId(tenantId)
{}

Result<SqlFragment> AudienceQuery::whereClause(const AudienceSpec &spec) const
{
    SqlFragment where{QStringLiteral(" WHERE c.tenant_id = ?"), {m_tenantId}};
    if (spec.contactListId) {
        where.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM contact_list_members m "
                                    "WHERE m.list_id = ? AND m.contact_id = c.id)");
        where.params << *spec.contactListId;
    }
    if (spec.contactIds) {
        where.sql += QStringLiteral(" AND c.id IN ") + m_db.dialect().jsonIds();
        where.params << jsonIdArray(*spec.contactIds);
    }
    if (!spec.includeRules.isEmpty()) {
        where.sql += QStringLiteral(" AND (");
        for (qsizetype i = 0; i < spec.includeRules.size(); ++i) {
            auto part = SegmentRules::compile(spec.includeRules.at(i), m_db.dialect());
            if (!part)
                return part.error();
            if (i > 0)
                where.sql += QStringLiteral(" OR ");
            where.append(*part);
        }
        where.sql += u')';
    }
    // COALESCE: a rule over a NULL column must not silently keep the contact.
    for (const QString &rules : spec.excludeRules) {
        auto part = SegmentRules::compile(rules, m_db.dialect());
        if (!part)
            return part.error();
        where.sql += QStringLiteral(" AND NOT COALESCE((");
        where.append(*part);
        where.sql += QStringLiteral("), FALSE)");
    }
    if (!spec.oneTimeRules.trimmed().isEmpty()) {
        auto part = SegmentRules::compile(spec.oneTimeRules, m_db.dialect());
        if (!part)
            return part.error();
        where.sql += QStringLiteral(" AND ");
        where.append(*part);
    }
    if (spec.channel)
        where.sql += addressCondition(*spec.channel);
    if (spec.dropOptedOut) {
        where.sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.tenant_id = c.tenant_id "
                                    "AND o.contact_id = c.id AND (o.channel = 'all'");
        if (spec.channel) {
            where.sql += QStringLiteral(" OR o.channel = ?");
            where.params << nameOf(*spec.channel);
        }
        where.sql += QStringLiteral("))");
    }
    return where;
}

Result<SqlFragment> AudienceQuery::idsSql(const AudienceSpec &spec) const
{
    auto where = whereClause(spec);
    if (!where)
        return where.error();
    SqlFragment out{QStringLiteral("SELECT c.id FROM contacts c"), {}};
    out.append(*where);
    out.sql += QStringLiteral(" ORDER BY c.id");
    return out;
}

Result<qint64> AudienceQuery::count(const AudienceSpec &spec) const
{
    auto where = whereClause(spec);
    if (!where)
        return where.error();
    SqlQuery q(m_db.connection(), u"SELECT COUNT(*) FROM contacts c" + where->sql);
    for (const QVariant &p : std::as_const(where->params))
        q.bind(p);
    if (auto st = q.exec(u"counting the audience"); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<std::pair<QString, qint64>>> AudienceQuery::countByZone(const AudienceSpec &spec) const
{
    auto where = whereClause(spec);
    if (!where)
        return where.error();
    SqlQuery q(m_db.connection(),
               u"SELECT COALESCE(c.time_zone, ''), COUNT(*) FROM contacts c" + where->sql + u" GROUP BY 1 ORDER BY 1");
    for (const QVariant &p : std::as_const(where->params))
        q.bind(p);
    if (auto st = q.exec(u"counting the audience per time zone"); !st)
        return st.error();
    QList<std::pair<QString, qint64>> out;
    while (q.next())
        out.append({q.text(0), q.value(1).toLongLong()});
    return out;
}

Result<QList<Id>> AudienceQuery::ids(const AudienceSpec &spec, int limit) const
{
    auto sql = idsSql(spec);
    if (!sql)
        return sql.error();
    if (limit >= 0)
        sql->sql += u" LIMIT " + QString::number(limit);
    SqlQuery q(m_db.connection(), sql->sql);
    for (const QVariant &p : std::as_const(sql->params))
        q.bind(p);
    if (auto st = q.exec(u"reading the audience"); !st)
        return st.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

} // namespace herald
