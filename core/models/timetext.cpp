#include "timetext.h"

#include <QLocale>

namespace herald {

QString TimeText::shortText(const QDateTime &time)
{
    return shortText(time, QTimeZone::systemTimeZone());
}

QString TimeText::shortText(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    return locale.toString(time.toTimeZone(zone), locale.dateFormat(QLocale::ShortFormat) + u' ' + clockFormat());
}

QString TimeText::clockFormat()
{
    // The C locale's short time has seconds.
    return QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
}

QString TimeText::longText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace herald
