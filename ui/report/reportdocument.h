#pragma once

#include "reporting/campaignreport.h"

#include <QPageSize>

#include <memory>

class QFont;
class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace herald {

// The printable campaign report: the Report tab's content as a document to print or keep
// as PDF. Header (campaign, tenant, run, dates, who started it and accepted the
// disclaimer, reviewer approval), funnel and results per channel, failure reasons,
// numbers, replies and the run's frozen configuration; latency only when the report has
// diagnostics (admin, support). Every page carries the campaign in its header and
// "Page N of M" in its footer; a table that runs over a page repeats its header row.
class ReportDocument final
{
public:
    static std::unique_ptr<QTextDocument> build(const CampaignReport &report);
    // "1,234 ms", or a dash without a figure: the tab and the document alike.
    static QString latencyText(const std::optional<double> &ms);
    // "Clicked https://shop.example/new: 42 of 1,000 contacts reached (4.2%); target 8%, not
    // met": the goal's line, the tab and the document alike.
    static QString conversionText(const CampaignReport::Conversion &conversion);
    // The numbers table of the tab and the document: number, calls, answered, answer rate,
    // average talk time and the keys callees pressed ("1: call me back × 3").
    static QStringList numberHeaders();
    static QStringList numberCells(const CampaignReport::Number &number);
    // Lays the document out on `device` (a QPdfWriter or a QPrinter) and paints every
    // page; returns how many.
    static int render(const CampaignReport &report, QPagedPaintDevice &device);
    // The throughput chart (messages reaching Sent per bucket, a line per channel) in
    // `rect`, times in `zone`: the document and the Report tab draw the same.
    static void drawThroughput(QPainter &painter, const QRectF &rect, const CampaignReport::Throughput &data,
                               const QFont &font, const QTimeZone &zone);
    // Needs a QGuiApplication (fonts). Returns the number of pages.
    static Result<int> writePdf(const CampaignReport &report, const QString &path,
                                QPageSize::PageSizeId size = QPageSize::A4);
};

} // namespace herald
