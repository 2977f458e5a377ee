#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

// How a channel kind is delivered in this tenant.
struct ProviderConfig
{
    Id id = 0;
    Id tenantId = 0;
    ChannelKind kind = ChannelKind::Email;
    QString provider; // simulator, smtp, kannel, sip
    QString settings; // JSON
    bool credentialsComplete = false;
};

} // namespace herald
