#pragma once

#include "tenant.h"

namespace herald {

struct ContactList
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString description;
};

} // namespace herald
