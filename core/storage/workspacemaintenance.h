#pragma once

#include "database.h"

#include <QStringList>

#include <functional>

namespace herald {

// An admin's care of the workspace file: is it intact, and a copy of it to keep.
class WorkspaceMaintenance final
{
public:
    explicit WorkspaceMaintenance(Database db) : m_db(std::move(db)) {}

    struct Check
    {
        bool full = false;     // integrity_check (every index against its table), else quick_check
        QStringList problems;  // what SQLite found, then rows pointing at missing rows; empty: intact
        qint64 bytes = 0;      // the file's size
    };
    // PRAGMA quick_check (or integrity_check when `full`) and foreign_key_check.
    Result<Check> check(bool full);

    // A consistent copy of the workspace in `file`, made with SQLite's online backup API
    // in steps, so a worker may go on sending meanwhile (a step the workspace changed under
    // is taken again). Written beside `file` and renamed into place: all or nothing; an
    // existing `file` is refused. `progress(done, total)` in pages.
    Status backup(const QString &file, const std::function<void(int done, int total)> &progress = {});

private:
    Database m_db;
};

} // namespace herald
