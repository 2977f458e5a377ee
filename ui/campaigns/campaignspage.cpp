#include "campaignspage.h"

#include "campaignlistmodel.h"
#include "common/badgedelegate.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "detail/campaigndetaildata.h"
#include "detail/detailformat.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/failurereasons.h"
#include "lifecycle/preflightservice.h"
#include "organisation/gettingstarted.h"
#include "rowactionsdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace herald {

CampaignsPage::CampaignsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_gettingStarted = new QLabel(this);
    m_gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    m_gettingStarted->setWordWrap(true);
    m_gettingStarted->setTextFormat(Qt::RichText);
    // Its links are reached by Tab; Enter follows the focused one.
    m_gettingStarted->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_gettingStarted->setFocusPolicy(Qt::StrongFocus);
    m_gettingStarted->setAccessibleName(tr("Getting started"));
    m_gettingStarted->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 8px; }"));
    m_gettingStarted->hide();
    connect(m_gettingStarted, &QLabel::linkActivated, this,
            [this](const QString &link) { emit gettingStartedStep(GettingStarted::Step(link.toInt())); });
    layout->addWidget(m_gettingStarted);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search by name or ID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search campaigns"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);

    m_channelFilter = new QComboBox(this);
    m_channelFilter->setObjectName(QStringLiteral("channelFilter"));
    m_channelFilter->setAccessibleName(tr("Channel filter"));
    m_channelFilter->addItem(tr("All channels"), -1);
    for (ChannelKind k : allValues<ChannelKind>())
        m_channelFilter->addItem(displayName(k), int(k));
    filters->addWidget(m_channelFilter);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (CampaignStatus s : allValues<CampaignStatus>())
        m_statusFilter->addItem(label(s), int(s));
    filters->addWidget(m_statusFilter);

    m_create = new QPushButton(tr("New campaign"), this);
    m_create->setObjectName(QStringLiteral("newCampaignButton"));
    m_create->setToolTip(tr("Create a campaign (Ctrl+N)"));
    connect(m_create, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    filters->addWidget(m_create);
    layout->addLayout(filters);

    auto *bulk = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    bulk->addWidget(m_summary, 1);
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("bulkCompare"));
    m_compare->setToolTip(tr("The selected campaigns side by side in Statistics"));
    bulk->addWidget(m_compare);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QList<Id> ids;
        for (const CampaignOverview *o : selected())
            ids.append(o->campaign.id);
        emit compareCampaigns(ids);
    });
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("bulkDuplicate"));
    m_archive = new QPushButton(tr("Archive"), this);
    m_archive->setObjectName(QStringLiteral("bulkArchive"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("bulkDelete"));
    for (QPushButton *b : {m_duplicate, m_archive, m_delete})
        bulk->addWidget(b);
    connect(m_duplicate, &QPushButton::clicked, this, &CampaignsPage::duplicateSelected);
    connect(m_archive, &QPushButton::clicked, this, &CampaignsPage::archiveSelected);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsPage::deleteSelected);
    layout->addLayout(bulk);

    m_model = new CampaignListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    // The name takes the room left; IDs, dates and the row actions are never cut.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int column = 0; column < CampaignListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(CampaignListModel::Tags, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicator(CampaignListModel::Created, Qt::DescendingOrder);
    const auto statusBadge = [](const QModelIndex &index) {
        return Tones::badge(CampaignStatus(index.data(CampaignListModel::StatusRole).toInt()));
    };
    m_table->setItemDelegateForColumn(CampaignListModel::Status, new BadgeDelegate(statusBadge, m_table));
    auto *actions = m_rowActions = new RowActionsDelegate(m_table);
    m_table->setItemDelegateForColumn(CampaignListModel::Actions, actions);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_table, 1);
    // Nothing listed: a fresh workspace, or filters no campaign passes (the texts: requery()).
    m_empty = EmptyState::over(m_table, QStringLiteral("campaignsEmpty"));
    m_empty->setCondition([this] { return m_session.valid() && !m_model->isLoading(); });

    // Sorting is done by the query (by key), so the header only tells the model.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!CampaignListModel::sortFor(column)) {
                    // Not sortable: put the indicator back where the list really is sorted.
                    const auto &r = m_model->request();
                    int current = CampaignListModel::Created;
                    for (int c = 0; c < CampaignListModel::ColumnCount; ++c)
                        if (CampaignListModel::sortFor(c) == r.sort) {
                            current = c;
                            break;
                        }
                    QSignalBlocker block(m_table->horizontalHeader());
                    m_table->horizontalHeader()->setSortIndicator(current, r.descending ? Qt::DescendingOrder
                                                                                        : Qt::AscendingOrder);
                    emit statusMessage(tr("The list cannot be sorted by this column."));
                    return;
                }
                m_model->sort(column, order);
            });
    connect(actions, &RowActionsDelegate::triggered, this,
            [this](const QModelIndex &index, RowActionsDelegate::Action action, const QPoint &pos) {
                const CampaignOverview *o = m_model->campaignAt(index.row());
                if (!o)
                    return;
                switch (action) {
                case RowActionsDelegate::Run:
                    emit runCampaign(o->campaign.id);
                    break;
                case RowActionsDelegate::Analytics:
                    emit openCampaign(o->campaign.id, QStringLiteral("report"));
                    break;
                case RowActionsDelegate::Info:
                    showInfo(*o);
                    break;
                case RowActionsDelegate::More:
                    showMore(*o, pos);
                    break;
                }
            });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == CampaignListModel::Name &&
            !(QApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            if (const CampaignOverview *o = m_model->campaignAt(index.row()))
                openName(*o);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CampaignOverview *o = m_model->campaignAt(index.row()))
            emit openCampaign(o->campaign.id, QStringLiteral("overview"));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (const CampaignOverview *o = m_model->campaignAt(m_table->indexAt(pos).row()))
            showMore(*o, m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsPage::updateActions);
    connect(m_model, &CampaignListModel::loaded, this, [this] {
        updateSummary();
        updateActions();
        m_empty->updateVisibility();
        if (!m_tagsSized && m_model->rowCount() > 0) {
            m_tagsSized = true; // once: afterwards the width is the person's
            m_table->resizeColumnToContents(CampaignListModel::Tags);
            // Many tags must not push the row actions out of the window (the tooltip has them all).
            m_table->setColumnWidth(CampaignListModel::Tags, std::min(m_table->columnWidth(CampaignListModel::Tags), 140));
        }
    });
    connect(m_model, &CampaignListModel::failed, this,
            [this](const QString &message) { Dialogs::warn(this, tr("Campaigns"), message); });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // as you type, without a query per keystroke
    connect(m_searchDelay, &QTimer::timeout, this, &CampaignsPage::requery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CampaignsPage::requery);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::requery);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CampaignsPage::requery);
    updateActions();
}

void CampaignsPage::setSession(const Session &session)
{
    m_session = session;
    // What the user's role may not do is shown greyed with the reason; core refuses it anyway.
    auto create = Permissions::require(m_session.user, Action::CreateCampaigns);
    m_create->setEnabled(create.ok());
    m_create->setToolTip(create ? tr("Create a campaign (Ctrl+N)") : create.error().shown());
    auto run = Permissions::require(m_session.user, Action::RunCampaigns);
    m_rowActions->setUnavailable(RowActionsDelegate::Run, run ? QString() : run.error().shown());
    updateGettingStarted();
    requery();
}

void CampaignsPage::updateGettingStarted()
{
    const auto items = m_session.valid() ? GettingStarted::of(*m_session.db, m_session.tenantId)
                                         : Result<QList<GettingStarted::Item>>(QList<GettingStarted::Item>());
    if (!items || items->isEmpty()) {
        m_gettingStarted->hide();
        return;
    }
    const auto text = [](GettingStarted::Step step) {
        switch (step) {
        case GettingStarted::Step::Provider:
            return tr("Choose how email or SMS is sent");
        case GettingStarted::Step::Sender:
            return tr("Add a sender: who your messages come from");
        case GettingStarted::Step::Listener:
            return tr("Set Herald's listener, which serves the unsubscribe links of your emails");
        case GettingStarted::Step::Reviewer:
            return tr("Add a reviewer, who approves content before it runs");
        case GettingStarted::Step::Contacts:
            return tr("Import your contacts");
        case GettingStarted::Step::Template:
            return tr("Write a template");
        case GettingStarted::Step::GoalAndWriter:
            return tr("Describe a goal and a writer");
        case GettingStarted::Step::Campaign:
            return tr("Create a campaign");
        case GettingStarted::Step::LiveRun:
            return tr("Run it live");
        }
        return QString();
    };
    QString html = u"<b>" + tr("Getting started") + u"</b>";
    int done = 0;
    QStringList left;
    for (const GettingStarted::Item &item : *items) {
        done += item.done;
        if (!item.done)
            left << text(item.step);
        html += u"<br>" + (item.done ? QStringLiteral("☑ <s>") : QStringLiteral("☐ <a href=\"%1\">").arg(int(item.step)))
                + text(item.step).toHtmlEscaped() + (item.done ? u"</s>" : u"</a>");
    }
    html += u"<br><small>" + tr("%1 of %2 done. This list goes away after your first live run.").arg(done).arg(items->size())
            + u"</small>";
    m_gettingStarted->setText(html);
    m_gettingStarted->setAccessibleDescription(tr("%1 of %2 done. Steps left, each a link: %3")
                                                   .arg(done)
                                                   .arg(items->size())
                                                   .arg(left.join(QStringLiteral("; "))));
    m_gettingStarted->show();
}

void CampaignsPage::requery()
{
    m_searchDelay->stop();
    CampaignListModel::Request request = m_model->request();
    request.search = m_search->text();
    const int channel = m_channelFilter->currentData().toInt();
    request.channel = channel < 0 ? std::nullopt : std::optional(ChannelKind(channel));
    const int status = m_statusFilter->currentData().toInt();
    request.status = status < 0 ? std::nullopt : std::optional(CampaignStatus(status));
    // Archived campaigns appear only under the Archived filter.
    request.archived = CampaignPageQuery::Archived::Exclude;
    m_model->setQuery(m_session, request);
    const QString search = request.search.trimmed();
    if (search.isEmpty() && !request.channel && !request.status) {
        m_empty->setTexts(tr("No campaigns yet"),
                          tr("A campaign sends your message to an audience by email, SMS or phone, once or on a "
                             "schedule."),
                          tr("New campaign…"), [this] { emit newCampaign(); });
        m_empty->setActionEnabled(m_create->isEnabled(), m_create->toolTip());
    } else {
        m_empty->setTexts(search.isEmpty() ? tr("No campaigns match these filters")
                                           : tr("No campaigns match “%1”").arg(search),
                          tr("The search looks at campaign names and IDs; archived campaigns show under the "
                             "Archived status only."),
                          tr("Clear the filter"), [this] {
                              {
                                  const QSignalBlocker a(m_search), b(m_channelFilter), c(m_statusFilter);
                                  m_search->clear();
                                  m_channelFilter->setCurrentIndex(0);
                                  m_statusFilter->setCurrentIndex(0);
                              }
                              requery();
                          });
        m_empty->setActionEnabled(true);
    }
    m_empty->updateVisibility(); // hidden until the read is in
    m_summary->setText(m_session.valid() ? tr("Loading…") : tr("Choose a tenant to see its campaigns."));
}

void CampaignsPage::refresh()
{
    updateGettingStarted();
    m_model->reload();
}

void CampaignsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CampaignsPage::updateSummary()
{
    const int n = m_model->rowCount();
    const QString more = m_model->canFetchMore({}) ? tr(" (scroll for more)") : QString();
    m_summary->setText(tr("%n campaign(s)", nullptr, n) + more);
}

QList<const CampaignOverview *> CampaignsPage::selected() const
{
    QList<const CampaignOverview *> out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (const CampaignOverview *o = m_model->campaignAt(i.row()))
            out.append(o);
    return out;
}

void CampaignsPage::updateActions()
{
    const qsizetype n = m_table->selectionModel()->selectedRows().size();
    const bool editor = m_session.valid() && Permissions::permits(m_session.user.role, Action::EditCampaigns);
    for (QPushButton *b : {m_duplicate, m_archive, m_delete})
        b->setEnabled(n > 0 && editor);
    m_compare->setEnabled(n > 0 && m_session.valid());
    m_compare->setText(n > 1 ? tr("Compare %1").arg(n) : tr("Compare"));
    m_duplicate->setText(n > 1 ? tr("Duplicate %1").arg(n) : tr("Duplicate"));
    m_archive->setText(n > 1 ? tr("Archive %1").arg(n) : tr("Archive"));
    m_delete->setText(n > 1 ? tr("Delete %1").arg(n) : tr("Delete"));
}

void CampaignsPage::applyToSelected(const QList<const CampaignOverview *> &rows, const QString &title,
                                    const char *doneText,
                                    const std::function<Status(CampaignService &, const QString &)> &op)
{
    CampaignService service(*m_session.db, m_session.tenantId, m_session.user);
    QStringList problems;
    int done = 0;
    for (const CampaignOverview *o : rows) {
        if (auto st = op(service, o->campaign.shortId); st)
            ++done;
        else
            problems << st.error().shown();
    }
    emit statusMessage(tr(doneText, nullptr, done));
    if (!problems.isEmpty())
        Dialogs::warn(this, title, problems.join(u'\n'));
    requery();
}

void CampaignsPage::duplicateSelected()
{
    applyToSelected(selected(), tr("Duplicate"), QT_TR_NOOP("%n campaign(s) duplicated"),
                    [](CampaignService &s, const QString &ref) -> Status {
                        if (auto copy = s.clone(ref); !copy)
                            return copy.error();
                        return {};
                    });
}

void CampaignsPage::archive(const QList<const CampaignOverview *> &rows)
{
    applyToSelected(rows, tr("Archive"), QT_TR_NOOP("%n campaign(s) archived"),
                    [](CampaignService &s, const QString &ref) -> Status {
                        if (auto archived = s.archive(ref); !archived)
                            return archived.error();
                        return {};
                    });
}

void CampaignsPage::archiveSelected()
{
    const auto rows = selected();
    if (rows.isEmpty())
        return;
    if (Dialogs::confirm(this, tr("Archive campaigns"),
                         tr("Archive %n campaign(s)? They leave the list (find them under the Archived filter) "
                            "and keep every run and result.",
                            nullptr, int(rows.size())),
                         tr("Archive")))
        archive(rows);
}

void CampaignsPage::deleteSelected()
{
    const auto rows = selected();
    if (rows.isEmpty())
        return;
    // Archiving keeps results, so it is offered first.
    const int choice = Dialogs::choose(
        this, tr("Delete campaigns"),
        tr("Delete %n campaign(s)? Their configuration, every run, every message and all results are "
           "deleted for good; this cannot be undone.\n\nArchiving hides them from the list and keeps the results.",
           nullptr, int(rows.size())),
        {tr("Archive instead"), tr("Delete for good"), tr("Cancel")}, 2);
    if (choice == 0)
        archive(rows); // already chosen: no second question
    else if (choice == 1)
        applyToSelected(rows, tr("Delete"), QT_TR_NOOP("%n campaign(s) deleted"),
                        [](CampaignService &s, const QString &ref) { return s.remove(ref); });
}

void CampaignsPage::showInfo(const CampaignOverview &o)
{
    QList<Finding> findings;
    QString source;
    if (o.lastLiveRun && o.lastLiveRun->failedToStart()) {
        findings = FailureReasons::fromJsonText(o.lastLiveRun->failureReasons);
        source = tr("Why the last run could not start:");
    } else {
        auto now = CampaignService(*m_session.db, m_session.tenantId, m_session.user)
                       .preflight(o.campaign.shortId, RunKind::Live);
        if (!now)
            return Dialogs::warn(this, tr("Campaign info"), now.error().shown());
        findings = *now;
        source = tr("What a run would find now:");
    }
    // What the campaign is, as the detail's configuration recap says it, then what is wrong.
    QStringList channels;
    for (const CampaignChannel &ch : o.campaign.channels)
        channels << displayName(ch.kind);
    QString html = u"<p><b>" + o.campaign.name.toHtmlEscaped() + u"</b> (" + o.campaign.shortId + u") \u2014 "
                   + label(o.status) + u"<br>" + channels.join(QStringLiteral(", ")).toHtmlEscaped() + u"</p>";
    if (auto detail = loadCampaignDetail(m_session, o.campaign.shortId))
        html += DetailFormat::recapHtml(*detail, false);
    else
        html += u"<p>" + detail.error().shown().toHtmlEscaped() + u"</p>";
    if (findings.isEmpty()) {
        html += u"<p>" + tr("Nothing to fix: every check passes.") + u"</p>";
    } else {
        html += u"<p>" + source + u"</p>";
        for (FindingGroup g : allValues<FindingGroup>()) {
            QString items;
            for (const Finding &f : std::as_const(findings))
                if (f.group() == g)
                    items += u"<li>" + f.shown().toHtmlEscaped() + u"<br><i>" + f.fix.shown().toHtmlEscaped() + u"</i></li>";
            if (!items.isEmpty())
                html += u"<h4>" + label(g) + u"</h4><ul>" + items + u"</ul>";
        }
    }
    Dialogs::inform(this, tr("Campaign info"), html);
}

void CampaignsPage::showMore(const CampaignOverview &o, const QPoint &globalPos)
{
    const Id id = o.campaign.id;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowMenu"));
    menu.addAction(tr("Open"), this, [this, id] { emit openCampaign(id, QStringLiteral("overview")); });
    menu.addAction(tr("Run…"), this, [this, id] { emit runCampaign(id); });
    menu.addSeparator();
    auto selectOnly = [this, id] {
        const int row = m_model->rowOf(id);
        m_table->selectRow(row);
    };
    menu.addAction(tr("Duplicate"), this, [this, selectOnly] {
        selectOnly();
        duplicateSelected();
    });
    menu.addAction(tr("Delete…"), this, [this, selectOnly] {
        selectOnly();
        deleteSelected();
    });
    menu.exec(globalPos);
}

void CampaignsPage::openName(const CampaignOverview &o)
{
    const Text subject = PreflightService::subjectText(o.campaign);
    if (auto st = EditPolicy::mayEdit(o.status, EditPolicy::Edit::Configuration, subject); st) {
        emit editCampaign(o.campaign.id);
        return;
    }
    if (o.status == CampaignStatus::Completed || o.status == CampaignStatus::Archived) {
        const int choice = Dialogs::choose(this, tr("Not editable"),
                                           tr("%1 is %2: its results stay as they were sent, so it cannot be "
                                              "edited or run again. Clone it to start a new campaign from it.")
                                               .arg(subject.shown(), label(o.status)),
                                           {tr("Clone"), tr("Open"), tr("Cancel")}, 2);
        if (choice == 0) {
            auto copy = CampaignService(*m_session.db, m_session.tenantId, m_session.user).clone(o.campaign.shortId);
            if (!copy)
                return Dialogs::warn(this, tr("Clone"), copy.error().shown());
            requery();
            emit editCampaign(copy->campaign.id);
        } else if (choice == 1) {
            emit openCampaign(o.campaign.id, QStringLiteral("overview"));
        }
        return;
    }
    emit openCampaign(o.campaign.id, QStringLiteral("overview"));
}

} // namespace herald
