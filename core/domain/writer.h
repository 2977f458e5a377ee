#pragma once

#include "tenant.h"

#include <QStringList>

namespace herald {

// The instructions that produce a campaign's content.
struct Writer
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString instructions;
    bool deleted = false;
    QString tone;          // "friendly", "formal", "urgent", ...
    QString audience;      // who reads it
    QStringList keyPoints; // one per line when stored
    int smsMaxSegments = 1;
    int emailSubjectMax = 60;
};

} // namespace herald
