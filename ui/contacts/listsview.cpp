#include "listsview.h"

#include "audience/contactservice.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

namespace {
constexpr int kMembersShown = 1000;
}

ListsView::ListsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = readOnlyTable(QStringLiteral("listTable"), {tr("List"), tr("Contacts"), tr("Campaigns"), tr("Description")},
                            splitter);
    m_table->setAccessibleName(tr("Lists"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty = EmptyState::over(m_table, QStringLiteral("listsEmpty"));
    m_empty->setTexts(tr("No lists yet"),
                      tr("A campaign sends to the contacts of its lists. Importing a CSV file fills a list; New "
                         "list… starts an empty one."),
                      tr("New list…"), [this] { newList(); });
    m_empty->setCondition([this] { return m_session.valid(); });
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_membersLabel = new QLabel(bottom);
    m_membersLabel->setObjectName(QStringLiteral("listMembersLabel"));
    bottomLayout->addWidget(m_membersLabel);
    m_members = readOnlyTable(QStringLiteral("listMembers"), {tr("Name"), tr("Email"), tr("Phone")}, bottom);
    m_members->setAccessibleName(tr("Members of the list"));
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    bottomLayout->addWidget(m_members, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_new = button(tr("&New list…"), "listNew");
    m_edit = button(tr("&Edit…"), "listEdit");
    m_delete = button(tr("&Delete…"), "listDelete");
    m_remove = button(tr("&Remove from list"), "listRemoveMembers");
    m_remove->setToolTip(tr("Takes the selected contacts out of this list; they stay contacts"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::currentCellChanged, this, &ListsView::showMembers);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ListsView::editList);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &ListsView::updateEnabled);
    connect(m_new, &QPushButton::clicked, this, &ListsView::newList);
    connect(m_edit, &QPushButton::clicked, this, &ListsView::editList);
    connect(m_delete, &QPushButton::clicked, this, &ListsView::deleteList);
    connect(m_remove, &QPushButton::clicked, this, &ListsView::removeSelectedMembers);
}

void ListsView::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void ListsView::refresh()
{
    if (!m_session.valid())
        return;
    AudienceRepository audience(*m_session.db, m_session.tenantId);
    const Id selected = current().id;
    m_lists = shown(audience.lists(), this);
    const QHash<Id, qint64> sizes = shown(audience.listSizes(), this);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_lists.size()));
    int row = 0;
    for (int r = 0; r < m_lists.size(); ++r) {
        const ContactList &l = m_lists.at(r);
        const QStringList users = shown(audience.campaignsUsingList(l.id), this);
        const QStringList cells{l.name, QLocale().toString(sizes.value(l.id)), QLocale().toString(users.size()),
                                l.description};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_table->item(r, 2)->setToolTip(users.isEmpty() ? tr("No campaign sends to this list")
                                                        : tr("Sent to by: %1").arg(users.join(QStringLiteral(", "))));
        if (l.id == selected)
            row = r;
    }
    m_table->resizeColumnsToContents();
    m_empty->updateVisibility();
    if (!m_lists.isEmpty())
        m_table->selectRow(row);
    showMembers();
}

ContactList ListsView::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_lists.size() ? m_lists.at(row) : ContactList{};
}

bool ListsView::select(const QString &name)
{
    for (int r = 0; r < m_lists.size(); ++r)
        if (m_lists.at(r).name == name) {
            m_table->selectRow(r);
            return current().name == name;
        }
    return false;
}

void ListsView::showMembers()
{
    const ContactList l = current();
    m_memberIds.clear();
    m_members->setRowCount(0);
    if (l.id != 0) {
        AudienceRepository audience(*m_session.db, m_session.tenantId);
        const QList<Id> all = shown(audience.listMembers(l.id), this);
        const QList<Contact> visible = shown(audience.contactsByIds(all.mid(0, kMembersShown)), this);
        m_members->setRowCount(int(visible.size()));
        for (int r = 0; r < visible.size(); ++r) {
            const Contact &c = visible.at(r);
            m_memberIds << c.id;
            const QStringList cells{QString(c.firstName + u' ' + c.lastName).trimmed(), c.email, c.phone};
            for (int col = 0; col < cells.size(); ++col)
                m_members->setItem(r, col, new QTableWidgetItem(cells.at(col)));
        }
        m_members->resizeColumnsToContents();
        const QLocale locale;
        m_membersLabel->setText(all.size() > kMembersShown
                                    ? tr("<b>%1</b>: the first %2 of %3 contacts")
                                          .arg(l.name.toHtmlEscaped(), locale.toString(kMembersShown),
                                               locale.toString(all.size()))
                                    : tr("<b>%1</b>: %2 contacts").arg(l.name.toHtmlEscaped(), locale.toString(all.size())));
    } else {
        m_membersLabel->setText(tr("No list yet: New list creates one, and CSV imports fill lists."));
    }
    updateEnabled();
}

void ListsView::updateEnabled()
{
    const bool mayEdit = Permissions::permits(m_session.user.role, Action::EditContacts);
    const bool any = current().id != 0;
    m_new->setEnabled(mayEdit);
    m_empty->setActionEnabled(mayEdit, tr("Only managers and administrators edit lists."));
    m_edit->setEnabled(mayEdit && any);
    m_delete->setEnabled(mayEdit && any);
    m_remove->setEnabled(mayEdit && any && !m_members->selectionModel()->selectedRows().isEmpty());
}

bool ListsView::runDialog(ContactList &list)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("listDialog"));
    dialog.setWindowTitle(list.id == 0 ? tr("New list") : tr("Edit list"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(list.name, &dialog);
    name->setObjectName(QStringLiteral("listName"));
    form->addRow(tr("&Name:"), name);
    auto *description = new QLineEdit(list.description, &dialog);
    description->setObjectName(QStringLiteral("listDescription"));
    form->addRow(tr("&Description:"), description);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    list.name = name->text().trimmed();
    list.description = description->text().trimmed();
    return true;
}

bool ListsView::newList()
{
    ContactList l{0, m_session.tenantId, {}, {}};
    if (!runDialog(l))
        return false;
    auto id = ContactService(*m_session.db, m_session.tenantId, m_session.user).addList(l);
    if (!id) {
        Dialogs::warn(this, tr("List not created"), id.error().shown());
        return false;
    }
    refresh();
    select(l.name);
    emit listsChanged();
    emit statusMessage(tr("List “%1” created.").arg(l.name));
    return true;
}

bool ListsView::editList()
{
    ContactList l = current();
    if (l.id == 0 || !Permissions::permits(m_session.user.role, Action::EditContacts) || !runDialog(l))
        return false;
    if (const Status st = ContactService(*m_session.db, m_session.tenantId, m_session.user).updateList(l); !st) {
        Dialogs::warn(this, tr("List not saved"), st.error().shown());
        return false;
    }
    refresh();
    select(l.name);
    emit listsChanged();
    emit statusMessage(tr("List “%1” saved.").arg(l.name));
    return true;
}

bool ListsView::deleteList()
{
    const ContactList l = current();
    if (l.id == 0)
        return false;
    AudienceRepository audience(*m_session.db, m_session.tenantId);
    const QStringList users = shown(audience.campaignsUsingList(l.id), this);
    if (!users.isEmpty()) {
        Dialogs::warn(this, tr("List not deleted"),
                      tr("Campaigns send to “%1”: %2. Give them another audience first.")
                          .arg(l.name, users.join(QStringLiteral(", "))));
        return false;
    }
    if (!Dialogs::confirm(this, tr("Delete list"),
                          tr("Delete list “%1”? Its contacts stay; the reports of CSV imports into it go "
                             "with it.")
                              .arg(l.name),
                          tr("Delete")))
        return false;
    if (const Status st = ContactService(*m_session.db, m_session.tenantId, m_session.user).deleteList(l.id); !st) {
        Dialogs::warn(this, tr("List not deleted"), st.error().shown());
        return false;
    }
    refresh();
    emit listsChanged();
    emit statusMessage(tr("List “%1” deleted.").arg(l.name));
    return true;
}

bool ListsView::removeSelectedMembers()
{
    const ContactList l = current();
    QList<Id> ids;
    for (const QModelIndex &index : m_members->selectionModel()->selectedRows())
        ids << m_memberIds.value(index.row());
    if (l.id == 0 || ids.isEmpty())
        return false;
    const QString text = ids.size() == 1 ? tr("Take 1 contact out of “%1”?").arg(l.name)
                                         : tr("Take %1 contacts out of “%2”?").arg(ids.size()).arg(l.name);
    if (!Dialogs::confirm(this, tr("Remove from list"), text, tr("Remove")))
        return false;
    if (const Status st = ContactService(*m_session.db, m_session.tenantId, m_session.user).removeFromList(l.id, ids);
        !st) {
        Dialogs::warn(this, tr("Not removed"), st.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(ids.size() == 1 ? tr("Removed 1 contact from “%1”.").arg(l.name)
                                       : tr("Removed %1 contacts from “%2”.").arg(ids.size()).arg(l.name));
    return true;
}

} // namespace herald
