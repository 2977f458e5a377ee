#pragma once

#include "database.h"
#include "domain/message.h"

#include <QList>
#include <QMap>

namespace herald {

// One move of one message from a status to the next, as the dispatcher or the sweeper
// decides it. Applied only if the message is still in `from` (compare-and-set), so two
// writers can never both move it and nothing moves backwards.
struct MessageTransition
{
    Id messageId = 0;
    ChannelKind channel = ChannelKind::Email;
    MessageStatus from = MessageStatus::Queued;
    MessageStatus to = MessageStatus::Sending;
    QDateTime at;
    QString reason;      // failure reason; empty keeps the current one
    QString providerId;  // the provider's message id; empty keeps the current one
    QDateTime nextAttemptAt; // for Retrying
};

struct TransitionCount
{
    int applied = 0;
    int skipped = 0;      // the message had already left `from`
    QList<bool> applies;  // per transition, in order
};

// Messages of one tenant's runs. Writes are batched: one transaction per batch,
// never one per message. The database refuses a second message for the same
// (run, channel, contact).
class MessageRepository final
{
public:
    MessageRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts every message or none.
    Status insert(const QList<Message> &messages);
    // Applies a batch in one transaction (group commit). A transition the status model
    // does not allow refuses the whole batch.
    Result<TransitionCount> apply(const QList<MessageTransition> &transitions);
    // Keyset paging: messages of a run with id > afterId, optionally of one status and channel.
    Result<QList<Message>> forRun(Id runId, Id afterId = 0, int limit = 1000,
                                  std::optional<MessageStatus> status = std::nullopt,
                                  std::optional<ChannelKind> channel = std::nullopt);
    // channel -> status -> count, for one run.
    Result<QMap<ChannelKind, QMap<MessageStatus, qint64>>> counts(Id runId);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
