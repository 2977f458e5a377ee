#include "optoutsview.h"

#include "audience/optoutlist.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "domain/permissions.h"
#include "models/timetext.h"
#include "storage/audiencerepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

namespace {

QString channelText(std::optional<ChannelKind> channel)
{
    return channel ? displayName(*channel) : OptOutsView::tr("All channels");
}

// "SMS", "all channels": inside a sentence.
QString channelInText(std::optional<ChannelKind> channel)
{
    return channel ? displayName(*channel) : OptOutsView::tr("all channels");
}

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    QTableWidget *t = readOnlyTable(name, headers, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    t->resizeColumnsToContents();
}

} // namespace

OptOutsView::OptOutsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("optOutAdd"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("optOutRemove"));
    m_import = new QPushButton(tr("I&mport CSV…"), this);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    for (QPushButton *b : {m_add, m_remove, m_import, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_list = table(QStringLiteral("optOutList"), {tr("Address"), tr("Channel"), tr("Source"), tr("Added")}, this);
    m_list->setAccessibleName(tr("Opted-out addresses"));
    layout->addWidget(m_list, 2);
    m_empty = EmptyState::over(m_list, QStringLiteral("optOutsEmpty"));
    m_empty->setTexts(tr("Nobody has opted out"),
                      tr("Whoever replies STOP, unsubscribes or is added here is never messaged again on that "
                         "channel."),
                      tr("Add…"), [this] { askToAdd(); });
    m_empty->setCondition([this] { return m_session.valid(); });
    layout->addWidget(new QLabel(tr("<b>History</b>: every change, newest first"), this));
    m_history = table(QStringLiteral("optOutHistory"),
                      {tr("When"), tr("Contact"), tr("Change"), tr("Channel"), tr("By")}, this);
    m_history->setAccessibleName(tr("Opt-out history"));
    m_history->setAccessibleDescription(tr("Every change, newest first"));
    layout->addWidget(m_history, 1);

    connect(m_add, &QPushButton::clicked, this, &OptOutsView::askToAdd);
    connect(m_remove, &QPushButton::clicked, this, &OptOutsView::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Suppression List"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Opt-out List"), tr("opt-outs.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_list, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_add->isEnabled() && !m_list->selectedItems().isEmpty()); });
}

void OptOutsView::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void OptOutsView::refresh()
{
    m_list->setRowCount(0);
    m_history->setRowCount(0);
    if (!m_session.valid())
        return;
    const bool mayChange = Permissions::permits(m_session.user.role, Action::EditOptOuts);
    for (QPushButton *b : {m_add, m_import})
        b->setEnabled(mayChange);
    m_remove->setEnabled(false);
    const QString why = mayChange ? QString() : tr("Only managers and administrators change the opt-out list.");
    for (QPushButton *b : {m_add, m_remove, m_import})
        b->setToolTip(why);
    m_empty->setActionEnabled(mayChange, why);
    const QList<OptOutList::Entry> entries =
        shown(OptOutList(*m_session.db, m_session.tenantId, m_session.user).entries(), this);
    QList<QStringList> rows;
    QHash<Id, QString> addressOf;
    for (const OptOutList::Entry &e : entries) {
        const QString address = e.email.isEmpty() ? e.phone : e.email;
        addressOf.insert(e.optOut.contactId, address);
        rows.append({address, channelText(e.optOut.channel), e.optOut.source,
                     TimeText::shortText(e.optOut.createdAt)});
    }
    fill(m_list, rows);
    m_empty->updateVisibility();
    for (int r = 0; r < entries.size(); ++r) { // which entry a row is, for Remove
        m_list->item(r, 0)->setData(Qt::UserRole,
                                    entries.at(r).optOut.channel ? int(*entries.at(r).optOut.channel) : -1);
    }
    rows.clear();
    AudienceRepository audience(*m_session.db, m_session.tenantId);
    const QList<OptOutEvent> events = shown(audience.optOutEvents(500), this);
    QList<Id> unlisted; // contacts whose opt-out was removed since: read in one go
    for (const OptOutEvent &e : events)
        if (!addressOf.contains(e.contactId) && !unlisted.contains(e.contactId))
            unlisted.append(e.contactId);
    if (!unlisted.isEmpty())
        for (const Contact &c : shown(audience.contactsByIds(unlisted), this))
            addressOf.insert(c.id, c.email.isEmpty() ? c.phone : c.email);
    for (const OptOutEvent &e : events)
        rows.append({TimeText::shortText(e.at), addressOf.value(e.contactId),
                     e.added ? tr("added (%1)").arg(e.source) : tr("removed"), channelText(e.channel), e.actor});
    fill(m_history, rows);
}

void OptOutsView::askToAdd()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add to the Opt-out List"));
    auto *form = new QFormLayout(&dialog);
    auto *address = new QLineEdit(&dialog);
    address->setObjectName(QStringLiteral("optOutAddress"));
    address->setPlaceholderText(tr("an email address or a phone number"));
    form->addRow(tr("&Address:"), address);
    auto *channel = new QComboBox(&dialog);
    channel->setObjectName(QStringLiteral("optOutChannel"));
    channel->addItem(tr("All channels"), -1);
    for (ChannelKind k : allValues<ChannelKind>())
        channel->addItem(displayName(k), int(k));
    form->addRow(tr("&Channel:"), channel);
    auto *region = new QComboBox(&dialog);
    region->setObjectName(QStringLiteral("optOutRegion"));
    region->setEditable(true);
    region->addItems({QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA"), QStringLiteral("DE"),
                      QStringLiteral("FR"), QStringLiteral("AU")});
    form->addRow(tr("Phone &region:"), region);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Opt Out"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const int kind = channel->currentData().toInt();
        if (add(address->text(), kind < 0 ? std::nullopt : std::optional(ChannelKind(kind)), region->currentText()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    Dialogs::exec(&dialog);
}

bool OptOutsView::add(const QString &address, std::optional<ChannelKind> channel, const QString &region)
{
    auto added = OptOutList(*m_session.db, m_session.tenantId, m_session.user)
                     .add(address, channel, QStringLiteral("manual"), region.trimmed().toUpper());
    if (!added) {
        Dialogs::warn(this, tr("Add to the Opt-out List"), added.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(
        tr("%1 is opted out of %2.").arg(added->email.isEmpty() ? added->phone : added->email, channelInText(channel)));
    return true;
}

bool OptOutsView::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return false;
    const int row = selected.first()->row();
    const QString address = m_list->item(row, 0)->text();
    const int kind = m_list->item(row, 0)->data(Qt::UserRole).toInt();
    const std::optional<ChannelKind> channel = kind < 0 ? std::nullopt : std::optional(ChannelKind(kind));
    if (!Dialogs::confirm(
            this, tr("Remove from the Opt-out List"),
            tr("Take %1 off the opt-out list for %2? They may be messaged again.").arg(address, channelInText(channel)),
            tr("Remove")))
        return false;
    if (auto st = OptOutList(*m_session.db, m_session.tenantId, m_session.user).remove(address, channel); !st) {
        Dialogs::warn(this, tr("Remove from the Opt-out List"), st.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(tr("%1 is off the opt-out list for %2.").arg(address, channelInText(channel)));
    return true;
}

bool OptOutsView::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warn(this, tr("Import Suppression List"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto summary = OptOutList(*m_session.db, m_session.tenantId, m_session.user).importCsv(file, std::nullopt);
    if (!summary) {
        Dialogs::warn(this, tr("Import Suppression List"), summary.error().shown());
        return false;
    }
    refresh();
    QString text = tr("%1 rows: %2 added, %3 already on the list, %4 rejected.")
                       .arg(summary->rowsRead)
                       .arg(summary->added)
                       .arg(summary->already)
                       .arg(summary->rejected);
    if (!summary->shownProblems.isEmpty())
        text += u"\n\n" + summary->shownProblems.mid(0, 20).join(u'\n');
    Dialogs::inform(this, tr("Import Suppression List"), text);
    return true;
}

bool OptOutsView::exportTo(const QString &path)
{
    auto csv = OptOutList(*m_session.db, m_session.tenantId, m_session.user).exportCsv();
    QFile out(path);
    if (!csv || !out.open(QIODevice::WriteOnly) || out.write(*csv) != csv->size()) {
        Dialogs::warn(this, tr("Export Opt-out List"),
                      !csv ? csv.error().shown() : tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    emit statusMessage(tr("Opt-out list exported to %1.").arg(path));
    return true;
}

} // namespace herald
