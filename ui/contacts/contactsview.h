#pragma once

#include "common/session.h"
#include "domain/contact.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace herald {

class CommunicationsTable;
class EmptyState;

// The tenant's contacts: search by name, address or tag, and the record of the one
// selected: its fields, custom fields, lists and tags, and every message, reply and opt-out
// it had across campaigns. Managers and admins add contacts and edit them (ContactDialog;
// double-click a row), and edit the tags in place.
class ContactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsView)

public:
    explicit ContactsView(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();
    void search(const QString &text);
    bool selectContact(Id contactId);
    bool saveTags(const QString &tags);
    // Opens the contact dialog (through Dialogs::exec) for a new contact, or the selected
    // one; true when it was saved.
    bool newContact();
    bool editContact();

signals:
    void statusMessage(const QString &message);
    // The empty table's Import contacts…: the page imports (ContactsPage::importCsv).
    void importRequested();

private:
    void showRecord(Id contactId);
    bool runDialog(const Contact &contact);

    Session m_session;
    QList<Contact> m_found;
    Id m_current = 0;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_found_label = nullptr;
    QLabel *m_record = nullptr;
    QLineEdit *m_tags = nullptr;
    QPushButton *m_saveTags = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    CommunicationsTable *m_communications = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace herald
