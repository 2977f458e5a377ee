#pragma once

#include "domain/channelstatus.h"
#include "domain/result.h"

#include <QList>

namespace herald {

// The channel state machine of STATUS_MODEL.md:
//   Ready --start--> Running --pause--> Paused --resume--> Running
//   Running --complete (worked through)--> Completed
//   Running|Paused --stop--> Stopped
//   Ready|Running --fail (cannot start)--> Failed
class ChannelLifecycle final
{
public:
    // `subject` names the channel in a refusal, e.g. "sms channel of campaign C-7K2QM".
    // `workedThrough`: no message of the channel is Queued, Sending or Retrying.
    static Result<ChannelStatus> apply(ChannelStatus from, ChannelEvent event, const Text &subject,
                                       bool workedThrough = true);
    // The same with `subject` verbatim (not translated).
    static Result<ChannelStatus> apply(ChannelStatus from, ChannelEvent event, const QString &subject,
                                       bool workedThrough = true);
    static std::optional<ChannelStatus> target(ChannelStatus from, ChannelEvent event);
    static QList<ChannelEvent> allowedEvents(ChannelStatus from);
};

} // namespace herald
