#pragma once

#include "channelkind.h"
#include "tenant.h"

#include <QMap>
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
    QMap<QString, QString> customFields; // the tenant's own fields, by name
    QDateTime createdAt;
};

} // namespace herald
