#pragma once

// Shared by the main window's sources only: the destinations the navigation sidebar and
// the Go menu offer.

#include "mainwindow.h"

#include <span>

namespace herald::mainwindow {

struct NavEntry
{
    MainWindow::Destination destination;
    const char *title;
    const char *objectName;
    const char *icon; // a freedesktop icon name (ui/common/icons.h)
};

// In the order the sidebar lists them; the titles are marked for translation in MainWindow's context.
std::span<const NavEntry> navEntries();

} // namespace herald::mainwindow
