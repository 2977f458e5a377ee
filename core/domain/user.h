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
    // The PostgreSQL login this user signs in as (team workspaces); empty on a file.
    QString login;
    QDateTime deactivatedAt; // set: kept for history, may not act

    bool active() const { return !deactivatedAt.isValid(); }
};

} // namespace herald
