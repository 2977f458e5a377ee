#pragma once

#include "common/session.h"
#include "reporting/comparison.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPainter;
class QPushButton;
class QRadioButton;
class QRectF;
class QStackedWidget;
class QTableWidget;

class QIODevice;

namespace herald {

class ComparisonChart;

// Statistics: campaigns side by side (each by its newest live run; tick them here or
// select them in the campaign list and press Compare), or every run of one campaign next
// to each other with its frozen configuration. A table of per-channel rates (delivered,
// failed, opted out, replied, answered), throughput, cost (SMS segments) and time to
// complete, and grouped bars of the rates; both export as CSV and PDF.
class StatisticsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPage)

public:
    explicit StatisticsPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    // Reads the campaign list again (kept ticks stay ticked).
    void refresh();

    // Campaigns side by side, ticked in the list.
    void compare(const QList<Id> &campaignIds);
    // Runs of one campaign side by side.
    void compareRuns(Id campaignId);
    const QList<Comparison::Row> &rows() const { return m_rows; }

    bool exportCsv(const QString &path, bool bom);
    bool exportPdf(const QString &path);

    // The grouped bars of the rates, for the page and the PDF alike.
    static void drawChart(QPainter &painter, const QRectF &rect, const QList<Comparison::Row> &rows, const QFont &font);

signals:
    void statusMessage(const QString &message);

private:
    // Reads the figures of what is ticked or chosen and shows them.
    void recompute();
    QString rowLabel(const Comparison::Row &row) const;
    // The chart and the table as an A4 landscape PDF; returns the number of pages.
    Result<qint64> writePdf(QIODevice &out) const;

    Session m_session;
    QList<Comparison::Row> m_rows;
    // Per ticked campaign: its rows, and why it was left out (it never ran), as read.
    QHash<Id, std::pair<QList<Comparison::Row>, QStringList>> m_byCampaign;
    bool m_byRun = false;
    QRadioButton *m_campaignsMode = nullptr;
    QRadioButton *m_runsMode = nullptr;
    QStackedWidget *m_pickers = nullptr;
    QListWidget *m_campaigns = nullptr;
    QComboBox *m_campaign = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    ComparisonChart *m_chart = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace herald
