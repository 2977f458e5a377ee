#pragma once

#include "enumnames.h"

namespace herald {

enum class LaunchType { Now, Manual, Schedule, Recurring };

template <>
struct EnumNames<LaunchType>
{
    static constexpr std::array<std::pair<LaunchType, std::string_view>, 4> table{{
        {LaunchType::Now, "now"},
        {LaunchType::Manual, "manual"},
        {LaunchType::Schedule, "schedule"},
        {LaunchType::Recurring, "recurring"},
    }};
};

enum class RunKind { Test, Live };

template <>
struct EnumNames<RunKind>
{
    static constexpr std::array<std::pair<RunKind, std::string_view>, 2> table{{
        {RunKind::Test, "test"},
        {RunKind::Live, "live"},
    }};
};

// What started a run: a launch type, or a person pressing Run on a manual campaign.
using RunTrigger = LaunchType;

} // namespace herald
