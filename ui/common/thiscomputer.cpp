#include "thiscomputer.h"

#include <QSettings>

namespace herald::ThisComputer {

QString chosen(QLatin1StringView key)
{
    return QSettings().value(key).toString();
}

void choose(QLatin1StringView key, const QString &value)
{
    QSettings settings;
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace herald::ThisComputer
