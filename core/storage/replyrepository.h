#pragma once

#include "database.h"
#include "domain/reply.h"

#include <QList>

namespace herald {

// Replies of one tenant.
class ReplyRepository final
{
public:
    ReplyRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Stores a reply, tying it (unless it names its message) to the contact with that
    // address and to the latest message they were sent on the channel; returns it as stored.
    Result<Reply> store(const Reply &reply);
    // The reply with its contact, run and message filled in as store() would, unstored.
    Result<Reply> tie(const Reply &reply);
    Result<QList<Reply>> ofRun(Id runId);
    Result<QList<Reply>> ofContact(Id contactId);

private:
    Result<QList<Reply>> query(const QString &where, Id arg);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
