// RRULE input on any text: refused with a reason, or every next occurrence is after the
// instant asked about.
#include "fuzzsupport.h"
#include "schedule/recurrence.h"

#include <QTimeZone>

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString rrule = QString::fromUtf8(fuzz::bytes(data, size)).left(512);
    if (!Recurrence::validate(rrule))
        return 0;
    const QDateTime first(QDate(2026, 3, 28), QTime(9, 0), QTimeZone("Europe/London"));
    QDateTime after = first.addSecs(-1);
    for (int i = 0; i < 5; ++i) {
        auto next = Recurrence::next(rrule, first, QTimeZone("Europe/London"), after);
        if (!next)
            return 0;
        HERALD_FUZZ_CHECK(*next > after, rrule + u": " + next->toString(Qt::ISODate) + u" after " + after.toString(Qt::ISODate));
        after = *next;
    }
    return 0;
}
