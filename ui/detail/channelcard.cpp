#include "channelcard.h"

#include "charts/channelchart.h"
#include "detailformat.h"
#include "dispatch/progresssnapshot.h"
#include "domain/labels.h"
#include "lifecycle/channellifecycle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald {

ChannelCard::ChannelCard(ChannelKind kind, bool showLatency, QWidget *parent)
    : QGroupBox(displayName(kind), parent), m_kind(kind), m_showLatency(showLatency)
{
    const QString id = nameOf(kind);
    setObjectName(u"channelCard_" + id);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"channelStatus_" + id);
    top->addWidget(m_status);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"channelCounts_" + id);
    top->addWidget(m_counts, 1);
    top->addStretch(0); // keeps the buttons at their size while the counts are hidden (held)
    // Mnemonics free beside the detail page's (&Actions, the tabs, &Tenant:, the menus).
    const std::pair<ChannelEvent, QString> commands[] = {{ChannelEvent::Start, tr("&Start")},
                                                         {ChannelEvent::Pause, tr("Paus&e")},
                                                         {ChannelEvent::Resume, tr("Resu&me")},
                                                         {ChannelEvent::Stop, tr("Sto&p…")}};
    for (const auto &[event, label] : commands) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(nameOf(event).toLower() + u'_' + id);
        b->setAccessibleName(QString(label).remove(u'&') + u' ' + displayName(kind));
        connect(b, &QPushButton::clicked, this, [this, event = event] { emit commandRequested(m_kind, event); });
        top->addWidget(b);
        m_buttons.append({event, b});
    }
    layout->addLayout(top);
    m_health = new QLabel(this);
    m_health->setObjectName(u"dispatchHealth_" + id);
    m_health->setTextFormat(Qt::RichText);
    layout->addWidget(m_health);
    m_chart = new ChannelChart(this);
    layout->addWidget(m_chart);
}

void ChannelCard::setStatus(ChannelStatus status, bool mayCommand, bool held)
{
    m_status->setText(u"<b>" + label(status) + u"</b>" + (held ? u' ' + tr("(held: start it when you choose)") : QString()));
    // Nothing is queued for a held channel yet: no counts, health or charts to show.
    for (QWidget *w : {static_cast<QWidget *>(m_counts), static_cast<QWidget *>(m_health), static_cast<QWidget *>(m_chart)})
        w->setVisible(!held);
    const QList<ChannelEvent> allowed = ChannelLifecycle::allowedEvents(status);
    for (const auto &[event, button] : std::as_const(m_buttons)) {
        button->setEnabled(mayCommand && allowed.contains(event));
        button->setVisible(event != ChannelEvent::Start || status == ChannelStatus::Ready);
    }
}

void ChannelCard::setCounts(qint64 total, qint64 queued, qint64 done, qint64 failed)
{
    const QLocale l;
    m_counts->setText(tr("%1 messages: %2 waiting, %3 done, %4 failed")
                          .arg(l.toString(total), l.toString(queued), l.toString(done), l.toString(failed)));
}

void ChannelCard::applyProgress(const ChannelProgress &p, const QDateTime &at)
{
    const qint64 queued = p.count(MessageStatus::Queued) + p.count(MessageStatus::Retrying);
    const qint64 failed = p.count(MessageStatus::Failed) + p.count(MessageStatus::TimedOut);
    setCounts(p.total(), queued, qMax<qint64>(0, p.total() - queued - p.inFlight - failed), failed);
    const QLocale l;
    QStringList parts{tr("Throughput <b>%1/s</b>").arg(l.toString(p.perSecond, 'f', 1)),
                      m_kind == ChannelKind::Phone
                          // The calls in progress, as a dialer's wallboard shows them.
                          ? tr("calls in progress <b>%1</b>: dialing %2, ringing %3, talking %4")
                                .arg(l.toString(p.count(MessageStatus::Dialing) + p.count(MessageStatus::Ringing)
                                                + p.count(MessageStatus::Answered)),
                                     l.toString(p.count(MessageStatus::Dialing)),
                                     l.toString(p.count(MessageStatus::Ringing)),
                                     l.toString(p.count(MessageStatus::Answered)))
                          : tr("in flight <b>%1</b>").arg(l.toString(p.inFlight)),
                      tr("error rate <b>%1%</b>").arg(l.toString(p.errorRate * 100.0, 'f', 1)),
                      tr("retrying <b>%1</b>").arg(l.toString(p.count(MessageStatus::Retrying)))};
    if (p.waitingForWindow > 0)
        parts << tr("outside send window <b>%1</b>").arg(l.toString(p.waitingForWindow));
    parts << tr("finish <b>%1</b>")
                 .arg(p.estimatedFinish.isValid() ? DetailFormat::time(p.estimatedFinish) : tr("—"));
    if (m_showLatency)
        parts << tr("provider latency <b>%1</b>")
                     .arg(p.latencyMs < 0 ? tr("—") : tr("%1 ms").arg(l.toString(p.latencyMs, 'f', 0)));
    m_health->setText(parts.join(QStringLiteral(" · ")));
    m_chart->addSample(p, at);
}

} // namespace herald
