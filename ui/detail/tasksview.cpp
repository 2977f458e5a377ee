#include "tasksview.h"

#include "campaigndetaildata.h"
#include "common/badgedelegate.h"
#include "common/dialogs.h"
#include "detailformat.h"
#include "domain/labels.h"
#include "models/messagetablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {

TasksView::TasksView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tasksView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_run = new QComboBox(this);
    m_run->setObjectName(QStringLiteral("taskRun"));
    m_run->setAccessibleName(tr("Run"));
    m_run->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("taskStateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("All states"), -1);
    for (MessageStatus s : allValues<MessageStatus>())
        m_state->addItem(label(s), int(s));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("taskChannelFilter"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->addItem(tr("All channels"), -1);
    for (ChannelKind k : allValues<ChannelKind>())
        m_channel->addItem(displayName(k), int(k));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    filters->addWidget(new QLabel(tr("Run:"), this));
    filters->addWidget(m_run);
    filters->addWidget(m_state);
    filters->addWidget(m_channel);
    filters->addWidget(m_summary, 1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setAccessibleName(tr("Messages of the run"));
    // Each state a chip like the campaign list's status badges.
    const auto stateChip = [](const QModelIndex &index) {
        return Tones::badge(Tones::toneOf(MessageStatus(index.data(MessageTableModel::StatusRole).toInt())));
    };
    m_table->setItemDelegateForColumn(MessageTableModel::State, new BadgeDelegate(stateChip, m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Fixed row height: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_run, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_model)
            return;
        if (auto st = m_model->setRun(m_run->currentData().toLongLong()); !st)
            Dialogs::warn(this, tr("Tasks"), st.error().shown());
        updateSummary();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &TasksView::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &TasksView::applyFilter);
}

void TasksView::setSession(const Session &session)
{
    if (m_session.db && session.db && m_session.tenantId == session.tenantId && m_model)
        return;
    m_session = session;
    delete m_model;
    m_model = nullptr;
    if (!session.valid())
        return;
    m_model = new MessageTableModel(*session.db, session.tenantId, this);
    m_table->setModel(m_model);
    const int w = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-22 12:00:00"));
    for (int c : {MessageTableModel::Queued, MessageTableModel::Sent, MessageTableModel::Finished})
        m_table->setColumnWidth(c, w + 16);
    m_table->setColumnWidth(MessageTableModel::Contact, 260);
    m_table->setColumnWidth(MessageTableModel::Reason, 200);
    connect(m_model, &MessageTableModel::errorOccurred, this,
            [this](const QString &message) { m_summary->setText(message); });
}

void TasksView::show(const CampaignDetailData &d)
{
    if (!m_model)
        return;
    const Id wanted = d.focusRun ? d.focusRun->id : 0;
    {
        QSignalBlocker block(m_run);
        m_run->clear();
        for (auto it = d.runs.crbegin(); it != d.runs.crend(); ++it)
            m_run->addItem(DetailFormat::runLabel(*it, d), it->id);
        m_run->setCurrentIndex(qMax(0, m_run->findData(wanted)));
    }
    const Id runId = m_run->currentData().toLongLong();
    const Status st = runId == m_model->runId() ? reloadKeepingPlace() : m_model->setRun(runId);
    if (!st)
        m_summary->setText(st.error().shown());
    updateSummary();
}

void TasksView::refresh()
{
    if (!m_model || m_model->runId() == 0)
        return;
    if (const Status st = reloadKeepingPlace(); !st) {
        m_summary->setText(st.error().shown());
        return;
    }
    updateSummary();
}

Status TasksView::reloadKeepingPlace()
{
    // A reload that cannot keep the rows (a filtered count changed) resets the model,
    // which would scroll to the top.
    const int scroll = m_table->verticalScrollBar()->value();
    const Status st = m_model->reload();
    m_table->verticalScrollBar()->setValue(scroll);
    return st;
}

void TasksView::applyFilter()
{
    if (!m_model)
        return;
    const int s = m_state->currentData().toInt();
    const int k = m_channel->currentData().toInt();
    if (auto st = m_model->setFilter(s < 0 ? std::nullopt : std::optional(MessageStatus(s)),
                                     k < 0 ? std::nullopt : std::optional(ChannelKind(k)));
        !st)
        Dialogs::warn(this, tr("Tasks"), st.error().shown());
    updateSummary();
}

void TasksView::updateSummary()
{
    m_summary->setText(m_model->runId() == 0 ? tr("No run yet.")
                                             : tr("%Ln message(s)", nullptr, m_model->rowCount()));
}

QList<Id> TasksView::selectedContacts() const
{
    QList<Id> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Id id = index.data(MessageTableModel::ContactIdRole).toLongLong();
        if (id != 0 && !out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace herald
