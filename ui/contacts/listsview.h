#pragma once

#include "common/session.h"
#include "domain/contactlist.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace herald {

class EmptyState;

// The tenant's contact lists, each with its description, size and the campaigns that
// send to it, and the members of the one selected. Managers and admins create and edit
// lists (name, description), remove selected members, and delete a list (asks; refused
// while a campaign sends to it). Contacts join lists in the contact dialog and by import.
class ListsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsView)

public:
    explicit ListsView(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();
    bool select(const QString &name);

    // What the buttons do (tests call them directly; the dialogs go through Dialogs).
    bool newList();
    bool editList();
    bool deleteList();
    bool removeSelectedMembers();

signals:
    void statusMessage(const QString &message);
    void listsChanged();

private:
    bool runDialog(ContactList &list);
    void showMembers();
    void updateEnabled();
    ContactList current() const;

    Session m_session;
    QList<ContactList> m_lists;
    QList<Id> m_memberIds; // in the members table's order
    QTableWidget *m_table = nullptr;
    QTableWidget *m_members = nullptr;
    QLabel *m_membersLabel = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_remove = nullptr;
    EmptyState *m_empty = nullptr;
};

} // namespace herald
