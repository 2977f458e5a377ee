#pragma once

#include "enumnames.h"

namespace herald {

// Support sees what admins see of the machinery (provider latency, telephony metrics)
// and changes nothing.
enum class Role { Admin, Manager, Reviewer, Viewer, Support };

template <>
struct EnumNames<Role>
{
    static constexpr std::array<std::pair<Role, std::string_view>, 5> table{{
        {Role::Admin, "admin"},
        {Role::Manager, "manager"},
        {Role::Reviewer, "reviewer"},
        {Role::Viewer, "viewer"},
        {Role::Support, "support"},
    }};
};

constexpr bool mayRunCampaigns(Role r)
{
    return r == Role::Admin || r == Role::Manager;
}

// Provider latency and similar diagnostics.
constexpr bool seesProviderDiagnostics(Role r)
{
    return r == Role::Admin || r == Role::Support;
}

// Workspace upkeep by hand: sweeping at a chosen time, checks and backups.
constexpr bool mayMaintainWorkspace(Role r)
{
    return r == Role::Admin;
}

constexpr bool mayEditCampaigns(Role r)
{
    return r == Role::Admin || r == Role::Manager;
}

} // namespace herald
