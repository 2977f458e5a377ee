// Keeping up with the workspace: what other windows, teammates and workers change, this
// window's dispatcher (its progress, sending held for disk space), and closing while runs send.
#include "mainwindow.h"

#include "builder/campaignbuilder.h"
#include "calendar/calendarpage.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "detail/campaigndetailpage.h"
#include "dispatch/dispatcher.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "organisation/peopleservice.h"
#include "runs/runspage.h"
#include "storage/runrepository.h"
#include "storage/tenantrepository.h"
#include "storage/workspaceevents.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace herald {

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
