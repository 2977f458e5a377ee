#pragma once

#include "domain/result.h"
#include "sqldialect.h"

#include <QSqlDatabase>

namespace herald {

// Forward-only schema migrations. Version N's statements turn a version N-1 database
// into version N; each step runs in its own transaction and is recorded in
// schema_version, so an interrupted upgrade leaves the last complete version.
class Migrations final
{
public:
    static int latestVersion();
    // The highest version recorded in the database, 0 for an empty one.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Applies every step above the current version up to `target` (default: latest).
    static Status migrate(const QSqlDatabase &db, const SqlDialect &dialect, int target = -1);
};

} // namespace herald
