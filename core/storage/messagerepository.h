#pragma once

#include "database.h"
#include "domain/message.h"

#include <QList>
#include <QMap>

#include <limits>

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
    // Failed because every attempt met a pre-send or transient error: "Retry failed"
    // may queue the recipient again in a new run.
    bool retriesUsedUp = false;
};

struct TransitionCount
{
    int applied = 0;
    int skipped = 0;      // the message had already left `from`
    QList<bool> applies;  // per transition, in order
};

// Which of a run's messages a read selects: all, or those of one status and/or channel.
struct MessageFilter
{
    std::optional<MessageStatus> status;
    std::optional<ChannelKind> channel;

    bool operator==(const MessageFilter &) const = default;
};

// How many messages a filter selects in a run, and the first and last of their ids.
struct MessageSpan
{
    qint64 count = 0;
    Id firstId = 0;
    Id lastId = 0;

    bool operator==(const MessageSpan &) const = default;
};

// A message with its contact's name and address, as the task table shows it.
struct MessageRow
{
    Message message;
    QString contactName;    // first and last name; empty when the contact has neither
    QString contactAddress; // email, else phone
};

enum class PageDirection
{
    Forward,
    Backward
};

// Messages of one tenant's runs. Writes are batched: one transaction per batch,
// never one per message. The database refuses a second message for the same
// (run, channel, contact).
class MessageRepository final
{
public:
    static constexpr Id kLastId = std::numeric_limits<Id>::max();

    MessageRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts every message or none.
    Status insert(const QList<Message> &messages);
    // Applies a batch in one transaction (group commit). A transition the status model
    // does not allow refuses the whole batch. `claimer`: the dispatcher (Dispatcher's
    // team id) recorded on the messages this batch puts in flight; 0 for none.
    Result<TransitionCount> apply(const QList<MessageTransition> &transitions, Id claimer = 0);
    // Keyset paging: messages of a run with id > afterId, optionally of one status and channel.
    Result<QList<Message>> forRun(Id runId, Id afterId = 0, int limit = 1000,
                                  std::optional<MessageStatus> status = std::nullopt,
                                  std::optional<ChannelKind> channel = std::nullopt);
    // One COUNT over the run's (tenant, run[, status | channel], id) index, with the
    // first and last id (one index seek each).
    Result<MessageSpan> countForRun(Id runId, const MessageFilter &filter = {});
    // One page of a run's messages with their contacts, in id order, read by key from
    // anchorId (exclusive): Forward the `limit` messages after it, Backward the `limit`
    // before it (pass kLastId to read the end). `skip` first passes over that many
    // messages beyond the anchor (LIMIT/OFFSET over the index alone), for a jump that
    // lands far from any known id.
    Result<QList<MessageRow>> pageForRun(Id runId, Id anchorId, PageDirection direction, int limit, qint64 skip = 0,
                                         const MessageFilter &filter = {});
    // channel -> status -> count, for one run.
    Result<QMap<ChannelKind, QMap<MessageStatus, qint64>>> counts(Id runId);
    // run -> status -> count, for several runs in one read.
    Result<QHash<Id, QMap<MessageStatus, qint64>>> countsByRun(const QList<Id> &runIds);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
