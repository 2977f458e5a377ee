#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

// Who a message comes from: an email address and name, or an SMS sender / number pool.
struct SenderIdentity
{
    Id id = 0;
    Id tenantId = 0;
    ChannelKind kind = ChannelKind::Email;
    QString name;    // display name or alphanumeric SMS sender
    QString address; // from address for email
    std::optional<Id> numberPoolId;
    bool paused = false;
    QString replyTo; // email: where replies go, when not to `address`
    bool deleted = false; // kept for the campaigns and runs that used it
};

} // namespace herald
