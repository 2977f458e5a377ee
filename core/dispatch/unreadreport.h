#pragma once

#include "dispatcher.h"
#include "providers/provider.h"

namespace herald {

// A delivery report waiting for its message's outcome to be written, with the tenant and
// kind of the provider it came from (a report may name its message by the provider's id).
struct Dispatcher::UnreadReport
{
    Id tenant = 0;
    ChannelKind kind = ChannelKind::Email;
    DeliveryReport report;
};

} // namespace herald
