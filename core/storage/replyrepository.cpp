#include "replyrepository.h"

#include "domain/enumnames.h"
#include "domain/messagestatus.h"
#include "addressmatch.h"
#include "sqlquery.h"
#include "statussql.h"

namespace herald {

Result<Reply> ReplyRepository::tie(const Reply &in)
{
    Reply r = in;
    r.tenantId = m_tenantId;
    // The latest message to whoever has this address on the channel: the contact, and
    // the run the reply answers.
    SqlQuery find(m_db.connection(), u"SELECT c.id, m.run_id, m.id FROM contacts c "
                                     u"LEFT JOIN messages m ON m.contact_id = c.id AND m.tenant_id = c.tenant_id "
                                     u"AND m.channel = ? AND m.status <> " + sqlName(MessageStatus::Queued)
                                         + u" WHERE c.tenant_id = ? AND " + addressMatch(r.channel)
                                         + u" "
                                           u"ORDER BY m.id IS NULL, m.id DESC LIMIT 1");
    find.bind(nameOf(r.channel)).bind(m_tenantId).bind(r.fromAddress).bind(r.fromAddress);
    if (auto st = find.exec(u"finding who replied from " + r.fromAddress); !st)
        return st.error();
    if (find.next()) {
        r.contactId = find.id(0);
        if (!find.value(1).isNull()) {
            r.runId = find.id(1);
            r.messageId = find.id(2);
        }
    }
    return r;
}

Result<Reply> ReplyRepository::store(const Reply &in)
{
    // A reply that names its message (an email's In-Reply-To) is tied already.
    auto tied = in.messageId ? Result<Reply>(in) : tie(in);
    if (!tied)
        return tied.error();
    Reply r = *tied;
    r.tenantId = m_tenantId;
    if (!r.receivedAt.isValid())
        r.receivedAt = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO replies (tenant_id, channel, from_address, to_address, body, received_at, "
                              "contact_id, run_id, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(nameOf(r.channel)).bind(r.fromAddress).bind(r.toAddress).bind(r.body).bindTime(r.receivedAt);
    q.bind(r.contactId).bind(r.runId).bind(r.messageId);
    auto id = q.execId(u"storing the reply from " + r.fromAddress);
    if (!id)
        return id.error();
    r.id = *id;
    return r;
}

Result<QList<Reply>> ReplyRepository::query(const QString &where, Id arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, channel, from_address, to_address, body, received_at, contact_id, run_id, "
                                  u"message_id FROM replies WHERE tenant_id = ? AND "
                                      + where + u" ORDER BY id");
    q.bind(m_tenantId).bind(arg);
    if (auto st = q.exec(u"reading replies"); !st)
        return st.error();
    QList<Reply> out;
    while (q.next()) {
        Reply r;
        r.id = q.id(0);
        r.tenantId = m_tenantId;
        r.channel = fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Sms);
        r.fromAddress = q.text(2);
        r.toAddress = q.text(3);
        r.body = q.text(4);
        r.receivedAt = q.time(5);
        r.contactId = q.optionalId(6);
        r.runId = q.optionalId(7);
        r.messageId = q.optionalId(8);
        out.append(r);
    }
    return out;
}

Result<QList<Reply>> ReplyRepository::ofRun(Id runId)
{
    return query(QStringLiteral("run_id = ?"), runId);
}

Result<QList<Reply>> ReplyRepository::ofContact(Id contactId)
{
    return query(QStringLiteral("contact_id = ?"), contactId);
}

} // namespace herald
