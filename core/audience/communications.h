#pragma once

#include "domain/channelkind.h"
#include "domain/result.h"
#include "domain/tenant.h"

#include <QList>

namespace herald {

class Database;

// One exchange with a contact: a message Herald sent (with its state), a reply, or an
// opt-out, tied to its campaign and run when there is one.
struct Communication
{
    enum class Kind { Message, Reply, OptOut };
    Kind kind = Kind::Message;
    QDateTime at;
    std::optional<ChannelKind> channel; // empty: an opt-out of every channel
    Id contactId = 0;
    QString contact; // name, else address
    std::optional<Id> runId;
    QString campaignShortId;
    QString campaignName;
    QString text; // the message's state, the reply's words, the opt-out's source
    QString detail; // a message's failure reason
};

// Every exchange with a contact across campaigns, and every reply and opt-out a
// campaign's runs received, newest first.
class Communications final
{
public:
    static Result<QList<Communication>> ofContact(const Database &db, Id tenantId, Id contactId, int limit = 1000);
    static Result<QList<Communication>> ofCampaign(const Database &db, Id tenantId, Id campaignId, int limit = 1000);
    static QString kindName(Communication::Kind kind); // "message", "reply", "opt-out"
};

} // namespace herald
