#pragma once

#include "enumnames.h"

namespace herald {

// Every state a message can be in, across channel kinds (STATUS_MODEL.md,
// "Message status"). Which of them a kind uses is decided in lifecycle/messagelifecycle.
enum class MessageStatus {
    Queued,
    Sending,
    Sent,
    Delivered,
    AssumedDelivered,
    Retrying,
    Failed,
    TimedOut,
    OptedOut,
    Cancelled,
    Dialing,
    Ringing,
    Answered,
    Completed,
    NoAnswer,
    Busy,
};

template <>
struct EnumNames<MessageStatus>
{
    static constexpr std::array<std::pair<MessageStatus, std::string_view>, 16> table{{
        {MessageStatus::Queued, "Queued"},
        {MessageStatus::Sending, "Sending"},
        {MessageStatus::Sent, "Sent"},
        {MessageStatus::Delivered, "Delivered"},
        {MessageStatus::AssumedDelivered, "Assumed Delivered"},
        {MessageStatus::Retrying, "Retrying"},
        {MessageStatus::Failed, "Failed"},
        {MessageStatus::TimedOut, "Timed Out"},
        {MessageStatus::OptedOut, "Opted Out"},
        {MessageStatus::Cancelled, "Cancelled"},
        {MessageStatus::Dialing, "Dialing"},
        {MessageStatus::Ringing, "Ringing"},
        {MessageStatus::Answered, "Answered"},
        {MessageStatus::Completed, "Completed"},
        {MessageStatus::NoAnswer, "No Answer"},
        {MessageStatus::Busy, "Busy"},
    }};
};

// Still needs work from the dispatcher: a channel is not worked through while any
// message is in one of these.
constexpr bool isPending(MessageStatus s)
{
    return s == MessageStatus::Queued || s == MessageStatus::Sending || s == MessageStatus::Retrying
        || s == MessageStatus::Dialing || s == MessageStatus::Ringing || s == MessageStatus::Answered;
}

// Waiting to be handed to a provider: the dispatcher claims these, and stopping a
// channel cancels them.
constexpr bool isWaiting(MessageStatus s)
{
    return s == MessageStatus::Queued || s == MessageStatus::Retrying;
}

// Reached its recipient as far as anyone knows: who "received campaign X", and whom a
// follow-up leaves out.
constexpr bool isReached(MessageStatus s)
{
    return s == MessageStatus::Sent || s == MessageStatus::Delivered || s == MessageStatus::AssumedDelivered
           || s == MessageStatus::Answered || s == MessageStatus::Completed;
}

// With the provider now: handed over and not answered yet, or a call in progress.
constexpr bool isInFlight(MessageStatus s)
{
    return s == MessageStatus::Sending || s == MessageStatus::Dialing || s == MessageStatus::Ringing
           || s == MessageStatus::Answered;
}

// Handed over and waiting to hear how it ends: a report or the call's end settles it, else
// the sweeper's time limits do (MessageLifecycle::timeout).
constexpr bool isAwaitingOutcome(MessageStatus s)
{
    return isInFlight(s) || s == MessageStatus::Sent;
}

// Ends the message's life: nothing more will happen to it (Assumed Delivered may still
// be corrected by a late delivery report, see messagelifecycle).
constexpr bool isFinal(MessageStatus s)
{
    switch (s) {
    case MessageStatus::Delivered:
    case MessageStatus::AssumedDelivered:
    case MessageStatus::Failed:
    case MessageStatus::TimedOut:
    case MessageStatus::OptedOut:
    case MessageStatus::Cancelled:
    case MessageStatus::Completed:
    case MessageStatus::NoAnswer:
    case MessageStatus::Busy:
        return true;
    default:
        return false;
    }
}

// Did not get through (or not yet: Retrying), for a reason a report lists: not the
// reasons kept on messages that got through, were opted out or cancelled.
constexpr bool isFailure(MessageStatus s)
{
    return s == MessageStatus::Failed || s == MessageStatus::TimedOut || s == MessageStatus::Retrying
           || s == MessageStatus::NoAnswer || s == MessageStatus::Busy;
}

} // namespace herald
