#pragma once

#include "domain/campaign.h"
#include "schedule/sendwindow.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace herald {

// When each channel of a run will finish, estimated before it starts: the audience per
// recipient time zone drains at the channel's pace (its rate limit, else the provider
// throughput measured on earlier runs) while that zone's send window is open, and no
// faster than the number pool's daily caps allow. A fluid model, event by event: window
// openings and closings, and midnights in the tenant's zone.
class Forecast final
{
public:
    // What the model needs to know about one channel.
    struct Plan
    {
        ChannelKind kind = ChannelKind::Email;
        QList<std::pair<QString, qint64>> recipientsByZone; // "" is the tenant's zone
        double perSecond = 0;                               // the pace while anything may be sent
        SendWindow window = SendWindow::always();
        std::optional<Id> poolId;
        qint64 dailyCapacity = 0; // the pool's active numbers' caps together; 0: no cap
        qint64 usedToday = 0;     // of that capacity, used already on the day the run starts
    };

    // Why a channel goes at the pace it does.
    enum class Pace
    {
        RateLimit,
        Measured,
        Assumed
    };

    struct Channel
    {
        ChannelKind kind = ChannelKind::Email;
        qint64 messages = 0;
        QDateTime start, finish; // UTC; finish == start when there is nothing to send
        double perSecond = 0;
        Pace pace = Pace::Assumed;
        std::optional<Id> measuredOnRun; // Pace::Measured: the run that measured it
        QDateTime measuredAt;            // ... and when that run's channel ended
        bool waitsForWindow = false;     // quiet hours hold part of the audience back
        bool waitsForCap = false;        // the pool's daily caps push part of it to a later day
        std::optional<Id> poolId;
        qint64 dailyCapacity = 0;   // the pool's, as planned with; 0: no cap
        QMap<QDate, qint64> perDay; // messages per day in the tenant's zone
    };

    // The model alone: `plan` starting at `start`, days counted in `tenantZone`.
    static Channel simulate(const Plan &plan, const QDateTime &start, const QTimeZone &tenantZone);

    // A provider's pace as a run measured it: messages per second while that run channel
    // was sending (idle time left out: RunRepository::measureSending).
    struct MeasuredPace
    {
        double perSecond = 0;
        Id runId = 0;
        QDateTime at; // when the run channel ended
    };
    // Provider paces already measured (measuredPace), per channel kind: forecasts of
    // several campaigns share one so each kind's recent runs are read once.
    using Measured = QHash<ChannelKind, std::optional<MeasuredPace>>;

    // Each channel of a live run of `campaign` started at `start`, from the workspace: its
    // audience now, rate limits, windows, pool caps and measured provider throughput.
    static Result<QList<Channel>> campaign(const Database &db, Id tenantId, const Campaign &campaign,
                                           const QDateTime &start, Measured *measured = nullptr);

    // The pace the tenant's provider of `kind` reached on the newest ended run channel that
    // had no rate limit and sent enough to say; empty when no recent run has measured it.
    static Result<std::optional<MeasuredPace>> measuredPace(const Database &db, Id tenantId, ChannelKind kind);

    // The pace assumed for a provider no run has measured yet.
    static double assumedPerSecond(ChannelKind kind);
};

} // namespace herald
