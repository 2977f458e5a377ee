#include "numberpoolspage.h"

#include "common/dialogs.h"
#include "common/shown.h"
#include "numberpoolslabels.h"
#include "organisation/numberpoolservice.h"
#include "organisation/senderservice.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

// What is done to a pool: create, save its settings, delete, attach it to a sender.

namespace herald {

using namespace numberpools;

bool NumberPoolsPage::newPool()
{
    if (!mayChange())
        return false;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New number pool"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newPoolName"));
    auto *rotation = new QComboBox(&dialog);
    rotation->setObjectName(QStringLiteral("newPoolRotation"));
    for (const QString &r : NumberPool::rotations())
        rotation->addItem(rotationLabel(r), r);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Rotation:"), rotation);
    form->addRow(Dialogs::saveCancel(&dialog));
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        NumberPool wanted;
        wanted.name = name->text();
        wanted.rotation = rotation->currentData().toString();
        auto created = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).create(wanted);
        if (created) {
            refresh();
            selectPool(created->name);
            emit statusMessage(tr("Created number pool %1: add its numbers next.").arg(created->name));
            return true;
        }
        Dialogs::warn(this, tr("Pool not created"), created.error().shown());
    }
    return false;
}

void NumberPoolsPage::savePool()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return;
    NumberPool pool = m_pools.at(row);
    pool.rotation = m_rotation->currentData().toString();
    pool.quarantineBelowPercent = m_quarantineBelow->value();
    pool.quarantineMinSample = m_minSample->value();
    pool.maxCalls = m_maxCalls->value();
    if (auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).save(pool); !st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("Saved number pool %1.").arg(pool.name));
    refresh();
}

bool NumberPoolsPage::deletePool()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    if (!Dialogs::confirm(this, tr("Delete number pool"),
                          tr("Delete number pool %1? Its numbers leave it; what they sent stays in the history.")
                              .arg(pool.name),
                          tr("Delete")))
        return false;
    auto removed = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).remove(QString::number(pool.id));
    if (!removed) {
        Dialogs::warn(this, tr("Pool not deleted"), removed.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(tr("Deleted number pool %1.").arg(pool.name));
    return true;
}

bool NumberPoolsPage::attachSender()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attach %1 to a sender").arg(pool.name));
    auto *form = new QFormLayout(&dialog);
    auto *sender = new QComboBox(&dialog);
    sender->setObjectName(QStringLiteral("attachSender"));
    for (const SenderIdentity &s : shown(SenderService(*m_session.db, m_session.tenantId, m_session.user).list(), this))
        if (s.kind == ChannelKind::Sms || s.kind == ChannelKind::Phone)
            sender->addItem(tr("%1 (%2)").arg(s.name, displayName(s.kind)), QString::number(s.id));
    if (sender->count() == 0) {
        Dialogs::inform(this, tr("Attach to sender"),
                        tr("There is no SMS or phone sender yet: add one in Settings → Senders."));
        return false;
    }
    form->addRow(tr("&Sender:"), sender);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto attached = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                        .attach(QString::number(pool.id), sender->currentData().toString(), std::nullopt);
    if (!attached) {
        Dialogs::warn(this, tr("Not attached"), attached.error().shown());
        return false;
    }
    refresh();
    selectPool(pool.name);
    emit statusMessage(tr("%1 sends from %2 now.").arg(attached->name, pool.name));
    return true;
}

} // namespace herald
