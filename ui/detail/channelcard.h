#pragma once

#include "domain/channelkind.h"
#include "domain/channelstatus.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace herald {

class ChannelChart;
struct ChannelProgress;

// One channel of a running campaign: its status, Start / Pause / Resume / Stop, live
// charts and dispatch health.
class ChannelCard final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelCard)

public:
    ChannelCard(ChannelKind kind, bool showLatency, QWidget *parent = nullptr);

    ChannelKind kind() const { return m_kind; }
    // `held`: Ready inside an active campaign, waiting for a person to start it.
    void setStatus(ChannelStatus status, bool mayCommand, bool held = false);
    void setCounts(qint64 total, qint64 queued, qint64 done, qint64 failed);
    void applyProgress(const ChannelProgress &progress, const QDateTime &at);
    ChannelChart *chart() const { return m_chart; }

signals:
    void commandRequested(herald::ChannelKind kind, herald::ChannelEvent event);

private:
    ChannelKind m_kind;
    bool m_showLatency;
    QLabel *m_status = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_health = nullptr;
    QList<std::pair<ChannelEvent, QPushButton *>> m_buttons;
    ChannelChart *m_chart = nullptr;
};

} // namespace herald
