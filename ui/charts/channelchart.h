#pragma once

#include "common/accessibletable.h"

#include <QDateTime>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace herald {

struct ChannelProgress;

// A channel's live charts since the first sample (at least two minutes wide, growing with
// the run): messages per second, and the state mix (queued, in flight, done, failed) over
// time as stacked areas. The time axis counts seconds, minutes or hours since the first
// sample, with ticks on round steps. One point per second at most, whatever the snapshot
// rate, and never more than kMaxPoints: older points merge as the run goes on. Series are
// updated with replace(), never point by point. Screen readers read the samples as a
// table.
class ChannelChart final : public QWidget, public AccessibleTableData
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelChart)

public:
    static constexpr int kMinWindowSeconds = 120;
    static constexpr int kMaxPoints = 600;

    explicit ChannelChart(QWidget *parent = nullptr);

    void addSample(const ChannelProgress &progress, const QDateTime &at);
    void clear();
    qsizetype sampleCount() const { return m_samples.size(); }
    QStringList accessibleHeaders() const override;
    QList<QStringList> accessibleRows() const override;

private:
    struct Sample
    {
        qint64 msecs = 0;
        double perSecond = 0;
        double queued = 0, inFlight = 0, done = 0, failed = 0;
    };
    void redraw();

    QList<Sample> m_samples;
    QChartView *m_rateView = nullptr;
    QChartView *m_mixView = nullptr;
    QLineSeries *m_rate = nullptr;
    QList<QLineSeries *> m_mixUpper; // cumulative upper edges: queued, +in flight, +done, +failed
    QValueAxis *m_rateTime = nullptr;
    QValueAxis *m_mixTime = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_mixAxis = nullptr;
};

} // namespace herald
