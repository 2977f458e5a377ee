#include "sendwindow.h"

namespace herald {

Result<SendWindow> SendWindow::parse(const QString &text, ChannelKind kind)
{
    const QString t = text.trimmed();
    SendWindow w;
    if (t.isEmpty()) {
        if (kind == ChannelKind::Sms || kind == ChannelKind::Phone) {
            w.m_start = QTime(8, 0);
            w.m_end = QTime(21, 0);
        }
        return w;
    }
    if (t.compare(QLatin1StringView("none"), Qt::CaseInsensitive) == 0)
        return w;
    const QStringList parts = t.split(u'-');
    if (parts.size() == 2) {
        w.m_start = QTime::fromString(parts.at(0).trimmed(), QStringLiteral("HH:mm"));
        w.m_end = QTime::fromString(parts.at(1).trimmed(), QStringLiteral("HH:mm"));
    }
    if (!w.m_start.isValid() || !w.m_end.isValid() || w.m_start == w.m_end)
        return Error::usage(Text::tr("send window '%1' is not of the form 08:00-21:00 (or none)").arg(t));
    return w;
}

bool SendWindow::isOpen(const QDateTime &now, const QTimeZone &zone) const
{
    if (isAlways())
        return true;
    const QTime local = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).time();
    if (m_start < m_end)
        return local >= m_start && local < m_end;
    return local >= m_start || local < m_end; // wraps midnight
}

QDateTime SendWindow::nextOpening(const QDateTime &now, const QTimeZone &zone) const
{
    if (isOpen(now, zone))
        return now;
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = now.toTimeZone(z).date();
    for (int day = 0; day <= 2; ++day) {
        // A start that falls into a DST gap resolves to the first valid instant after it.
        const QDateTime opening(today.addDays(day), m_start, z);
        if (opening > now)
            return opening.toUTC();
    }
    return now;
}

QDateTime SendWindow::nextChange(const QDateTime &now, const QTimeZone &zone) const
{
    if (isAlways())
        return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = now.toTimeZone(z).date();
    QDateTime next;
    for (int day = 0; day <= 2; ++day)
        for (const QTime &t : {m_start, m_end}) {
            const QDateTime boundary(today.addDays(day), t, z);
            if (boundary > now && (!next.isValid() || boundary < next))
                next = boundary;
        }
    return next.toUTC();
}

QString SendWindow::toString() const
{
    if (isAlways())
        return QStringLiteral("none");
    return m_start.toString(QStringLiteral("HH:mm")) + u'-' + m_end.toString(QStringLiteral("HH:mm"));
}

} // namespace herald
