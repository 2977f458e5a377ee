#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

// Something a recipient sent back that was not an opt-out keyword. Tied to the contact
// whose address it came from and to the latest message that contact was sent on the
// channel (its run and campaign); both empty when nobody in the tenant has the address.
struct Reply
{
    Id id = 0;
    Id tenantId = 0;
    ChannelKind channel = ChannelKind::Sms;
    QString fromAddress;
    QString toAddress;
    QString body;
    QDateTime receivedAt;
    std::optional<Id> contactId;
    std::optional<Id> runId;
    std::optional<Id> messageId;
};

} // namespace herald
