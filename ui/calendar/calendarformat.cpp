#include "calendarformat.h"

#include "common/tones.h"
#include "domain/labels.h"
#include "models/timetext.h"
#include "storage/tenantrepository.h"

#include <QLocale>

namespace herald {

QString CalendarFormat::localTime(const QDateTime &t, const QTimeZone &zone)
{
    return QLocale().toString(t.toTimeZone(zone), TimeText::clockFormat());
}

QString CalendarFormat::dateTime(const QDateTime &t, const QTimeZone &zone)
{
    return TimeText::shortText(t, zone);
}

QString CalendarFormat::span(const CalendarEntry &e, const QTimeZone &zone)
{
    if (e.end <= e.start)
        return localTime(e.start, zone);
    const bool sameDay = e.start.toTimeZone(zone).date() == e.end.toTimeZone(zone).date();
    return localTime(e.start, zone)
           + (sameDay ? QStringLiteral("–") + localTime(e.end, zone)
                      : QStringLiteral(" – ") + dateTime(e.end, zone));
}

QString CalendarFormat::channels(const QList<ChannelKind> &kinds)
{
    QStringList names;
    for (ChannelKind k : kinds)
        names << displayName(k);
    return names.join(QStringLiteral(", "));
}

QString CalendarFormat::what(const CalendarEntry &e)
{
    switch (e.kind) {
    case CalendarEntry::Kind::Scheduled:
        return tr("Planned launch");
    case CalendarEntry::Kind::Missed:
        return tr("Missed launch");
    case CalendarEntry::Kind::Run:
        if (e.failedToStart)
            return tr("Run that could not start");
        return e.runKind == RunKind::Test ? tr("Test run") : tr("Live run");
    }
    return {};
}

QColor CalendarFormat::color(const CalendarEntry &e)
{
    switch (e.kind) {
    case CalendarEntry::Kind::Scheduled:
        return Tones::badge(CampaignStatus::Scheduled).background;
    case CalendarEntry::Kind::Missed:
        return Tones::band(Tones::Tone::Warning);
    case CalendarEntry::Kind::Run:
        break;
    }
    if (e.failedToStart)
        return Tones::badge(CampaignStatus::Failed).background;
    if (e.runKind == RunKind::Test)
        return Tones::badge(CampaignStatus::Draft).background;
    return Tones::badge(CampaignStatus::Completed).background;
}

QString CalendarFormat::forecastLine(const Forecast::Channel &ch, const QTimeZone &zone)
{
    const QLocale locale;
    QString pace;
    switch (ch.pace) {
    case Forecast::Pace::RateLimit:
        pace = tr("%1/s, its rate limit").arg(locale.toString(ch.perSecond, 'g', 3));
        break;
    case Forecast::Pace::Measured:
        pace = tr("%1/s, as the provider sent while sending run #%2, which ended %3")
                   .arg(locale.toString(ch.perSecond, 'g', 3))
                   .arg(ch.measuredOnRun.value_or(0))
                   .arg(dateTime(ch.measuredAt, zone));
        break;
    case Forecast::Pace::Assumed:
        pace = tr("%1/s assumed: no recent run measured the provider yet").arg(locale.toString(ch.perSecond, 'g', 3));
        break;
    }
    QString line = tr("%1: %Ln message(s), done by %2 (%3)", nullptr, int(ch.messages))
                       .arg(displayName(ch.kind), dateTime(ch.finish, zone), pace);
    if (ch.messages == 0)
        line = tr("%1: nobody to send to").arg(displayName(ch.kind));
    if (ch.waitsForWindow)
        line += tr("; part waits for recipients' quiet hours to end");
    if (ch.waitsForCap)
        line += tr("; the number pool's daily caps spread it over %Ln day(s)", nullptr, int(ch.perDay.size()));
    return line;
}

QStringList CalendarFormat::forecastLines(const Database &db, Id tenantId, const Campaign &campaign,
                                          const QDateTime &start, const ChannelSet &only)
{
    auto forecast = Forecast::campaign(db, tenantId, campaign, start);
    if (!forecast)
        return {tr("No forecast: %1").arg(forecast.error().shown())};
    auto tenant = TenantRepository(db).byId(tenantId);
    const QTimeZone zone(tenant ? tenant->timeZone.toUtf8() : QByteArrayLiteral("UTC"));
    QStringList lines;
    for (const Forecast::Channel &ch : std::as_const(*forecast))
        if (only.contains(ch.kind))
            lines << forecastLine(ch, zone.isValid() ? zone : QTimeZone::utc());
    return lines;
}

QString CalendarFormat::details(const CalendarEntry &e, const QTimeZone &zone)
{
    QString html = u"<b>" + e.name.toHtmlEscaped() + u"</b> (" + e.shortId + u")<br>" + what(e) + u" \u00b7 "
                   + tr("campaign %1").arg(label(e.status)) + u"<br>";
    html += tr("Channels: %1").arg(channels(e.channels)) + u"<br>";
    html += tr("Launch: %1").arg(label(e.launchType)) + u"<br>";
    if (e.kind == CalendarEntry::Kind::Run)
        html += tr("From %1 to %2").arg(dateTime(e.start, zone), dateTime(e.end, zone));
    else if (e.kind == CalendarEntry::Kind::Missed)
        html += tr("Was due %1 while Herald was not running").arg(dateTime(e.start, zone));
    else
        html += tr("Launches %1, done by about %2").arg(dateTime(e.start, zone), dateTime(e.end, zone));
    for (const Forecast::Channel &ch : e.forecast)
        html += u"<br>" + forecastLine(ch, zone).toHtmlEscaped();
    if (!e.description.isEmpty())
        html += u"<br><i>" + e.description.toHtmlEscaped() + u"</i>";
    return html;
}

} // namespace herald
