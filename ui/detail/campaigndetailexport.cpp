#include "campaigndetailpage.h"

#include "common/dialogs.h"
#include "report/reportdocument.h"
#include "reporting/messageexport.h"
#include "reporting/reportcsv.h"
#include "storage/outputfile.h"

#include <QDialog>
#include <QEventLoop>
#include <QLocale>
#include <QPointer>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QSaveFile>

#include <atomic>
#include <memory>
#include <optional>

// The campaign's messages and report written out: CSV, PDF and print.

namespace herald {

bool CampaignDetailPage::exportMessages(const QString &path, bool bom)
{
    const Id tenantId = m_session.tenantId;
    const Id campaign = m_data.overview.campaign.id;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QProgressDialog progress(tr("Exporting the messages…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> bar(&progress);
    // Waits in a local event loop, so the progress dialog paints and its Cancel answers.
    std::optional<Result<qint64>> written;
    QEventLoop wait;
    const auto finished = [&written, &wait](Result<qint64> rows) {
        written = std::move(rows);
        wait.quit();
    };
    BackgroundTask<Result<qint64>> task{&wait, finished};
    task.start(*m_session.db, [tenantId, campaign, path, bom, cancel, bar](const Database &db) -> Result<qint64> {
        QSaveFile file(path); // committed only when complete: a cancel or an error leaves no file
        Result<qint64> rows = qint64(0);
        if (!file.open(QIODevice::WriteOnly)) {
            rows = Error::runtime(u"cannot write " + path + u": " + file.errorString());
        } else {
            rows = MessageExport::write(db, tenantId, campaign, {std::nullopt, bom}, file,
                                        [cancel, bar](qint64 done, qint64 total) {
                                            QMetaObject::invokeMethod(
                                                bar,
                                                [bar, done, total] {
                                                    if (bar && total > 0)
                                                        bar->setValue(int(done * 1000 / total));
                                                },
                                                Qt::QueuedConnection);
                                            return !cancel->load();
                                        });
            if (rows && !file.commit())
                rows = Error::runtime(u"cannot write " + path + u": " + file.errorString());
        }
        return rows;
    });
    if (!written.has_value())
        wait.exec();
    if (!written.has_value()) { // the loop ended early (the application is quitting)
        task.waitForFinished();
        written = task.result();
    }
    progress.reset();
    const Result<qint64> rows = std::move(*written);
    if (!rows) {
        if (!cancel->load())
            Dialogs::warn(this, tr("Export messages"), rows.error().shown());
        return false;
    }
    emit statusMessage(tr("Exported %1 messages to %2.").arg(QLocale().toString(*rows), path));
    return true;
}

bool CampaignDetailPage::printReport()
{
    if (!m_data.report)
        return false;
    const CampaignReport report = *m_data.report;
    QPrintPreviewDialog preview(this);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(tr("Print report — %1").arg(report.campaignName));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [report](QPrinter *printer) { ReportDocument::render(report, *printer); });
    return Dialogs::exec(&preview) == QDialog::Accepted;
}

bool CampaignDetailPage::exportPdf(const QString &path, QPageSize::PageSizeId size)
{
    if (!m_data.report)
        return false;
    if (const auto pages = ReportDocument::writePdf(*m_data.report, path, size); !pages) {
        Dialogs::warn(this, tr("Export report"), pages.error().shown());
        return false;
    }
    emit statusMessage(tr("Report of %1 saved to %2.").arg(m_data.overview.campaign.shortId, path));
    return true;
}

bool CampaignDetailPage::exportReportCsv(const QString &path, bool bom)
{
    if (!m_data.report)
        return false;
    if (const auto rows = writeFile(path, [&](QIODevice &out) { return ReportCsv::write(*m_data.report, out, bom); });
        !rows) {
        Dialogs::warn(this, tr("Export report tables"), rows.error().shown());
        return false;
    }
    emit statusMessage(tr("Report tables of %1 saved to %2.").arg(m_data.overview.campaign.shortId, path));
    return true;
}

} // namespace herald
