#pragma once

#include <QIcon>

namespace herald::Icons {

// Icons come from the desktop's theme, else from the Breeze icons built into Herald (the
// dark set on a dark palette). Call once, after the palette is set and before any window.
void setUp();
// The themed icon `name` (a freedesktop icon name such as "document-new").
QIcon named(const char *name);

} // namespace herald::Icons
