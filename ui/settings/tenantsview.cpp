#include "tenantsview.h"

#include "common/dialogs.h"
#include "common/readonlytable.h"
#include "domain/permissions.h"
#include "mailbox/mailboxsettings.h"
#include "mailboxdialog.h"
#include "organisation/tenantservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace herald {

TenantsView::TenantsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The organisations in this workspace. Each keeps its own people, contacts, senders and "
                                "campaigns; archived ones keep their history and nobody works in them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = readOnlyTable(QStringLiteral("tenantsTable"),
                            {tr("Name"), tr("Time zone"), tr("Status"), tr("Listener"), tr("Public URL"), tr("Mailbox")},
                            this);
    m_table->setAccessibleName(tr("Organisations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("Ne&w organisation…"), this);
    m_create->setObjectName(QStringLiteral("tenantsCreate"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("tenantsRename"));
    m_archive = new QPushButton(tr("&Archive"), this);
    m_archive->setObjectName(QStringLiteral("tenantsArchive"));
    m_listener = new QPushButton(tr("&Listener…"), this);
    m_listener->setObjectName(QStringLiteral("tenantsListener"));
    m_keywords = new QPushButton(tr("SMS &keywords…"), this);
    m_keywords->setObjectName(QStringLiteral("tenantsKeywords"));
    m_mailbox = new QPushButton(tr("&Mailbox…"), this);
    m_mailbox->setObjectName(QStringLiteral("tenantsMailbox"));
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("tenantsShowArchived"));
    for (QPushButton *b : {m_create, m_rename, m_archive, m_listener, m_keywords, m_mailbox})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_showArchived);
    layout->addLayout(buttons);
    connect(m_create, &QPushButton::clicked, this, &TenantsView::createTenant);
    connect(m_rename, &QPushButton::clicked, this, &TenantsView::renameTenant);
    connect(m_archive, &QPushButton::clicked, this, &TenantsView::archiveTenant);
    connect(m_listener, &QPushButton::clicked, this, &TenantsView::editListener);
    connect(m_keywords, &QPushButton::clicked, this, &TenantsView::editSmsKeywords);
    connect(m_mailbox, &QPushButton::clicked, this, &TenantsView::editMailbox);
    connect(m_showArchived, &QCheckBox::toggled, this, &TenantsView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TenantsView::updateEnabled);
}

void TenantsView::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void TenantsView::refresh()
{
    if (!m_session.valid())
        return;
    auto tenants = TenantService(*m_session.db, m_session.user).list(m_showArchived->isChecked());
    if (!tenants) { // keep what is shown rather than an empty list that looks real
        emit statusMessage(tr("Organisations could not be read: %1").arg(tenants.error().shown()));
        return;
    }
    const Id current = selected() ? selected()->id : 0;
    m_tenants = *tenants;
    m_table->setRowCount(int(m_tenants.size()));
    for (int row = 0; row < m_tenants.size(); ++row) {
        const Tenant &t = m_tenants.at(row);
        QStringList status;
        if (t.id == m_session.tenantId)
            status << tr("open now");
        if (t.isDefault)
            status << tr("default");
        if (t.archivedAt.isValid())
            status << tr("archived");
        const auto mailbox = MailboxSettings::withoutPassword(t.mailbox);
        const QStringList cells{t.name, t.timeZone, status.join(QStringLiteral(", ")),
                                t.listen.isEmpty() ? tr("none") : t.listen, t.publicUrl,
                                mailbox ? mailbox->url() : tr("none")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        if (t.id == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateEnabled();
}

const Tenant *TenantsView::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_tenants.size() && m_table->selectionModel()->hasSelection() ? &m_tenants.at(row) : nullptr;
}

void TenantsView::updateEnabled()
{
    const bool may = m_session.valid() && Permissions::permits(m_session.user.role, Action::ManageTenants);
    const Tenant *t = selected();
    m_create->setEnabled(may);
    m_rename->setEnabled(may && t && !t->archivedAt.isValid());
    m_archive->setEnabled(may && t && !t->archivedAt.isValid());
    m_listener->setEnabled(may && t && !t->archivedAt.isValid());
    m_keywords->setEnabled(may && t && !t->archivedAt.isValid());
    m_mailbox->setEnabled(may && t && !t->archivedAt.isValid());
    for (QPushButton *b : {m_create, m_rename, m_archive, m_listener, m_keywords, m_mailbox})
        b->setToolTip(may ? QString() : tr("Only administrators manage organisations."));
}

bool TenantsView::createTenant()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New organisation"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("tenantName"));
    auto *zone = new QComboBox(&dialog);
    zone->setObjectName(QStringLiteral("tenantTimeZone"));
    zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id));
    zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Time zone:"), zone);
    form->addRow(new QLabel(tr("You become its first administrator."), &dialog));
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto created = TenantService(*m_session.db, m_session.user).create(name->text(), zone->currentText());
    if (!created) {
        Dialogs::warn(this, tr("Organisation not created"), created.error().shown());
        return false;
    }
    refresh();
    emit tenantsChanged();
    emit statusMessage(tr("Created %1: choose it in the Tenant list to set it up.").arg(created->name));
    return true;
}

bool TenantsView::renameTenant()
{
    const Tenant *t = selected();
    if (!t)
        return false;
    const Tenant tenant = *t;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rename %1").arg(tenant.name));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(tenant.name, &dialog);
    name->setObjectName(QStringLiteral("tenantName"));
    form->addRow(tr("&Name:"), name);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto renamed = TenantService(*m_session.db, m_session.user).rename(tenant.name, name->text());
    if (!renamed) {
        Dialogs::warn(this, tr("Organisation not renamed"), renamed.error().shown());
        return false;
    }
    refresh();
    emit tenantsChanged();
    emit statusMessage(tr("Renamed %1 to %2.").arg(tenant.name, renamed->name));
    return true;
}

bool TenantsView::editListener()
{
    const Tenant *t = selected();
    if (!t)
        return false;
    const Tenant tenant = *t;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Listener of %1").arg(tenant.name));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Herald's listener serves the one-click unsubscribe links every email carries, "
                                "tracked links and the SMS gateway's delivery reports and replies, wherever Herald "
                                "sends: this desktop or a heraldctl worker. Email through SMTP cannot run live "
                                "without it. The public URL is how recipients and gateways reach it, usually through "
                                "the organisation's reverse proxy. After a change, give the SMS gateway the reply URL "
                                "Settings → Providers shows."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *listen = new QLineEdit(tenant.listen, &dialog);
    listen->setObjectName(QStringLiteral("tenantListen"));
    listen->setPlaceholderText(tr("e.g. 127.0.0.1:8480; empty for none"));
    form->addRow(tr("&Listen on:"), listen);
    auto *url = new QLineEdit(tenant.publicUrl, &dialog);
    url->setObjectName(QStringLiteral("tenantPublicUrl"));
    url->setPlaceholderText(tr("e.g. https://herald.example.org"));
    form->addRow(tr("&Public URL:"), url);
    form->addRow(Dialogs::saveCancel(&dialog));
    // A mistake keeps what was typed: the dialog opens again with it.
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        auto saved = TenantService(*m_session.db, m_session.user).setListener(tenant.name, listen->text(), url->text());
        if (!saved) {
            Dialogs::warn(this, tr("Listener not saved"), saved.error().shown());
            continue;
        }
        refresh();
        emit tenantsChanged();
        emit statusMessage(saved->listen.isEmpty()
                               ? tr("%1 has no listener: no unsubscribe or tracked links are served.").arg(tenant.name)
                                                   : tr("%1 listens on %2.").arg(tenant.name, saved->listen));
        return true;
    }
    return false;
}

bool TenantsView::editSmsKeywords()
{
    const Tenant *t = selected();
    if (!t)
        return false;
    const Tenant tenant = *t;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("SMS keywords of %1").arg(tenant.name));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Replies of one word are keywords, whatever their case, accents and punctuation: STOP, "
                                "STOPALL, UNSUBSCRIBE, CANCEL, END and QUIT opt out, START and UNSTOP opt back in, "
                                "HELP and INFO are answered. Add the words your recipients use in their language."),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *words = new QLineEdit(tenant.smsStopWords.join(QStringLiteral(", ")), &dialog);
    words->setObjectName(QStringLiteral("tenantStopWords"));
    words->setPlaceholderText(tr("e.g. ARRET, STOPP, BAJA"));
    form->addRow(tr("&Stop words:"), words);
    auto *help = new QPlainTextEdit(tenant.smsHelp, &dialog);
    help->setObjectName(QStringLiteral("tenantSmsHelp"));
    help->setPlaceholderText(tenant.helpText());
    help->setTabChangesFocus(true);
    help->setFixedHeight(help->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Answer to HELP:"), help);
    form->addRow(Dialogs::saveCancel(&dialog));
    // A mistake keeps what was typed: the dialog opens again with it.
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        auto saved = TenantService(*m_session.db, m_session.user)
                         .setSmsKeywords(tenant.name, words->text(), help->toPlainText());
        if (!saved) {
            Dialogs::warn(this, tr("SMS keywords not saved"), saved.error().shown());
            continue;
        }
        refresh();
        emit statusMessage(tr("Saved the SMS keywords of %1.").arg(tenant.name));
        return true;
    }
    return false;
}

bool TenantsView::editMailbox()
{
    const Tenant *t = selected();
    if (!t)
        return false;
    const Tenant tenant = *t;
    MailboxDialog dialog(m_session, tenant, this);
    // A mistake keeps what was typed: the dialog opens again with it.
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        auto saved = TenantService(*m_session.db, m_session.user)
                         .setMailbox(tenant.name, dialog.settingsJson(), dialog.typedPassword());
        if (!saved) {
            Dialogs::warn(this, tr("Mailbox not saved"), saved.error().shown());
            continue;
        }
        refresh();
        emit tenantsChanged();
        emit statusMessage(saved->mailbox.isEmpty() ? tr("%1 has no mailbox: bounces and replies are not read.")
                                                                 .arg(tenant.name)
                                                    : tr("Saved the mailbox of %1.").arg(tenant.name));
        return true;
    }
    return false;
}

bool TenantsView::archiveTenant()
{
    const Tenant *t = selected();
    if (!t)
        return false;
    const Tenant tenant = *t;
    if (!Dialogs::confirm(this, tr("Archive %1").arg(tenant.name),
                          tr("Archive %1? Its campaigns and history are kept; nobody works in it any more.")
                              .arg(tenant.name),
                          tr("Archive")))
        return false;
    auto archived = TenantService(*m_session.db, m_session.user).archive(tenant.name);
    if (!archived) {
        Dialogs::warn(this, tr("Organisation not archived"), archived.error().shown());
        return false;
    }
    refresh();
    emit tenantsChanged();
    emit statusMessage(tr("Archived %1.").arg(tenant.name));
    return true;
}

} // namespace herald
