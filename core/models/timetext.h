#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace herald {

// The two ways a view writes a moment, both from the user's locale: short in tables, lists
// and lines ("4 Dec 2026 15:08", "12/4/26 3:08 PM"), long where a person reads one
// closely (tooltips, report headings: "Friday, 4 December 2026 15:08:03 UTC"). Empty
// for an invalid time. Files and JSON keep ISO 8601; only what people read uses these.
class TimeText final
{
public:
    // The zone people read times in: the window's tenant's (MainWindow sets it when a
    // tenant is chosen; the machine's until then). GUI thread only.
    static void setDisplayZone(const QTimeZone &zone);
    static QTimeZone displayZone();
    static QString shortText(const QDateTime &time); // in the display zone
    static QString shortText(const QDateTime &time, const QTimeZone &zone);
    static QString longText(const QDateTime &time);
    // The locale's short time of day without seconds ("15:08", "3:08 PM"), as a format.
    static QString clockFormat();
};

} // namespace herald
