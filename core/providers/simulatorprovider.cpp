#include "simulatorprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace herald {

SimulatorProvider::SimulatorProvider(ChannelKind kind, const QString &settingsJson, QObject *parent)
    : Provider(parent), m_kind(kind)
{
    const QJsonObject s = QJsonDocument::fromJson(settingsJson.toUtf8()).object();
    m_seed = quint32(s.value(QLatin1StringView("seed")).toInteger(7));
    const QJsonObject mix = s.value(QLatin1StringView("mix")).toObject();
    if (!mix.isEmpty()) {
        m_mix = {};
        m_mix.accepted = mix.value(QLatin1StringView("accepted")).toInt(0);
        m_mix.deferred = mix.value(QLatin1StringView("deferred")).toInt(0);
        m_mix.rejected = mix.value(QLatin1StringView("rejected")).toInt(0);
        m_mix.unreachable = mix.value(QLatin1StringView("unreachable")).toInt(0);
        m_mix.noReport = mix.value(QLatin1StringView("no_report")).toInt(0);
        m_mix.optOutReply = mix.value(QLatin1StringView("opt_out_reply")).toInt(0);
    }
    m_latencyMs = s.value(QLatin1StringView("latency_ms")).toInt(0);
    m_reportDelayMs = s.value(QLatin1StringView("report_delay_ms")).toInt(0);
    m_window = qMax(1, s.value(QLatin1StringView("window")).toInt(100));
    m_retryDelaySecs = qMax(0, s.value(QLatin1StringView("retry_delay_secs")).toInt(1));
    const QString recordFile = s.value(QLatin1StringView("record_file")).toString();
    if (!recordFile.isEmpty()) {
        m_record.setFileName(recordFile);
        if (!m_record.open(QIODevice::Append | QIODevice::Text | QIODevice::Unbuffered))
            qWarning("simulator: cannot open record file %s", qPrintable(recordFile));
    }
}

SimulatorProvider::Fate SimulatorProvider::fateOf(Id messageId, int attempt) const
{
    const quint64 key = (quint64(messageId) * 0x9E3779B97F4A7C15ULL) ^ (quint64(attempt) << 56) ^ m_seed;
    const int total = m_mix.accepted + m_mix.deferred + m_mix.rejected + m_mix.unreachable + m_mix.noReport
                      + m_mix.optOutReply;
    if (total <= 0)
        return Fate::Accepted;
    int pick = int(QRandomGenerator(quint32(key ^ (key >> 32))).bounded(total));
    const std::pair<int, Fate> table[] = {{m_mix.accepted, Fate::Accepted},       {m_mix.deferred, Fate::Deferred},
                                          {m_mix.rejected, Fate::Rejected},       {m_mix.unreachable, Fate::Unreachable},
                                          {m_mix.noReport, Fate::NoReport},       {m_mix.optOutReply, Fate::OptOutReply}};
    for (const auto &[weight, fate] : table) {
        if (pick < weight)
            return fate;
        pick -= weight;
    }
    return Fate::Accepted;
}

void SimulatorProvider::later(int delayMs, std::function<void()> f)
{
    // Never re-entrant: results arrive from the event loop, as a real provider's would.
    QTimer::singleShot(delayMs, this, std::move(f));
}

void SimulatorProvider::send(const QList<OutgoingMessage> &messages)
{
    later(m_latencyMs, [this, messages] { deliver(messages); });
}

void SimulatorProvider::record(const OutgoingMessage &m)
{
    if (m_record.isOpen())
        m_record.write(QByteArray::number(m.runId) + ',' + nameOf(m.channel).toLatin1() + ','
                       + QByteArray::number(m.contactId) + '\n');
}

void SimulatorProvider::deliver(const QList<OutgoingMessage> &messages)
{
    using S = MessageStatus;
    const bool phone = m_kind == ChannelKind::Phone;
    const bool email = m_kind == ChannelKind::Email;
    QList<SendOutcome> out;
    QList<DeliveryReport> reports;
    QList<InboundMessage> replies;
    for (const OutgoingMessage &m : messages) {
        const QString providerId = u"sim-" + QString::number(m.messageId) + u'-' + QString::number(m.attempt);
        const Fate fate = fateOf(m.messageId, m.attempt);
        switch (fate) {
        case Fate::Accepted:
        case Fate::OptOutReply:
            record(m);
            if (phone) {
                out << SendOutcome{m.messageId, S::Ringing, {}, providerId} << SendOutcome{m.messageId, S::Answered, {}, providerId}
                    << SendOutcome{m.messageId, S::Completed, {}, providerId};
            } else {
                out << SendOutcome{m.messageId, email ? S::Delivered : S::Sent, {}, providerId};
                if (!email)
                    reports << DeliveryReport{m.messageId, S::Delivered, {}, {}};
            }
            if (fate == Fate::OptOutReply)
                // An SMS reply is read for its keyword; elsewhere the opt-out is said outright.
                replies << InboundMessage{m_kind, m.address, m.from, QStringLiteral("STOP"),
                                          m_kind == ChannelKind::Sms ? QString() : QStringLiteral("reply keyword")};
            break;
        case Fate::NoReport:
            record(m);
            if (phone)
                out << SendOutcome{m.messageId, S::Ringing, {}, providerId}
                    << SendOutcome{m.messageId, S::NoAnswer, QStringLiteral("No answer"), providerId};
            else
                out << SendOutcome{m.messageId, email ? S::Delivered : S::Sent, {}, providerId};
            break;
        case Fate::Deferred:
            if (phone)
                out << SendOutcome{m.messageId, S::Busy, QStringLiteral("Busy"), providerId};
            else
                out << SendOutcome{m.messageId, S::Retrying, QStringLiteral("451 4.7.1 Deferred, try again later"), {}};
            break;
        case Fate::Rejected:
            out << SendOutcome{m.messageId, S::Failed,
                               email ? QStringLiteral("550 5.1.1 Mailbox unavailable")
                                     : QStringLiteral("Rejected by the gateway: invalid destination"),
                               providerId};
            break;
        case Fate::Unreachable:
            out << SendOutcome{m.messageId, S::Retrying, QStringLiteral("Provider unreachable"), {}};
            break;
        }
    }
    if (!out.isEmpty())
        emit outcomes(out);
    if (!reports.isEmpty())
        later(m_reportDelayMs, [this, reports] { emit deliveryReports(reports); });
    for (const InboundMessage &reply : std::as_const(replies))
        later(m_reportDelayMs, [this, reply] { emit inbound(reply); });
}

} // namespace herald
