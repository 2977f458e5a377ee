#pragma once

#include "domain/result.h"
#include "sipsettings.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace herald {

// A SIP user agent on a thread of its own, built on libre (SIP, SDP, RTP and RFC 4733
// telephone events): it places calls through the trunk's proxy, offering PCMU, PCMA and
// telephone-event; answers digest challenges (401/407); cancels a call that rings too
// long; plays the call's audio as RTP in 20 ms packets once answered; reads the keys the
// callee presses; and hangs up (BYE) when the audio and the wait for a key are over.
// Everything it learns arrives as signals in the thread that made it.
class SipAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SipAgent)

public:
    struct Call
    {
        quint64 id = 0;
        QString to;        // request URI
        QString from;      // caller ID URI (From and P-Asserted-Identity)
        QByteArray pcm;    // the message: 16-bit signed samples, 8 kHz mono, native endian
    };
    // How a call ended.
    enum class End {
        Completed,   // answered; the audio was played or the callee hung up (talkMs)
        Busy,        // 486, 600
        NoAnswer,    // rang until the timeout (CANCEL), or 480, 408
        Declined,    // 603
        InvalidNumber, // 404, 484
        Unreachable, // no answer from the trunk, a transport error or 503: before set-up
        Failed,      // any other final answer
    };
    struct Ending
    {
        End end = End::Failed;
        int sipCode = 0;  // the final answer's code, 0 when there was none
        QString reason;   // its words, or the transport error
        qint64 talkMs = 0;
    };

    explicit SipAgent(const SipSettings &settings, QObject *parent = nullptr);
    ~SipAgent() override; // ends every call (BYE, CANCEL) and stops the thread

    // Binds SIP and RTP on the local address and starts the thread; an error names the
    // address or the proxy.
    Status start();
    void dial(const Call &call);
    // OPTIONS to the proxy, answering its challenge: optionsAnswered() follows.
    void ping();

signals:
    void ringing(quint64 id);
    void answered(quint64 id);
    void keyPressed(quint64 id, QChar key);
    void ended(quint64 id, const herald::SipAgent::Ending &ending);
    void optionsAnswered(bool ok, const QString &detail);

private:
    struct Engine;
    SipSettings m_settings;
    std::unique_ptr<Engine> m_engine;
};

} // namespace herald
