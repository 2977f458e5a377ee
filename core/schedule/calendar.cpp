#include "calendar.h"

#include "lifecycle/campaignservice.h"
#include "recurrence.h"
#include "scheduler.h"
#include "storage/missedlaunchrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QLocale>

#include <algorithm>

namespace herald {

namespace {

QString when(const QDateTime &t, const QTimeZone &zone)
{
    return QLocale::c().toString(t.toTimeZone(zone), QStringLiteral("ddd d MMM HH:mm"));
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString named(const CalendarEntry &e)
{
    return e.name + u" (" + e.shortId + u')';
}

// The forecast of one occurrence moved to another: the same pace and waits, later. A
// recurring campaign launches at the same wall-clock time each time, so its quiet hours
// fall alike; the audience is today's either way.
QList<Forecast::Channel> movedTo(QList<Forecast::Channel> forecast, const QDateTime &start, const QTimeZone &zone)
{
    for (Forecast::Channel &ch : forecast) {
        const qint64 secs = ch.start.secsTo(start);
        const qint64 days = ch.start.toTimeZone(zone).date().daysTo(start.toTimeZone(zone).date());
        ch.start = ch.start.addSecs(secs);
        ch.finish = ch.finish.addSecs(secs);
        QMap<QDate, qint64> perDay;
        for (auto it = ch.perDay.cbegin(); it != ch.perDay.cend(); ++it)
            perDay.insert(it.key().addDays(days), it.value());
        ch.perDay = perDay;
    }
    return forecast;
}

CalendarEntry entryOf(const CampaignOverview &o)
{
    CalendarEntry e;
    e.campaignId = o.campaign.id;
    e.shortId = o.campaign.shortId;
    e.name = o.campaign.name;
    e.description = o.campaign.description;
    e.status = o.status;
    e.launchType = o.campaign.launchType;
    for (const CampaignChannel &ch : o.campaign.channels)
        e.channels.append(ch.kind);
    return e;
}

// Two armed launches of a tenant sending the same kind at the same time: the second
// would be refused at launch ("only one SMS channel of a tenant runs at a time").
void warnOverlaps(CalendarData &data)
{
    for (int i = 0; i < data.entries.size(); ++i) {
        const CalendarEntry &a = data.entries.at(i);
        if (a.kind != CalendarEntry::Kind::Scheduled)
            continue;
        for (int j = i + 1; j < data.entries.size(); ++j) {
            const CalendarEntry &b = data.entries.at(j);
            if (b.kind != CalendarEntry::Kind::Scheduled)
                continue;
            for (const Forecast::Channel &fa : a.forecast)
                for (const Forecast::Channel &fb : b.forecast) {
                    // Even an empty send holds its channel for a moment.
                    const QDateTime aEnd = std::max(fa.finish, fa.start.addSecs(60));
                    const QDateTime bEnd = std::max(fb.finish, fb.start.addSecs(60));
                    if (fa.kind != fb.kind || !(fa.start < bEnd && fb.start < aEnd))
                        continue;
                    const QDateTime later = std::max(fa.start, fb.start);
                    const CalendarEntry &second = fb.start >= fa.start ? b : a;
                    const Text message =
                        a.campaignId == b.campaignId
                            ? Text::tr("Two launches of %1 would both send %2 at %3: only one %2 channel of a tenant "
                                       "runs at a time, so the launch of %4 would be refused. Move one of them, or "
                                       "lower the audience or raise the rate so the first finishes sooner.")
                                  .arg(named(a), displayText(fa.kind), when(later, data.zone), named(second))
                            : Text::tr("%1 and %2 would both send %3 at %4: only one %3 channel of a tenant runs at a "
                                       "time, so the launch of %5 would be refused. Move one of them, or lower the "
                                       "audience or raise the rate so the first finishes sooner.")
                                  .arg(named(a), named(b), displayText(fa.kind), when(later, data.zone), named(second));
                    data.warnings.append({CalendarWarning::Kind::Overlap, later, {i, j}, message});
                }
        }
    }
}

// Launches that need more from a number pool on a day than its numbers' daily caps give:
// the rest waits for the next day.
void warnPoolCaps(CalendarData &data, const QHash<Id, QString> &poolNames)
{
    struct Need
    {
        qint64 messages = 0;
        qint64 capacity = 0;
        QList<int> entries;
    };
    QMap<std::pair<Id, QDate>, Need> needs;
    for (int i = 0; i < data.entries.size(); ++i) {
        const CalendarEntry &e = data.entries.at(i);
        if (e.kind != CalendarEntry::Kind::Scheduled)
            continue;
        for (const Forecast::Channel &ch : e.forecast) {
            if (!ch.poolId || ch.dailyCapacity <= 0)
                continue;
            for (auto it = ch.perDay.cbegin(); it != ch.perDay.cend(); ++it) {
                Need &n = needs[{*ch.poolId, it.key()}];
                n.messages += it.value();
                n.capacity = ch.dailyCapacity;
                if (!n.entries.contains(i))
                    n.entries.append(i);
            }
            if (ch.waitsForCap && ch.perDay.size() > 1) {
                data.warnings.append(
                    {CalendarWarning::Kind::PoolCap,
                     ch.start,
                     {i},
                     Text::tr("%1 needs %n day(s) to send its %2 %3 messages: the numbers of pool '%4' may send %5 a "
                              "day together. Add numbers to the pool or raise their daily caps.",
                              nullptr, int(ch.perDay.size()))
                         .arg(named(e), number(ch.messages), displayText(ch.kind), poolNames.value(*ch.poolId),
                              number(ch.dailyCapacity))});
            }
        }
    }
    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        if (it->entries.size() < 2 || it->messages <= it->capacity)
            continue;
        QStringList names;
        for (int i : it->entries)
            names << named(data.entries.at(i));
        const QDateTime day(it.key().second, QTime(0, 0), data.zone);
        data.warnings.append(
            {CalendarWarning::Kind::PoolCap, day.toUTC(), it->entries,
             Text::tr("%1 would together need %2 messages from pool '%3' on %4, more than the %5 its numbers' daily "
                      "caps allow: the rest waits for the next day. Move one launch, add numbers or raise their caps.")
                 .arg(names.join(QStringLiteral(", ")), number(it->messages), poolNames.value(it.key().first),
                      QLocale::c().toString(it.key().second, QStringLiteral("ddd d MMM")), number(it->capacity))});
    }
}

} // namespace

Result<CalendarData> Calendar::build(const Database &db, Id tenantId, const User &user, const QDateTime &from,
                                     const QDateTime &to, const QDateTime &now)
{
    CalendarData data;
    auto tenant = TenantRepository(db).byId(tenantId);
    if (!tenant)
        return tenant.error();
    data.zone = QTimeZone(tenant->timeZone.toUtf8());
    if (!data.zone.isValid())
        data.zone = QTimeZone::utc();

    CampaignService service(db, tenantId, user);
    auto campaigns = service.list({});
    if (!campaigns)
        return campaigns.error();
    QHash<Id, const CampaignOverview *> byId;
    for (const CampaignOverview &o : std::as_const(*campaigns))
        byId.insert(o.campaign.id, &o);

    auto runs = RunRepository(db, tenantId).between(from, to);
    if (!runs)
        return runs.error();
    for (const Run &r : std::as_const(*runs)) {
        const CampaignOverview *o = byId.value(r.campaignId);
        if (!o)
            continue;
        CalendarEntry e = entryOf(*o);
        e.kind = CalendarEntry::Kind::Run;
        e.runId = r.id;
        e.runKind = r.kind;
        e.failedToStart = r.failedToStart();
        e.launchType = r.trigger;
        e.channels.clear();
        for (const RunChannel &ch : r.channels)
            e.channels.append(ch.kind);
        e.start = r.createdAt;
        e.end = r.finishedAt.isValid() ? r.finishedAt : std::max(now, r.createdAt);
        data.entries.append(e);
    }

    auto missed = MissedLaunchRepository(db, tenantId).pending();
    if (!missed)
        return missed.error();
    for (const MissedLaunch &m : std::as_const(*missed)) {
        const CampaignOverview *o = byId.value(m.campaignId);
        if (!o || m.dueAt < from || m.dueAt >= to)
            continue;
        CalendarEntry e = entryOf(*o);
        e.kind = CalendarEntry::Kind::Missed;
        e.alertId = m.id;
        e.start = e.end = m.dueAt;
        data.entries.append(e);
    }

    // Armed launches from now on (a launch up to the scheduler's grace late still goes).
    const QDateTime earliest = std::max(from, now.addSecs(-Scheduler::kGraceSecs));
    Forecast::Measured measured; // each kind's provider pace, read once for every launch
    for (const CampaignOverview &o : std::as_const(*campaigns)) {
        const Campaign &c = o.campaign;
        if (!c.schedulePending || c.archived || o.status == CampaignStatus::Draft)
            continue;
        auto last = Scheduler::lastLaunch(db, tenantId, c.id);
        if (!last)
            return last.error();
        auto due = Scheduler::pendingLaunch(c, *last);
        if (!due)
            return due.error();
        QList<QDateTime> occurrences;
        for (std::optional<QDateTime> t = *due; t && *t < to && occurrences.size() < kMaxOccurrences;) {
            if (*t >= earliest)
                occurrences.append(*t);
            if (c.launchType != LaunchType::Recurring)
                break;
            auto next = Recurrence::next(c.recurrence, c.sendAt, QTimeZone(c.timeZone.toUtf8()), *t);
            if (!next)
                return next.error();
            t = next->isValid() && *next > *t ? std::optional(*next) : std::nullopt;
        }
        QList<Forecast::Channel> first;
        for (const QDateTime &t : std::as_const(occurrences)) {
            CalendarEntry e = entryOf(o);
            e.kind = CalendarEntry::Kind::Scheduled;
            e.start = t;
            if (first.isEmpty()) {
                auto forecast = Forecast::campaign(db, tenantId, c, t, &measured);
                if (!forecast)
                    return forecast.error();
                first = *forecast;
            }
            e.forecast = movedTo(first, t, data.zone);
            e.end = t;
            for (const Forecast::Channel &ch : std::as_const(e.forecast))
                e.end = std::max(e.end, ch.finish);
            data.entries.append(e);
        }
    }
    std::stable_sort(data.entries.begin(), data.entries.end(),
                     [](const CalendarEntry &a, const CalendarEntry &b) { return a.start < b.start; });

    QHash<Id, QString> poolNames;
    if (auto pools = SenderRepository(db, tenantId).pools())
        for (const NumberPool &p : std::as_const(*pools))
            poolNames.insert(p.id, p.name);
    warnOverlaps(data);
    warnPoolCaps(data, poolNames);
    std::stable_sort(data.warnings.begin(), data.warnings.end(),
                     [](const CalendarWarning &a, const CalendarWarning &b) { return a.at < b.at; });
    return data;
}

} // namespace herald
