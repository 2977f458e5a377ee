#pragma once

#include <QPalette>
#include <QString>

namespace herald::Appearance {

// Light or dark, chosen in Settings → This computer (kept in QSettings) or for one start
// with `herald --appearance`: "light", "dark", or empty for the desktop's own style and
// palette. Light and dark use the Fusion style, which draws every control from the palette.
QString chosen();
void choose(const QString &mode);
// Applies `mode` (empty: the chosen one). Call once, after the QApplication exists and
// before any window. Returns false for a `mode` it does not know (a stored choice it does
// not know is the desktop's).
bool apply(const QString &mode = {});
QPalette darkPalette();

} // namespace herald::Appearance
