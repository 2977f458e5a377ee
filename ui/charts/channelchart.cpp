#include "channelchart.h"

#include "common/accessibletable.h"
#include "common/tones.h"
#include "dispatch/progresssnapshot.h"
#include "models/timetext.h"
#include "report/niceticks.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace herald {

namespace {

QChartView *makeView(QChart *chart, QWidget *parent)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The palette's colours, not the light chart theme's: the chart stays readable in a dark window.
    const QPalette pal = QGuiApplication::palette();
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(Tones::axisText(pal));
    chart->legend()->setLabelColor(Tones::axisText(pal));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(Tones::axisText(pal));
        axis->setTitleBrush(Tones::axisText(pal));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(Tones::gridLine(pal));
        axis->setMinorGridLineColor(Tones::gridLine(pal));
    }
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240); // room for five axis labels under the legend
    // The view takes the focus (and carries the name); its viewport would be a second, nameless stop.
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

constexpr int kValueTicks = 5;

// The axis top: kValueTicks - 1 round steps that cover `v`.
double niceMax(double v)
{
    return NiceTicks::countStep(v / (kValueTicks - 1)) * (kValueTicks - 1);
}

QValueAxis *timeAxis(QChart *chart)
{
    auto *axis = new QValueAxis(chart);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

} // namespace

ChannelChart::ChannelChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Live charts: messages per second and the state mix"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *rateChart = new QChart;
    rateChart->setTitle(tr("Messages per second"));
    rateChart->legend()->hide();
    m_rate = new QLineSeries(rateChart);
    m_rate->setName(tr("Messages per second"));
    m_rate->setColor(Tones::series(0));
    rateChart->addSeries(m_rate);
    m_rateTime = timeAxis(rateChart);
    m_rateAxis = new QValueAxis(rateChart);
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_rateAxis->setTickCount(kValueTicks);
    rateChart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_rate->attachAxis(m_rateTime);
    m_rate->attachAxis(m_rateAxis);
    m_rateView = makeView(rateChart, this);
    m_rateView->setObjectName(QStringLiteral("rateChart"));
    m_rateView->setAccessibleName(tr("Messages per second"));
    m_rateView->setAccessibleDescription(tr("Live rate chart: messages sent per second over the run"));
    layout->addWidget(m_rateView, 1);

    auto *mixChart = new QChart;
    mixChart->setTitle(tr("State mix"));
    m_mixTime = timeAxis(mixChart);
    m_mixAxis = new QValueAxis(mixChart);
    m_mixAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_mixAxis->setTickCount(kValueTicks);
    mixChart->addAxis(m_mixAxis, Qt::AlignLeft);
    const std::pair<QString, QColor> bands[] = {{tr("Queued"), Tones::band(Tones::Tone::Neutral)},
                                                {tr("In flight"), Tones::band(Tones::Tone::Info)},
                                                {tr("Done"), Tones::band(Tones::Tone::Success)},
                                                {tr("Failed"), Tones::band(Tones::Tone::Error)}};
    QLineSeries *lower = nullptr;
    for (const auto &[name, color] : bands) {
        auto *upper = new QLineSeries(mixChart);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(name);
        area->setColor(color);
        area->setBorderColor(color.darker(120));
        mixChart->addSeries(area);
        area->attachAxis(m_mixTime);
        area->attachAxis(m_mixAxis);
        m_mixUpper.append(upper);
        lower = upper;
    }
    m_mixView = makeView(mixChart, this);
    m_mixView->setObjectName(QStringLiteral("mixChart"));
    m_mixView->setAccessibleName(tr("State mix"));
    m_mixView->setAccessibleDescription(tr("Live chart of messages queued, in flight, done and failed over the run"));
    layout->addWidget(m_mixView, 1);
    clear();
}

void ChannelChart::clear()
{
    m_samples.clear();
    redraw();
}

void ChannelChart::addSample(const ChannelProgress &p, const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    Sample s;
    s.msecs = ms;
    s.perSecond = p.perSecond;
    s.queued = double(p.count(MessageStatus::Queued) + p.count(MessageStatus::Retrying));
    s.inFlight = double(p.inFlight);
    s.failed = double(p.count(MessageStatus::Failed) + p.count(MessageStatus::TimedOut));
    s.done = double(p.total()) - s.queued - s.inFlight - s.failed;
    if (s.done < 0)
        s.done = 0;
    // One point per second: a newer snapshot within the same second replaces the last point.
    if (!m_samples.isEmpty() && ms / 1000 == m_samples.last().msecs / 1000)
        m_samples.last() = s;
    else
        m_samples.append(s);
    if (m_samples.size() > kMaxPoints) {         // merge neighbours: half the points, the whole run kept
        QList<Sample> merged{m_samples.first()}; // the first stays: where the axis starts
        merged.reserve(m_samples.size() / 2 + 2);
        for (qsizetype i = 1; i + 1 < m_samples.size(); i += 2) {
            Sample later = m_samples.at(i + 1); // the state mix as it stood at the later one
            later.perSecond = (m_samples.at(i).perSecond + later.perSecond) / 2;
            merged.append(later);
        }
        if (m_samples.size() % 2 == 0)
            merged.append(m_samples.last());
        m_samples = merged;
    }
    redraw();
}

void ChannelChart::redraw()
{
    // The axis spans the samples, at least kMinWindowSeconds, in seconds, minutes or hours.
    const qint64 origin = m_samples.isEmpty() ? 0 : m_samples.first().msecs;
    const double seconds =
        std::max<double>(kMinWindowSeconds, m_samples.size() < 2 ? 0 : double(m_samples.last().msecs - origin) / 1000);
    const bool inSeconds = seconds <= 5 * 60, inMinutes = !inSeconds && seconds <= 5 * 3600;
    const double unit = inSeconds ? 1 : inMinutes ? 60 : 3600;

    QList<QPointF> rate;
    QList<QList<QPointF>> mix(m_mixUpper.size());
    double maxRate = 1, maxTotal = 1;
    for (const Sample &s : std::as_const(m_samples)) {
        const double x = double(s.msecs - origin) / 1000 / unit;
        rate.append({x, s.perSecond});
        maxRate = qMax(maxRate, s.perSecond);
        double acc = 0;
        const double parts[] = {s.queued, s.inFlight, s.done, s.failed};
        for (qsizetype i = 0; i < mix.size(); ++i) {
            acc += parts[i];
            mix[i].append({x, acc});
        }
        maxTotal = qMax(maxTotal, acc);
    }
    m_rate->replace(rate);
    for (qsizetype i = 0; i < mix.size(); ++i)
        m_mixUpper[i]->replace(mix[i]);

    QString title;
    if (!m_samples.isEmpty()) {
        const QString since = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(origin, QTimeZone::utc()).toTimeZone(TimeText::displayZone()).time(),
            TimeText::clockFormat());
        title = (inSeconds   ? tr("Seconds since %1")
                 : inMinutes ? tr("Minutes since %1")
                             : tr("Hours since %1"))
                    .arg(since);
    }
    for (QValueAxis *axis : {m_rateTime, m_mixTime}) {
        axis->setRange(0, seconds / unit);
        axis->setTickInterval(double(NiceTicks::timeStepSecs(seconds / 4)) / unit); // three to six ticks
        axis->setTitleText(title);
    }
    m_rateAxis->setRange(0, niceMax(maxRate));
    m_mixAxis->setRange(0, niceMax(maxTotal));
    AccessibleTable::changed(this);
}

QStringList ChannelChart::accessibleHeaders() const
{
    return {tr("Time"), tr("Messages per second"), tr("Queued"), tr("In flight"), tr("Done"), tr("Failed")};
}

QList<QStringList> ChannelChart::accessibleRows() const
{
    const QLocale locale;
    QList<QStringList> rows;
    rows.reserve(m_samples.size());
    for (const Sample &s : m_samples)
        rows.append({TimeText::shortText(QDateTime::fromMSecsSinceEpoch(s.msecs, QTimeZone::utc())),
                     locale.toString(s.perSecond, 'f', 1), locale.toString(qint64(s.queued)),
                     locale.toString(qint64(s.inFlight)), locale.toString(qint64(s.done)),
                     locale.toString(qint64(s.failed))});
    return rows;
}

} // namespace herald
