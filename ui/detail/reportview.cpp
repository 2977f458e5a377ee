#include "reportview.h"

#include "common/accessibletable.h"
#include "common/emptystate.h"
#include "common/tones.h"

#include "domain/labels.h"
#include "models/timetext.h"

#include "campaigndetaildata.h"
#include "detailformat.h"
#include "lifecycle/failurereasons.h"
#include "numberhealth.h"
#include "report/reportdocument.h"
#include "uploadfollowup.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace herald {

namespace {

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    return t;
}

// As tall as its rows (at most `maxRows` of them), so the blocks below keep the space.
void fitHeight(QTableWidget *t, int maxRows)
{
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < std::min(t->rowCount(), maxRows); ++r)
        h += t->rowHeight(r);
    if (t->rowCount() > maxRows || t->rowCount() == 0)
        h += t->rowCount() == 0 ? t->verticalHeader()->defaultSectionSize() : t->rowHeight(0) / 2;
    if (t->horizontalScrollBar()->isVisible() || t->horizontalHeader()->length() > t->viewport()->width())
        h += t->horizontalScrollBar()->sizeHint().height();
    t->setFixedHeight(h);
}

QTableWidgetItem *number(qint64 n)
{
    auto *item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// The document's throughput chart, drawn on the tab; a table for screen readers.
class ThroughputView final : public QWidget, public AccessibleTableData
{
public:
    explicit ThroughputView(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("throughputChart"));
        setAccessibleName(ReportView::tr("Throughput: messages sent per interval and channel"));
        setMinimumHeight(170);
    }
    void setData(CampaignReport::Throughput throughput)
    {
        m_data = std::move(throughput);
        update();
        AccessibleTable::changed(this);
    }
    QStringList accessibleHeaders() const override
    {
        QStringList headers{ReportView::tr("From")};
        for (ChannelKind kind : m_data.perBucket.keys())
            headers << displayName(kind);
        return headers;
    }
    QList<QStringList> accessibleRows() const override
    {
        qsizetype buckets = 0;
        for (const QList<qint64> &counts : m_data.perBucket)
            buckets = std::max(buckets, counts.size());
        const QLocale locale;
        QList<QStringList> rows;
        for (qsizetype i = 0; i < buckets; ++i) {
            QStringList row{TimeText::shortText(m_data.start.addSecs(i * m_data.bucketSecs))};
            for (const QList<qint64> &counts : m_data.perBucket)
                row << locale.toString(counts.value(i));
            rows << row;
        }
        return rows;
    }
    bool isEmpty() const { return m_data.perBucket.isEmpty(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), Tones::paper()); // drawn as printed, so readable in a dark palette too
        // The tab shows times as the rest of the window does: in the tenant's zone.
        ReportDocument::drawThroughput(p, QRectF(rect()).adjusted(4, 4, -4, -4), m_data, font(),
                                       TimeText::displayZone());
    }

private:
    CampaignReport::Throughput m_data;
};

ReportView::ReportView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Campaign report"));
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    grid->addWidget(m_title, 0, 0, 1, 2);

    auto box = [content](const QString &title, QWidget *w) {
        auto *g = new QGroupBox(title, content);
        auto *l = new QVBoxLayout(g);
        w->setParent(g);
        l->addWidget(w);
        return g;
    };
    m_funnel = table(QStringLiteral("funnelTable"), {tr("Stage"), tr("Messages"), tr("Of queued"), QString()}, this);
    m_funnel->setAccessibleName(tr("Funnel"));
    m_results = table(QStringLiteral("resultsTable"), {tr("Channel")}, this);
    m_results->setAccessibleName(tr("Results per channel"));
    m_reasons =
        table(QStringLiteral("failureReasonsTable"), {tr("Channel"), tr("State"), tr("Messages"), tr("Reason")}, this);
    m_reasons->setAccessibleName(tr("Failure reasons"));
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("runHistory"));
    m_history->setAccessibleName(tr("Run history"));
    m_history->setAccessibleDescription(tr("Enter opens the run's report"));
    m_history->setHeaderLabels({tr("Run"), tr("Disclaimer accepted"), tr("Finished"), tr("Configuration")});
    m_history->header()->setStretchLastSection(true);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, Qt::UserRole).toLongLong())
            emit runChosen(id);
    });
    // A campaign that has not run: its history says so, and offers a test run when there can be one.
    m_noRuns = EmptyState::over(m_history, QStringLiteral("runHistoryEmpty"));
    setTestRunAvailable(false);
    // The goal: conversion by its metric against its target, and the links people clicked.
    auto *goal = new QWidget(content);
    auto *goalLayout = new QVBoxLayout(goal);
    goalLayout->setContentsMargins(0, 0, 0, 0);
    m_conversion = new QLabel(goal);
    m_conversion->setObjectName(QStringLiteral("conversionText"));
    m_conversion->setWordWrap(true);
    m_conversion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    goalLayout->addWidget(m_conversion);
    m_links = table(QStringLiteral("clickedLinksTable"), {tr("Link"), tr("Clicks"), tr("People")}, this);
    m_links->setAccessibleName(tr("Clicked links"));
    goalLayout->addWidget(m_links);
    m_goalBox = box(tr("Goal"), goal);
    grid->addWidget(m_goalBox, 1, 0, 1, 2);
    grid->addWidget(box(tr("Funnel"), m_funnel), 2, 0);
    grid->addWidget(box(tr("Failure reasons"), m_reasons), 2, 1);
    grid->addWidget(box(tr("Results per channel"), m_results), 3, 0, 1, 2);
    m_throughput = new ThroughputView(content);
    m_throughputBox = box(tr("Throughput"), m_throughput);
    grid->addWidget(m_throughputBox, 4, 0, 1, 2);
    m_numbers = new NumberHealthTable(content);
    connect(m_numbers, &NumberHealthTable::numberActivated, this, &ReportView::numberActivated);
    m_numbersBox = box(tr("Number pool health"), m_numbers);
    grid->addWidget(m_numbersBox, 5, 0, 1, 2);
    // This run's numbers: answer rate, talk time and the keys callees pressed.
    m_runNumbers = table(QStringLiteral("runNumbersTable"), ReportDocument::numberHeaders(), this);
    m_runNumbers->setAccessibleName(tr("Numbers in this run"));
    m_runNumbersBox = box(tr("Numbers in this run"), m_runNumbers);
    grid->addWidget(m_runNumbersBox, 6, 0, 1, 2);
    m_uploads = new UploadFollowUpTable(content);
    m_uploadsBox = box(tr("CSV upload follow-up"), m_uploads);
    grid->addWidget(m_uploadsBox, 7, 0, 1, 2);
    grid->addWidget(box(tr("Run history"), m_history), 8, 0, 1, 2);
    grid->setRowStretch(8, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

void ReportView::setTestRunAvailable(bool available)
{
    if (available)
        m_noRuns->setTexts(tr("No runs yet"),
                           tr("A test run sends the campaign to its test recipients only; Run… sends it to its "
                              "audience."),
                           tr("Test run…"), [this] { emit testRunRequested(); });
    else
        m_noRuns->setTexts(tr("No runs yet"), tr("Each run of the campaign shows here with the configuration it "
                                                 "ran with."));
}

void ReportView::show(const CampaignDetailData &d)
{
    m_title->setText(d.focusRun ? u"<b>" + DetailFormat::runLabel(*d.focusRun, d) + u"</b>"
                                : tr("<b>This campaign has not run yet.</b>"));

    m_numbersBox->setVisible(m_numbers->show(d));
    m_throughput->setData(d.report ? d.report->throughput : CampaignReport::Throughput());
    m_throughputBox->setVisible(!m_throughput->isEmpty());
    m_uploadsBox->setVisible(m_uploads->show(d));
    const QList<CampaignReport::Number> runNumbers = d.report ? d.report->numbers : QList<CampaignReport::Number>();
    m_runNumbers->setRowCount(int(runNumbers.size()));
    for (int i = 0; i < runNumbers.size(); ++i) {
        const QStringList cells = ReportDocument::numberCells(runNumbers.at(i));
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 1 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(cells.at(c));
            m_runNumbers->setItem(i, c, item);
        }
    }
    m_runNumbers->resizeColumnsToContents();
    m_runNumbers->horizontalHeader()->setStretchLastSection(true);
    fitHeight(m_runNumbers, 8);
    m_runNumbersBox->setVisible(!runNumbers.isEmpty());

    const bool hasGoal = d.report && d.report->conversion;
    const QList<LinkClickRepository::Link> links = d.report ? d.report->links : QList<LinkClickRepository::Link>();
    m_goalBox->setVisible(hasGoal || !links.isEmpty());
    m_goalBox->setTitle(hasGoal ? tr("Goal: %1").arg(d.report->conversion->goal) : tr("Link clicks"));
    m_conversion->setText(hasGoal ? ReportDocument::conversionText(*d.report->conversion) : QString());
    m_conversion->setVisible(hasGoal);
    m_links->setRowCount(int(links.size()));
    for (int i = 0; i < links.size(); ++i) {
        auto *url = new QTableWidgetItem(links.at(i).url);
        url->setToolTip(links.at(i).url);
        m_links->setItem(i, 0, url);
        m_links->setItem(i, 1, number(links.at(i).clicks));
        m_links->setItem(i, 2, number(links.at(i).contacts));
    }
    m_links->setVisible(!links.isEmpty());
    m_links->resizeColumnsToContents();
    m_links->horizontalHeader()->setStretchLastSection(false);
    m_links->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitHeight(m_links, 6);

    // Funnel: queued -> sent -> delivered -> replied / opted out, failed.
    const QList<CampaignReport::Channel> channels = d.report ? d.report->channels : QList<CampaignReport::Channel>();
    qint64 queued = 0, sent = 0, delivered = 0, replied = 0, optedOut = 0, failed = 0;
    for (const CampaignReport::Channel &ch : channels) {
        queued += ch.queued;
        sent += ch.sent;
        delivered += ch.delivered;
        replied += ch.replied;
        optedOut += ch.optedOut;
        failed += ch.failed;
    }
    const std::pair<QString, qint64> stages[] = {{tr("Queued"), queued},       {tr("Sent"), sent},
                                                 {tr("Delivered"), delivered}, {tr("Replied"), replied},
                                                 {tr("Opted out"), optedOut},  {tr("Failed"), failed}};
    m_funnel->setRowCount(int(std::size(stages)));
    for (int i = 0; i < int(std::size(stages)); ++i) {
        m_funnel->setItem(i, 0, new QTableWidgetItem(stages[i].first));
        m_funnel->setItem(i, 1, number(stages[i].second));
        m_funnel->setItem(i, 2, new QTableWidgetItem(DetailFormat::percent(stages[i].second, queued)));
        auto *bar = new QProgressBar(m_funnel);
        bar->setRange(0, 1000);
        bar->setValue(queued > 0 ? int(1000 * stages[i].second / queued) : 0);
        bar->setTextVisible(false);
        m_funnel->setCellWidget(i, 3, bar);
    }
    m_funnel->resizeColumnsToContents();
    m_funnel->horizontalHeader()->setStretchLastSection(true);
    fitHeight(m_funnel, 7);

    // Results per channel: only the states that occur; provider latency for the roles
    // that see diagnostics.
    const QList<MessageStatus> states = d.report ? d.report->statesThatOccur() : QList<MessageStatus>();
    const bool latency = d.report && d.report->diagnostics;
    QStringList headers{tr("Channel")};
    for (MessageStatus s : std::as_const(states))
        headers << label(s);
    headers << tr("Total");
    if (latency)
        headers << tr("Latency avg") << tr("Latency p95");
    m_results->setColumnCount(int(headers.size()));
    m_results->setHorizontalHeaderLabels(headers);
    m_results->setRowCount(int(channels.size()));
    const auto ms = [](const std::optional<double> &v) { return new QTableWidgetItem(ReportDocument::latencyText(v)); };
    for (int row = 0; row < channels.size(); ++row) {
        const CampaignReport::Channel &ch = channels.at(row);
        m_results->setItem(row, 0, new QTableWidgetItem(displayName(ch.kind)));
        for (int c = 0; c < states.size(); ++c)
            m_results->setItem(row, c + 1, number(ch.counts.value(states.at(c))));
        m_results->setItem(row, int(states.size()) + 1, number(ch.queued));
        if (latency) {
            m_results->setItem(row, int(states.size()) + 2, ms(ch.latencyAverageMs));
            m_results->setItem(row, int(states.size()) + 3, ms(ch.latencyP95Ms));
        }
    }
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->resizeColumnsToContents();
    fitHeight(m_results, 8);

    const QList<CampaignReport::Reason> reasons = d.report ? d.report->reasons : QList<CampaignReport::Reason>();
    m_reasons->setRowCount(int(reasons.size()));
    for (int i = 0; i < reasons.size(); ++i) {
        const auto &r = reasons.at(i);
        m_reasons->setItem(i, 0, new QTableWidgetItem(displayName(r.channel)));
        m_reasons->setItem(i, 1, new QTableWidgetItem(label(r.status)));
        m_reasons->setItem(i, 2, number(r.count)); // before the reason, which may be long
        auto *reason = new QTableWidgetItem(r.reason);
        reason->setToolTip(r.reason);
        m_reasons->setItem(i, 3, reason);
    }
    m_reasons->resizeColumnsToContents();
    m_reasons->horizontalHeader()->setStretchLastSection(true);
    fitHeight(m_reasons, 6);

    m_history->clear();
    for (auto it = d.runs.crbegin(); it != d.runs.crend(); ++it) {
        const Run &r = *it;
        QString accepted = r.disclaimerAcceptedBy ? tr("%1, %2").arg(d.userNames.value(*r.disclaimerAcceptedBy),
                                                                     DetailFormat::time(r.disclaimerAcceptedAt))
                                                  : tr("—");
        QString config;
        if (r.failedToStart()) {
            QStringList why;
            for (const Finding &f : FailureReasons::fromJsonText(r.failureReasons))
                why << f.message.shown();
            config = tr("Could not start: %1").arg(why.join(QStringLiteral("; ")));
        } else {
            const QJsonObject frozen = QJsonDocument::fromJson(r.configuration.toUtf8()).object();
            QStringList frozenChannels;
            for (const QJsonValue &ch : frozen.value(QLatin1StringView("frozen_channels")).toArray())
                if (auto kind = fromString<ChannelKind>(ch.toObject().value(QLatin1StringView("kind")).toString()))
                    frozenChannels << displayName(*kind);
            config = tr("%1; %2 launch; content revision %3")
                         .arg(frozenChannels.join(QStringLiteral(", ")),
                              frozen.value(QLatin1StringView("launch_type")).toString(),
                              QString::number(frozen.value(QLatin1StringView("content_revision")).toInt()));
        }
        auto *item = new QTreeWidgetItem(
            m_history, {DetailFormat::runLabel(r, d), accepted, DetailFormat::time(r.finishedAt), config});
        item->setData(0, Qt::UserRole, r.id);
        item->setToolTip(3, QString::fromUtf8(QJsonDocument::fromJson(r.configuration.toUtf8()).toJson()));
        if (d.focusRun && d.focusRun->id == r.id) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        for (const RunChannel &rc : r.channels)
            new QTreeWidgetItem(
                item, {displayName(rc.kind) + u": " + label(rc.status), QString(), DetailFormat::time(rc.finishedAt)});
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
}

} // namespace herald
