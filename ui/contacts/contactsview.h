#pragma once

#include "domain/contact.h"
#include "main/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace herald {

class CommunicationsTable;

// The tenant's contacts: search by name, address or tag, and the record of the one
// selected: its fields, custom fields, lists and tags (managers and admins edit the
// tags), and every message, reply and opt-out it had across campaigns.
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

signals:
    void statusMessage(const QString &message);

private:
    void showRecord(Id contactId);

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
    CommunicationsTable *m_communications = nullptr;
};

} // namespace herald
