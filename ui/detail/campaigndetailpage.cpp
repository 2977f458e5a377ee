#include "campaigndetailpage.h"

#include "activeview.h"
#include "common/dialogs.h"
#include "common/shown.h"
#include "common/tones.h"
#include "contacts/communicationstable.h"
#include "dispatch/progresssnapshot.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "draftview.h"
#include "reportview.h"
#include "reviewview.h"
#include "tasksview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

// The page itself: its header and tabs, and reading the campaign (in the background once
// it is open). The Actions menu and what it does are in campaigndetailactions.cpp, the
// exports and printing in campaigndetailexport.cpp.

namespace herald {

CampaignDetailPage::CampaignDetailPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("campaignDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("← Back"), this);
    backButton->setObjectName(QStringLiteral("detailBack"));
    backButton->setToolTip(tr("Back to the campaign list (Alt+Left)"));
    connect(backButton, &QPushButton::clicked, this, &CampaignDetailPage::back);
    header->addWidget(backButton);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_title->setFont(f);
    header->addWidget(m_title, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    header->addWidget(m_status);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("detailRefresh"));
    m_refresh->setToolTip(tr("Reload a full snapshot (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &CampaignDetailPage::reload);
    header->addWidget(m_refresh);
    m_actions = new QPushButton(tr("&Actions"), this);
    m_actions->setObjectName(QStringLiteral("detailActions"));
    m_actionsMenu = new QMenu(m_actions);
    m_actionsMenu->setObjectName(QStringLiteral("detailActionsMenu"));
    m_actions->setMenu(m_actionsMenu);
    header->addWidget(m_actions);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Campaign sections"));
    m_overview = new QStackedWidget(m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewStack"));
    m_draft = new DraftView(m_overview);
    m_active = new ActiveView(m_overview);
    m_ended = new ReportView(m_overview);
    m_ended->setObjectName(QStringLiteral("endedView"));
    m_overview->addWidget(m_draft);
    m_overview->addWidget(m_active);
    m_overview->addWidget(m_ended);
    m_tasks = new TasksView(m_tabs);
    m_report = new ReportView(m_tabs);
    m_report->setObjectName(QStringLiteral("reportView"));
    for (ReportView *view : {m_ended, m_report})
        connect(view, &ReportView::numberActivated, this, &CampaignDetailPage::numberRecordRequested);
    connect(m_active, &ActiveView::numberActivated, this, &CampaignDetailPage::numberRecordRequested);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_tasks, tr("Tas&ks")); // &T: the window's &Tenant:
    m_tabs->addTab(m_report, tr("&Report"));
    m_review = new ReviewView(m_tabs);
    m_review->setObjectName(QStringLiteral("reviewView"));
    m_tabs->addTab(m_review, tr("Revie&w")); // &V: the View menu
    m_communications = new CommunicationsTable(CommunicationsTable::About::Campaign, m_tabs);
    m_communications->setObjectName(QStringLiteral("campaignCommunications"));
    m_communications->setToolTip(tr("Every reply and opt-out the campaign's runs received, newest first"));
    m_communications->setAccessibleName(tr("Communications of the campaign"));
    m_communications->setAccessibleDescription(m_communications->toolTip());
    m_tabs->addTab(m_communications, tr("&Communications"));
    connect(m_review, &ReviewView::statusMessage, this, &CampaignDetailPage::statusMessage);
    connect(m_review, &ReviewView::changed, this, [this] {
        emit campaignsChanged();
        reload();
    });
    layout->addWidget(m_tabs, 1);

    connect(m_draft, &DraftView::runRequested, this, [this] { openRunDialog(RunKind::Live); });
    connect(m_draft, &DraftView::testRunRequested, this, [this] { openRunDialog(RunKind::Test); });
    connect(m_draft, &DraftView::scheduleRequested, this, &CampaignDetailPage::schedule);
    connect(m_draft, &DraftView::editRequested, this, [this] { emit editRequested(m_data.overview.campaign.id); });
    connect(m_draft, &DraftView::fixRequested, this, &CampaignDetailPage::fix);
    connect(m_draft, &DraftView::objectRequested, this, &CampaignDetailPage::objectRequested);
    connect(m_active, &ActiveView::commandRequested, this, &CampaignDetailPage::command);
    connect(m_active, &ActiveView::unscheduleRequested, this, &CampaignDetailPage::unschedule);
    for (ReportView *r : {m_ended, m_report})
        connect(r, &ReportView::runChosen, this,
                [this](Id runId) { open(m_reference, QStringLiteral("report"), runId); });
    for (ReportView *r : {m_ended, m_report})
        connect(r, &ReportView::testRunRequested, this, [this] { openRunDialog(RunKind::Test); });
}

void CampaignDetailPage::setSession(const Session &session)
{
    m_session = session;
    m_tasks->setSession(session);
    m_review->setSession(session);
}

bool CampaignDetailPage::open(const QString &reference, const QString &tab, Id runId)
{
    if (!m_session.valid())
        return false;
    // Synchronously, so a caller knows at once whether the campaign exists.
    auto loadedData = loadCampaignDetail(m_session, reference, runId);
    if (!loadedData) {
        Dialogs::warn(this, tr("Open campaign"), loadedData.error().shown());
        return false;
    }
    m_data = *loadedData;
    m_reference = m_data.overview.campaign.shortId;
    m_runId = runId;
    m_seenInSnapshot = false;
    static const QStringList tabs{QStringLiteral("overview"), QStringLiteral("tasks"), QStringLiteral("report"),
                                  QStringLiteral("review"), QStringLiteral("communications")};
    m_tabs->setCurrentIndex(qMax(0, int(tabs.indexOf(tab.toLower()))));
    showData();
    return true;
}

void CampaignDetailPage::reload()
{
    if (m_reference.isEmpty())
        return;
    startLoad();
}

void CampaignDetailPage::startLoad()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_load.start(*m_session.db, [session = m_session, reference = m_reference, runId = m_runId](const Database &) {
        return loadCampaignDetail(session, reference, runId);
    });
}

void CampaignDetailPage::loadFinished(Result<CampaignDetailData> loadedData)
{
    m_loading = false;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        return startLoad();
    }
    if (!loadedData) {
        emit statusMessage(loadedData.error().shown());
        return;
    }
    m_data = std::move(*loadedData);
    showData();
}

void CampaignDetailPage::showData()
{
    const Campaign &c = m_data.overview.campaign;
    const CampaignStatus status = m_data.overview.status;
    m_title->setText(u"<b>" + c.name.toHtmlEscaped() + u"</b>  " + Tones::html(Tones::Tone::Neutral, c.shortId));
    const Tones::Colors badge = Tones::badge(status);
    m_status->setText(label(status));
    m_status->setStyleSheet(u"QLabel { color: " + badge.text.name() + u"; background: " + badge.background.name()
                            + u"; border-radius: 9px; padding: 2px 10px; font-weight: bold; }");
    m_status->setAccessibleName(tr("Status: %1").arg(label(status)));

    const bool mayRun = Permissions::permits(m_session.user.role, Action::RunCampaigns);
    const bool showLatency = Permissions::permits(m_session.user.role, Action::SeeProviderDiagnostics);
    switch (m_data.layout()) {
    case DetailLayout::Draft:
        m_draft->show(m_data, mayRun);
        m_overview->setCurrentWidget(m_draft);
        break;
    case DetailLayout::Active:
        m_active->show(m_data, mayRun, showLatency);
        m_overview->setCurrentWidget(m_active);
        break;
    case DetailLayout::Ended:
        m_ended->show(m_data);
        m_overview->setCurrentWidget(m_ended);
        break;
    }
    m_refresh->setVisible(m_data.layout() != DetailLayout::Draft);
    m_tasks->show(m_data);
    m_review->show(m_data.overview.campaign.shortId);
    m_communications->show(
        shown(Communications::ofCampaign(*m_session.db, m_session.tenantId, m_data.overview.campaign.id), this));
    m_report->show(m_data);
    // An empty run history offers the Actions menu's Test run… when that is available.
    const bool mayTest = mayRun && !c.testRecipients.isEmpty() && status != CampaignStatus::Archived;
    for (ReportView *r : {m_ended, m_report})
        r->setTestRunAvailable(mayTest);
    buildActionsMenu();
    emit loaded();
}

void CampaignDetailPage::refreshTasks()
{
    if (isVisible() && m_tabs->currentWidget() == m_tasks)
        m_tasks->refresh();
}

void CampaignDetailPage::applySnapshot(const ProgressSnapshot &snapshot)
{
    if (!isVisible() || m_reference.isEmpty())
        return;
    bool present = false;
    for (const ChannelProgress &p : snapshot.channels)
        present |= p.campaignId == m_data.overview.campaign.id && p.tenantId == m_session.tenantId;
    const bool layoutActive = m_data.layout() == DetailLayout::Active;
    bool changed = layoutActive && m_active->applySnapshot(snapshot);
    // A campaign that starts or stops sending changes status: read it again.
    changed |= present != m_seenInSnapshot;
    m_seenInSnapshot = present;
    if (changed)
        startLoad();
}

} // namespace herald
