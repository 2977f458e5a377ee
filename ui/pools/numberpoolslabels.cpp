#include "numberpoolslabels.h"

#include "models/timetext.h"
#include "numberpoolspage.h"

#include <QDateTime>
#include <QLocale>

namespace herald::numberpools {

QString rotationLabel(const QString &rotation)
{
    if (rotation == u"least-used")
        return NumberPoolsPage::tr("Least used today");
    if (rotation == u"sticky")
        return NumberPoolsPage::tr("Sticky: a contact keeps their number");
    if (rotation == u"local-presence")
        return NumberPoolsPage::tr("Local presence: same area code");
    return NumberPoolsPage::tr("Round-robin");
}

QString stateLabel(PhoneNumber::State s)
{
    switch (s) {
    case PhoneNumber::State::Active:
        return NumberPoolsPage::tr("Active");
    case PhoneNumber::State::Paused:
        return NumberPoolsPage::tr("Paused");
    case PhoneNumber::State::Quarantined:
        return NumberPoolsPage::tr("Quarantined");
    }
    return {};
}

QString rateText(const PhoneNumber &n)
{
    const auto rate = n.successRate();
    return rate ? QLocale().toString(100.0 * *rate, 'f', 0) + u'%' : QStringLiteral("—");
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? TimeText::shortText(t) : NumberPoolsPage::tr("never");
}

} // namespace herald::numberpools
