#pragma once

#include "enumnames.h"

namespace herald {

// Status of one channel within one live run.
enum class ChannelStatus { Ready, Running, Paused, Completed, Stopped, Failed };

template <>
struct EnumNames<ChannelStatus>
{
    static constexpr std::array<std::pair<ChannelStatus, std::string_view>, 6> table{{
        {ChannelStatus::Ready, "Ready"},
        {ChannelStatus::Running, "Running"},
        {ChannelStatus::Paused, "Paused"},
        {ChannelStatus::Completed, "Completed"},
        {ChannelStatus::Stopped, "Stopped"},
        {ChannelStatus::Failed, "Failed"},
    }};
};

// What can happen to a channel. Complete and Fail are raised by the dispatcher,
// the others by a person.
enum class ChannelEvent { Start, Pause, Resume, Stop, Complete, Fail };

template <>
struct EnumNames<ChannelEvent>
{
    static constexpr std::array<std::pair<ChannelEvent, std::string_view>, 6> table{{
        {ChannelEvent::Start, "start"},
        {ChannelEvent::Pause, "pause"},
        {ChannelEvent::Resume, "resume"},
        {ChannelEvent::Stop, "stop"},
        {ChannelEvent::Complete, "complete"},
        {ChannelEvent::Fail, "fail"},
    }};
};

constexpr bool isFinal(ChannelStatus s)
{
    return s == ChannelStatus::Completed || s == ChannelStatus::Stopped || s == ChannelStatus::Failed;
}

// Started and not ended: running, or paused and able to resume, so it may send again.
constexpr bool isUnderWay(ChannelStatus s)
{
    return s == ChannelStatus::Running || s == ChannelStatus::Paused;
}

} // namespace herald
