#include "runspage.h"

#include "common/emptystate.h"
#include "domain/labels.h"
#include "runlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {

RunsPage::RunsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("runSearch"));
    m_search->setPlaceholderText(tr("Campaign name or ID, or #run"));
    m_search->setAccessibleName(tr("Search runs"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("runKindFilter"));
    m_kind->setAccessibleName(tr("Run kind"));
    m_kind->addItem(tr("Test and live runs"), -1);
    m_kind->addItem(tr("Live runs"), int(RunKind::Live));
    m_kind->addItem(tr("Test runs"), int(RunKind::Test));
    filters->addWidget(m_kind);
    m_trigger = new QComboBox(this);
    m_trigger->setObjectName(QStringLiteral("runTriggerFilter"));
    m_trigger->setAccessibleName(tr("Trigger"));
    m_trigger->addItem(tr("Any trigger"), -1); // the launch type, or manual for a person pressing Run
    for (RunTrigger t : allValues<RunTrigger>())
        m_trigger->addItem(label(t), int(t));
    filters->addWidget(m_trigger);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    filters->addWidget(m_summary, 1, Qt::AlignRight);
    layout->addLayout(filters);

    m_model = new RunListModel(this);
    m_filter = new RunFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setAccessibleName(tr("Campaign runs"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunListModel::Run, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setToolTip(tr("Double-click or press Enter to open the campaign on that run."));
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RunFilterModel::setSearch);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_kind->currentData().toInt();
        m_filter->setKind(v < 0 ? std::nullopt : std::optional(RunKind(v)));
    });
    connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_trigger->currentData().toInt();
        m_filter->setTrigger(v < 0 ? std::nullopt : std::optional(RunTrigger(v)));
    });
    connect(m_table, &QTableView::activated, this, &RunsPage::openCurrent);
    connect(m_model, &RunListModel::failed, this, &RunsPage::statusMessage);
    auto updateSummary = [this] {
        const int shown = m_filter->rowCount();
        QString text = tr("%Ln run(s)", nullptr, shown);
        if (m_model->isTruncated())
            text += u' ' + tr("(the newest %L1)").arg(RunListModel::kLimit);
        m_summary->setText(text);
    };
    connect(m_model, &RunListModel::loaded, this, [this, updateSummary] {
        updateSummary();
        m_table->resizeColumnsToContents();
        // Long campaign names should not push the counts off screen.
        m_table->setColumnWidth(RunListModel::Campaign, std::min(m_table->columnWidth(RunListModel::Campaign), 190));
        const int countWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("000,000")) + 12;
        for (int c = RunListModel::Total; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, countWidth);
        m_table->setColumnWidth(RunListModel::StartedBy, std::min(m_table->columnWidth(RunListModel::StartedBy), 140));
    });
    connect(m_filter, &QSortFilterProxyModel::rowsInserted, this, updateSummary);
    connect(m_filter, &QSortFilterProxyModel::rowsRemoved, this, updateSummary);
    connect(m_filter, &QSortFilterProxyModel::modelReset, this, updateSummary);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, updateSummary);

    // Nothing listed: no run yet, or filters no run passes.
    auto *empty = EmptyState::over(m_table, QStringLiteral("runsEmpty"));
    empty->setCondition([this] { return m_session.valid() && !m_model->isLoading(); });
    const auto updateEmpty = [this, empty] {
        const QString search = m_search->text().trimmed();
        if (m_model->rowCount() == 0)
            empty->setTexts(tr("No runs yet"), tr("A campaign's Run… starts one, and its Test run… tries it on the "
                                                  "test recipients; each run shows here with what became of its "
                                                  "messages."));
        else
            empty->setTexts(search.isEmpty() ? tr("No runs match these filters") : tr("No runs match “%1”").arg(search),
                            tr("The search looks at campaign names and IDs, or a run's #number."),
                            tr("Clear the filter"), [this] {
                                m_search->clear();
                                m_kind->setCurrentIndex(0);
                                m_trigger->setCurrentIndex(0);
                            });
        empty->updateVisibility();
    };
    connect(m_model, &RunListModel::loaded, this, updateEmpty);
    connect(m_search, &QLineEdit::textChanged, this, updateEmpty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateEmpty);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, updateEmpty);
}

void RunsPage::setSession(const Session &session)
{
    m_session = session;
    m_model->load(session);
}

void RunsPage::refresh()
{
    m_model->load(m_session);
}

void RunsPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    emit openRun(index.data(RunListModel::CampaignIdRole).toLongLong(), index.data(RunListModel::RunIdRole).toLongLong());
}

} // namespace herald
