#include "forecast.h"

#include "audience/campaignaudience.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace herald {

namespace {

// A recipient zone's messages still to send, in the model's fluid terms.
struct ZoneLeft
{
    QTimeZone zone;
    double left = 0;
};

QDateTime nextMidnight(const QDateTime &t, const QTimeZone &zone)
{
    return QDateTime(t.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone).toUTC();
}

} // namespace

double Forecast::assumedPerSecond(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return 20;
    case ChannelKind::Phone:
        return 2;
    default:
        return 10;
    }
}

Forecast::Channel Forecast::simulate(const Plan &plan, const QDateTime &start, const QTimeZone &tenantZone)
{
    Channel out;
    out.kind = plan.kind;
    out.start = start.toUTC();
    out.finish = out.start;
    out.perSecond = plan.perSecond;
    out.poolId = plan.poolId;
    out.dailyCapacity = plan.dailyCapacity;
    QList<ZoneLeft> zones;
    double total = 0;
    for (const auto &[name, n] : plan.recipientsByZone) {
        const QTimeZone zone = name.isEmpty() ? tenantZone : QTimeZone(name.toUtf8());
        zones.append({zone.isValid() ? zone : tenantZone, double(n)});
        total += double(n);
        out.messages += n;
    }
    if (out.messages == 0 || plan.perSecond <= 0)
        return out;

    const double rate = plan.perSecond;
    const bool capped = plan.dailyCapacity > 0;
    QDateTime t = out.start;
    double usedOnDay = double(plan.usedToday);
    // Each round moves to the next event: a window opening or closing, a midnight, or the
    // moment everything open is sent. Bounded: a year of daily events is far below it.
    for (int round = 0; round < 100000 && total >= 0.5; ++round) {
        const QDateTime midnight = nextMidnight(t, tenantZone);
        QDateTime next = midnight;
        double open = 0;
        for (const ZoneLeft &z : std::as_const(zones)) {
            if (z.left <= 0)
                continue;
            if (plan.window.isOpen(t, z.zone))
                open += z.left;
            const QDateTime change = plan.window.nextChange(t, z.zone);
            if (change.isValid() && change < next)
                next = change;
        }
        const double capLeft =
            capped ? std::max(0.0, double(plan.dailyCapacity) - usedOnDay) : std::numeric_limits<double>::infinity();
        if (open <= 0 || capLeft <= 0) {
            (open <= 0 ? out.waitsForWindow : out.waitsForCap) = true;
            if (next == midnight)
                usedOnDay = 0;
            t = next;
            continue;
        }
        const double span = double(t.msecsTo(next)) / 1000.0;
        const double sent = std::min({open, capLeft, rate * span});
        for (ZoneLeft &z : zones)
            if (z.left > 0 && plan.window.isOpen(t, z.zone))
                z.left -= sent * z.left / open; // open zones drain together, as the queue interleaves them
        total -= sent;
        usedOnDay += sent;
        out.perDay[t.toTimeZone(tenantZone).date()] += qint64(std::llround(sent));
        if (sent >= rate * span) {
            if (next == midnight)
                usedOnDay = 0;
            t = next;
        } else {
            t = t.addMSecs(qint64(std::ceil(sent / rate * 1000.0)));
        }
    }
    out.finish = t;
    return out;
}

Result<std::optional<Forecast::MeasuredPace>> Forecast::measuredPace(const Database &db, Id tenantId, ChannelKind kind)
{
    // The runs whose channel of this kind ended last, newest first; those that sent it
    // with a rate limit are passed over: they measured their limit, not the provider.
    RunRepository runs(db, tenantId);
    auto ended = runs.lastEnded(kind, 10);
    if (!ended)
        return ended.error();
    for (Id id : std::as_const(*ended)) {
        auto run = runs.get(id);
        if (!run)
            return run.error();
        const QJsonArray channels = QJsonDocument::fromJson(run->configuration.toUtf8())
                                        .object()
                                        .value(QLatin1StringView("frozen_channels"))
                                        .toArray();
        const bool unthrottled = std::any_of(channels.begin(), channels.end(), [&](const QJsonValue &ch) {
            return ch[QLatin1StringView("kind")].toString() == nameOf(kind)
                   && ch[QLatin1StringView("rate_per_minute")].toInt() == 0;
        });
        const auto channel = std::find_if(run->channels.cbegin(), run->channels.cend(),
                                          [&](const RunChannel &c) { return c.kind == kind; });
        if (!unthrottled || channel == run->channels.cend() || !channel->finishedAt.isValid())
            continue;
        auto sending = runs.sending(run->id, kind);
        if (!sending)
            return sending.error();
        if (*sending)
            if (const std::optional<double> perSecond = (*sending)->perSecond())
                return std::optional(MeasuredPace{*perSecond, run->id, channel->finishedAt});
    }
    return std::optional<MeasuredPace>();
}

Result<QList<Forecast::Channel>> Forecast::campaign(const Database &db, Id tenantId, const Campaign &c,
                                                    const QDateTime &start, Measured *measured)
{
    Measured own;
    Measured &paces = measured ? *measured : own;
    auto tenant = TenantRepository(db).byId(tenantId);
    if (!tenant)
        return tenant.error();
    QTimeZone tenantZone(tenant->timeZone.toUtf8());
    if (!tenantZone.isValid())
        tenantZone = QTimeZone::utc();
    const QString today = start.toTimeZone(tenantZone).date().toString(Qt::ISODate);
    SenderRepository senders(db, tenantId);
    AudienceQuery audience(db, tenantId);
    QList<Channel> out;
    for (const CampaignChannel &ch : c.channels) {
        Plan plan;
        plan.kind = ch.kind;
        if (c.contactListId || !c.sendToSegments.isEmpty()) {
            auto spec = campaignAudienceSpec(db, tenantId, c, ch.kind);
            if (!spec)
                return spec.error();
            auto byZone = audience.countByZone(*spec);
            if (!byZone)
                return byZone.error();
            plan.recipientsByZone = *byZone;
        }
        if (auto window = SendWindow::parse(ch.sendWindow, ch.kind))
            plan.window = *window;
        // A rate limit sets the pace unless an unthrottled run measured the provider slower.
        if (!paces.contains(ch.kind)) {
            auto pace = measuredPace(db, tenantId, ch.kind);
            if (!pace)
                return pace.error();
            paces.insert(ch.kind, *pace);
        }
        const std::optional<MeasuredPace> provider = paces.value(ch.kind);
        Pace pace = Pace::RateLimit;
        plan.perSecond = ch.ratePerMinute / 60.0;
        if (ch.ratePerMinute <= 0 || (provider && provider->perSecond < plan.perSecond)) {
            pace = provider ? Pace::Measured : Pace::Assumed;
            plan.perSecond = provider ? provider->perSecond : assumedPerSecond(ch.kind);
        }
        if (ch.senderId) {
            auto sender = senders.sender(*ch.senderId);
            if (sender && sender->numberPoolId) {
                plan.poolId = sender->numberPoolId;
                auto numbers = senders.numbers(*sender->numberPoolId);
                if (!numbers)
                    return numbers.error();
                bool unlimited = false;
                for (const PhoneNumber &n : std::as_const(*numbers)) {
                    if (n.state != PhoneNumber::State::Active)
                        continue;
                    unlimited = unlimited || n.dailyCap == 0;
                    plan.dailyCapacity += n.dailyCap;
                    plan.usedToday += std::min(n.usesOn(today), n.dailyCap);
                }
                if (unlimited)
                    plan.dailyCapacity = plan.usedToday = 0;
            }
        }
        Channel forecast = simulate(plan, start, tenantZone);
        forecast.pace = pace;
        if (pace == Pace::Measured) {
            forecast.measuredOnRun = provider->runId;
            forecast.measuredAt = provider->at;
        }
        out.append(forecast);
    }
    return out;
}

} // namespace herald
