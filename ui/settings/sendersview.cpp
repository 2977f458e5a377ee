#include "sendersview.h"

#include "common/dialogs.h"
#include "common/readonlytable.h"
#include "common/shown.h"
#include "domain/permissions.h"
#include "organisation/senderservice.h"
#include "storage/catalogrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {

SendersView::SendersView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Who messages come from: email identities, SMS sender IDs or number pools, caller "
                                "IDs from a pool, Viber sender names, Telegram bots. Campaigns choose one per "
                                "channel; a paused sender stops them at the readiness check."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = readOnlyTable(QStringLiteral("sendersTable"),
                            {tr("Channel"), tr("Name"), tr("Address or pool"), tr("Reply-to"), tr("Status")}, this);
    m_table->setAccessibleName(tr("Senders"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add sender…"), this);
    m_add->setObjectName(QStringLiteral("sendersAdd"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("sendersEdit"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("sendersPause"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("sendersDelete"));
    for (QPushButton *b : {m_add, m_edit, m_pause, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &SendersView::addSender);
    connect(m_edit, &QPushButton::clicked, this, &SendersView::editSender);
    connect(m_pause, &QPushButton::clicked, this, &SendersView::togglePaused);
    connect(m_delete, &QPushButton::clicked, this, &SendersView::deleteSender);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SendersView::updateEnabled);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &SendersView::editSender);
}

void SendersView::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void SendersView::refresh()
{
    if (!m_session.valid())
        return;
    SenderService service(*m_session.db, m_session.tenantId, m_session.user);
    auto senders = service.list();
    if (!senders) { // keep what is shown rather than an empty list that looks real
        emit statusMessage(tr("Senders could not be read: %1").arg(senders.error().shown()));
        return;
    }
    const Id current = selected() ? selected()->id : 0;
    m_senders = *senders;
    m_table->setRowCount(int(m_senders.size()));
    for (int row = 0; row < m_senders.size(); ++row) {
        const SenderIdentity &s = m_senders.at(row);
        const QString pool = service.poolName(s).value_or(QString());
        const QStringList cells{displayName(s.kind), s.name,
                                pool.isEmpty() ? s.address : tr("pool %1").arg(pool), s.replyTo,
                                s.paused ? tr("Paused") : tr("Active")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        if (s.id == current)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateEnabled();
}

const SenderIdentity *SendersView::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_senders.size() && m_table->selectionModel()->hasSelection() ? &m_senders.at(row)
                                                                                             : nullptr;
}

void SendersView::updateEnabled()
{
    const bool may = m_session.valid() && Permissions::permits(m_session.user.role, Action::ManageSenders);
    const SenderIdentity *s = selected();
    m_add->setEnabled(may);
    m_edit->setEnabled(may && s);
    m_pause->setEnabled(may && s);
    m_delete->setEnabled(may && s);
    m_pause->setText(s && s->paused ? tr("Res&ume") : tr("&Pause"));
    for (QPushButton *b : {m_add, m_edit, m_pause, m_delete})
        b->setToolTip(may ? QString() : tr("Only administrators manage senders."));
}

bool SendersView::runDialog(SenderIdentity sender)
{
    const bool adding = sender.id == 0;
    QDialog dialog(this);
    dialog.setWindowTitle(adding ? tr("Add sender") : tr("Edit sender %1").arg(sender.name));
    auto *form = new QFormLayout(&dialog);
    auto *channel = new QComboBox(&dialog);
    channel->setObjectName(QStringLiteral("senderChannel"));
    for (ChannelKind k : allValues<ChannelKind>())
        channel->addItem(displayName(k), int(k));
    channel->setCurrentIndex(channel->findData(int(sender.kind)));
    channel->setEnabled(adding); // a sender keeps its channel
    auto *name = new QLineEdit(sender.name, &dialog);
    name->setObjectName(QStringLiteral("senderName"));
    auto *address = new QLineEdit(sender.address, &dialog);
    address->setObjectName(QStringLiteral("senderAddress"));
    address->setPlaceholderText(QStringLiteral("news@example.com"));
    auto *replyTo = new QLineEdit(sender.replyTo, &dialog);
    replyTo->setObjectName(QStringLiteral("senderReplyTo"));
    replyTo->setPlaceholderText(tr("optional: where replies go"));
    auto *pool = new QComboBox(&dialog);
    pool->setObjectName(QStringLiteral("senderPool"));
    pool->addItem(tr("(none)"), QString());
    for (const CatalogEntry &p : shown(CatalogRepository(*m_session.db, m_session.tenantId).list(CatalogKind::NumberPool), this))
        if (!p.deleted)
            pool->addItem(p.name, QString::number(p.id));
    if (sender.numberPoolId)
        pool->setCurrentIndex(std::max(0, pool->findData(QString::number(*sender.numberPoolId))));
    auto *hint = new QLabel(&dialog);
    hint->setWordWrap(true);
    form->addRow(tr("&Channel:"), channel);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("From &address:"), address);
    form->addRow(tr("Reply-&to:"), replyTo);
    form->addRow(tr("Number &pool:"), pool);
    form->addRow(hint);
    const auto showFields = [=] {
        const auto kind = ChannelKind(channel->currentData().toInt());
        const bool email = kind == ChannelKind::Email;
        const bool numbers = kind == ChannelKind::Sms || kind == ChannelKind::Phone;
        form->setRowVisible(address, email);
        form->setRowVisible(replyTo, email);
        form->setRowVisible(pool, numbers);
        switch (kind) {
        case ChannelKind::Email:
            hint->setText(tr("The name and address recipients see in From."));
            break;
        case ChannelKind::Sms:
            hint->setText(tr("An alphanumeric sender ID (up to 11 letters, digits or spaces), or a number pool to "
                             "send from its numbers."));
            break;
        case ChannelKind::Phone:
            hint->setText(tr("Calls come from the numbers of the pool."));
            break;
        case ChannelKind::Telegram:
            hint->setText(tr("The bot's username, ending in “bot”."));
            break;
        case ChannelKind::Viber:
            hint->setText(tr("The sender name recipients see (at most 28 characters)."));
            break;
        case ChannelKind::WebPush:
            hint->setText(tr("The site's name."));
            break;
        }
    };
    connect(channel, &QComboBox::currentIndexChanged, &dialog, showFields);
    showFields();
    form->addRow(Dialogs::saveCancel(&dialog));
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        const auto kind = ChannelKind(channel->currentData().toInt());
        const bool email = kind == ChannelKind::Email;
        const bool numbers = kind == ChannelKind::Sms || kind == ChannelKind::Phone;
        SenderService::Changes changes;
        changes.name = name->text();
        changes.address = email ? address->text() : QString();
        changes.replyTo = email ? replyTo->text() : QString();
        changes.pool = numbers ? pool->currentData().toString() : QString();
        SenderService service(*m_session.db, m_session.tenantId, m_session.user);
        auto saved = adding ? service.add(kind, changes) : service.edit(QString::number(sender.id), kind, changes);
        if (saved) {
            refresh();
            emit sendersChanged();
            emit statusMessage(adding ? tr("Added sender %1.").arg(saved->name) : tr("Saved sender %1.").arg(saved->name));
            return true;
        }
        // What was typed stays; the reason beside it.
        Dialogs::warn(this, adding ? tr("Sender not added") : tr("Sender not saved"), saved.error().shown());
    }
    return false;
}

bool SendersView::addSender()
{
    return runDialog(SenderIdentity{});
}

bool SendersView::editSender()
{
    const SenderIdentity *s = selected();
    return s && runDialog(*s);
}

bool SendersView::togglePaused()
{
    const SenderIdentity *s = selected();
    if (!s)
        return false;
    const SenderIdentity sender = *s;
    auto done = SenderService(*m_session.db, m_session.tenantId, m_session.user)
                    .setPaused(QString::number(sender.id), sender.kind, !sender.paused);
    if (!done) {
        Dialogs::warn(this, tr("Senders"), done.error().shown());
        return false;
    }
    refresh();
    emit sendersChanged();
    emit statusMessage(done->paused ? tr("Sender %1 is paused: campaigns using it stop at their readiness check.")
                                          .arg(done->name)
                                    : tr("Sender %1 is active again.").arg(done->name));
    return true;
}

bool SendersView::deleteSender()
{
    const SenderIdentity *s = selected();
    if (!s)
        return false;
    const SenderIdentity sender = *s;
    if (!Dialogs::confirm(this, tr("Delete sender"),
                          tr("Delete the %1 sender %2? Runs that used it keep it in their history.")
                              .arg(displayName(sender.kind), sender.name),
                          tr("Delete")))
        return false;
    auto done = SenderService(*m_session.db, m_session.tenantId, m_session.user)
                    .remove(QString::number(sender.id), sender.kind);
    if (!done) {
        Dialogs::warn(this, tr("Sender not deleted"), done.error().shown());
        return false;
    }
    refresh();
    emit sendersChanged();
    emit statusMessage(tr("Deleted sender %1.").arg(sender.name));
    return true;
}

} // namespace herald
