#pragma once

#include "database.h"
#include "domain/message.h"

#include <QList>
#include <QMap>

namespace herald {

// Messages of one tenant's runs. Writes are batched: one transaction per batch,
// never one per message. The database refuses a second message for the same
// (run, channel, contact).
class MessageRepository final
{
public:
    MessageRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts every message or none.
    Status insert(const QList<Message> &messages);
    // Keyset paging: messages of a run with id > afterId.
    Result<QList<Message>> forRun(Id runId, Id afterId = 0, int limit = 1000);
    // channel -> status -> count, for one run.
    Result<QMap<ChannelKind, QMap<MessageStatus, qint64>>> counts(Id runId);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
