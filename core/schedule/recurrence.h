#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QTimeZone>

namespace herald {

// Recurring launches as RFC 5545 RRULEs ("FREQ=WEEKLY;BYDAY=MO"), expanded by libical in
// the campaign's wall-clock time and placed in its time zone by QTimeZone, so "every
// Monday 09:00 Europe/London" stays 09:00 across daylight-saving changes.
class Recurrence final
{
public:
    // Usage error naming the rule when libical cannot read it.
    static Status validate(const QString &rrule);
    // The first occurrence strictly after `after` of the rule whose first launch is
    // `first` (its wall-clock time in `zone` anchors the series), in UTC.
    static Result<QDateTime> next(const QString &rrule, const QDateTime &first, const QTimeZone &zone,
                                  const QDateTime &after);
};

} // namespace herald
