#include "reportdocument.h"

#include "domain/labels.h"
#include "models/timetext.h"
#include "niceticks.h"
#include "storage/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace herald {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("herald::ReportDocument", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString when(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? TimeText::shortText(t, zone) : QStringLiteral("—");
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u'%'
                     : QStringLiteral("—");
}

// One row per setting of the run's frozen configuration (JSON): nested objects and lists
// of them (a channel each, named by its kind) as "frozen channels · email · subject".
void configurationRows(const QString &label, const QJsonValue &value, QList<QStringList> &rows)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            configurationRows((label.isEmpty() ? QString() : label + u" \u00b7 ")
                                  + QString(it.key()).replace(u'_', u' '),
                              it.value(), rows);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (std::any_of(a.begin(), a.end(), [](const QJsonValue &v) { return v.isObject(); })) {
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString kind = a.at(i)[QLatin1StringView("kind")].toString();
                configurationRows(label + u" \u00b7 " + (kind.isEmpty() ? QString::number(i + 1) : kind), a.at(i),
                                  rows);
            }
            return;
        }
        QStringList items;
        for (const QJsonValue &v : a)
            items << v.toVariant().toString();
        rows << QStringList{label, items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "))};
        return;
    }
    QString text = value.toVariant().toString();
    if (value.isBool())
        text = value.toBool() ? tr("yes") : tr("no");
    else if (value.isNull() || value.isUndefined() || text.isEmpty())
        text = QStringLiteral("—");
    rows << QStringList{label, text};
}

// A table whose header row repeats on every page it runs over (<thead>).
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse: collapse; border-color: #999999;\"><thead><tr>");
    for (const QString &h : headers)
        html += u"<th bgcolor=\"#e8e8e8\" align=\"left\">" + esc(h) + u"</th>";
    html += u"</tr></thead>";
    for (const QStringList &row : rows) {
        html += u"<tr>";
        for (qsizetype i = 0; i < row.size(); ++i)
            html += (rightAligned.contains(int(i)) ? u"<td align=\"right\">" : u"<td>") + esc(row.at(i)) + u"</td>";
        html += u"</tr>";
    }
    return html + u"</table>";
}

// The throughput chart, drawn into the document as vector graphics: messages reaching
// Sent per bucket (each at its middle), one line per channel, counts and clock times on
// round steps, the span written out below.
class ThroughputChart final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    static inline const QString kMarker = QStringLiteral("[[throughput]]");

    ThroughputChart(CampaignReport::Throughput data, QTimeZone zone, QObject *parent)
        : QObject(parent), m_data(std::move(data)), m_zone(std::move(zone))
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override
    {
        const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() : 600;
        return {width, width * 0.32};
    }

    void drawObject(QPainter *p, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &) override
    {
        QFont font = doc->defaultFont();
        font.setPointSizeF(7);
        ReportDocument::drawThroughput(*p, rect, m_data, font, m_zone);
    }

private:
    CampaignReport::Throughput m_data;
    QTimeZone m_zone;
};

QString html(const CampaignReport &r)
{
    const Run &run = r.run;
    QString h = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;\">");
    h += u"<h1 style=\"font-size: 16pt;\">" + esc(r.campaignName) + u" <span style=\"color: #777777;\">"
         + esc(r.shortId) + u"</span></h1>";
    const QString runLabel = (run.kind == RunKind::Test ? tr("Test run #%1") : tr("Live run #%1")).arg(run.id);
    QList<QStringList> facts{
        {tr("Tenant"), r.tenantName},
        {tr("Status"), label(r.status)},
        {tr("Run"), runLabel + u" (" + label(run.trigger) + u')'},
        {tr("Started"), when(run.createdAt, r.zone)},
        {tr("Finished"), when(run.finishedAt, r.zone)},
        {tr("Times in"), QString::fromUtf8(r.zone.id())},
        {tr("Started by"), r.startedBy.isEmpty() ? QStringLiteral("—") : r.startedBy},
        {tr("Disclaimer accepted"), r.disclaimerBy.isEmpty()
                                        ? QStringLiteral("—")
                                        : r.disclaimerBy + u", " + when(run.disclaimerAcceptedAt, r.zone)},
        {tr("Reviewer"),
         r.reviewer.isEmpty()
             ? QStringLiteral("—")
             : r.reviewer
                   + (r.approvedAt.isValid() ? u", " + tr("approved") + u' ' + when(r.approvedAt, r.zone) : QString())},
    };
    h += table({tr("Report"), QString()}, facts);

    h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Funnel per channel")) + u"</h2>";
    QList<QStringList> funnel;
    for (const CampaignReport::Channel &ch : r.channels)
        funnel << QStringList{displayName(ch.kind),
                              num(ch.queued),
                              num(ch.sent) + u" (" + percent(ch.sent, ch.queued) + u')',
                              num(ch.delivered) + u" (" + percent(ch.delivered, ch.queued) + u')',
                              num(ch.replied) + u" (" + percent(ch.replied, ch.queued) + u')',
                              num(ch.optedOut),
                              num(ch.failed)};
    h += table({tr("Channel"), tr("Queued"), tr("Sent"), tr("Delivered / answered"), tr("Replied"), tr("Opted out"),
                tr("Failed")},
               funnel, {1, 2, 3, 4, 5, 6});

    if (r.conversion) {
        h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Goal: %1").arg(r.conversion->goal)) + u"</h2><p>"
             + esc(ReportDocument::conversionText(*r.conversion)) + u"</p>";
    }
    if (!r.links.isEmpty()) {
        h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Link clicks")) + u"</h2>";
        QList<QStringList> links;
        for (const LinkClickRepository::Link &l : r.links)
            links << QStringList{l.url, num(l.clicks), num(l.contacts)};
        h += table({tr("Link"), tr("Clicks"), tr("People")}, links, {1, 2});
    }

    h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Outcome per channel")) + u"</h2>";
    const QList<MessageStatus> states = r.statesThatOccur();
    QStringList headers{tr("Channel")};
    QList<int> right;
    for (MessageStatus s : std::as_const(states)) {
        right << int(headers.size());
        headers << label(s);
    }
    right << int(headers.size());
    headers << tr("Total");
    if (r.diagnostics) {
        right << int(headers.size()) << int(headers.size() + 1);
        headers << tr("Latency avg") << tr("Latency p95");
    }
    QList<QStringList> outcome;
    for (const CampaignReport::Channel &ch : r.channels) {
        QStringList row{displayName(ch.kind)};
        for (MessageStatus s : std::as_const(states))
            row << num(ch.counts.value(s));
        row << num(ch.queued);
        if (r.diagnostics)
            row << ReportDocument::latencyText(ch.latencyAverageMs) << ReportDocument::latencyText(ch.latencyP95Ms);
        outcome << row;
    }
    h += table(headers, outcome, right);

    if (!r.throughput.perBucket.isEmpty())
        h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Throughput")) + u"</h2><p>" + ThroughputChart::kMarker
             + u"</p>";

    h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Failure reasons")) + u"</h2>";
    if (r.reasons.isEmpty()) {
        h += u"<p>" + esc(tr("No message failed.")) + u"</p>";
    } else {
        QList<QStringList> reasons;
        for (const CampaignReport::Reason &reason : r.reasons)
            reasons << QStringList{displayName(reason.channel), label(reason.status), num(reason.count),
                                   reason.reason};
        h += table({tr("Channel"), tr("State"), tr("Messages"), tr("Reason")}, reasons, {2});
    }

    if (!r.numbers.isEmpty()) {
        h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Numbers")) + u"</h2>";
        QList<QStringList> numbers;
        for (const CampaignReport::Number &n : r.numbers)
            numbers << ReportDocument::numberCells(n);
        h += table(ReportDocument::numberHeaders(), numbers, {1, 2, 3, 4});
    }

    h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Replies")) + u"</h2>";
    if (r.latestReplies.isEmpty()) {
        h += u"<p>" + esc(tr("No replies.")) + u"</p>";
    } else {
        h += u"<p>" + esc(tr("%1 replies; the latest:").arg(num(r.replies))) + u"</p>";
        QList<QStringList> replies;
        for (const auto &[at, body] : r.latestReplies)
            replies << QStringList{when(at, r.zone), body};
        h += table({tr("Received"), tr("Text")}, replies);
    }

    h += u"<h2 style=\"font-size: 12pt;\">" + esc(tr("Frozen configuration")) + u"</h2>";
    QList<QStringList> settings;
    configurationRows({}, QJsonDocument::fromJson(r.configuration.toUtf8()).object(), settings);
    h += u"<div style=\"font-size: 8pt;\">" + table({tr("Setting"), tr("Value")}, settings) + u"</div>";
    return h + u"</body></html>";
}

} // namespace

QString ReportDocument::conversionText(const CampaignReport::Conversion &c)
{
    QString did;
    switch (c.kind) {
    case GoalMetric::Clicks:
        if (!c.tracked)
            return tr("The goal counts clicks, but this run did not track its links: turn on “Track link "
                      "clicks” on the builder's Launch page for the next one.");
        did = c.url.isEmpty() ? tr("Clicked a tracked link") : tr("Clicked %1").arg(c.url);
        break;
    case GoalMetric::Replies:
        did = tr("Replied");
        break;
    case GoalMetric::Keypresses:
        did = tr("Pressed a key during the call");
        break;
    case GoalMetric::AnsweredCalls:
        did = tr("Answered the call");
        break;
    case GoalMetric::Other:
        return tr("The goal's metric “%1” is not one Herald counts: use clicks, replies, keypresses or "
                  "answered calls.")
            .arg(c.metric);
    }
    const QString base = c.kind == GoalMetric::AnsweredCalls || c.kind == GoalMetric::Keypresses
                             ? tr("%1 of %2 contacts called").arg(num(c.converted), num(c.base))
                             : tr("%1 of %2 contacts reached").arg(num(c.converted), num(c.base));
    QString text = did + u": " + base + u" (" + percent(c.converted, c.base) + u')';
    if (c.target > 0 && c.rate()) {
        const QString target = QLocale().toString(c.target * 100.0, 'f', 1) + u'%';
        text += u"; " + (c.metTarget() ? tr("target %1, met").arg(target) : tr("target %1, not met").arg(target));
    }
    return text;
}

QString ReportDocument::latencyText(const std::optional<double> &ms)
{
    return ms ? QLocale().toString(*ms, 'f', 0) + QStringLiteral(" ms") : QStringLiteral("—");
}

QStringList ReportDocument::numberHeaders()
{
    return {tr("Number"), tr("Attempts"), tr("Answered"), tr("Answer rate"), tr("Average talk time"),
            tr("Keys pressed")};
}

QStringList ReportDocument::numberCells(const CampaignReport::Number &n)
{
    QString talk = QStringLiteral("—");
    if (const auto secs = n.averageTalkSecs()) {
        const qint64 s = qRound64(*secs);
        talk = s < 60 ? tr("%1 s").arg(s) : tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    QStringList keys;
    for (auto it = n.keys.cbegin(); it != n.keys.cend(); ++it)
        keys << it.key() + u" \u00d7 " + num(it.value());
    if (n.keyOptOuts > 0)
        keys << tr("opted out × %1").arg(num(n.keyOptOuts));
    return {n.e164,
            num(n.attempts),
            num(n.answered),
            percent(n.answered, n.attempts),
            talk,
            keys.isEmpty() ? QStringLiteral("—") : keys.join(QStringLiteral("; "))};
}

void ReportDocument::drawThroughput(QPainter &painter, const QRectF &rect, const CampaignReport::Throughput &data,
                                    const QFont &font, const QTimeZone &zone)
{
    QPainter *p = &painter;
    p->save();
    p->setFont(font);
    const QFontMetricsF fm(font, p->device());
    qint64 peak = 1;
    int buckets = 1;
    for (const QList<qint64> &series : std::as_const(data.perBucket)) {
        buckets = std::max(buckets, int(series.size()));
        for (qint64 n : series)
            peak = std::max(peak, n);
    }
    // Counts on round steps up to the first one above the peak.
    const double step = NiceTicks::countStep(double(peak) / 4);
    const double top = std::ceil(double(peak) / step) * step;
    const QString topText = QLocale().toString(qint64(top));
    const qreal left = fm.horizontalAdvance(topText) + fm.height() * 0.5;
    const QRectF plot(rect.left() + left, rect.top() + fm.height() * 0.5, rect.width() - left,
                      rect.height() - fm.height() * 4.4);
    p->setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        if (v > 0) {
            p->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DashLine));
            p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        p->setPen(QColor(0x44, 0x44, 0x44));
        p->drawText(QRectF(rect.left(), y - fm.height() / 2, left - fm.height() * 0.3, fm.height()),
                    Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(qint64(v)));
    }
    // Times on round steps of the clock in the report's zone, the span below them.
    const qint64 spanSecs = qint64(buckets) * data.bucketSecs;
    const QDateTime end = data.start.addSecs(spanSecs);
    const qint64 tick = NiceTicks::timeStepSecs(double(spanSecs) / 6);
    const qint64 startLocal = data.start.toTimeZone(zone).toSecsSinceEpoch() + data.start.toTimeZone(zone).offsetFromUtc();
    const QRectF axis(plot.left(), plot.bottom() + fm.height() * 0.2, plot.width(), fm.height());
    const QString clock = TimeText::clockFormat();
    for (qint64 at = (startLocal + tick - 1) / tick * tick; at <= startLocal + spanSecs; at += tick) {
        const qreal x = plot.left() + plot.width() * qreal(at - startLocal) / qreal(std::max<qint64>(1, spanSecs));
        p->setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
        p->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + fm.height() * 0.15));
        p->setPen(QColor(0x44, 0x44, 0x44));
        const QString label = QLocale().toString(data.start.addSecs(at - startLocal).toTimeZone(zone).time(), clock);
        const qreal w = fm.horizontalAdvance(label);
        p->drawText(QRectF(std::clamp(x - w / 2, axis.left(), axis.right() - w), axis.top(), w + 1, fm.height()),
                    Qt::AlignLeft, label);
    }
    const QRectF caption = axis.translated(0, fm.height() * 1.1);
    p->drawText(caption, Qt::AlignHCenter,
                (data.bucketSecs == 60 ? tr("messages sent per minute")
                                       : tr("messages sent per %1 minutes").arg(data.bucketSecs / 60))
                    + u", " + TimeText::shortText(data.start, zone) + u" \u2013 " + TimeText::shortText(end, zone));

    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    qreal legendX = plot.left();
    int c = 0;
    for (auto it = data.perBucket.cbegin(); it != data.perBucket.cend(); ++it, ++c) {
        const QColor color = colors[c % int(std::size(colors))];
        QPolygonF line;
        for (int i = 0; i < it->size(); ++i)
            line << QPointF(plot.left() + plot.width() * (qreal(i) + 0.5) / buckets, // the bucket's middle
                            plot.bottom() - plot.height() * qreal(it->at(i)) / qreal(peak));
        p->setPen(QPen(color, fm.height() / 8));
        p->drawPolyline(line);
        const QRectF legend(legendX, caption.bottom() + fm.height() * 0.3, fm.height() * 1.2, fm.height());
        p->fillRect(legend.adjusted(0, fm.height() * 0.35, 0, -fm.height() * 0.35), color);
        p->setPen(QColor(0x44, 0x44, 0x44));
        const QString name = displayName(it.key());
        p->drawText(QPointF(legend.right() + fm.height() * 0.3, legend.top() + fm.ascent()), name);
        legendX = legend.right() + fm.height() * 0.3 + fm.horizontalAdvance(name) + fm.height();
    }
    p->restore();
}

std::unique_ptr<QTextDocument> ReportDocument::build(const CampaignReport &report)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html(report));
    if (QTextCursor at = doc->find(ThroughputChart::kMarker); !at.isNull()) {
        doc->documentLayout()->registerHandler(ThroughputChart::kType,
                                               new ThroughputChart(report.throughput, report.zone, doc.get()));
        QTextCharFormat chart;
        chart.setObjectType(ThroughputChart::kType);
        at.insertText(QString(QChar::ObjectReplacementCharacter), chart);
    }
    return doc;
}

int ReportDocument::render(const CampaignReport &report, QPagedPaintDevice &device)
{
    const std::unique_ptr<QTextDocument> doc = build(report);
    QPainter painter(&device);
    doc->documentLayout()->setPaintDevice(&device);
    const QRectF area(0, 0, device.width(), device.height()); // the page inside its margins
    QFont small = painter.font();
    small.setPointSizeF(7.5);
    painter.setFont(small);
    const qreal band = 2.5 * QFontMetricsF(small, &device).height();
    const QSizeF body(area.width(), area.height() - 2 * band);
    doc->setPageSize(body);
    const int pages = doc->pageCount();
    const QString title =
        report.campaignName + u" (" + report.shortId + u") \u2014 "
        + (report.run.kind == RunKind::Test ? tr("Test run #%1") : tr("Live run #%1")).arg(report.run.id);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, 0, area.width(), band), Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(QRectF(0, 0, area.width(), band), Qt::AlignRight | Qt::AlignTop, report.tenantName);
        painter.drawText(QRectF(0, area.height() - band * 0.6, area.width(), band * 0.6), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(0, band - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

Result<int> ReportDocument::writePdf(const CampaignReport &report, const QString &path, QPageSize::PageSizeId size)
{
    auto pages = writeFile(path, [&](QIODevice &out) -> Result<qint64> {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(size));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(report.campaignName + u" \u2014 " + tr("campaign report"));
        pdf.setCreator(QStringLiteral("Herald"));
        return render(report, pdf);
    });
    if (!pages)
        return pages.error();
    return int(*pages);
}

} // namespace herald

#include "reportdocument.moc"
