#pragma once

#include "database.h"
#include "domain/result.h"

#include <QList>

#include <functional>

namespace herald {

// Moves a desktop workspace to a team: every table's rows, with their ids, copied from one
// workspace into a new, empty one (a team database), all or nothing, then every table's
// rows counted on both sides.
class WorkspaceCopy final
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0; // in the source, and (when verified) in the target
    };

    // The target workspace: a new one in an empty database, or one that holds the schema
    // and no rows (a copy that failed before). Refused when it holds anything.
    static Result<Database> openTarget(const QString &conninfo);

    // Copies `from` into `to` (openTarget). `progress` gets rows copied and the total.
    static Result<QList<Table>> copy(const Database &from, const Database &to,
                                     const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace herald
