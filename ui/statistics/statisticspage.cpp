#include "statisticspage.h"

#include "common/accessibletable.h"

#include "audience/csvreader.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "domain/labels.h"
#include "lifecycle/campaignservice.h"
#include "storage/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <array>

namespace herald {

namespace {

// The rate figures the chart groups, with the column of Comparison::cells() each is in.
struct Measure
{
    const char *name;
    int column;
};
constexpr std::array<Measure, 6> kMeasures{{{QT_TRANSLATE_NOOP("herald::StatisticsPage", "Delivered"), 6},
                                            {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Failed"), 7},
                                            {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Opted out"), 8},
                                            {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Replied"), 9},
                                            {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Answered"), 10},
                                            {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Conversion"), 16}}};

// Table columns: headers and the Comparison::cells() column each shows.
struct Column
{
    const char *header;
    int cell;
};
constexpr std::array<Column, 15> kColumns{{{QT_TRANSLATE_NOOP("herald::StatisticsPage", "Campaign"), 0},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Run"), 2},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Channel"), 4},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Messages"), 5},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Delivered %"), 6},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Failed %"), 7},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Opted out %"), 8},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Replied %"), 9},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Answered %"), 10},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Conversion %"), 16},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Goal target %"), 17},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Sent / min"), 11},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "SMS segments"), 12},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Minutes to complete"), 13},
                                           {QT_TRANSLATE_NOOP("herald::StatisticsPage", "Configuration"), 15}}};

// The chart in the colours of `pal`: the window's, or paper's for the PDF.
void paintChart(QPainter &p, const QRectF &rect, const QList<Comparison::Row> &rows, const QFont &font,
                const QPalette &pal);

QString label(const Comparison::Row &r, bool byRun)
{
    return (byRun ? u'#' + QString::number(r.runId) + u' ' + label(r.runKind) : r.name) + u" \u00b7 "
           + displayName(r.kind);
}

} // namespace

// The chart on the page; a table for screen readers.
class ComparisonChart final : public QWidget, public AccessibleTableData
{
public:
    explicit ComparisonChart(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("statisticsChart"));
        setAccessibleName(StatisticsPage::tr("Comparison chart"));
        setMinimumHeight(220);
    }
    void setRows(QList<Comparison::Row> rows, bool byRun)
    {
        m_rows = std::move(rows);
        m_byRun = byRun;
        update();
        AccessibleTable::changed(this);
    }
    QStringList accessibleHeaders() const override
    {
        return {StatisticsPage::tr("Compared"), StatisticsPage::tr("Queued"), StatisticsPage::tr("Delivered"),
                StatisticsPage::tr("Failed"), StatisticsPage::tr("Opted out")};
    }
    QList<QStringList> accessibleRows() const override
    {
        const QLocale locale;
        QList<QStringList> out;
        for (const Comparison::Row &r : m_rows)
            out << QStringList{label(r, m_byRun), locale.toString(r.queued),
                               locale.toString(r.rate(r.delivered) * 100, 'f', 1) + u" %",
                               locale.toString(r.rate(r.failed) * 100, 'f', 1) + u" %",
                               locale.toString(r.rate(r.optedOut) * 100, 'f', 1) + u" %"};
        return out;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), palette().color(QPalette::Base));
        QList<Comparison::Row> rows = m_rows;
        for (Comparison::Row &r : rows) // the legend names what the page's mode names
            r.name = label(r, m_byRun);
        paintChart(p, QRectF(rect()).adjusted(6, 6, -6, -6), rows, font(), palette());
    }

private:
    QList<Comparison::Row> m_rows;
    bool m_byRun = false;
};

void StatisticsPage::drawChart(QPainter &p, const QRectF &rect, const QList<Comparison::Row> &rows, const QFont &font)
{
    paintChart(p, rect, rows, font, QPalette(Qt::white, Qt::white)); // on white paper
}

namespace {

void paintChart(QPainter &p, const QRectF &rect, const QList<Comparison::Row> &rows, const QFont &font,
                const QPalette &pal)
{
    p.save();
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    if (rows.isEmpty()) {
        p.setPen(Tones::text(Tones::Tone::Neutral, pal));
        p.drawText(rect, Qt::AlignCenter,
                   StatisticsPage::tr("Tick campaigns to compare, or choose a campaign's runs."));
        p.restore();
        return;
    }
    bool phone = false;
    for (const Comparison::Row &r : rows)
        phone = phone || r.kind == ChannelKind::Phone;
    const int groups = phone ? int(kMeasures.size()) : int(kMeasures.size()) - 1;
    // Legend: a swatch and the row's name, wrapping to as many lines as it needs.
    QList<QRectF> legend;
    qreal x = rect.left(), y = 0;
    const qreal swatch = fm.height() * 0.8;
    for (const Comparison::Row &r : rows) {
        const qreal w = swatch + fm.height() * 0.3 + fm.horizontalAdvance(r.name) + fm.height();
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += fm.height() * 1.2;
        }
        legend.append(QRectF(x, y, w, fm.height()));
        x += w;
    }
    const qreal legendHeight = y + fm.height() * 1.4;
    const qreal left = fm.horizontalAdvance(QStringLiteral("100%")) + fm.height() * 0.5;
    const QRectF plot(rect.left() + left, rect.top() + fm.height() * 0.5, rect.width() - left,
                      rect.height() - legendHeight - fm.height() * 2.2);
    p.setPen(QPen(Tones::gridLine(pal), 0, Qt::DashLine));
    for (int pct = 25; pct <= 100; pct += 25) {
        const qreal yy = plot.bottom() - plot.height() * pct / 100.0;
        p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy));
    }
    p.setPen(Tones::axisText(pal));
    for (int pct = 0; pct <= 100; pct += 50) {
        const qreal yy = plot.bottom() - plot.height() * pct / 100.0;
        p.drawText(QRectF(rect.left(), yy - fm.height() / 2, left - fm.height() * 0.3, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(pct) + u'%');
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const qreal groupWidth = plot.width() / groups;
    const qreal barWidth = groupWidth * 0.8 / qreal(rows.size());
    for (int g = 0; g < groups; ++g) {
        const qreal gx = plot.left() + g * groupWidth + groupWidth * 0.1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString cell = Comparison::cells(rows.at(i)).at(kMeasures.at(g).column);
            if (cell.isEmpty())
                continue; // answered: phone rows only
            const qreal h = plot.height() * std::clamp(cell.toDouble(), 0.0, 100.0) / 100.0;
            p.fillRect(QRectF(gx + qreal(i) * barWidth, plot.bottom() - h, barWidth * 0.9, h),
                       Tones::series(int(i), pal));
        }
        p.setPen(Tones::axisText(pal));
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + fm.height() * 0.2, groupWidth, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, StatisticsPage::tr(kMeasures.at(g).name));
    }
    const qreal legendTop = plot.bottom() + fm.height() * 1.6;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRectF at = legend.at(i).translated(0, legendTop);
        p.fillRect(QRectF(at.left(), at.top() + (fm.height() - swatch) / 2, swatch, swatch),
                   Tones::series(int(i), pal));
        p.setPen(Tones::axisText(pal));
        p.drawText(QPointF(at.left() + swatch + fm.height() * 0.3, at.top() + fm.ascent()), rows.at(i).name);
    }
    p.restore();
}

} // namespace

StatisticsPage::StatisticsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    m_campaignsMode = new QRadioButton(tr("&Campaigns side by side"), side);
    m_campaignsMode->setObjectName(QStringLiteral("statisticsByCampaign"));
    m_runsMode = new QRadioButton(tr("&Runs of one campaign"), side);
    m_runsMode->setObjectName(QStringLiteral("statisticsByRun"));
    m_campaignsMode->setChecked(true);
    sideLayout->addWidget(m_campaignsMode);
    sideLayout->addWidget(m_runsMode);
    m_pickers = new QStackedWidget(side);
    m_campaigns = new QListWidget(m_pickers);
    m_campaigns->setObjectName(QStringLiteral("statisticsCampaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns to compare"));
    m_campaign = new QComboBox(m_pickers);
    m_campaign->setObjectName(QStringLiteral("statisticsCampaign"));
    m_campaign->setAccessibleName(tr("Campaign whose runs to compare"));
    auto *comboPage = new QWidget(m_pickers);
    auto *comboLayout = new QVBoxLayout(comboPage);
    comboLayout->setContentsMargins(0, 0, 0, 0);
    comboLayout->addWidget(m_campaign);
    comboLayout->addStretch(1);
    m_pickers->addWidget(m_campaigns);
    m_pickers->addWidget(comboPage);
    sideLayout->addWidget(m_pickers, 1);
    side->setMinimumWidth(230);
    splitter->addWidget(side);

    auto *main = new QWidget(splitter);
    auto *mainLayout = new QVBoxLayout(main);
    auto *buttons = new QHBoxLayout;
    m_note = new QLabel(main);
    m_note->setObjectName(QStringLiteral("statisticsNote"));
    m_note->setWordWrap(true);
    buttons->addWidget(m_note, 1);
    m_csv = new QPushButton(tr("Export &CSV…"), main);
    m_csv->setObjectName(QStringLiteral("statisticsCsv"));
    m_pdf = new QPushButton(tr("Export &PDF…"), main);
    m_pdf->setObjectName(QStringLiteral("statisticsPdf"));
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    mainLayout->addLayout(buttons);
    m_chart = new ComparisonChart(main);
    mainLayout->addWidget(m_chart, 2);
    m_table = new QTableWidget(0, int(kColumns.size()), main);
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setAccessibleName(tr("Statistics compared"));
    m_table->setAccessibleDescription(tr("Messages, rates and timing of the chosen campaigns or runs"));
    QStringList headers;
    for (const Column &c : kColumns)
        headers << tr(c.header);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    mainLayout->addWidget(m_table, 3);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);

    connect(m_campaignsMode, &QRadioButton::toggled, this, [this](bool on) {
        m_byRun = !on;
        m_pickers->setCurrentIndex(on ? 0 : 1);
        recompute();
    });
    connect(m_campaigns, &QListWidget::itemChanged, this, [this] {
        if (!m_byRun)
            recompute();
    });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] {
        if (m_byRun)
            recompute();
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        bool bom = false;
        if (const QString path =
                Dialogs::csvSavePath(this, tr("Export statistics"), QStringLiteral("statistics.csv"), &bom);
            !path.isEmpty())
            exportCsv(path, bom);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export statistics"),
                                                          QStringLiteral("statistics.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    recompute();
}

void StatisticsPage::setSession(const Session &session)
{
    m_session = session;
    m_rows.clear();
    m_byCampaign.clear();
    m_campaigns->clear();
    m_campaign->clear();
    recompute(); // empty: the campaigns are read when the page is shown (refresh())
}

void StatisticsPage::refresh()
{
    m_byCampaign.clear(); // runs may have moved on since
    if (!m_session.valid())
        return;
    auto list = CampaignService(*m_session.db, m_session.tenantId, m_session.user).list({});
    if (!list) {
        emit statusMessage(list.error().shown());
        return;
    }
    QSet<Id> ticked;
    for (int i = 0; i < m_campaigns->count(); ++i)
        if (m_campaigns->item(i)->checkState() == Qt::Checked)
            ticked.insert(m_campaigns->item(i)->data(Qt::UserRole).toLongLong());
    const Id chosen = m_campaign->currentData().toLongLong();
    QSignalBlocker blockList(m_campaigns), blockCombo(m_campaign);
    m_campaigns->clear();
    m_campaign->clear();
    for (const CampaignOverview &o : std::as_const(*list)) {
        if (!o.lastLiveRun)
            continue; // never ran live: nothing to compare
        const QString text = o.campaign.name + u" (" + o.campaign.shortId + u')';
        auto *item = new QListWidgetItem(text, m_campaigns);
        item->setData(Qt::UserRole, o.campaign.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(o.campaign.id) ? Qt::Checked : Qt::Unchecked);
        m_campaign->addItem(text, o.campaign.id);
    }
    if (const int at = m_campaign->findData(chosen); at >= 0)
        m_campaign->setCurrentIndex(at);
}

void StatisticsPage::compare(const QList<Id> &campaignIds)
{
    refresh();
    {
        QSignalBlocker block(m_campaigns);
        for (int i = 0; i < m_campaigns->count(); ++i) {
            QListWidgetItem *item = m_campaigns->item(i);
            item->setCheckState(campaignIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    }
    m_campaignsMode->setChecked(true);
    m_byRun = false;
    recompute();
}

void StatisticsPage::compareRuns(Id campaignId)
{
    refresh();
    {
        QSignalBlocker block(m_campaign);
        m_campaign->setCurrentIndex(m_campaign->findData(campaignId));
    }
    m_runsMode->setChecked(true);
    m_byRun = true;
    recompute();
}

QString StatisticsPage::rowLabel(const Comparison::Row &row) const
{
    return label(row, m_byRun);
}

void StatisticsPage::recompute()
{
    m_rows.clear();
    QStringList skipped;
    if (m_session.valid()) {
        Result<QList<Comparison::Row>> rows = QList<Comparison::Row>();
        if (m_byRun) {
            if (const Id id = m_campaign->currentData().toLongLong())
                rows = Comparison::runs(*m_session.db, m_session.tenantId, m_session.user, id);
        } else {
            // Each campaign's rows are read once: ticking one more does not read the others again.
            QList<Comparison::Row> ticked;
            for (int i = 0; i < m_campaigns->count() && rows; ++i) {
                if (m_campaigns->item(i)->checkState() != Qt::Checked)
                    continue;
                const Id id = m_campaigns->item(i)->data(Qt::UserRole).toLongLong();
                if (!m_byCampaign.contains(id)) {
                    QStringList left;
                    rows = Comparison::campaigns(*m_session.db, m_session.tenantId, m_session.user, {id}, &left);
                    if (rows)
                        m_byCampaign.insert(id, {*rows, left});
                }
                const auto &[campaignRows, left] = m_byCampaign.value(id);
                ticked += campaignRows;
                skipped += left;
            }
            if (rows)
                rows = ticked;
        }
        if (!rows)
            emit statusMessage(rows.error().shown());
        else
            m_rows = *rows;
    }
    m_table->setColumnHidden(int(kColumns.size()) - 1, !m_byRun); // configuration: run against run
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const QStringList cells = Comparison::cells(m_rows.at(r));
        for (int c = 0; c < int(kColumns.size()); ++c) {
            QString text = cells.at(kColumns.at(c).cell);
            if (c == 0)
                text = m_rows.at(r).name + u" (" + m_rows.at(r).shortId + u')';
            else if (c == 1)
                text = u'#' + text + u' ' + label(m_rows.at(r).runKind);
            else if (c == 2)
                text = displayName(m_rows.at(r).kind);
            auto *item = new QTableWidgetItem(text);
            if (c >= 3 && c < int(kColumns.size()) - 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_chart->setRows(m_rows, m_byRun);
    m_csv->setEnabled(!m_rows.isEmpty());
    m_pdf->setEnabled(!m_rows.isEmpty());
    QString note = m_byRun ? tr("Each run of the campaign, a row per channel, with its frozen configuration.")
                           : tr("Each ticked campaign by its newest live run, a row per channel.");
    note += u' '
            + tr("Rates are of the messages queued; SMS segments are counted from the frozen text for each message "
                 "sent.");
    if (!skipped.isEmpty())
        note += u' ' + tr("Left out: %1").arg(skipped.join(QStringLiteral("; ")));
    m_note->setText(note);
}

bool StatisticsPage::exportCsv(const QString &path, bool bom)
{
    if (const auto rows = writeFile(path, [&](QIODevice &out) { return Comparison::writeCsv(m_rows, out, bom); });
        !rows) {
        Dialogs::warn(this, tr("Export statistics"), rows.error().shown());
        return false;
    }
    emit statusMessage(tr("Statistics saved to %1.").arg(path));
    return true;
}

bool StatisticsPage::exportPdf(const QString &path)
{
    const auto pages = writeFile(path, [&](QIODevice &out) { return writePdf(out); });
    if (!pages) {
        Dialogs::warn(this, tr("Export statistics"), pages.error().shown());
        return false;
    }
    emit statusMessage(tr("Statistics saved to %1.").arg(path));
    return true;
}

Result<qint64> StatisticsPage::writePdf(QIODevice &out) const
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(tr("Herald statistics"));
    writer.setCreator(QStringLiteral("Herald"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::runtime(tr("cannot start the PDF"));
    const QRectF page = writer.pageLayout()
                            .paintRectPixels(writer.resolution())
                            .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    QFont title = font;
    title.setPointSizeF(14);
    title.setBold(true);
    painter.setFont(title);
    const QFontMetricsF tm(title, &writer);
    painter.drawText(QRectF(0, 0, page.width(), tm.height()), Qt::AlignLeft,
                     m_byRun ? tr("Runs of %1").arg(m_campaign->currentText()) : tr("Campaigns side by side"));
    QList<Comparison::Row> named = m_rows;
    for (Comparison::Row &r : named)
        r.name = rowLabel(r);
    const qreal chartHeight = page.height() * 0.42;
    drawChart(painter, QRectF(0, tm.height() * 1.5, page.width(), chartHeight), named, font);

    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (int c = 0; c < int(kColumns.size()); ++c)
        if (m_byRun || c != int(kColumns.size()) - 1)
            html += u"<th>" + tr(kColumns.at(c).header).toHtmlEscaped() + u"</th>";
    html += QStringLiteral("</tr></thead>");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < int(kColumns.size()); ++c)
            if (m_byRun || c != int(kColumns.size()) - 1)
                html += (c >= 3 ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>"))
                        + m_table->item(r, c)->text().toHtmlEscaped() + u"</td>";
        html += QStringLiteral("</tr>");
    }
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(html + u"</table><p>" + m_note->text().toHtmlEscaped() + u"</p>");
    // The table below the chart; a long one goes on over further pages, in the same band.
    const qreal top = tm.height() * 1.5 + chartHeight + tm.height();
    doc.setPageSize(QSizeF(page.width(), page.height() - top));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, i * doc.pageSize().height(), page.width(), doc.pageSize().height());
        painter.translate(0, top - clip.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace herald
