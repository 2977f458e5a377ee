#pragma once

#include "domain/campaignstatus.h"
#include "domain/goal.h"
#include "lifecycle/campaignservice.h"
#include "domain/messagestatus.h"
#include "domain/run.h"
#include "domain/user.h"
#include "storage/database.h"
#include "storage/linkclickrepository.h"
#include "storage/messagerepository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QList>
#include <QMap>

#include <optional>

namespace herald {

// What a campaign report says about one run, built from the database alone: the Report
// tab draws it and the printed document carries the same content. Latency figures are
// provider diagnostics: only admin and support users get them (Action::SeeProviderDiagnostics).
struct CampaignReport
{
    struct Channel
    {
        ChannelKind kind = ChannelKind::Email;
        QMap<MessageStatus, qint64> counts; // every state that occurs
        // The funnel: every message; handed to the provider; delivered (phone: answered);
        // contacts who replied; opted out; failed or timed out.
        qint64 queued = 0, sent = 0, delivered = 0, replied = 0, optedOut = 0, failed = 0;
        // Provider answer time (Sending to Sent), milliseconds; diagnostics only.
        std::optional<double> latencyAverageMs, latencyP95Ms;
    };
    // Why messages did not get through (their failure_reason), most frequent first.
    struct Reason
    {
        ChannelKind channel = ChannelKind::Email;
        MessageStatus status = MessageStatus::Failed;
        QString reason;
        qint64 count = 0;
    };
    struct Number
    {
        Id id = 0;
        QString e164;
        qint64 attempts = 0;
        qint64 answered = 0; // calls Answered or Completed
        qint64 talked = 0;   // calls Completed after an answer
        qint64 talkMs = 0;   // their talk time together (Answered to Completed)
        // Keys callees pressed on calls from this number, by what the key means ("1: call
        // me back", "9: opt out"), in key order.
        QMap<QString, qint64> keys;
        qint64 keyOptOuts = 0; // callees who opted out with the opt-out key
        std::optional<double> averageTalkSecs() const
        {
            return talked > 0 ? std::optional(double(talkMs) / 1000.0 / double(talked)) : std::nullopt;
        }
    };
    // Messages reaching the provider (Sent) per time bucket and channel.
    struct Throughput
    {
        QDateTime start;
        int bucketSecs = 60;
        QMap<ChannelKind, QList<qint64>> perBucket;
    };

    QString tenantName;
    QTimeZone zone = QTimeZone::utc(); // the tenant's: the printed report's times are in it
    QString campaignName, shortId;
    CampaignStatus status = CampaignStatus::Draft;
    Run run;
    QList<Run> otherRuns; // the campaign's other runs, oldest first
    QString startedBy, disclaimerBy, reviewer;
    QDateTime approvedAt;
    QList<Channel> channels;
    QList<Reason> reasons; // most frequent first
    QList<Number> numbers;
    Throughput throughput;
    qint64 replies = 0;
    QList<std::pair<QDateTime, QString>> latestReplies; // newest first, at most 10
    QString configuration; // the run's frozen configuration, indented JSON
    bool diagnostics = false;

    // How the run did against the campaign's goal, by the goal's metric.
    struct Conversion
    {
        QString goal, metric; // the goal's name and its metric as written
        GoalMetric kind = GoalMetric::Other;
        QString url;          // clicks: the goal's URL ("": any tracked link)
        double target = 0;    // the goal's target rate (0.08: 8%)
        qint64 base = 0;      // contacts the run reached (calls: contacts called)
        qint64 converted = 0; // of them, those who did what the metric counts
        bool tracked = true;  // clicks: the run tracked its links
        bool counted() const { return kind != GoalMetric::Other && tracked; }
        std::optional<double> rate() const
        {
            return counted() && base > 0 ? std::optional(double(converted) / double(base)) : std::nullopt;
        }
        bool metTarget() const { return rate() && target > 0 && *rate() >= target; }
    };
    std::optional<Conversion> conversion; // empty: the campaign has no goal
    QList<LinkClickRepository::Link> links; // tracked links clicked, most clicked first
    qint64 clicks = 0;                      // every click on them

    // The report of run `runId` of the campaign, or of its newest live run (else its newest
    // run) when 0. NotFound when the campaign has never run.
    // The final states a report lists per channel, in the order people read them.
    static constexpr MessageStatus kResultStates[] = {
        MessageStatus::Delivered, MessageStatus::AssumedDelivered, MessageStatus::Sent,     MessageStatus::Answered,
        MessageStatus::Completed, MessageStatus::NoAnswer,         MessageStatus::Busy,     MessageStatus::Failed,
        MessageStatus::TimedOut,  MessageStatus::OptedOut,         MessageStatus::Cancelled};

    // kResultStates that occur on some channel: the outcome table's columns.
    QList<MessageStatus> statesThatOccur() const
    {
        QList<MessageStatus> out;
        for (MessageStatus s : kResultStates)
            for (const Channel &ch : channels)
                if (ch.counts.value(s) > 0 && !out.contains(s))
                    out.append(s);
        return out;
    }

    // The counts per state of one channel (empty when the run has none of it).
    QMap<MessageStatus, qint64> countsOf(ChannelKind kind) const
    {
        for (const Channel &ch : channels)
            if (ch.kind == kind)
                return ch.counts;
        return {};
    }

    static Result<CampaignReport> build(const Database &db, Id tenantId, const User &user, const QString &reference,
                                        Id runId = 0);
    // The same from the campaign and its runs the caller has read already.
    static Result<CampaignReport> build(const Database &db, Id tenantId, const User &user,
                                        const CampaignOverview &overview, QList<Run> runs, Id runId = 0);
};

} // namespace herald
