// The window itself: the header with the tenant picker, the held-sending banner, the
// navigation sidebar and the pages it selects, and how the pages' requests reach the window.
#include "mainwindow.h"

#include "builder/campaignbuilder.h"
#include "calendar/calendarpage.h"
#include "campaigns/campaignspage.h"
#include "common/accessibletable.h"
#include "common/icons.h"
#include "common/tones.h"
#include "contacts/contactspage.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "detail/campaigndetailpage.h"
#include "mainwindownav.h"
#include "placeholderpage.h"
#include "pools/numberpoolspage.h"
#include "runs/runspage.h"
#include "settings/settingspage.h"
#include "statistics/statisticspage.h"
#include "storage/tenantrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace herald {

using mainwindow::NavEntry;

namespace {

constexpr NavEntry kNav[] = {
    {MainWindow::Destination::Campaigns, QT_TRANSLATE_NOOP("herald::MainWindow", "Campaigns"), "navCampaigns", "mail-send"},
    {MainWindow::Destination::Runs, QT_TRANSLATE_NOOP("herald::MainWindow", "Campaign Runs"), "navRuns", "view-media-playlist"},
    {MainWindow::Destination::Calendar, QT_TRANSLATE_NOOP("herald::MainWindow", "Calendar"), "navCalendar", "view-calendar"},
    {MainWindow::Destination::Statistics, QT_TRANSLATE_NOOP("herald::MainWindow", "Statistics"), "navStatistics", "office-chart-line"},
    {MainWindow::Destination::Goals, QT_TRANSLATE_NOOP("herald::MainWindow", "Goals & Writers"), "navGoals", "flag"},
    {MainWindow::Destination::Templates, QT_TRANSLATE_NOOP("herald::MainWindow", "Templates"), "navTemplates", "document-edit"},
    {MainWindow::Destination::Contacts, QT_TRANSLATE_NOOP("herald::MainWindow", "Contacts & Segments"), "navContacts", "view-pim-contacts"},
    {MainWindow::Destination::NumberPools, QT_TRANSLATE_NOOP("herald::MainWindow", "Number Pools"), "navNumberPools", "call-start"},
    {MainWindow::Destination::Settings, QT_TRANSLATE_NOOP("herald::MainWindow", "Settings"), "navSettings", "configure"},
};

} // namespace

std::span<const NavEntry> mainwindow::navEntries()
{
    return kNav;
}

MainWindow::MainWindow(Database db, const QString &userName, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_userName(userName)
{
    AccessibleTable::install(); // the calendar and the charts read as tables
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Herald"));
    buildUi();
    buildActions();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1240, 760);
    loadTenants();
    followWorkspace();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);

    auto *header = new QHBoxLayout;
    m_pageTitle = new QLabel(central);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    header->addWidget(m_pageTitle);
    header->addStretch(1);
    // No mnemonic: Alt+T belongs to the pages; Go → Choose Tenant (Ctrl+T) comes here.
    auto *tenantLabel = new QLabel(tr("Tenant:"), central);
    header->addWidget(tenantLabel);
    m_tenantPicker = new QComboBox(central);
    m_tenantPicker->setObjectName(QStringLiteral("tenantPicker"));
    m_tenantPicker->setAccessibleName(tr("Tenant"));
    m_tenantPicker->setMinimumWidth(220);
    tenantLabel->setBuddy(m_tenantPicker);
    header->addWidget(m_tenantPicker);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    statusBar()->addPermanentWidget(m_zoneLabel);
    m_userLabel = new QLabel(central);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    header->addSpacing(12);
    header->addWidget(m_userLabel);
    outer->addLayout(header);

    // Shown while the dispatcher waits for space on the workspace's disk.
    m_heldBanner = new QLabel(central);
    m_heldBanner->setObjectName(QStringLiteral("sendingHeldBanner"));
    m_heldBanner->setWordWrap(true);
    m_heldBanner->setTextFormat(Qt::RichText);
    const Tones::Colors held = Tones::banner(Tones::Tone::Error);
    m_heldBanner->setStyleSheet(u"QLabel { background: " + held.background.name() + u"; color: " + held.text.name()
                                + u"; border: 1px solid " + held.border.name()
                                + u"; border-radius: 4px; padding: 8px; }");
    m_heldBanner->hide();
    outer->addWidget(m_heldBanner);

    auto *body = new QHBoxLayout;
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(190);
    for (const NavEntry &e : kNav) {
        auto *item = new QListWidgetItem(Icons::named(e.icon), tr(e.title), m_nav);
        item->setData(Qt::UserRole, int(e.destination));
        item->setData(Qt::UserRole + 1, QString::fromLatin1(e.objectName));
    }
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_noTenant =
        new PlaceholderPage(tr("Choose a tenant"),
                            tr("Pick the tenant to work in from the header; nothing is loaded until then."), m_stack);
    m_noTenant->setObjectName(QStringLiteral("noTenantPage"));
    m_stack->addWidget(m_noTenant);
    m_campaigns = new CampaignsPage(m_stack);
    m_detail = new CampaignDetailPage(m_stack);
    m_stack->addWidget(m_detail);
    m_builder = new CampaignBuilder(m_stack);
    m_stack->addWidget(m_builder);
    for (const NavEntry &e : kNav) {
        QWidget *page = nullptr;
        if (e.destination == Destination::Campaigns)
            page = m_campaigns;
        else if (e.destination == Destination::Runs)
            page = m_runs = new RunsPage(m_stack);
        else if (e.destination == Destination::Statistics)
            page = m_statistics = new StatisticsPage(m_stack);
        else if (e.destination == Destination::Calendar)
            page = m_calendar = new CalendarPage(m_stack);
        else if (e.destination == Destination::NumberPools)
            page = m_pools = new NumberPoolsPage(m_stack);
        else if (e.destination == Destination::Contacts)
            page = m_contacts = new ContactsPage(m_stack);
        else if (e.destination == Destination::Goals)
            page = m_goals = new GoalsPage(m_stack);
        else if (e.destination == Destination::Templates)
            page = m_templates = new TemplatesPage(m_stack);
        else
            page = m_settings = new SettingsPage(m_stack);
        page->setProperty("destinationTitle", tr(e.title));
        m_stack->addWidget(page);
        m_destinations.append(page);
    }
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_destinations.size())
            navigate(Destination(m_nav->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_tenantPicker, &QComboBox::currentIndexChanged, this, &MainWindow::tenantChanged);
    connect(m_campaigns, &CampaignsPage::openCampaign, this,
            [this](Id id, const QString &tab) { openCampaign(QString::number(id), tab); });
    connect(m_campaigns, &CampaignsPage::editCampaign, this, [this](Id id) { editCampaign(id); });
    connect(m_campaigns, &CampaignsPage::runCampaign, this, &MainWindow::runCampaign);
    connect(m_campaigns, &CampaignsPage::newCampaign, this, [this] { newCampaign(); });
    connect(m_campaigns, &CampaignsPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_detail, &CampaignDetailPage::back, this, [this] { navigate(Destination::Campaigns); });
    connect(m_detail, &CampaignDetailPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_detail, &CampaignDetailPage::campaignsChanged, m_campaigns, &CampaignsPage::refresh);
    connect(m_detail, &CampaignDetailPage::runRequested, this, [this](Id id) { runCampaign(id); });
    connect(m_detail, &CampaignDetailPage::numberRecordRequested, this, [this](const QString &e164) {
        navigate(Destination::NumberPools);
        if (!m_pools->selectNumber(e164))
            statusBar()->showMessage(tr("%1 is no longer in a number pool.").arg(e164), 8000);
    });
    connect(m_detail, &CampaignDetailPage::objectRequested, this, &MainWindow::openObject);
    connect(m_detail, &CampaignDetailPage::editRequested, this, [this](Id id) { editCampaign(id); });
    connect(m_detail, &CampaignDetailPage::fixRequested, this,
            [this](Id id, const Finding &finding) { editCampaign(id, &finding); });
    connect(m_runs, &RunsPage::openRun, this,
            [this](Id campaignId, Id runId) { openCampaign(QString::number(campaignId), QStringLiteral("report"), runId); });
    connect(m_runs, &RunsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_statistics, &StatisticsPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_campaigns, &CampaignsPage::compareCampaigns, this, [this](const QList<Id> &ids) {
        navigate(Destination::Statistics);
        m_statistics->compare(ids);
    });
    connect(m_calendar, &CalendarPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_calendar, &CalendarPage::openCampaign, this, [this](Id campaignId, Id runId) {
        openCampaign(QString::number(campaignId), runId != 0 ? QStringLiteral("report") : QStringLiteral("overview"), runId);
    });
    connect(m_calendar, &CalendarPage::editCampaign, this, [this](Id id) { editCampaign(id); });
    connect(m_calendar, &CalendarPage::campaignsChanged, m_campaigns, &CampaignsPage::refresh);
    connect(m_calendar, &CalendarPage::missedChanged, this, &MainWindow::showMissedLaunches);
    connect(m_pools, &NumberPoolsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_contacts, &ContactsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_goals, &GoalsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_templates, &TemplatesPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_settings, &SettingsPage::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_settings, &SettingsPage::setupAssistantRequested, this, &MainWindow::openSetupAssistant);
    connect(m_settings, &SettingsPage::organisationChanged, m_campaigns, &CampaignsPage::refresh);
    connect(m_settings, &SettingsPage::tenantsChanged, this, [this] {
        if (m_session.tenantId != 0)
            showZone(); // its zone may have changed
        // The picker follows; the open tenant stays open (a renamed one by its new name).
        const Id open = m_session.tenantId;
        auto tenants = TenantRepository(m_db).tenants();
        if (!tenants)
            return;
        QSignalBlocker block(m_tenantPicker);
        m_tenantPicker->clear();
        for (const Tenant &t : std::as_const(*tenants))
            m_tenantPicker->addItem(t.name, t.id);
        m_tenantPicker->setCurrentIndex(m_tenantPicker->findData(open));
    });
    connect(m_campaigns, &CampaignsPage::gettingStartedStep, this, &MainWindow::gettingStarted);
    connect(m_builder, &CampaignBuilder::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_builder, &CampaignBuilder::saved, this, [this](Id id) {
        m_campaigns->refresh();
        openCampaign(QString::number(id));
    });
    connect(m_builder, &CampaignBuilder::closed, this, [this] {
        const Id id = m_builder->campaign().id;
        if (id == 0 || !openCampaign(QString::number(id)))
            navigate(Destination::Campaigns);
    });

    m_listRefresh = new QTimer(this);
    m_listRefresh->setSingleShot(true);
    m_listRefresh->setInterval(2000); // the list follows progress every two seconds at most
    connect(m_listRefresh, &QTimer::timeout, m_campaigns, &CampaignsPage::refresh);
}

} // namespace herald
