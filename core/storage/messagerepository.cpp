#include "messagerepository.h"

#include "sqlquery.h"
#include "transaction.h"

namespace herald {

Status MessageRepository::insert(const QList<Message> &messages)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st;
    SqlQuery q(db, QStringLiteral("INSERT INTO messages (tenant_id, run_id, channel, contact_id, status, attempts, "
                                  "failure_reason, provider_id, queued_at, sending_at, sent_at, delivered_at, "
                                  "finished_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Message &m : messages) {
        const QDateTime queued = m.queuedAt.isValid() ? m.queuedAt : now;
        q.bind(m_tenantId).bind(m.runId).bind(nameOf(m.channel)).bind(m.contactId).bind(nameOf(m.status));
        q.bind(m.attempts).bind(m.failureReason).bind(m.providerId).bindTime(queued).bindTime(m.sendingAt);
        q.bindTime(m.sentAt).bindTime(m.deliveredAt).bindTime(m.finishedAt);
        q.bindTime(m.statusChangedAt.isValid() ? m.statusChangedAt : queued);
        if (auto st = q.exec(u"queueing the " + nameOf(m.channel) + u" message of run " + QString::number(m.runId)
                             + u" for contact " + QString::number(m.contactId));
            !st)
            return st;
    }
    return tx.commit();
}

Result<QList<Message>> MessageRepository::forRun(Id runId, Id afterId, int limit)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, channel, contact_id, status, attempts, failure_reason, provider_id, "
                              "queued_at, sending_at, sent_at, delivered_at, finished_at, status_changed_at "
                              "FROM messages WHERE tenant_id = ? AND run_id = ? AND id > ? ORDER BY id LIMIT ?"));
    q.bind(m_tenantId).bind(runId).bind(afterId).bind(limit);
    if (auto st = q.exec(u"reading messages of run " + QString::number(runId)); !st)
        return st.error();
    QList<Message> out;
    while (q.next()) {
        Message m;
        m.id = q.id(0);
        m.tenantId = m_tenantId;
        m.runId = runId;
        m.channel = fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Email);
        m.contactId = q.id(2);
        m.status = fromString<MessageStatus>(q.text(3)).value_or(MessageStatus::Queued);
        m.attempts = q.value(4).toInt();
        m.failureReason = q.text(5);
        m.providerId = q.text(6);
        m.queuedAt = q.time(7);
        m.sendingAt = q.time(8);
        m.sentAt = q.time(9);
        m.deliveredAt = q.time(10);
        m.finishedAt = q.time(11);
        m.statusChangedAt = q.time(12);
        out.append(m);
    }
    return out;
}

Result<QMap<ChannelKind, QMap<MessageStatus, qint64>>> MessageRepository::counts(Id runId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT channel, status, COUNT(*) FROM messages "
                                                 "WHERE tenant_id = ? AND run_id = ? GROUP BY channel, status"));
    q.bind(m_tenantId).bind(runId);
    if (auto st = q.exec(u"counting messages of run " + QString::number(runId)); !st)
        return st.error();
    QMap<ChannelKind, QMap<MessageStatus, qint64>> out;
    while (q.next()) {
        const auto kind = fromString<ChannelKind>(q.text(0));
        const auto status = fromString<MessageStatus>(q.text(1));
        if (kind && status)
            out[*kind][*status] = q.value(2).toLongLong();
    }
    return out;
}

} // namespace herald
