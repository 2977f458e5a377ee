#pragma once

#include <QList>
#include <QString>

namespace herald {

// The language of the window: the system's, or the one chosen in Settings → This
// computer (kept in QSettings, so it follows the person on this computer, not the
// workspace). Herald's own translations are built in (:/i18n); Qt's (standard buttons,
// file dialogs) come from the system's qt6-translations-l10n.
namespace Language {

struct Choice
{
    QString code; // "de", "fr", "es", "en"
    QString name; // in its own language: "Deutsch"
};

// The languages Herald speaks, English first.
QList<Choice> available();
// The chosen language's code, or empty for the system's.
QString chosen();
void choose(const QString &code);
// Installs the translators for `code` (empty: the chosen one, else the system's) and sets
// the default QLocale to it, so dates and numbers follow. Call once, before any window.
// Returns the language in effect ("en" when Herald has no translation for the system's).
QString install(const QString &code = {});
// Whether `code` is one of available() ("de", "fr", …).
bool isAvailable(const QString &code);

} // namespace Language

} // namespace herald
