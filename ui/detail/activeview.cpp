#include "activeview.h"

#include "campaigndetaildata.h"
#include "channelcard.h"
#include "detailformat.h"
#include "dispatch/progresssnapshot.h"
#include "numberhealth.h"
#include "schedule/recurrence.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace herald {

ActiveView::ActiveView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activeView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *schedule = new QHBoxLayout;
    m_schedule = new QLabel(this);
    m_schedule->setObjectName(QStringLiteral("scheduleInfo"));
    schedule->addWidget(m_schedule, 1);
    m_unschedule = new QPushButton(tr("Stop sche&dule…"), this); // &S, &E, &M, &P: the channel cards
    m_unschedule->setObjectName(QStringLiteral("unscheduleButton"));
    connect(m_unschedule, &QPushButton::clicked, this, &ActiveView::unscheduleRequested);
    schedule->addWidget(m_unschedule);
    layout->addLayout(schedule);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Channel progress"));
    scroll->setAccessibleDescription(tr("Each channel's progress and commands, and the number pools' health"));
    m_cardsHost = new QWidget(scroll);
    m_cards = new QVBoxLayout(m_cardsHost);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_numbersBox = new QGroupBox(tr("Number pool health"), m_cardsHost);
    auto *numbers = new QVBoxLayout(m_numbersBox);
    m_numbers = new NumberHealthTable(m_numbersBox);
    numbers->addWidget(m_numbers);
    connect(m_numbers, &NumberHealthTable::numberActivated, this, &ActiveView::numberActivated);
    m_numbersBox->hide();
    m_cards->addWidget(m_numbersBox);
    m_cards->addStretch(1);
    scroll->setWidget(m_cardsHost);
    layout->addWidget(scroll, 1);
}

ChannelCard *ActiveView::card(ChannelKind kind) const
{
    for (ChannelCard *c : m_cardList)
        if (c->kind() == kind)
            return c;
    return nullptr;
}

void ActiveView::show(const CampaignDetailData &d, bool mayCommand, bool showLatency)
{
    const Campaign &c = d.overview.campaign;
    const Id runId = d.focusRun ? d.focusRun->id : 0;
    if (c.id != m_campaignId || runId != m_runId) {
        qDeleteAll(m_cardList);
        m_cardList.clear();
        for (const CampaignChannel &ch : c.channels) {
            auto *card = new ChannelCard(ch.kind, showLatency, m_cardsHost);
            connect(card, &ChannelCard::commandRequested, this, &ActiveView::commandRequested);
            m_cards->insertWidget(m_cards->count() - 2, card); // above the numbers' health
            m_cardList.append(card);
        }
        m_campaignId = c.id;
        m_runId = runId;
    }

    m_numbersBox->setVisible(m_numbers->show(d));

    const bool scheduled = d.overview.status == CampaignStatus::Scheduled;
    m_unschedule->setVisible(scheduled);
    m_unschedule->setEnabled(mayCommand);
    if (scheduled) {
        QString next = DetailFormat::sendTime(c.sendAt, c.timeZone);
        if (c.launchType == LaunchType::Recurring)
            next = tr("recurring (%1), starting %2").arg(c.recurrence, next);
        m_schedule->setText(tr("<b>Scheduled</b>: launches %1.").arg(next.toHtmlEscaped()));
    } else {
        m_schedule->setText(d.focusRun ? DetailFormat::runLabel(*d.focusRun, d) : QString());
    }

    m_shown.clear();
    for (ChannelCard *card : std::as_const(m_cardList)) {
        ChannelStatus status = ChannelStatus::Ready;
        if (d.focusRun && d.focusRun->kind == RunKind::Live)
            for (const RunChannel &rc : d.focusRun->channels)
                if (rc.kind == card->kind())
                    status = rc.status;
        m_shown.insert(int(card->kind()), status);
        // A channel not started while others are is held for a later start.
        card->setStatus(status, mayCommand && !scheduled, status == ChannelStatus::Ready && !scheduled);
        // The full snapshot from the workspace: counts, state mix and health until the
        // dispatcher's next one (it may be sending in another process, or not at all).
        ChannelProgress p;
        p.campaignId = c.id;
        p.runId = runId;
        p.kind = card->kind();
        p.status = status;
        qint64 final = 0, failed = 0;
        const auto counts = d.report ? d.report->countsOf(card->kind()) : QMap<MessageStatus, qint64>();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            p.counts[std::size_t(it.key())] = it.value();
            p.inFlight += isInFlight(it.key()) ? it.value() : 0;
            final += isFinal(it.key()) ? it.value() : 0;
            failed += it.key() == MessageStatus::Failed || it.key() == MessageStatus::TimedOut ? it.value() : 0;
        }
        p.errorRate = final > 0 ? double(failed) / double(final) : 0;
        card->applyProgress(p, QDateTime::currentDateTimeUtc());
    }
}

bool ActiveView::applySnapshot(const ProgressSnapshot &snapshot)
{
    bool statusChanged = false;
    for (const ChannelProgress &p : snapshot.channels) {
        if (p.campaignId != m_campaignId || p.runId != m_runId)
            continue;
        if (ChannelCard *c = card(p.kind)) {
            c->applyProgress(p, snapshot.at);
            statusChanged |= m_shown.value(int(p.kind)) != p.status;
        }
    }
    return statusChanged;
}

} // namespace herald
