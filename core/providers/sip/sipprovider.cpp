#include "sipprovider.h"

#include "callaudio.h"

namespace herald {

SipProvider::SipProvider(const SipSettings &settings, QObject *parent)
    : Provider(parent), m_settings(settings), m_agent(new SipAgent(settings, this)),
      m_audio(new CallAudio(settings.voice, this))
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &SipProvider::pump);
    connect(m_agent, &SipAgent::ringing, this, [this](quint64 id) {
        if (auto it = m_calls.find(Id(id)); it != m_calls.end() && !it->rang) {
            it->rang = true;
            outcome(Id(id), MessageStatus::Ringing);
        }
    });
    connect(m_agent, &SipAgent::answered, this, [this](quint64 id) {
        if (auto it = m_calls.find(Id(id)); it != m_calls.end() && !it->answered) {
            it->answered = true;
            outcome(Id(id), MessageStatus::Answered);
        }
    });
    connect(m_agent, &SipAgent::keyPressed, this, [this](quint64 id, QChar key) {
        const auto it = m_calls.constFind(Id(id));
        if (it == m_calls.cend())
            return;
        const bool optOut = key == m_settings.optOutKey;
        emit inbound(InboundMessage{ChannelKind::Phone, it->message.address, it->message.from,
                                    optOut ? QString(key) : m_settings.replyFor(key),
                                    optOut ? QStringLiteral("keypress") : QString()});
    });
    connect(m_agent, &SipAgent::ended, this, &SipProvider::ended);
    connect(m_agent, &SipAgent::optionsAnswered, this, &Provider::probed);
}

SipProvider::~SipProvider() = default;

Status SipProvider::startListening()
{
    return m_agent->start(); // once started, nothing more
}

void SipProvider::probe()
{
    if (auto st = startListening(); !st) {
        emit probed(false, st.error().shown());
        return;
    }
    m_agent->ping();
}

void SipProvider::send(const QList<OutgoingMessage> &messages)
{
    for (const OutgoingMessage &m : messages)
        m_queue.enqueue(m);
    pump();
}

void SipProvider::cancel(Id messageId)
{
    m_queue.removeIf([messageId](const OutgoingMessage &m) { return m.messageId == messageId; });
}

void SipProvider::outcome(Id messageId, MessageStatus to, const QString &reason)
{
    emit outcomes({SendOutcome{messageId, to, reason, QString::number(messageId)}});
}

void SipProvider::pump()
{
    if (!m_queue.isEmpty())
        if (auto st = startListening(); !st) { // the trunk cannot be reached from here: try again later
            for (const OutgoingMessage &m : std::as_const(m_queue))
                outcome(m.messageId, MessageStatus::Retrying, st.error().message);
            m_queue.clear();
            return;
        }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_started.removeIf([&](const QDateTime &at) { return at.msecsTo(now) >= 60000; });
    while (!m_queue.isEmpty() && m_calls.size() < m_settings.maxCalls) {
        if (m_started.size() >= m_settings.callsPerMinute) {
            if (!m_pace.isActive())
                m_pace.start(int(std::max<qint64>(10, 60000 - m_started.first().msecsTo(now))));
            return;
        }
        const OutgoingMessage m = m_queue.dequeue();
        m_started.append(now);
        m_calls.insert(m.messageId, Active{m, false, false});
        const auto ready = [this, id = m.messageId](Result<QByteArray> pcm) {
            const auto it = m_calls.constFind(id);
            if (it == m_calls.cend())
                return;
            if (!pcm) {
                const OutgoingMessage failed = it->message;
                m_calls.remove(id);
                outcome(failed.messageId, MessageStatus::Failed, pcm.error().message);
                pump();
                return;
            }
            dial(it->message, *pcm);
        };
        // The script's recording when it has one, else its text spoken.
        if (!m.attachments.isEmpty())
            ready(m_audio->recording(m.attachments.first()));
        else
            m_audio->speak(m.body, ready);
    }
}

void SipProvider::dial(const OutgoingMessage &message, const QByteArray &pcm)
{
    SipAgent::Call call;
    call.id = quint64(message.messageId);
    call.to = m_settings.uriFor(message.address);
    call.from = m_settings.callerIdFor(message.from);
    call.pcm = pcm;
    m_agent->dial(call);
}

void SipProvider::ended(quint64 id, const SipAgent::Ending &ending)
{
    const auto it = m_calls.constFind(Id(id));
    if (it == m_calls.cend())
        return;
    const Active call = *it;
    m_calls.erase(it);
    using S = MessageStatus;
    using E = SipAgent::End;
    const Id m = call.message.messageId;
    switch (ending.end) {
    case E::Completed:
        outcome(m, S::Completed, ending.reason); // the talk time is Answered to Completed
        break;
    case E::Busy:
        outcome(m, S::Busy, ending.reason);
        break;
    case E::NoAnswer:
        outcome(m, S::NoAnswer, ending.reason);
        break;
    case E::Declined:
        outcome(m, S::Failed, u"declined: " + ending.reason);
        break;
    case E::InvalidNumber:
        outcome(m, S::Failed, u"invalid number: " + ending.reason);
        break;
    case E::Unreachable:
        // Before the call was set up nothing reached the callee: tried again later.
        outcome(m, call.rang ? S::Failed : S::Retrying,
                u"the SIP trunk at " + m_settings.proxyAddress()
                    + u" did not take the call: " + ending.reason);
        break;
    case E::Failed:
        outcome(m, S::Failed, ending.reason);
        break;
    }
    pump();
}

} // namespace herald
