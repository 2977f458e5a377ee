#include "numberpoolspage.h"

#include "common/emptystate.h"
#include "common/shown.h"
#include "common/tones.h"
#include "numberpoolslabels.h"
#include "organisation/numberpoolservice.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>

// What the page shows: the pools with the quarantine notice, the selected pool's settings,
// its numbers with their counters and health, and the selected number's record.

namespace herald {

using namespace numberpools;
using Tones::Tone;

void NumberPoolsPage::refresh()
{
    const QString current = m_poolList->currentItem() ? m_poolList->currentItem()->data(Qt::UserRole).toString() : QString();
    m_pools.clear();
    {
        QSignalBlocker block(m_poolList);
        m_poolList->clear();
    }
    if (!m_session.valid())
        return;
    SenderRepository senders(*m_session.db, m_session.tenantId);
    auto pools = senders.pools();
    if (!pools) {
        emit statusMessage(pools.error().shown());
        return;
    }
    m_pools = *pools;
    QStringList quarantined;
    int select = m_pools.isEmpty() ? -1 : 0;
    for (const NumberPool &p : std::as_const(m_pools)) {
        const auto numbers = shown(senders.numbers(p.id), this);
        const auto active = std::count_if(numbers.cbegin(), numbers.cend(),
                                          [](const PhoneNumber &n) { return n.state == PhoneNumber::State::Active; });
        for (const PhoneNumber &n : numbers)
            if (n.state == PhoneNumber::State::Quarantined)
                quarantined << tr("%1 (%2): %3").arg(n.e164, p.name, n.stateReason.isEmpty() ? tr("no reason recorded") : n.stateReason);
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3 of %4 active")
                                             .arg(p.name, rotationLabel(p.rotation))
                                             .arg(active)
                                             .arg(numbers.size()),
                                         m_poolList);
        item->setData(Qt::UserRole, QString::number(p.id));
        if (QString::number(p.id) == current)
            select = m_poolList->count() - 1;
    }
    m_notice->setVisible(!quarantined.isEmpty());
    m_notice->setText(tr("<b>Quarantined, not sending:</b> ") + quarantined.join(QStringLiteral("; ")).toHtmlEscaped()
                      + tr(". Select one and release it once the cause is fixed."));
    m_poolList->setCurrentRow(select);
    showPool();
}

void NumberPoolsPage::showPool()
{
    const int row = m_poolList->currentRow();
    const NumberPool pool = row >= 0 && row < m_pools.size() ? m_pools.at(row) : NumberPool{};
    {
        QSignalBlocker a(m_rotation), b(m_quarantineBelow), c(m_minSample), d(m_maxCalls);
        m_rotation->setCurrentIndex(std::max(0, m_rotation->findData(pool.rotation)));
        m_quarantineBelow->setValue(pool.quarantineBelowPercent);
        m_minSample->setValue(pool.quarantineMinSample);
        m_maxCalls->setValue(pool.maxCalls);
    }
    m_savePool->setEnabled(false);
    const Id selected = selectedNumber() ? selectedNumber()->id : 0;
    m_numbers = row >= 0 && m_session.valid()
                    ? shown(SenderRepository(*m_session.db, m_session.tenantId).numbers(pool.id), this)
                    : QList<PhoneNumber>{};
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_numbers.size()));
    const QString today = this->today();
    int selectRow = -1;
    for (int r = 0; r < m_numbers.size(); ++r) {
        const PhoneNumber &n = m_numbers.at(r);
        const QStringList cells{n.e164,
                                stateLabel(n.state),
                                n.dailyCap > 0 ? tr("%1 / %2").arg(n.usesOn(today)).arg(n.dailyCap)
                                               : tr("%1 / no cap").arg(n.usesOn(today)),
                                QLocale().toString(n.attempts),
                                QLocale().toString(n.successes),
                                QLocale().toString(n.failures),
                                QLocale().toString(n.optOuts),
                                rateText(n),
                                timeText(n.lastUsedAt)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != Number && c != State && c != LastUsed)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == State && n.state != PhoneNumber::State::Active)
                item->setForeground(Tones::text(
                    n.state == PhoneNumber::State::Quarantined ? Tone::Error : Tone::Warning, m_table->palette()));
            m_table->setItem(r, c, item);
        }
        if (n.id == selected)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    else
        m_table->clearSelection();
    m_add->setEnabled(row >= 0);
    m_newNumber->setEnabled(row >= 0);
    m_paste->setEnabled(row >= 0);
    m_deletePool->setEnabled(row >= 0);
    m_attach->setEnabled(row >= 0);
    m_noNumbers->updateVisibility();
    const QStringList users = row >= 0 && m_session.valid()
                                  ? shown(NumberPoolService(*m_session.db, m_session.tenantId, m_session.user)
                                              .sendersUsing(pool.id),
                                          this)
                                  : QStringList();
    m_usedBy->setText(users.isEmpty() ? tr("no sender") : users.join(QStringLiteral(", ")));
    showNumber();
}

const PhoneNumber *NumberPoolsPage::selectedNumber() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty() || rows.first().row() >= m_numbers.size())
        return nullptr;
    return &m_numbers.at(rows.first().row());
}

void NumberPoolsPage::showNumber()
{
    const PhoneNumber *n = selectedNumber();
    m_pause->setEnabled(n && n->state == PhoneNumber::State::Active);
    m_resume->setEnabled(n && n->state == PhoneNumber::State::Paused);
    m_release->setEnabled(n && n->state == PhoneNumber::State::Quarantined);
    m_cap->setEnabled(n);
    m_setCap->setEnabled(n);
    m_remove->setEnabled(n);
    if (!n) {
        m_record->setText(tr("Select a number to see its record."));
        return;
    }
    m_cap->setValue(n->dailyCap);
    QString state = stateLabel(n->state);
    if (n->state != PhoneNumber::State::Active || !n->stateReason.isEmpty())
        state += u" \u2014 " + (n->stateReason.isEmpty() ? tr("no reason recorded") : n->stateReason);
    if (n->stateChangedAt.isValid())
        state += tr(" (since %1)").arg(timeText(n->stateChangedAt));
    m_record->setText(tr("<b>%1</b><br>State: %2<br>Messages handed over: %3; delivered or answered: %4; failed: %5 "
                         "(rate %6); opt-out replies: %7.<br>Last used: %8. Today: %9 of %10.")
                          .arg(n->e164.toHtmlEscaped(), state.toHtmlEscaped())
                          .arg(QLocale().toString(n->attempts), QLocale().toString(n->successes),
                               QLocale().toString(n->failures), rateText(*n), QLocale().toString(n->optOuts),
                               timeText(n->lastUsedAt))
                          .arg(n->usesOn(today()))
                          .arg(n->dailyCap > 0 ? QString::number(n->dailyCap) : tr("no cap")));
}

QString NumberPoolsPage::today() const
{
    // Daily caps count the tenant's calendar day.
    const QTimeZone zone(m_session.valid() ? TenantRepository(*m_session.db).byId(m_session.tenantId).value_or({}).timeZone.toUtf8()
                                           : QByteArray("UTC"));
    return QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace herald
