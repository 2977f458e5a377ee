#pragma once

#include "domain/result.h"

#include <QIODevice>

#include <functional>

namespace herald {

// Writes what Herald exports (CSV, PDF) to `path`, and says exactly why when it cannot:
//  - a regular file (or a new one) is written all or nothing (QSaveFile): a failed,
//    cancelled or short write (a full disk) leaves the old file, or none;
//  - anything else that exists, a FIFO or a device, is opened and written in place, never
//    replaced (streaming into a FIFO works; /dev/full stays a device and reports its error);
//  - "-" is standard output.
// Every write is flushed and checked: the result is an error naming the path and the
// system's reason, never a success with a truncated file. Returns what `write` returns.
Result<qint64> writeFile(const QString &path, const std::function<Result<qint64>(QIODevice &)> &write);

} // namespace herald
