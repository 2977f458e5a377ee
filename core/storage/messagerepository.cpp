#include "messagerepository.h"

#include "lifecycle/messagelifecycle.h"
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

namespace {
// Which per-transition timestamp a status sets (a final status also sets finished_at).
enum class Stamp { Sending, Sent, Delivered, None };
Stamp stampFor(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Sending:
    case MessageStatus::Dialing:
        return Stamp::Sending;
    case MessageStatus::Sent:
    case MessageStatus::Ringing:
        return Stamp::Sent;
    case MessageStatus::Delivered:
    case MessageStatus::Answered:
        return Stamp::Delivered;
    default:
        return Stamp::None;
    }
}
} // namespace

Result<TransitionCount> MessageRepository::apply(const QList<MessageTransition> &transitions)
{
    for (const MessageTransition &t : transitions) {
        if (auto st = MessageLifecycle::check(t.channel, t.from, t.to, u"message " + QString::number(t.messageId)); !st)
            return st.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery q(db, QStringLiteral("UPDATE messages SET status = ?, status_changed_at = ?, "
                                  "attempts = attempts + ?, "
                                  "sending_at = COALESCE(?, sending_at), sent_at = COALESCE(?, sent_at), "
                                  "delivered_at = COALESCE(?, delivered_at), finished_at = COALESCE(?, finished_at), "
                                  "failure_reason = COALESCE(?, failure_reason), provider_id = COALESCE(?, provider_id), "
                                  "next_attempt_at = ? "
                                  "WHERE tenant_id = ? AND id = ? AND status = ?"));
    const QVariant null;
    TransitionCount count;
    for (const MessageTransition &t : transitions) {
        const Stamp stamp = stampFor(t.to);
        const QVariant at = timeToSql(t.at.isValid() ? t.at : QDateTime::currentDateTimeUtc());
        const bool attempt = t.to == MessageStatus::Sending || t.to == MessageStatus::Dialing;
        q.bind(nameOf(t.to)).bind(at).bind(attempt ? 1 : 0);
        q.bind(stamp == Stamp::Sending ? at : null).bind(stamp == Stamp::Sent ? at : null);
        q.bind(stamp == Stamp::Delivered ? at : null).bind(isFinal(t.to) ? at : null);
        q.bind(t.reason.isEmpty() ? null : QVariant(t.reason)).bind(t.providerId.isEmpty() ? null : QVariant(t.providerId));
        q.bind(t.to == MessageStatus::Retrying ? timeToSql(t.nextAttemptAt) : null);
        q.bind(m_tenantId).bind(t.messageId).bind(nameOf(t.from));
        if (auto st = q.exec(u"moving message " + QString::number(t.messageId) + u" to " + nameOf(t.to)); !st)
            return st.error();
        const bool applied = q.rowsAffected() == 1;
        (applied ? count.applied : count.skipped)++;
        count.applies.append(applied);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return count;
}

Result<QList<Message>> MessageRepository::forRun(Id runId, Id afterId, int limit, std::optional<MessageStatus> status,
                                                std::optional<ChannelKind> channel)
{
    SqlQuery q(m_db.connection(),
               u"SELECT id, channel, contact_id, status, attempts, failure_reason, provider_id, "
               u"queued_at, sending_at, sent_at, delivered_at, finished_at, status_changed_at "
               u"FROM messages WHERE tenant_id = ? AND run_id = ? AND id > ?"
                   + QLatin1StringView(status ? " AND status = ?" : "") + QLatin1StringView(channel ? " AND channel = ?" : "")
                   + u" ORDER BY id LIMIT ?");
    q.bind(m_tenantId).bind(runId).bind(afterId);
    if (status)
        q.bind(nameOf(*status));
    if (channel)
        q.bind(nameOf(*channel));
    q.bind(limit);
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
