#pragma once

#include "tenant.h"

namespace herald {

struct PhoneNumber
{
    enum class State { Active, Paused, Quarantined };
    Id id = 0;
    Id tenantId = 0;
    Id poolId = 0;
    QString e164;
    State state = State::Active;
    int dailyCap = 0; // 0 = no cap
};

} // namespace herald
