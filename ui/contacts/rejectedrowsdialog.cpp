#include "rejectedrowsdialog.h"

#include "common/dialogs.h"
#include "storage/outputfile.h"
#include "storage/uploadrepository.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

namespace {
constexpr int kMaxShown = 10000; // a table people read; the saved file has every row
} // namespace

RejectedRowsDialog::RejectedRowsDialog(const Session &session, const Upload &upload, QWidget *parent)
    : QDialog(parent), m_session(session), m_upload(upload)
{
    setObjectName(QStringLiteral("rejectedRowsDialog"));
    setWindowTitle(tr("Rejected rows of upload %1").arg(upload.id));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 into %2: %Ln row(s) rejected. Save them, correct them and import the file again.",
                                nullptr, int(upload.rejected))
                                 .arg(upload.fileName, upload.listName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rejectedRows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    // Each rejected row: its line in the file, why, and the row as it was read.
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Row as read")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    UploadRepository uploads(*session.db, session.tenantId);
    QString readError;
    for (qint64 after = 0; m_table->rowCount() < kMaxShown;) {
        auto page = uploads.rows(upload.id, {UploadRow::Outcome::Rejected}, after, 5000);
        if (!page) {
            readError = page.error().shown();
            break;
        }
        if (page->isEmpty())
            break;
        for (const UploadRow &r : std::as_const(*page)) {
            const int at = m_table->rowCount();
            m_table->insertRow(at);
            auto *line = new QTableWidgetItem(QLocale().toString(r.row));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(at, 0, line);
            m_table->setItem(at, 1, new QTableWidgetItem(r.reason));
            m_table->setItem(at, 2, new QTableWidgetItem(r.content));
            after = r.row;
        }
    }
    m_table->resizeColumnsToContents();
    if (!readError.isEmpty())
        intro->setText(tr("The rejected rows could not be read: %1").arg(readError));
    else if (m_table->rowCount() >= kMaxShown)
        intro->setText(intro->text() + u' ' + tr("The first %1 are shown; Save has them all.").arg(QLocale().toString(kMaxShown)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("rejectedRowsSave"));
    save->setEnabled(readError.isEmpty());
    connect(save, &QPushButton::clicked, this, &RejectedRowsDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

qsizetype RejectedRowsDialog::rowCount() const
{
    return m_table->rowCount();
}

bool RejectedRowsDialog::save(QWidget *parent, const Session &session, Id uploadId, const QString &path)
{
    auto csv = UploadRepository(*session.db, session.tenantId).rejectionsCsv(uploadId);
    const Result<qint64> written =
        csv ? writeFile(path, [&](QIODevice &out) -> Result<qint64> { return out.write(*csv); })
            : Result<qint64>(csv.error());
    if (!written)
        Dialogs::warn(parent, tr("Save Rejected Rows"), written.error().shown());
    return written.ok();
}

void RejectedRowsDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"), QFileInfo(m_upload.fileName).completeBaseName() + tr("-rejected.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        save(this, m_session, m_upload.id, path);
}

} // namespace herald
