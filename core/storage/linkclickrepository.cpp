#include "linkclickrepository.h"

#include "sqlquery.h"

#include <QSet>

namespace herald {

Status LinkClickRepository::record(Id messageId, const QString &url, const QDateTime &at)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO link_clicks (tenant_id, run_id, message_id, contact_id, url, clicked_at) "
                              "SELECT tenant_id, run_id, id, contact_id, ?, ? FROM messages "
                              "WHERE tenant_id = ? AND id = ?"));
    q.bind(url).bindTime(at).bind(m_tenantId).bind(messageId);
    if (auto st = q.exec(u"recording a click on a link of message " + QString::number(messageId)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("message %1 no longer exists").arg(messageId));
    return {};
}

Result<QList<LinkClickRepository::Link>> LinkClickRepository::ofRun(Id runId)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT url, COUNT(*), COUNT(DISTINCT contact_id) FROM link_clicks "
                              "WHERE tenant_id = ? AND run_id = ? GROUP BY url ORDER BY COUNT(*) DESC, url"));
    q.bind(m_tenantId).bind(runId);
    if (auto st = q.exec(u"reading the clicks of run " + QString::number(runId)); !st)
        return st.error();
    QList<Link> out;
    while (q.next())
        out.append({q.text(0), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

Result<qint64> LinkClickRepository::contactsWhoClicked(Id runId, const QString &prefix)
{
    // Compared here rather than with LIKE: a URL is full of the characters LIKE treats
    // as wildcards.
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT contact_id, url FROM link_clicks "
                                                 "WHERE tenant_id = ? AND run_id = ?"));
    q.bind(m_tenantId).bind(runId);
    if (auto st = q.exec(u"counting who clicked in run " + QString::number(runId)); !st)
        return st.error();
    QSet<Id> contacts;
    while (q.next())
        if (prefix.isEmpty() || q.text(1).startsWith(prefix))
            contacts.insert(q.id(0));
    return qint64(contacts.size());
}

} // namespace herald
