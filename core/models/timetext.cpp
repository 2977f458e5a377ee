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
    // The locale's short date and time, without seconds (the C locale's short time has them).
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    clock.remove(QStringLiteral(":ss"));
    return locale.toString(time.toTimeZone(zone), locale.dateFormat(QLocale::ShortFormat) + u' ' + clock);
}

QString TimeText::longText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace herald
