#include "contactspage.h"

#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/shown.h"
#include "contactsview.h"
#include "domain/permissions.h"
#include "importdialog.h"
#include "listsview.h"
#include "models/timetext.h"
#include "optoutsview.h"
#include "rejectedrowsdialog.h"
#include "segmentsview.h"
#include "storage/audiencerepository.h"
#include "storage/uploadrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace herald {

ContactsPage::ContactsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("contactsSummary"));
    top->addWidget(m_summary, 1);
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("contactsImport"));
    m_import->setToolTip(tr("Import contacts from a CSV file into a list (Ctrl+I)"));
    top->addWidget(m_import);
    layout->addLayout(top);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contactsTabs"));
    m_tabs->setAccessibleName(tr("Contacts & Segments sections"));
    m_contacts = new ContactsView(m_tabs);
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_lists = new ListsView(m_tabs);
    m_tabs->addTab(m_lists, tr("&Lists"));
    connect(m_lists, &ListsView::statusMessage, this, &ContactsPage::statusMessage);
    connect(m_lists, &ListsView::listsChanged, m_contacts, &ContactsView::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_lists)
            m_lists->refresh(); // memberships change in the contact dialog and by import
    });
    connect(m_contacts, &ContactsView::statusMessage, this, &ContactsPage::statusMessage);
    connect(m_contacts, &ContactsView::importRequested, this, &ContactsPage::importCsv);
    auto *uploadsTab = new QWidget(m_tabs);
    auto *uploadsLayout = new QVBoxLayout(uploadsTab);
    auto *title = new QLabel(tr("Each CSV import, with what became of its rows"), uploadsTab);
    uploadsLayout->addWidget(title);
    m_uploads = new QTableWidget(uploadsTab);
    m_uploads->setObjectName(QStringLiteral("uploadsTable"));
    m_uploads->setAccessibleName(tr("CSV imports"));
    m_uploads->setAccessibleDescription(tr("Each CSV import, with what became of its rows"));
    m_uploads->setColumnCount(10);
    m_uploads->setHorizontalHeaderLabels({tr("Upload"), tr("File"), tr("List"), tr("Imported"), tr("By"), tr("Rows"),
                                          tr("Accepted"), tr("Rejected"), tr("Duplicates"), tr("Skipped (opted out)")});
    m_uploads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_uploads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_uploads->verticalHeader()->setVisible(false);
    m_uploads->horizontalHeader()->setStretchLastSection(false);
    title->setBuddy(m_uploads);
    uploadsLayout->addWidget(m_uploads, 1);
    m_noUploads = EmptyState::over(m_uploads, QStringLiteral("uploadsEmpty"));
    m_noUploads->setTexts(tr("No imports yet"),
                          tr("Each CSV import shows here with how many of its rows were accepted, rejected or "
                             "skipped."),
                          tr("Import CSV…"), [this] { importCsv(); });
    m_noUploads->setCondition([this] { return m_session.valid(); });
    auto *uploadButtons = new QHBoxLayout;
    uploadButtons->addStretch(1);
    m_rejections = new QPushButton(tr("&Rejected rows…"), uploadsTab);
    m_rejections->setObjectName(QStringLiteral("uploadRejections"));
    m_rejections->setToolTip(tr("See the selected upload's rejected rows and save them to correct (Enter)"));
    m_rejections->setEnabled(false);
    uploadButtons->addWidget(m_rejections);
    uploadsLayout->addLayout(uploadButtons);
    connect(m_uploads, &QTableWidget::itemSelectionChanged, this, [this] {
        const Upload *u = selectedUpload();
        m_rejections->setEnabled(u && u->rejected > 0);
    });
    connect(m_rejections, &QPushButton::clicked, this, &ContactsPage::showRejections);
    connect(m_uploads, &QTableWidget::cellActivated, this, &ContactsPage::showRejections);
    m_tabs->addTab(uploadsTab, tr("&Uploads"));
    m_segments = new SegmentsView(m_tabs);
    m_tabs->addTab(m_segments, tr("&Segments"));
    connect(m_segments, &SegmentsView::statusMessage, this, &ContactsPage::statusMessage);
    m_optOuts = new OptOutsView(m_tabs);
    m_tabs->addTab(m_optOuts, tr("&Opt-outs"));
    layout->addWidget(m_tabs, 1);
    connect(m_optOuts, &OptOutsView::statusMessage, this, &ContactsPage::statusMessage);

    connect(m_import, &QPushButton::clicked, this, &ContactsPage::importCsv);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this, this, &ContactsPage::importCsv);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void ContactsPage::setSession(const Session &session)
{
    m_session = session;
    m_optOuts->setSession(session);
    m_segments->setSession(session);
    m_contacts->setSession(session);
    m_lists->setSession(session);
    refresh();
}

void ContactsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ContactsPage::refresh()
{
    m_uploads->setRowCount(0);
    m_summary->clear();
    if (!m_session.valid())
        return;
    const bool mayImport = Permissions::permits(m_session.user.role, Action::ImportContacts);
    m_import->setEnabled(mayImport);
    m_import->setToolTip(mayImport ? tr("Import contacts from a CSV file into a list (Ctrl+I)")
                                   : tr("Only managers and administrators import contacts."));
    m_noUploads->setActionEnabled(mayImport, m_import->toolTip());
    AudienceRepository audience(*m_session.db, m_session.tenantId);
    const QLocale l;
    const qsizetype contacts = audience.contactCount().value_or(0);
    const qsizetype lists = shown(audience.lists(), this).size();
    m_summary->setText(tr("%Ln contact(s)", nullptr, int(contacts)) + u' '
                       + tr("in %Ln list(s)", nullptr, int(lists)));
    m_uploadRows = shown(UploadRepository(*m_session.db, m_session.tenantId).uploads(), this);
    const QList<Upload> &uploads = m_uploadRows;
    m_uploads->setRowCount(int(uploads.size()));
    for (int r = 0; r < uploads.size(); ++r) {
        const Upload &u = uploads.at(r);
        const QStringList cells{QString::number(u.id),
                                u.fileName,
                                u.listName,
                                TimeText::shortText(u.createdAt),
                                u.createdBy,
                                l.toString(u.rowsRead),
                                l.toString(u.accepted),
                                l.toString(u.rejected),
                                l.toString(u.duplicates),
                                l.toString(u.skippedOptedOut)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 || c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_uploads->setItem(r, c, item);
        }
    }
    m_uploads->resizeColumnsToContents();
    m_uploads->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the file name
    m_noUploads->updateVisibility();
}

const Upload *ContactsPage::selectedUpload() const
{
    const int row = m_uploads->currentRow();
    return row >= 0 && row < m_uploadRows.size() && m_uploads->item(row, 0)->isSelected() ? &m_uploadRows.at(row)
                                                                                          : nullptr;
}

void ContactsPage::showRejections()
{
    const Upload *u = selectedUpload();
    if (!u || u->rejected == 0)
        return;
    RejectedRowsDialog dialog(m_session, *u, this);
    Dialogs::exec(&dialog);
}

void ContactsPage::importCsv()
{
    if (!m_session.valid() || !m_import->isEnabled())
        return;
    ImportDialog dialog(m_session, this);
    connect(&dialog, &ImportDialog::imported, this, [this](const Upload &u) {
        refresh();
        m_contacts->refresh(); // the new contacts are searchable
        m_lists->refresh();
        emit statusMessage(tr("Upload %1: %2 of %3 rows accepted into %4.")
                               .arg(u.id)
                               .arg(QLocale().toString(u.accepted), QLocale().toString(u.rowsRead), u.listName));
    });
    Dialogs::exec(&dialog);
}

} // namespace herald
