#include "numberpoolspage.h"

#include "common/dialogs.h"
#include "common/tones.h"
#include "numberpoolslabels.h"
#include "organisation/numberpoolservice.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

// What is done to a pool's numbers: add one or a pasted list, remove, pause, resume,
// release from quarantine, set a daily cap.

namespace herald {

using namespace numberpools;
using Tones::Tone;

void NumberPoolsPage::addNumber()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return;
    auto added = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                     .addNumbers(QString::number(m_pools.at(row).id), m_newNumber->text());
    if (!added) {
        // Kept as typed, with what is wrong beside it.
        m_newNumberError->setText(added.error().shown());
        m_newNumberError->show();
        m_newNumber->setFocus();
        return;
    }
    emit statusMessage(added->size() == 1 ? tr("Added %1 to %2.").arg(added->first().e164, m_pools.at(row).name)
                                          : tr("Added %1 numbers to %2.").arg(added->size()).arg(m_pools.at(row).name));
    m_newNumber->clear();
    refresh();
}

bool NumberPoolsPage::pasteNumbers()
{
    const int row = m_poolList->currentRow();
    if (row < 0 || !mayChange())
        return false;
    const NumberPool pool = m_pools.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add numbers to %1").arg(pool.name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("One number per line, with + (or 00) and the country code. All of them are added, or "
                                "none: every problem is listed first."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("pasteNumbersText"));
    text->setPlaceholderText(QStringLiteral("+44 7700 900123\n+44 7700 900124"));
    layout->addWidget(text, 1);
    auto *problems = new QLabel(&dialog);
    problems->setObjectName(QStringLiteral("pasteNumbersProblems"));
    problems->setWordWrap(true);
    problems->setStyleSheet(Tones::textStyle(Tone::Error));
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(problems);
    layout->addWidget(Dialogs::saveCancel(&dialog));
    while (Dialogs::exec(&dialog) == QDialog::Accepted) {
        auto added = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                         .addNumbers(QString::number(pool.id), text->toPlainText());
        if (added) {
            refresh();
            selectPool(pool.name);
            emit statusMessage(tr("Added %n number(s) to %1.", nullptr, int(added->size())).arg(pool.name));
            return true;
        }
        problems->setText(added.error().shown()); // the list stays as pasted, to correct
    }
    return false;
}

bool NumberPoolsPage::removeNumber()
{
    const PhoneNumber *selected = selectedNumber();
    if (!selected || !mayChange())
        return false;
    const PhoneNumber n = *selected;
    if (!Dialogs::confirm(this, tr("Remove number"),
                          tr("Remove %1 from the pool? Messages stop going out from it; its history stays, and "
                             "adding it again brings it back with its counters.")
                              .arg(n.e164),
                          tr("Remove")))
        return false;
    auto removed = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                       .removeNumbers(QString::number(n.poolId), n.e164);
    if (!removed) {
        Dialogs::warn(this, tr("Number not removed"), removed.error().shown());
        return false;
    }
    refresh();
    emit statusMessage(tr("Removed %1.").arg(n.e164));
    return true;
}

void NumberPoolsPage::setState(PhoneNumber::State state)
{
    const PhoneNumber *selected = selectedNumber();
    if (!selected || !mayChange())
        return;
    const PhoneNumber n = *selected;
    QString reason;
    if (n.state == PhoneNumber::State::Quarantined) {
        if (!Dialogs::confirm(this, tr("Release number"),
                              tr("Release %1? It was quarantined: %2.\n\nIt sends again from the next message on; if "
                                 "the cause is not fixed it will be quarantined again.")
                                  .arg(n.e164, n.stateReason.isEmpty() ? tr("no reason recorded") : n.stateReason),
                              tr("Release")))
            return;
        reason = tr("released by %1").arg(m_session.user.name);
    } else {
        reason = (state == PhoneNumber::State::Paused ? tr("paused by %1") : tr("resumed by %1")).arg(m_session.user.name);
    }
    auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).setNumberState(n.id, state, reason);
    if (!st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("%1 is %2.").arg(n.e164, stateLabel(state).toLower()));
    refresh();
}

void NumberPoolsPage::setCap()
{
    const PhoneNumber *n = selectedNumber();
    if (!n || !mayChange())
        return;
    if (auto st = NumberPoolService(*m_session.db, m_session.tenantId, m_session.user).setDailyCap(n->id, m_cap->value());
        !st) {
        Dialogs::warn(this, tr("Number pools"), st.error().shown());
        return;
    }
    emit statusMessage(tr("Daily cap of %1 set.").arg(n->e164));
    refresh();
}

} // namespace herald
