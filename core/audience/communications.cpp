#include "communications.h"

#include "domain/enumnames.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace herald {

namespace {

// Columns: kind, at, channel, contact id, contact, run id, short id, name, text, detail.
// Messages are dated by their last change; the contact is "first last", else the address.
constexpr auto kContact = u"COALESCE(NULLIF(TRIM(c.first_name || ' ' || c.last_name), ''), "
                          u"NULLIF(c.email, ''), c.phone)";

QString messagesSql(const QString &where)
{
    return u"SELECT 'message', m.status_changed_at, m.channel, m.contact_id, " + QString::fromUtf16(kContact)
         + u", m.run_id, k.short_id, k.name, m.status, m.failure_reason FROM messages m "
           u"JOIN contacts c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
           u"JOIN runs r ON r.tenant_id = m.tenant_id AND r.id = m.run_id "
           u"JOIN campaigns k ON k.tenant_id = r.tenant_id AND k.id = r.campaign_id WHERE m.tenant_id = ? AND "
         + where;
}

QString repliesSql(const QString &where)
{
    return u"SELECT 'reply', p.received_at, p.channel, p.contact_id, COALESCE(" + QString::fromUtf16(kContact)
         + u", p.from_address), p.run_id, k.short_id, k.name, p.body, '' FROM replies p "
           u"LEFT JOIN contacts c ON c.tenant_id = p.tenant_id AND c.id = p.contact_id "
           u"LEFT JOIN runs r ON r.tenant_id = p.tenant_id AND r.id = p.run_id "
           u"LEFT JOIN campaigns k ON k.tenant_id = r.tenant_id AND k.id = r.campaign_id WHERE p.tenant_id = ? AND "
         + where;
}

QString optOutsSql(const QString &where)
{
    return u"SELECT 'opt-out', o.created_at, o.channel, o.contact_id, " + QString::fromUtf16(kContact)
         + u", o.run_id, k.short_id, k.name, o.source, '' FROM opt_outs o "
           u"JOIN contacts c ON c.tenant_id = o.tenant_id AND c.id = o.contact_id "
           u"LEFT JOIN runs r ON r.tenant_id = o.tenant_id AND r.id = o.run_id "
           u"LEFT JOIN campaigns k ON k.tenant_id = r.tenant_id AND k.id = r.campaign_id WHERE o.tenant_id = ? AND "
         + where;
}

Result<QList<Communication>> read(const Database &db, const QString &sql, const QVariantList &params, int limit,
                                  const QString &what)
{
    SqlQuery q(db.connection(), sql + u" ORDER BY 2 DESC LIMIT " + QString::number(limit));
    for (const QVariant &p : params)
        q.bind(p);
    if (auto st = q.exec(what); !st)
        return st.error();
    QList<Communication> out;
    while (q.next()) {
        Communication c;
        const QString kind = q.text(0);
        c.kind = kind == u"reply" ? Communication::Kind::Reply
               : kind == u"opt-out" ? Communication::Kind::OptOut
                                     : Communication::Kind::Message;
        c.at = q.time(1);
        c.channel = fromString<ChannelKind>(q.text(2));
        c.contactId = q.value(3).toLongLong();
        c.contact = q.text(4);
        c.runId = q.optionalId(5);
        c.campaignShortId = q.text(6);
        c.campaignName = q.text(7);
        c.text = q.text(8);
        c.detail = q.text(9);
        out.append(c);
    }
    return out;
}

} // namespace

QString Communications::kindName(Communication::Kind kind)
{
    switch (kind) {
    case Communication::Kind::Message:
        return QStringLiteral("message");
    case Communication::Kind::Reply:
        return QStringLiteral("reply");
    case Communication::Kind::OptOut:
        return QStringLiteral("opt-out");
    }
    return {};
}

Result<QList<Communication>> Communications::ofContact(const Database &db, Id tenantId, Id contactId, int limit)
{
    const QString sql = messagesSql(QStringLiteral("m.contact_id = ?")) + u" UNION ALL "
                      + repliesSql(QStringLiteral("p.contact_id = ?")) + u" UNION ALL "
                      + optOutsSql(QStringLiteral("o.contact_id = ?"));
    return read(db, sql, {tenantId, contactId, tenantId, contactId, tenantId, contactId}, limit,
                u"reading the communications of contact " + QString::number(contactId));
}

Result<QList<Communication>> Communications::ofCampaign(const Database &db, Id tenantId, Id campaignId, int limit)
{
    const QString sql = repliesSql(QStringLiteral("r.campaign_id = ?")) + u" UNION ALL "
                      + optOutsSql(QStringLiteral("r.campaign_id = ?"));
    return read(db, sql, {tenantId, campaignId, tenantId, campaignId}, limit,
                u"reading the replies and opt-outs of campaign " + QString::number(campaignId));
}

} // namespace herald
