#pragma once

#include "domain/channelkind.h"
#include "domain/channelstatus.h"
#include "domain/tenant.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace herald {

class ChannelCard;
class NumberHealthTable;
struct CampaignDetailData;
struct ProgressSnapshot;

// Scheduled, Running and Paused: a command card per channel with live charts and dispatch
// health, fed by the dispatcher's coalesced snapshots.
class ActiveView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveView)

public:
    explicit ActiveView(QWidget *parent = nullptr);

    void show(const CampaignDetailData &data, bool mayCommand, bool showLatency);
    // Returns true when a channel's status in the snapshot differs from what is shown.
    bool applySnapshot(const ProgressSnapshot &snapshot);
    ChannelCard *card(ChannelKind kind) const;

signals:
    void commandRequested(herald::ChannelKind kind, herald::ChannelEvent event);
    void unscheduleRequested();
    void numberActivated(const QString &e164);

private:
    Id m_campaignId = 0;
    Id m_runId = 0;
    QLabel *m_schedule = nullptr;
    QPushButton *m_unschedule = nullptr;
    QWidget *m_cardsHost = nullptr;
    QVBoxLayout *m_cards = nullptr;
    QGroupBox *m_numbersBox = nullptr;
    NumberHealthTable *m_numbers = nullptr;
    QList<ChannelCard *> m_cardList;
    QHash<int, ChannelStatus> m_shown;
};

} // namespace herald
