#pragma once

#include "campaignreport.h"

class QIODevice;

namespace herald {

// Side-by-side figures: several campaigns (each by its newest live run), or every run of
// one campaign. A row per run and channel, from the same CampaignReport the Report tab
// draws, so the two never disagree.
struct Comparison
{
    struct Row
    {
        Id campaignId = 0;
        QString shortId, name;
        Id runId = 0;
        RunKind runKind = RunKind::Live;
        QDateTime started, finished;
        ChannelKind kind = ChannelKind::Email;
        qint64 queued = 0, sent = 0, delivered = 0, failed = 0, optedOut = 0, replied = 0;
        qint64 answered = 0;           // phone: Answered or Completed; 0 for other channels
        qint64 segments = 0;           // SMS cost: the frozen text's segments for each message sent
        double sentPerMinute = 0;      // while it sent: messages reaching Sent over the minutes it took
        qint64 secondsToComplete = -1; // start to finish; -1 while it has not finished
        QString configuration;         // run-vs-run: the frozen configuration's summary
        // The run's conversion by its goal's metric and the goal's target (0..1), on every
        // channel row of the run; empty without a goal Herald can count.
        std::optional<double> conversion, target;

        // Of the messages queued, 0..1.
        double rate(qint64 part) const { return queued > 0 ? double(part) / double(queued) : 0.0; }
    };

    // What each figure is called, in column order (CSV, table, chart).
    static QStringList columns();
    // The row's figures as text, in columns() order (rates as percentages with one decimal).
    static QStringList cells(const Row &row);

    // Each campaign by its newest live run (else its newest run); campaigns that never ran
    // are named in `skipped` (in the user interface's language).
    static Result<QList<Row>> campaigns(const Database &db, Id tenantId, const User &user, const QList<Id> &campaignIds,
                                        QStringList *skipped = nullptr);
    // Every run of one campaign, oldest first, each with its frozen configuration.
    static Result<QList<Row>> runs(const Database &db, Id tenantId, const User &user, Id campaignId);

    // RFC 4180, formula-safe, optionally with a byte-order mark; returns the rows written.
    static Result<qint64> writeCsv(const QList<Row> &rows, QIODevice &out, bool bom = false);
};

} // namespace herald
