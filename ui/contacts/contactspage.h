#pragma once

#include "common/session.h"
#include "domain/upload.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace herald {

class ContactsView;
class EmptyState;
class ListsView;
class OptOutsView;
class SegmentsView;

// Contacts & Segments: the contacts with each one's record and communications
// (ContactsView); the contact lists and their members (ListsView); the staged uploads (CSV imports) with their counts, and Import CSV
// (Ctrl+I) for managers and admins; the segments with their rule builder (SegmentsView);
// the opt-out list (OptOutsView).
class ContactsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    explicit ContactsPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();
    // Opens the import dialog (through Dialogs::exec, so tests drive it).
    void importCsv();
    // The selected upload's rejected rows (RejectedRowsDialog, through Dialogs::exec).
    void showRejections();
    OptOutsView *optOuts() const { return m_optOuts; }
    SegmentsView *segments() const { return m_segments; }
    ContactsView *contacts() const { return m_contacts; }
    ListsView *lists() const { return m_lists; }
    enum class Tab { Contacts, Lists, Uploads, Segments, OptOuts }; // in the tabs' order
    void showTab(Tab tab);

signals:
    void statusMessage(const QString &message);

private:
    const Upload *selectedUpload() const;

    Session m_session;
    QList<Upload> m_uploadRows; // the uploads table's rows
    QPushButton *m_rejections = nullptr;
    QPushButton *m_import = nullptr;
    QTableWidget *m_uploads = nullptr;
    EmptyState *m_noUploads = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    OptOutsView *m_optOuts = nullptr;
    SegmentsView *m_segments = nullptr;
    ContactsView *m_contacts = nullptr;
    ListsView *m_lists = nullptr;
};

} // namespace herald
