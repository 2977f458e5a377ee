#include "importdialog.h"

#include "audience/contactservice.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "rejectedrowsdialog.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/uploadrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

using Tones::Tone;

namespace {
constexpr int kPreviewRows = 20;
} // namespace

ImportDialog::ImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import Contacts"));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("a .csv file: UTF-8, UTF-16 or Latin-1; comma, semicolon, tab or bar"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    form->addRow(QString(), m_format);
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setEditable(true);
    m_list->setInsertPolicy(QComboBox::NoInsert);
    m_list->lineEdit()->setPlaceholderText(tr("an existing list, or a new name"));
    QString readError; // said in the status line once it is built
    if (m_session.valid()) {
        auto lists = AudienceRepository(*m_session.db, m_session.tenantId).lists();
        if (!lists)
            readError = lists.error().shown();
        for (const ContactList &l : lists.value_or({}))
            m_list->addItem(l.name);
    }
    m_list->setCurrentIndex(-1);
    form->addRow(tr("Into &list:"), m_list);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("importRegion"));
    m_region->setEditable(true);
    m_region->addItems({QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA"), QStringLiteral("DE"),
                        QStringLiteral("FR"), QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("NL"),
                        QStringLiteral("AU"), QStringLiteral("IE")});
    m_region->setToolTip(tr("The country of phone numbers written without + and a country code"));
    form->addRow(tr("Phone &region:"), m_region);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("importCampaign"));
    m_campaign->addItem(tr("none"), Id(0));
    if (m_session.valid()) {
        auto campaigns = CampaignRepository(*m_session.db, m_session.tenantId).list(false);
        if (!campaigns)
            readError = campaigns.error().shown();
        for (const Campaign &c : campaigns.value_or({}))
            m_campaign->addItem(c.name + u" (" + c.shortId + u')', c.id);
    }
    m_campaign->setToolTip(tr("Show this upload's follow-up in the campaign's detail"));
    form->addRow(tr("Follow up in &campaign:"), m_campaign);
    layout->addLayout(form);

    auto *previewLabel = new QLabel(tr("Preview: the first rows, and the field each column goes to"), this);
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    if (!readError.isEmpty())
        m_status->setText(tr("The lists and campaigns to choose from could not all be read: %1").arg(readError));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStart"));
    m_import->setEnabled(false);
    m_saveRejections = m_buttons->addButton(tr("Save &rejected rows…"), QDialogButtonBox::ActionRole);
    m_saveRejections->setObjectName(QStringLiteral("importSaveRejections"));
    m_saveRejections->setVisible(false);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    // Enter in the file field reads the file (editingFinished); it never goes on to the
    // dialog's default button, which would import with the list and region as they stand.
    m_path->installEventFilter(this);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        // Leaving the field after Enter must not read the file again over the fields chosen.
        if (const QString path = m_path->text().trimmed(); !path.isEmpty() && path != m_loadedPath)
            loadFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_result.id != 0)
            accept(); // after an import the button closes
        else
            startImport();
    });
    connect(m_saveRejections, &QPushButton::clicked, this, &ImportDialog::saveRejections);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // Cancelled first, so that waiting for the worker (it reads the file and writes the
    // workspace) does not mean waiting for the whole file.
    m_cancel->store(true);
    m_importTask.waitForFinished();
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit m_path->editingFinished();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_loadedPath = path;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mapping.clear();
    m_import->setEnabled(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_format->setText(
            Tones::html(Tone::Error, tr("Cannot read %1: %2").arg(path, file.errorString()).toHtmlEscaped()));
        return false;
    }
    auto preview = ContactImport::preview(file, kPreviewRows);
    if (!preview) {
        m_format->setText(Tones::html(Tone::Error, preview.error().shown().toHtmlEscaped()));
        return false;
    }
    m_detected = preview->format;
    m_header = preview->header;
    m_format->setText(tr("%1, %2-separated, %3 columns; %4")
                          .arg(m_detected.encodingName(), m_detected.delimiterName())
                          .arg(m_header.size())
                          .arg(QLocale().formattedDataSize(file.size())));
    // Row 0 holds each column's field; the file's rows follow.
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(preview->rows.size()) + 1);
    QStringList choices = ContactImport::fields();
    choices << QStringLiteral("ignore");
    for (int c = 0; c < m_header.size(); ++c) {
        auto *combo = new QComboBox(m_preview);
        combo->setObjectName(u"importMap_" + QString::number(c + 1));
        combo->addItems(choices);
        const QString field = preview->mapping.value(c);
        if (combo->findText(field) < 0)
            combo->addItem(field); // custom.<header>
        combo->setCurrentText(field);
        m_preview->setCellWidget(0, c, combo);
        m_mapping.append(combo);
        for (int r = 0; r < preview->rows.size(); ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(preview->rows.at(r).value(c)));
    }
    m_preview->resizeColumnsToContents();
    if (m_list->currentText().isEmpty())
        m_list->setEditText(QFileInfo(path).completeBaseName());
    m_import->setEnabled(true);
    m_status->setText(tr("Check the fields, then Import. Nothing is kept unless the whole file goes in."));
    return true;
}

void ImportDialog::setListName(const QString &name)
{
    m_list->setEditText(name);
}

void ImportDialog::setFollowUpCampaign(Id campaignId)
{
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
}

ContactImport::Options ImportDialog::options() const
{
    ContactImport::Options o;
    o.listName = m_list->currentText().trimmed();
    o.defaultRegion = m_region->currentText().trimmed().toUpper();
    o.format = m_detected;
    o.fileName = QFileInfo(m_path->text()).fileName();
    for (int c = 0; c < m_mapping.size(); ++c)
        o.mapping.insert(u'#' + QString::number(c + 1), m_mapping.at(c)->currentText());
    return o;
}

void ImportDialog::startImport()
{
    if (isImporting() || m_mapping.isEmpty())
        return;
    const ContactImport::Options o = options();
    if (o.listName.isEmpty()) {
        m_status->setText(tr("Name the list to import into."));
        m_list->setFocus();
        return;
    }
    m_cancel->store(false);
    m_import->setEnabled(false);
    for (QComboBox *c : std::as_const(m_mapping))
        c->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Importing %1 into %2…").arg(o.fileName, o.listName));
    const QPointer<ImportDialog> self(this);
    const auto progress = [self, cancel = m_cancel](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self && total > 0)
                    self->m_progress->setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    const QString path = m_path->text();
    const Id campaign = m_campaign->currentData().toLongLong();
    m_importTask.start(*m_session.db, [tenantId = m_session.tenantId, user = m_session.user, path, o, progress,
                                       campaign](const Database &db) -> Result<Upload> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::runtime(u"cannot read " + path + u": " + file.errorString());
        SystemClock clock;
        Result<Upload> result = ContactImport(db, tenantId, user, clock).run(file, o, progress);
        if (result && campaign != 0) {
            if (auto linked = ContactService(db, tenantId, user).linkUpload(result->id, campaign); !linked)
                result = linked.error();
            else
                result->campaigns.append(campaign);
        }
        return result;
    });
}

void ImportDialog::finished(const Result<Upload> &result)
{
    m_progress->setVisible(false);
    for (QComboBox *c : std::as_const(m_mapping))
        c->setEnabled(true);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (!result) {
        m_import->setEnabled(true);
        m_status->setText(Tones::html(Tone::Error, result.error().shown().toHtmlEscaped()));
        return;
    }
    m_result = *result;
    const QLocale l;
    m_status->setText(tr("%1 rows read from %2 into list %3. <b>Accepted: %4</b>, rejected: %5, duplicates: %6, "
                         "skipped (opted out): %7. Upload %8.")
                          .arg(l.toString(m_result.rowsRead), m_result.fileName.toHtmlEscaped(),
                               m_result.listName.toHtmlEscaped(), l.toString(m_result.accepted),
                               l.toString(m_result.rejected), l.toString(m_result.duplicates),
                               l.toString(m_result.skippedOptedOut))
                          .arg(m_result.id));
    m_import->setText(tr("&Close"));
    m_import->setEnabled(true);
    m_close->setVisible(false); // nothing left to cancel
    m_saveRejections->setVisible(m_result.rejected > 0);
    for (QComboBox *c : std::as_const(m_mapping))
        c->setEnabled(false);
    emit imported(m_result);
}

bool ImportDialog::saveRejectionsTo(const QString &path)
{
    return RejectedRowsDialog::save(this, m_session, m_result.id, path);
}

void ImportDialog::saveRejections()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"),
        QFileInfo(m_path->text()).dir().filePath(QFileInfo(m_path->text()).completeBaseName() + tr("-rejected.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty() && saveRejectionsTo(path))
        m_status->setText(m_status->text() + u"<br>" + tr("Rejected rows saved to %1.").arg(path.toHtmlEscaped()));
}

void ImportDialog::reject()
{
    if (isImporting()) {
        if (!Dialogs::confirm(
                this, tr("Cancel Import"),
                tr("Stop importing %1? Nothing of it will be kept.").arg(QFileInfo(m_path->text()).fileName()),
                tr("Stop Import")))
            return;
        m_closeWhenDone = true;
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace herald
