#pragma once

#include "providers/provider.h"
#include "sipagent.h"
#include "sipsettings.h"

#include <QDateTime>
#include <QHash>
#include <QQueue>
#include <QTimer>

namespace herald {

class CallAudio;

// Phone calls through a SIP trunk (SipAgent): each message's script is spoken (CallAudio)
// and played to the callee once answered. At most max_calls at once and calls_per_minute.
// Signalling drives the states: 180/183 -> Ringing; 200 -> Answered; the message played
// (or the callee hanging up) -> Completed; 486/600 -> Busy; ring timeout, 480, 408 -> No
// Answer; 603 declined, 404/484 invalid number and other answers -> Failed with the reason;
// no answer from the trunk, a transport error or 503 before it rang -> Retrying. A key
// the callee presses arrives as an inbound phone message whose text is the key.
class SipProvider final : public Provider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipProvider)

public:
    explicit SipProvider(const SipSettings &settings, QObject *parent = nullptr);
    ~SipProvider() override;

    void send(const QList<OutgoingMessage> &messages) override;
    void cancel(Id messageId) override;
    int window() const override { return m_settings.maxCalls; }
    void probe() override;
    Status startListening() override;

private:
    struct Active
    {
        OutgoingMessage message;
        bool rang = false;
        bool answered = false;
    };
    void pump();
    void dial(const OutgoingMessage &message, const QByteArray &pcm);
    void ended(quint64 id, const SipAgent::Ending &ending);
    void outcome(Id messageId, MessageStatus to, const QString &reason = {});

    SipSettings m_settings;
    SipAgent *m_agent = nullptr;
    CallAudio *m_audio = nullptr;
    QQueue<OutgoingMessage> m_queue;
    QHash<Id, Active> m_calls;      // speaking or in a call
    QList<QDateTime> m_started;     // calls started in the last minute
    QTimer m_pace;
};

} // namespace herald
