#include "gettingstarted.h"

#include "domain/messagestatus.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"

namespace herald {

namespace {

// One "does the tenant have any" question per step, answered from the tables.
QString existsSql(GettingStarted::Step step)
{
    switch (step) {
    case GettingStarted::Step::Provider:
        return QStringLiteral("SELECT 1 FROM provider_configs WHERE tenant_id = ? AND kind IN ('email','sms','phone')");
    case GettingStarted::Step::Sender:
        return QStringLiteral("SELECT 1 FROM sender_identities WHERE tenant_id = ? AND deleted_at IS NULL");
    case GettingStarted::Step::Listener:
        return QStringLiteral(
            "SELECT 1 FROM tenants t WHERE t.id = ? AND ((t.listen <> '' AND t.public_url <> '') OR NOT EXISTS ("
            "SELECT 1 FROM provider_configs p WHERE p.tenant_id = t.id AND p.kind = 'email' AND p.provider <> "
            "'simulator'))");
    case GettingStarted::Step::Reviewer:
        return QStringLiteral(
            "SELECT 1 FROM users WHERE tenant_id = ? AND role = 'reviewer' AND deactivated_at IS NULL");
    case GettingStarted::Step::Contacts:
        return QStringLiteral("SELECT 1 FROM contacts WHERE tenant_id = ?");
    case GettingStarted::Step::Template:
        return QStringLiteral("SELECT 1 FROM templates WHERE tenant_id = ? AND deleted_at IS NULL");
    case GettingStarted::Step::GoalAndWriter:
        return QStringLiteral(
            "SELECT 1 FROM goals g WHERE g.tenant_id = ? AND g.deleted_at IS NULL AND EXISTS (SELECT 1 FROM writers w "
            "WHERE w.tenant_id = g.tenant_id AND w.deleted_at IS NULL)");
    case GettingStarted::Step::Campaign:
        return QStringLiteral("SELECT 1 FROM campaigns WHERE tenant_id = ?");
    case GettingStarted::Step::LiveRun:
        return u"SELECT 1 FROM messages m JOIN runs r ON r.tenant_id = m.tenant_id AND r.id = m.run_id "
               u"WHERE m.tenant_id = ? AND r.kind = 'live' AND m.status IN "
               + sqlSet({MessageStatus::Sent, MessageStatus::Delivered, MessageStatus::AssumedDelivered});
    }
    return QStringLiteral("SELECT 1 WHERE ? IS NULL");
}

} // namespace

Result<QList<GettingStarted::Item>> GettingStarted::of(const Database &db, Id tenantId)
{
    QList<Item> items;
    for (Step step : {Step::Provider, Step::Sender, Step::Listener, Step::Reviewer, Step::Contacts, Step::Template,
                      Step::GoalAndWriter, Step::Campaign, Step::LiveRun}) {
        SqlQuery q(db.connection(), existsSql(step) + u" LIMIT 1");
        q.bind(tenantId);
        if (auto st = q.exec(QStringLiteral("reading what is left to set up")); !st)
            return st.error();
        items.append({step, q.next()});
    }
    if (items.last().done)
        return QList<Item>();
    return items;
}

} // namespace herald
