#pragma once

#include <QString>

// Choices a person makes for this computer only (Settings → This computer), kept in the
// user's QSettings, not the workspace: an empty choice means "as the desktop has it".
namespace herald::ThisComputer {

QString chosen(QLatin1StringView key);
void choose(QLatin1StringView key, const QString &value);

} // namespace herald::ThisComputer
