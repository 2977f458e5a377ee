#pragma once

#include "enumnames.h"

namespace herald {

// Derived from the channels, never set by hand (STATUS_MODEL.md, "Campaign status").
enum class CampaignStatus { Draft, Ready, Scheduled, Running, Paused, Completed, Stopped, Failed, Archived };

template <>
struct EnumNames<CampaignStatus>
{
    static constexpr std::array<std::pair<CampaignStatus, std::string_view>, 9> table{{
        {CampaignStatus::Draft, "Draft"},
        {CampaignStatus::Ready, "Ready"},
        {CampaignStatus::Scheduled, "Scheduled"},
        {CampaignStatus::Running, "Running"},
        {CampaignStatus::Paused, "Paused"},
        {CampaignStatus::Completed, "Completed"},
        {CampaignStatus::Stopped, "Stopped"},
        {CampaignStatus::Failed, "Failed"},
        {CampaignStatus::Archived, "Archived"},
    }};
};

// Which campaign detail layout a status opens into.
enum class DetailLayout { Draft, Active, Ended };

template <>
struct EnumNames<DetailLayout>
{
    static constexpr std::array<std::pair<DetailLayout, std::string_view>, 3> table{{
        {DetailLayout::Draft, "Draft"},
        {DetailLayout::Active, "Active"},
        {DetailLayout::Ended, "Ended"},
    }};
};

} // namespace herald
