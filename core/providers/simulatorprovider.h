#pragma once

#include "provider.h"

#include <QFile>

#include <functional>

namespace herald {

// A provider that sends nothing and behaves like one: every outcome is decided from a
// seed and the message id, so the same run always ends the same way. Settings (JSON):
//   {"seed": 7,
//    "mix": {"accepted": 90, "deferred": 3, "rejected": 3, "unreachable": 2,
//            "no_report": 1, "opt_out_reply": 1},       // percentages
//    "latency_ms": 0, "report_delay_ms": 0, "window": 100,
//    "retry_delay_secs": 1,
//    "record_file": "/path"}   // appends "run,channel,contact" for every accepted message
// Outcomes by kind: email accepted -> Delivered; SMS-like accepted -> Sent then a
// Delivered report (none for no_report; an opt-out reply is a STOP from the recipient);
// phone accepted -> Ringing, Answered, Completed; no_report -> No Answer; deferred ->
// Busy for phone, Retrying otherwise; rejected -> Failed; unreachable -> Retrying.
class SimulatorProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorProvider)

public:
    struct Mix
    {
        int accepted = 90;
        int deferred = 3;
        int rejected = 3;
        int unreachable = 2;
        int noReport = 1;
        int optOutReply = 1;
    };

    explicit SimulatorProvider(ChannelKind kind, const QString &settingsJson = {}, QObject *parent = nullptr);

    void send(const QList<OutgoingMessage> &messages) override;
    int window() const override { return m_window; }
    int retryDelaySecs(int attempt) const override { return m_retryDelaySecs * (attempt - 1); }

    enum class Fate { Accepted, Deferred, Rejected, Unreachable, NoReport, OptOutReply };
    // The fate of a message's attempt: a pure function of seed, message id and attempt.
    Fate fateOf(Id messageId, int attempt) const;

private:
    void deliver(const QList<OutgoingMessage> &messages);
    void record(const OutgoingMessage &message);
    void later(int delayMs, std::function<void()> f);

    ChannelKind m_kind;
    quint32 m_seed = 7;
    Mix m_mix;
    int m_latencyMs = 0;
    int m_reportDelayMs = 0;
    int m_window = 100;
    int m_retryDelaySecs = 1;
    QFile m_record;
};

} // namespace herald
