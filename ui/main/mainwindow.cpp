#include "mainwindow.h"

#include "domain/labels.h"
#include "models/timetext.h"

#include "builder/campaignbuilder.h"
#include "calendar/calendarpage.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/accessibletable.h"
#include "common/dialogs.h"
#include "common/icons.h"
#include "common/tones.h"
#include "contacts/contactspage.h"
#include "contacts/listsview.h"
#include "contacts/segmentsview.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "detail/campaigndetailpage.h"
#include "dispatch/dispatcher.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/runservice.h"
#include "domain/permissions.h"
#include "help.h"
#include "lifecycle/campaignservice.h"
#include "organisation/peopleservice.h"
#include "placeholderpage.h"
#include "pools/numberpoolspage.h"
#include "run/rundialog.h"
#include "runs/runlistmodel.h"
#include "runs/runspage.h"
#include "settings/settingspage.h"
#include "setup/setupassistant.h"
#include "statistics/statisticspage.h"
#include "storage/runrepository.h"
#include "storage/tenantrepository.h"
#include "storage/workspaceevents.h"
#include "teamworkspacedialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace herald {

namespace {

struct NavEntry
{
    MainWindow::Destination destination;
    const char *title;
    const char *objectName;
    const char *icon; // a freedesktop icon name (ui/common/icons.h)
};

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
    auto *tenantLabel = new QLabel(tr("&Tenant:"), central);
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

void MainWindow::buildActions()
{
    auto action = [this](const QString &text, const char *name, const QKeySequence &key, auto slot,
                         const char *icon = nullptr) {
        auto *a = new QAction(text, this);
        if (icon)
            a->setIcon(Icons::named(icon));
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *newCampaign = m_newCampaignAction =
        action(tr("&New Campaign…"), "actionNewCampaign", QKeySequence::New, [this] { this->newCampaign(); }, "document-new");
    m_printAction = action(tr("&Print Report…"), "actionPrint", QKeySequence::Print, [this] {
        if (m_stack->currentWidget() == m_detail && m_detail->hasReport())
            m_detail->printReport();
        else
            statusBar()->showMessage(tr("Open a campaign that has run to print its report."), 8000);
    }, "document-print");
    QAction *quit = action(tr("&Quit"), "actionQuit", QKeySequence::Quit, [this] { close(); }, "application-exit");
    QAction *openTeam = action(tr("Open &Team Workspace…"), "actionOpenTeamWorkspace",
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openTeamWorkspace(); },
                               "network-server-database");
    QAction *find = action(tr("&Find"), "actionFind", QKeySequence::Find, [this] {
        navigate(Destination::Campaigns);
        m_campaigns->focusSearch();
    }, "edit-find");
    QAction *refresh =
        action(tr("&Refresh"), "actionRefresh", QKeySequence::Refresh, [this] { this->refresh(); }, "view-refresh");
    QAction *back = action(
        tr("&Back"), "actionBack", QKeySequence::Back, [this] { navigate(Destination::Campaigns); }, "go-previous");

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newCampaign);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(openTeam);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(find);
    view->addAction(back);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int n = 1;
    for (const NavEntry &e : kNav) {
        QAction *a = go->addAction(Icons::named(e.icon), tr(e.title).replace(u'&', QStringLiteral("&&"))); // no mnemonic
        a->setObjectName(u"actionGo" + QString::fromLatin1(e.objectName).mid(3));
        if (n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        const Destination d = e.destination;
        connect(a, &QAction::triggered, this, [this, d] { navigate(d); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(tr("&User Guide"), "actionUserGuide", QKeySequence::HelpContents, [this] {
        Help::guide(this)->show();
    }, "help-contents"));
    help->addAction(action(tr("&Keyboard Shortcuts"), "actionShortcuts", QKeySequence(), [this] {
        Help::shortcuts(this, actions() + findChildren<QAction *>(QRegularExpression(QStringLiteral("^actionGo"))))
            ->show();
    }));
    help->addSeparator();
    help->addAction(action(tr("&About Herald"), "actionAbout", QKeySequence(),
                           [this] { Dialogs::inform(this, tr("About Herald"), Help::aboutText()); }, "help-about"));
    help->addAction(action(tr("About &Qt"), "actionAboutQt", QKeySequence(), [this] { QMessageBox::aboutQt(this); }));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(back);
    bar->addAction(refresh);
    bar->addAction(newCampaign);
    bar->addAction(m_printAction);
}

void MainWindow::setDispatcher(DispatcherThread *dispatcher)
{
    m_session.dispatcher = dispatcher;
    if (dispatcher) {
        connect(dispatcher, &DispatcherThread::progress, this, &MainWindow::onProgress);
        connect(dispatcher, &DispatcherThread::problem, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        connect(dispatcher, &DispatcherThread::sendingHeld, this, [this](const QString &reason) {
            m_heldBanner->setText(tr("<b>Sending is held:</b> %1. Sending resumes by itself once there is space.")
                                      .arg(reason.toHtmlEscaped()));
            m_heldBanner->show();
        });
        connect(dispatcher, &DispatcherThread::sendingResumed, this, [this] {
            m_heldBanner->hide();
            statusBar()->showMessage(tr("Sending resumed: the workspace's disk has space again."), 10000);
        });
    }
    m_detail->setSession(m_session);
}

void MainWindow::onProgress(const ProgressSnapshot &snapshot)
{
    m_detail->applySnapshot(snapshot);
    if (!m_listRefresh->isActive())
        m_listRefresh->start();
}

void MainWindow::followWorkspace()
{
    m_events = new WorkspaceEvents(m_db, this);
    connect(m_events, &WorkspaceEvents::changed, this, &MainWindow::onWorkspaceChanges);
    connect(m_events, &WorkspaceEvents::problem, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // Changes made while the connection was lost were not heard: read what is shown again.
    connect(m_events, &WorkspaceEvents::resynced, this, [this] {
        if (m_stack->currentWidget() != m_builder)
            refresh();
    });
    m_recountTimer = new QTimer(this);
    m_recountTimer->setSingleShot(true);
    connect(m_recountTimer, &QTimer::timeout, this, &MainWindow::recountRuns);
    m_events->start();
}

void MainWindow::onWorkspaceChanges(const QList<WorkspaceChange> &changes)
{
    if (!m_session.valid())
        return;
    QWidget *page = m_stack->currentWidget();
    const Id shown = page == m_detail ? m_detail->campaignId() : 0;
    const Id edited = page == m_builder ? m_builder->campaign().id : 0;
    bool campaigns = false;
    bool progress = false;
    bool detail = false;
    std::optional<QString> editedBy;
    for (const WorkspaceChange &c : changes) {
        if (c.tenantId != m_session.tenantId)
            continue;
        if (c.what == WorkspaceChange::What::Messages) {
            progress = true;
            if (c.campaignId == shown && shown != 0)
                m_recount.insert(c.runId);
            continue;
        }
        campaigns = true;
        if (c.byThisWindow)
            continue; // this window shows what it did itself
        detail |= c.campaignId == shown && shown != 0;
        if (c.what == WorkspaceChange::What::Campaign && c.campaignId == edited && edited != 0)
            editedBy = c.login;
    }
    if (campaigns) {
        m_campaigns->refresh();
        if (page == m_runs)
            m_runs->refresh();
        else if (page == m_calendar)
            m_calendar->refresh();
    } else if (progress && !m_listRefresh->isActive()) {
        m_listRefresh->start();
    }
    if (detail) {
        m_recount.clear();
        m_detail->reload();
    } else if (!m_recount.isEmpty() && !m_recountTimer->isActive()) {
        recountRuns();
    }
    if (editedBy)
        m_builder->changedElsewhere(*editedBy);
}

void MainWindow::recountRuns()
{
    if (m_recount.isEmpty() || m_stack->currentWidget() != m_detail) {
        m_recount.clear();
        return;
    }
    const bool active = m_detail->layout() == DetailLayout::Active;
    // A running campaign this window's dispatcher follows: in a workspace file that
    // dispatcher is the only sender and its own progress already says everything; in a
    // team workspace it counts everyone's afresh. Any other state of the campaign (a
    // worker holds the file, a test run, delivery reports after the end) is read again.
    const bool othersSend = m_db.isTeam();
    const bool reread = !active || !m_session.dispatcher;
    if (reread) {
        m_detail->reload();
    } else {
        if (othersSend)
            for (const Id run : std::as_const(m_recount))
                m_session.dispatcher->recount(run);
        m_detail->refreshTasks();
    }
    m_recount.clear();
    m_recountTimer->start(!reread ? 400 : active ? 1000 : 2000); // the next ones wait, gathered
}

void MainWindow::loadTenants()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants) {
        Dialogs::warn(this, tr("Herald"), tenants.error().shown());
        return;
    }
    const QString last = QSettings().value(QStringLiteral("mainWindow/tenant")).toString();
    {
        QSignalBlocker block(m_tenantPicker);
        m_tenantPicker->clear();
        m_tenantPicker->setPlaceholderText(tr("Choose a tenant…"));
        for (const Tenant &t : std::as_const(*tenants))
            m_tenantPicker->addItem(t.name, t.id);
        const int index = m_tenantPicker->findText(last);
        // With one tenant there is nothing to choose; otherwise the last one, or ask.
        m_tenantPicker->setCurrentIndex(index >= 0 ? index : (tenants->size() == 1 ? 0 : -1));
    }
    tenantChanged();
}

void MainWindow::gettingStarted(GettingStarted::Step step)
{
    using Step = GettingStarted::Step;
    switch (step) {
    case Step::Provider:
    case Step::Sender:
    case Step::Listener:
    case Step::Reviewer:
        navigate(Destination::Settings);
        m_settings->showTab(step == Step::Provider   ? SettingsPage::Tab::Providers
                            : step == Step::Sender   ? SettingsPage::Tab::Senders
                            : step == Step::Listener ? SettingsPage::Tab::Organisations
                                                     : SettingsPage::Tab::People);
        return;
    case Step::Contacts:
        navigate(Destination::Contacts);
        return;
    case Step::Template:
        navigate(Destination::Templates);
        return;
    case Step::GoalAndWriter:
        navigate(Destination::Goals);
        return;
    case Step::Campaign:
        newCampaign();
        return;
    case Step::LiveRun:
        statusBar()->showMessage(tr("Open a Ready campaign and press Run (its readiness check says what is left)."),
                                 10000);
        return;
    }
}

bool MainWindow::openTeamWorkspace()
{
    TeamWorkspaceDialog dialog(this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const QStringList arguments{QStringLiteral("--database"), dialog.conninfo()};
    bool started = false;
    if (m_launcher) {
        started = m_launcher(arguments, dialog.password());
    } else {
        QProcess herald;
        herald.setProgram(QCoreApplication::applicationFilePath());
        herald.setArguments(arguments);
        if (!dialog.password().isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
            herald.setProcessEnvironment(environment);
        }
        started = herald.startDetached();
    }
    if (!started) {
        Dialogs::warn(this, tr("Team workspace not opened"),
                      tr("Herald could not be started on the team workspace. Start it yourself with: herald "
                         "--database \"%1\"")
                          .arg(dialog.conninfo()));
        return false;
    }
    close();
    return true;
}

bool MainWindow::openSetupAssistant()
{
    if (!m_session.valid() || !leaveCurrentPage())
        return false;
    SetupAssistant assistant(m_session, this);
    connect(&assistant, &SetupAssistant::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    const bool finished = Dialogs::exec(&assistant) == QDialog::Accepted;
    // Whatever pages were applied stay applied: the tenant and its admin may have new names.
    if (!m_userName.isEmpty())
        m_userName = assistant.userName();
    QSettings().setValue(QStringLiteral("mainWindow/tenant"), assistant.tenantName());
    loadTenants();
    return finished;
}

bool MainWindow::selectTenant(const QString &nameOrId)
{
    int index = m_tenantPicker->findText(nameOrId, Qt::MatchFixedString);
    if (index < 0)
        index = m_tenantPicker->findData(nameOrId.toLongLong());
    if (index < 0)
        return false;
    m_tenantPicker->setCurrentIndex(index);
    return true;
}

void MainWindow::showZone()
{
    // Every time the window shows is in the tenant's zone, and the status bar says which.
    const Tenant tenant = TenantRepository(m_db).byId(m_session.tenantId).value_or(Tenant{});
    TimeText::setDisplayZone(QTimeZone(tenant.timeZone.toUtf8()));
    const QTimeZone zone = TimeText::displayZone();
    m_zoneLabel->setText(tr("Times in %1 (%2)")
                             .arg(QString::fromUtf8(zone.id()),
                                  zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::ShortName)));
    m_zoneLabel->setToolTip(tr("Every time shown is in the organisation's time zone, set in Settings → "
                               "Organisations"));
}

void MainWindow::tenantChanged()
{
    const Id tenantId = m_tenantPicker->currentData().toLongLong();
    if (m_session.tenantId != 0 && tenantId != m_session.tenantId && !leaveCurrentPage()) {
        QSignalBlocker block(m_tenantPicker); // keep editing in the tenant the campaign belongs to
        m_tenantPicker->setCurrentIndex(m_tenantPicker->findData(m_session.tenantId));
        return;
    }
    m_session.db = m_db;
    m_session.tenantId = 0;
    if (tenantId == 0) {
        m_userLabel->clear();
        m_nav->setEnabled(false);
        m_campaigns->setSession(m_session);
        m_runs->setSession(m_session);
        m_calendar->setSession(m_session);
        m_statistics->setSession(m_session);
        m_contacts->setSession(m_session);
        m_goals->setSession(m_session);
        m_templates->setSession(m_session);
        m_pools->setSession(m_session);
        m_settings->setSession(m_session);
        showPage(m_noTenant, tr("Herald"));
        statusBar()->showMessage(tr("Choose a tenant to start."));
        return;
    }
    auto user = PeopleService::actingUser(m_db, tenantId, m_userName);
    if (!user) {
        Dialogs::warn(this, tr("Herald"), user.error().shown());
        return;
    }
    m_session.tenantId = tenantId;
    m_session.user = *user;
    showZone();
    statusBar()->clearMessage();
    m_userLabel->setText(tr("Signed in as <b>%1</b> (%2)").arg(user->name.toHtmlEscaped(), label(user->role)));
    m_nav->setEnabled(true);
    // Number pools are an administrator's business.
    for (int i = 0; i < m_nav->count(); ++i)
        if (Destination(m_nav->item(i)->data(Qt::UserRole).toInt()) == Destination::NumberPools)
            m_nav->item(i)->setHidden(!Permissions::permits(user->role, Action::ManageNumberPools));
    // Greyed with the reason for a role that may not; core refuses it anyway.
    const Status mayCreate = Permissions::require(*user, Action::CreateCampaigns);
    m_newCampaignAction->setEnabled(mayCreate.ok());
    m_newCampaignAction->setToolTip(mayCreate ? tr("Create a campaign (Ctrl+N)") : mayCreate.error().shown());
    m_campaigns->setSession(m_session);
    m_detail->setSession(m_session);
    m_builder->setSession(m_session);
    m_runs->setSession(m_session);
    m_calendar->setSession(m_session);
    m_statistics->setSession(m_session);
    m_contacts->setSession(m_session);
    m_goals->setSession(m_session);
    m_templates->setSession(m_session);
    m_pools->setSession(m_session);
    m_settings->setSession(m_session);
    navigate(Destination::Campaigns);
    // An organisation nobody set up yet (a fresh `heraldctl init`): its admins get the
    // setup assistant once the window is up.
    const Tenant tenant = TenantRepository(m_db).byId(tenantId).value_or(Tenant{});
    if (!tenant.setUpAt.isValid() && Permissions::permits(user->role, Action::ManageTenants))
        QTimer::singleShot(0, this, [this, tenantId] {
            if (m_session.tenantId == tenantId)
                openSetupAssistant();
        });
    if (const int missed = m_calendar->missedCount())
        statusBar()->showMessage(tr("Launches missed while Herald was not running: %1. The Calendar offers to send, "
                                    "reschedule or skip them.")
                                     .arg(missed));
}

void MainWindow::showPage(QWidget *page, const QString &title)
{
    m_stack->setCurrentWidget(page);
    m_pageTitle->setText(title);
}

bool MainWindow::leaveCurrentPage()
{
    if (m_stack->currentWidget() == m_templates)
        return m_templates->mayLeave();
    return m_stack->currentWidget() != m_builder || m_builder->mayLeave();
}

void MainWindow::navigate(Destination destination)
{
    if (!leaveCurrentPage()) {
        QSignalBlocker block(m_nav);
        m_nav->clearSelection();
        return;
    }
    if (!m_session.valid())
        return showPage(m_noTenant, tr("Herald"));
    QWidget *page = m_destinations.value(int(destination));
    if (page == m_runs && m_stack->currentWidget() != m_runs)
        m_runs->refresh(); // runs start and end everywhere: read them fresh on the way in
    if (page == m_calendar && m_stack->currentWidget() != m_calendar)
        m_calendar->refresh(); // launches happen and schedules change everywhere
    if (page == m_statistics && m_stack->currentWidget() != m_statistics)
        m_statistics->refresh(); // campaigns run and end everywhere
    if (page == m_pools && m_stack->currentWidget() != m_pools)
        m_pools->refresh(); // counters move while messages go out
    if (page == m_templates && m_stack->currentWidget() != m_templates)
        m_templates->refresh(); // imports bring new custom fields and contacts to preview with
    showPage(page, page->property("destinationTitle").toString());
    QSignalBlocker block(m_nav);
    for (int i = 0; i < m_nav->count(); ++i)
        if (Destination(m_nav->item(i)->data(Qt::UserRole).toInt()) == destination)
            m_nav->setCurrentRow(i);
}

bool MainWindow::navigate(const QString &destination)
{
    for (const NavEntry &e : kNav)
        if (QString::fromLatin1(e.objectName).mid(3).compare(destination, Qt::CaseInsensitive) == 0) {
            navigate(e.destination);
            return true;
        }
    return false;
}

bool MainWindow::openCampaign(const QString &reference, const QString &tab, Id runId)
{
    if (!m_session.valid() || !leaveCurrentPage())
        return false;
    if (!m_detail->open(reference, tab, runId)) {
        statusBar()->showMessage(Dialogs::lastText(), 10000);
        return false;
    }
    showPage(m_detail, tr("Campaign"));
    QSignalBlocker block(m_nav);
    m_nav->clearSelection();
    return true;
}

bool MainWindow::newCampaign()
{
    if (!m_session.valid() || !leaveCurrentPage())
        return false;
    if (auto may = Permissions::require(m_session.user, Action::CreateCampaigns); !may) {
        statusBar()->showMessage(may.error().shown(), 8000);
        return false;
    }
    m_builder->startNew();
    showPage(m_builder, tr("New campaign"));
    QSignalBlocker block(m_nav);
    m_nav->clearSelection();
    return true;
}

bool MainWindow::openObject(const QString &kind, const QString &name)
{
    bool found = false;
    if (kind == u"goal") {
        navigate(Destination::Goals);
        found = m_goals->selectGoal(name);
    } else if (kind == u"template") {
        navigate(Destination::Templates);
        found = m_templates->select(name);
    } else if (kind == u"list" || kind == u"segment") {
        navigate(Destination::Contacts);
        const bool list = kind == u"list";
        m_contacts->showTab(list ? ContactsPage::Tab::Lists : ContactsPage::Tab::Segments);
        found = list ? m_contacts->lists()->select(name) : m_contacts->segments()->select(name);
    }
    if (!found)
        statusBar()->showMessage(tr("“%1” is no longer there.").arg(name), 8000);
    return found;
}

bool MainWindow::editCampaign(Id campaignId, const Finding *fix)
{
    if (!m_session.valid() || !leaveCurrentPage())
        return false;
    if (!m_builder->edit(QString::number(campaignId), fix ? std::optional<Finding>(*fix) : std::nullopt))
        return false;
    showPage(m_builder, tr("Edit campaign"));
    QSignalBlocker block(m_nav);
    m_nav->clearSelection();
    return true;
}

void MainWindow::showMissedLaunches(int count)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (Destination(m_nav->item(i)->data(Qt::UserRole).toInt()) == Destination::Calendar) {
            m_nav->item(i)->setText(count > 0 ? tr("Calendar (%1 missed)").arg(count) : tr("Calendar"));
            m_nav->item(i)->setForeground(count > 0 ? Tones::text(Tones::Tone::Warning, m_nav->palette())
                                                    : m_nav->palette().color(QPalette::Text));
        }
}

bool MainWindow::isBusy() const
{
    return m_campaigns->model()->isLoading() || m_detail->isLoading() || m_builder->isChecking()
           || m_runs->model()->isLoading();
}

void MainWindow::refresh()
{
    if (m_stack->currentWidget() == m_detail)
        m_detail->reload();
    else if (m_stack->currentWidget() == m_runs)
        m_runs->refresh();
    else if (m_stack->currentWidget() == m_calendar)
        m_calendar->refresh();
    else
        m_campaigns->refresh();
}

void MainWindow::runCampaign(Id campaignId)
{
    RunDialog dialog(m_session, campaignId, RunKind::Live, std::nullopt, this);
    if (!dialog.isUsable())
        return;
    if (Dialogs::exec(&dialog) == QDialog::Accepted) {
        if (m_session.dispatcher)
            m_session.dispatcher->wake();
        statusBar()->showMessage(dialog.outcome(), 10000);
        m_campaigns->refresh();
        openCampaign(QString::number(campaignId));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!leaveCurrentPage()) {
        event->ignore();
        return;
    }
    // Closing while this window sends: pause, or hand the sending to a background worker.
    if (m_session.dispatcher) {
        QHash<Id, QSet<Id>> sending; // tenant -> campaigns with a Running channel
        qsizetype channels = 0;
        QString unread; // why what sends could not be read
        const auto tenants = TenantRepository(m_db).tenants();
        if (!tenants)
            unread = tenants.error().shown();
        for (const Tenant &t : tenants.value_or({})) {
            const auto running = RunRepository(m_db, t.id).runningChannels();
            if (!running)
                unread = running.error().shown();
            channels += running.value_or({}).size();
            for (const auto &[campaignId, kind] : running.value_or({}))
                sending[t.id].insert(campaignId);
        }
        // Not knowing is not "nothing sends": ask before sending stops with the window.
        if (!unread.isEmpty()
            && !Dialogs::confirm(this, tr("Runs may be sending"),
                                 tr("Herald could not check whether runs are sending (%1). If you quit, sending "
                                    "stops until Herald or a heraldctl worker opens the workspace again.")
                                     .arg(unread),
                                 tr("Quit"))) {
            event->ignore();
            return;
        }
        // In a team workspace other windows and workers send the same runs: closing this
        // one only ends its share, and pausing would pause them for everyone.
        int others = 0;
        if (m_db.isTeam() && channels > 0) {
            const auto senders = Dispatcher::senders(m_db);
            others = senders ? qMax(0, *senders - 1) : 0; // not knowing: ask as if none
        }
        if (channels > 0 && others == 0) {
            const QString text =
                m_db.isTeam()
                    ? tr("%n channel(s) are still sending, and no other window or worker sends for this team "
                         "workspace. Pause them for everyone now (resume later from Herald or heraldctl), or keep "
                         "sending in a background worker after this window closes?",
                         nullptr, int(channels))
                    : tr("%n channel(s) are still sending. Pause them now (resume later from Herald or heraldctl), "
                         "or keep sending in a background worker after this window closes?",
                         nullptr, int(channels));
            const int choice = Dialogs::choose(this, tr("Runs are sending"), text,
                                               {tr("Keep sending in background"), tr("Pause and quit"), tr("Cancel")}, 2);
            if (choice == 2) {
                event->ignore();
                return;
            }
            m_closeChoice = choice == 0 ? CloseChoice::KeepSendingInBackground : CloseChoice::PauseRuns;
        }
        if (m_closeChoice == CloseChoice::PauseRuns) {
            SystemClock clock;
            for (auto it = sending.cbegin(); it != sending.cend(); ++it) {
                // The signed-in user pauses their tenant's runs; another tenant's, its administrator.
                auto user = it.key() == m_session.tenantId ? Result<User>(m_session.user)
                                                           : PeopleService::actingUser(m_db, it.key(), {});
                if (!user)
                    continue;
                RunService runs(m_db, it.key(), *user, clock);
                for (Id id : it.value())
                    (void)runs.command(QString::number(id), RunService::Command::Pause);
            }
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (m_tenantPicker->currentIndex() >= 0)
        settings.setValue(QStringLiteral("mainWindow/tenant"), m_tenantPicker->currentText());
    event->accept();
}

} // namespace herald
