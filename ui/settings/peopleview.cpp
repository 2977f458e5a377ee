#include "peopleview.h"

#include "models/timetext.h"

#include "common/dialogs.h"
#include "common/readonlytable.h"
#include "domain/permissions.h"
#include "organisation/peopleservice.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return PeopleView::tr("Admin");
    case Role::Manager:
        return PeopleView::tr("Manager");
    case Role::Reviewer:
        return PeopleView::tr("Reviewer");
    case Role::Support:
        return PeopleView::tr("Support");
    case Role::Viewer:
        return PeopleView::tr("Viewer");
    }
    return {};
}

QComboBox *roleCombo(QWidget *parent, Role current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("personRole"));
    for (Role r : allValues<Role>())
        combo->addItem(roleLabel(r), int(r));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

} // namespace

PeopleView::PeopleView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The people who work in this organisation and what their role lets them do. People "
                                "are deactivated, never deleted, so history keeps their names."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = readOnlyTable(QStringLiteral("peopleTable"), {tr("Name"), tr("Email"), tr("Role"), tr("Status")}, this);
    m_table->setAccessibleName(tr("People"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add person…"), this);
    m_add->setObjectName(QStringLiteral("peopleAdd"));
    m_role = new QPushButton(tr("Change &role…"), this);
    m_role->setObjectName(QStringLiteral("peopleRole"));
    m_deactivate = new QPushButton(tr("&Deactivate"), this);
    m_deactivate->setObjectName(QStringLiteral("peopleDeactivate"));
    m_reactivate = new QPushButton(tr("Rea&ctivate"), this);
    m_reactivate->setObjectName(QStringLiteral("peopleReactivate"));
    for (QPushButton *b : {m_add, m_role, m_deactivate, m_reactivate})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &PeopleView::addPerson);
    connect(m_role, &QPushButton::clicked, this, &PeopleView::changeRole);
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleView::updateEnabled);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PeopleView::changeRole);
}

void PeopleView::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void PeopleView::refresh()
{
    if (!m_session.valid())
        return;
    auto people = PeopleService(*m_session.db, m_session.tenantId, m_session.user).list();
    if (!people) { // keep what is shown rather than an empty list that looks real
        emit statusMessage(tr("People could not be read: %1").arg(people.error().shown()));
        return;
    }
    const Id current = selected() ? selected()->id : 0;
    m_people = *people;
    m_table->setRowCount(int(m_people.size()));
    const QLocale locale;
    for (int row = 0; row < m_people.size(); ++row) {
        const User &u = m_people.at(row);
        const QStringList cells{u.name, u.email, roleLabel(u.role),
                                u.active() ? tr("Active")
                                           : tr("Deactivated %1").arg(locale.toString(u.deactivatedAt.toTimeZone(TimeText::displayZone()).date(),
                                                                                      QLocale::ShortFormat))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (!u.active())
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, col, item);
        }
        if (u.id == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateEnabled();
}

const User *PeopleView::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_people.size() && m_table->selectionModel()->hasSelection() ? &m_people.at(row) : nullptr;
}

void PeopleView::updateEnabled()
{
    const bool may = m_session.valid() && Permissions::permits(m_session.user.role, Action::ManagePeople);
    const QString why = may ? QString() : tr("Only administrators manage people.");
    const User *u = selected();
    m_add->setEnabled(may);
    m_role->setEnabled(may && u && u->active());
    m_deactivate->setEnabled(may && u && u->active() && u->id != m_session.user.id);
    m_reactivate->setEnabled(may && u && !u->active());
    for (QPushButton *b : {m_add, m_role, m_deactivate, m_reactivate})
        b->setToolTip(why);
    if (may && u && u->id == m_session.user.id)
        m_deactivate->setToolTip(tr("You cannot deactivate yourself: ask another administrator."));
}

bool PeopleView::addPerson()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add person"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("personName"));
    auto *email = new QLineEdit(&dialog);
    email->setObjectName(QStringLiteral("personEmail"));
    email->setPlaceholderText(tr("name@example.com (optional)"));
    QComboBox *role = roleCombo(&dialog, Role::Manager);
    auto *note = new QLabel(&dialog);
    note->setWordWrap(true);
    const auto describe = [note, role] {
        QStringList may;
        for (Action a : allValues<Action>())
            if (Permissions::permits(Role(role->currentData().toInt()), a))
                may << Permissions::description(a).shown();
        note->setText(may.isEmpty() ? tr("May look, change nothing.") : tr("May %1.").arg(may.join(QStringLiteral(", "))));
    };
    connect(role, &QComboBox::currentIndexChanged, &dialog, describe);
    describe();
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Email:"), email);
    form->addRow(tr("&Role:"), role);
    form->addRow(note);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto added = PeopleService(*m_session.db, m_session.tenantId, m_session.user)
                     .add(name->text(), Role(role->currentData().toInt()), email->text());
    if (!added) {
        Dialogs::warn(this, tr("Person not added"), added.error().shown());
        return false;
    }
    refresh();
    emit peopleChanged();
    emit statusMessage(tr("Added %1 as %2.").arg(added->name, roleLabel(added->role).toLower()));
    return true;
}

bool PeopleView::changeRole()
{
    const User *u = selected();
    if (!u)
        return false;
    const User person = *u;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Change role of %1").arg(person.name));
    auto *form = new QFormLayout(&dialog);
    QComboBox *role = roleCombo(&dialog, person.role);
    form->addRow(tr("&Role:"), role);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto changed = PeopleService(*m_session.db, m_session.tenantId, m_session.user)
                       .setRole(person.name, Role(role->currentData().toInt()));
    if (!changed) {
        Dialogs::warn(this, tr("Role not changed"), changed.error().shown());
        return false;
    }
    refresh();
    emit peopleChanged();
    emit statusMessage(tr("%1 is %2 now.").arg(changed->name, roleLabel(changed->role).toLower()));
    return true;
}

bool PeopleView::setActive(bool active)
{
    const User *u = selected();
    if (!u)
        return false;
    const User person = *u;
    if (!active
        && !Dialogs::confirm(this, tr("Deactivate %1").arg(person.name),
                             tr("Deactivate %1? They can no longer act in Herald; their name stays in the history. "
                                "An administrator can reactivate them.")
                                 .arg(person.name),
                             tr("Deactivate")))
        return false;
    PeopleService people(*m_session.db, m_session.tenantId, m_session.user);
    auto done = active ? people.reactivate(person.name) : people.deactivate(person.name);
    if (!done) {
        Dialogs::warn(this, active ? tr("Not reactivated") : tr("Not deactivated"), done.error().shown());
        return false;
    }
    refresh();
    emit peopleChanged();
    emit statusMessage(active ? tr("%1 is active again.").arg(done->name) : tr("%1 is deactivated.").arg(done->name));
    return true;
}

} // namespace herald
