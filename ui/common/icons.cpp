#include "icons.h"

#include "tones.h"

namespace herald::Icons {

void setUp()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(QStringLiteral(":/icons")))
        QIcon::setThemeSearchPaths(paths << QStringLiteral(":/icons"));
    const QString builtIn = Tones::isDark() ? QStringLiteral("herald-breeze-dark") : QStringLiteral("herald-breeze");
    QIcon::setFallbackThemeName(builtIn);
    // Without a desktop theme (a bare window manager, offscreen) the built-in one is the theme.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(builtIn);
}

QIcon named(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name));
}

} // namespace herald::Icons
