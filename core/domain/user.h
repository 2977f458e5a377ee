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
    QDateTime deactivatedAt; // set: kept for history, may not act

    bool active() const { return !deactivatedAt.isValid(); }
};

} // namespace herald
