#include "recurrence.h"

#include <libical/ical.h>

namespace herald {

namespace {
constexpr int kMaxOccurrences = 200000; // about 550 years of daily launches

Result<icalrecurrencetype> parseRule(const QString &rrule)
{
    const QByteArray text = rrule.trimmed().toUtf8();
    if (text.isEmpty())
        return Error::usage(Text::tr("a recurring launch needs a recurrence rule such as FREQ=WEEKLY;BYDAY=MO"));
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return Error::usage(
            Text::tr("recurrence rule '%1' is not a valid RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO)").arg(rrule));
    }
    return rule;
}
} // namespace

Status Recurrence::validate(const QString &rrule)
{
    auto rule = parseRule(rrule);
    if (!rule)
        return rule.error();
    return {};
}

Result<QDateTime> Recurrence::next(const QString &rrule, const QDateTime &first, const QTimeZone &zone,
                                   const QDateTime &after)
{
    auto rule = parseRule(rrule);
    if (!rule)
        return rule.error();
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = first.toTimeZone(z);
    icaltimetype start = icaltime_null_time();
    start.year = local.date().year();
    start.month = local.date().month();
    start.day = local.date().day();
    start.hour = local.time().hour();
    start.minute = local.time().minute();
    start.second = local.time().second();
    start.is_date = 0; // floating wall-clock time: the zone is applied below
    icalrecur_iterator *it = icalrecur_iterator_new(*rule, start);
    if (!it)
        return Error::usage(Text::tr("recurrence rule '%1' cannot be expanded").arg(rrule));
    std::optional<QDateTime> found;
    for (int i = 0; i < kMaxOccurrences; ++i) {
        const icaltimetype t = icalrecur_iterator_next(it);
        if (icaltime_is_null_time(t))
            break;
        const QDateTime occurrence(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), z);
        if (occurrence > after) {
            found = occurrence.toUTC();
            break;
        }
    }
    icalrecur_iterator_free(it);
    if (!found)
        return Error::notFound(Text::tr("recurrence rule '%1' has no launch after %2")
                                   .arg(rrule, after.toUTC().toString(Qt::ISODate)));
    return *found;
}

} // namespace herald
