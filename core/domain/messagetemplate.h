#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

// Reusable content for one channel kind: subject and body with {{merge_fields}}.
struct MessageTemplate
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    ChannelKind kind = ChannelKind::Email;
    QString subject;
    QString body;
    bool deleted = false;
};

} // namespace herald
