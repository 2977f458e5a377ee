#pragma once

#include "enumnames.h"

namespace herald {

// What each role may do is core/domain/permissions.h. Support sees what admins see of
// the machinery (provider latency, telephony metrics) and changes nothing but comments.
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

} // namespace herald
