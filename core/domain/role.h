#pragma once

#include "enumnames.h"

namespace herald {

enum class Role { Admin, Manager, Reviewer, Viewer };

template <>
struct EnumNames<Role>
{
    static constexpr std::array<std::pair<Role, std::string_view>, 4> table{{
        {Role::Admin, "admin"},
        {Role::Manager, "manager"},
        {Role::Reviewer, "reviewer"},
        {Role::Viewer, "viewer"},
    }};
};

constexpr bool mayRunCampaigns(Role r)
{
    return r == Role::Admin || r == Role::Manager;
}

// Provider latency and similar diagnostics.
constexpr bool seesProviderDiagnostics(Role r)
{
    return r == Role::Admin;
}

constexpr bool mayEditCampaigns(Role r)
{
    return r == Role::Admin || r == Role::Manager;
}

} // namespace herald
