#pragma once

#include <QHash>
#include <QString>

namespace herald {

// Replaces {{field}} placeholders with values; unknown fields are left as they are
// (preflight warns about them before a run).
class MergeFields final
{
public:
    static QString apply(const QString &text, const QHash<QString, QString> &values);
};

} // namespace herald
