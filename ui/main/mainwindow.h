#pragma once

#include "common/session.h"
#include "organisation/gettingstarted.h"

#include <QMainWindow>
#include <QSet>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace herald {

class CampaignBuilder;
class CalendarPage;
class CampaignsPage;
class CampaignDetailPage;
class NumberPoolsPage;
class ContactsPage;
class GoalsPage;
class TemplatesPage;
class RunsPage;
class SettingsPage;
class StatisticsPage;
struct Finding;
struct ProgressSnapshot;
class WorkspaceEvents;
struct WorkspaceChange;

// The command center: header with tenant picker and the signed-in user, a navigation
// sidebar, and the page it selects (campaign list, runs, a campaign's detail, ...).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Destination {
        Campaigns,
        Runs,
        Calendar,
        Statistics,
        Goals,
        Templates,
        Contacts,
        NumberPools,
        Settings,
    };

    // `userName` picks the signed-in user of each tenant; empty: its first administrator.
    explicit MainWindow(Database db, const QString &userName = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDispatcher(DispatcherThread *dispatcher);
    bool selectTenant(const QString &nameOrId);
    // Opens a campaign (short ID or id) on a tab: "overview", "tasks" or "report".
    // With `runId`, on that run.
    bool openCampaign(const QString &reference, const QString &tab = QStringLiteral("overview"), Id runId = 0);
    void navigate(Destination destination);
    // By the name the Go menu uses: "campaigns", "runs", "calendar", ...
    bool navigate(const QString &destination);
    void refresh();
    // The builder on a new campaign, or on an existing one (on the field `fix` is about).
    bool newCampaign();
    // The setup assistant on the current tenant; true when it finished.
    bool openSetupAssistant();
    // File -> Open Team Workspace...: the connection dialog, then Herald on that workspace
    // in a process of its own (the password, if any, in its environment, never on its
    // command line); this window then closes as on Quit. True when it was started.
    bool openTeamWorkspace();
    // Test seam: what starts Herald with `arguments` (default: a detached process).
    void setLauncher(std::function<bool(const QStringList &arguments, const QString &password)> launcher)
    {
        m_launcher = std::move(launcher);
    }
    // Opens the page that does a step of the getting-started checklist.
    void gettingStarted(herald::GettingStarted::Step step);
    bool editCampaign(Id campaignId, const Finding *fix = nullptr);
    // Opens a goal, template, contact list or segment by name where it is kept; false
    // (said in the status bar) when it is gone.
    bool openObject(const QString &kind, const QString &name);

    const Session &session() const { return m_session; }
    // Still reading what the current page shows (lists and details load off the GUI thread).
    bool isBusy() const;
    CampaignsPage *campaignsPage() const { return m_campaigns; }
    CampaignDetailPage *detailPage() const { return m_detail; }
    CampaignBuilder *builder() const { return m_builder; }
    RunsPage *runsPage() const { return m_runs; }
    CalendarPage *calendarPage() const { return m_calendar; }
    StatisticsPage *statisticsPage() const { return m_statistics; }
    ContactsPage *contactsPage() const { return m_contacts; }
    GoalsPage *goalsPage() const { return m_goals; }
    TemplatesPage *templatesPage() const { return m_templates; }
    NumberPoolsPage *numberPoolsPage() const { return m_pools; }
    SettingsPage *settingsPage() const { return m_settings; }

    // What closing the window while a run sends should do, once the user chose.
    enum class CloseChoice { Nothing, PauseRuns, KeepSendingInBackground };
    CloseChoice closeChoice() const { return m_closeChoice; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void loadTenants();
    void showZone();
    void tenantChanged();
    void showPage(QWidget *page, const QString &title);
    void onProgress(const ProgressSnapshot &snapshot);
    // What other windows, teammates and workers change shows here within a second.
    void followWorkspace();
    void onWorkspaceChanges(const QList<WorkspaceChange> &changes);
    void recountRuns();
    void runCampaign(Id campaignId);
    // False when the builder or the template editor holds unsaved changes the user wants to keep.
    bool leaveCurrentPage();
    // The Calendar entry in the navigation says how many launches were missed.
    void showMissedLaunches(int count);

    Database m_db;
    QString m_userName;
    Session m_session;
    CloseChoice m_closeChoice = CloseChoice::Nothing;
    std::function<bool(const QStringList &, const QString &)> m_launcher;
    QComboBox *m_tenantPicker = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_heldBanner = nullptr; // sending waits for disk space
    WorkspaceEvents *m_events = nullptr; // the workspace's changes from elsewhere
    QSet<Id> m_recount;                  // runs whose progress others moved
    QTimer *m_recountTimer = nullptr;    // at most a few recounts a second
    QLabel *m_pageTitle = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_noTenant = nullptr;
    CampaignsPage *m_campaigns = nullptr;
    CampaignDetailPage *m_detail = nullptr;
    CampaignBuilder *m_builder = nullptr;
    RunsPage *m_runs = nullptr;
    CalendarPage *m_calendar = nullptr;
    StatisticsPage *m_statistics = nullptr;
    ContactsPage *m_contacts = nullptr;
    GoalsPage *m_goals = nullptr;
    TemplatesPage *m_templates = nullptr;
    NumberPoolsPage *m_pools = nullptr;
    SettingsPage *m_settings = nullptr;
    QList<QWidget *> m_destinations; // indexed by Destination
    QAction *m_printAction = nullptr;
    QAction *m_newCampaignAction = nullptr;
    QTimer *m_listRefresh = nullptr;
};

} // namespace herald
