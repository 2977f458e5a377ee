#pragma once

#include "domain/channelkind.h"
#include "domain/messagestatus.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>

namespace herald {

// Message transitions per channel kind (STATUS_MODEL.md, "Message status") and the
// 10-minute rules that the sweeper applies. Telegram, WebPush and Viber follow the SMS
// path: accepted by a gateway (Sent), then a delivery report.
class MessageLifecycle final
{
public:
    static constexpr int kTimeoutMinutes = 10;
    // A call may legitimately last long; one still Answered after this is swept.
    static constexpr int kCallTimeoutMinutes = 240;

    static bool allowed(ChannelKind kind, MessageStatus from, MessageStatus to);
    // Refusal names the message (`subject`), its status and what is allowed.
    static Status check(ChannelKind kind, MessageStatus from, MessageStatus to, const Text &subject);
    // The same with `subject` verbatim (not translated).
    static Status check(ChannelKind kind, MessageStatus from, MessageStatus to, const QString &subject);
    static QList<MessageStatus> next(ChannelKind kind, MessageStatus from);
    // The states a message of this kind can be in.
    static QList<MessageStatus> states(ChannelKind kind);

    struct Timeout
    {
        MessageStatus to;
        QString reason;
    };
    // What the sweeper does to a message that has been in `status` since `changedAt`:
    //  - Sent (sms-like) for 10 min without a report -> Assumed Delivered
    //  - Sending (any kind), Dialing or Ringing for 10 min -> Timed Out (never re-sent)
    //  - Answered for 4 h -> Timed Out
    static std::optional<Timeout> timeout(ChannelKind kind, MessageStatus status, const QDateTime &changedAt,
                                          const QDateTime &now);
};

} // namespace herald
