#pragma once

#include "channelkind.h"
#include "tenant.h"

namespace herald {

struct NumberPool
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString rotation = QStringLiteral("round-robin");
};

} // namespace herald
