#pragma once

#include <span>

namespace herald::demo {

// Word lists the demo workspace draws from; the seed decides the picks.
std::span<const char *const> firstNames();
std::span<const char *const> lastNames();

} // namespace herald::demo
