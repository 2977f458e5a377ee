#pragma once

#include <functional>

namespace herald::test {

// Runs the calling thread's event loop until `done` holds or `timeoutMs` passed, sleeping
// in the event dispatcher between events. (QCoreApplication::processEvents(flags, ms)
// drops WaitForMoreEvents and spins, taking a core from the code a benchmark measures.)
// Returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace herald::test
