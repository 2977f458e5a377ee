#include "timetext.h"

#include <QLocale>

namespace herald {

namespace {
QTimeZone &zoneShown()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

void TimeText::setDisplayZone(const QTimeZone &zone)
{
    zoneShown() = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QTimeZone TimeText::displayZone()
{
    return zoneShown();
}

QString TimeText::shortText(const QDateTime &time)
{
    return shortText(time, displayZone());
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
    return time.isValid() ? QLocale().toString(time.toTimeZone(displayZone()), QLocale::LongFormat) : QString();
}

} // namespace herald
