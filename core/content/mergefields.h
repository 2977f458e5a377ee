#pragma once

#include "domain/tenant.h"

#include <QHash>
#include <QString>

namespace herald {

// Replaces {{field}} placeholders with values; unknown fields are left as they are
// (preflight warns about them before a run).
class MergeFields final
{
public:
    static QString apply(const QString &text, const QHash<QString, QString> &values);
    // The fields every message can use, for one recipient of one campaign.
    static QHash<QString, QString> values(const QString &firstName, const QString &lastName, const QString &email,
                                          const QString &phone, const QString &campaignName,
                                          const QString &senderName, Id messageId);
};

} // namespace herald
