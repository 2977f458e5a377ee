#pragma once

#include "role.h"
#include "tenant.h"

namespace herald {

struct User
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString email;
    Role role = Role::Viewer;
};

} // namespace herald
