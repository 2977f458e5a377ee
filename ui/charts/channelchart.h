#pragma once

#include <QDateTime>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace herald {

struct ChannelProgress;

// A channel's live charts over a rolling window: messages per second, and the state mix
// (queued, in flight, done, failed) over time as stacked areas. One point per second at
// most, whatever the snapshot rate; series are updated with replace(), never point by point.
class ChannelChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelChart)

public:
    static constexpr int kWindowSeconds = 120;

    explicit ChannelChart(QWidget *parent = nullptr);

    void addSample(const ChannelProgress &progress, const QDateTime &at);
    void clear();
    qsizetype sampleCount() const { return m_samples.size(); }

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
    QDateTimeAxis *m_rateTime = nullptr;
    QDateTimeAxis *m_mixTime = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_mixAxis = nullptr;
};

} // namespace herald
