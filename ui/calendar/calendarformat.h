#pragma once

#include "schedule/calendar.h"

#include <QColor>
#include <QCoreApplication>

namespace herald {

// How the calendar and the run dialog put entries and forecasts into words and colours.
class CalendarFormat final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFormat)

public:
    // "09:00" in `zone`.
    static QString localTime(const QDateTime &t, const QTimeZone &zone);
    // "Mon 23 Nov 09:00" in `zone`.
    static QString dateTime(const QDateTime &t, const QTimeZone &zone);
    // "09:00–09:40", or "09:00 – Tue 10:00" when it ends another day.
    static QString span(const CalendarEntry &entry, const QTimeZone &zone);
    static QString channels(const QList<ChannelKind> &kinds);
    // "Planned launch", "Live run", "Test run", "Run that could not start", "Missed launch".
    static QString what(const CalendarEntry &entry);
    static QColor color(const CalendarEntry &entry);
    // Name, what, status, channels, launch type, times and description, as rich text.
    static QString details(const CalendarEntry &entry, const QTimeZone &zone);
    // One line per channel: "SMS: 1,547 messages, done Mon 23 Nov 16:00 (100/s, rate limit); waits
    // for quiet hours".
    static QString forecastLine(const Forecast::Channel &channel, const QTimeZone &zone);
    // The forecast of a live run of `campaign` started at `start` (of the channels in `only`),
    // a line per channel, times in the tenant's zone; or why there is none.
    static QStringList forecastLines(const Database &db, Id tenantId, const Campaign &campaign, const QDateTime &start,
                                     const ChannelSet &only = {});
};

} // namespace herald
