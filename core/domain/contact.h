#pragma once

#include "channelkind.h"
#include "tenant.h"

#include <QStringList>

namespace herald {

struct Contact
{
    Id id = 0;
    Id tenantId = 0;
    QString firstName;
    QString lastName;
    QString email;  // empty when unknown
    QString phone;  // E.164, empty when unknown
    QString timeZone;
    QStringList tags;
    QDateTime createdAt;
};

} // namespace herald
