#pragma once

#include "main/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace herald {

struct Upload;

// Contacts & Segments: the tenant's staged uploads (CSV imports) with their counts, and
// Import CSV (Ctrl+I) for managers and admins. Contact records, segments and the opt-out
// list join this page as they come.
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

signals:
    void statusMessage(const QString &message);

private:
    Session m_session;
    QPushButton *m_import = nullptr;
    QTableWidget *m_uploads = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace herald
