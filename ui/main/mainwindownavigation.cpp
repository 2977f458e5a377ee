// Going places: the destinations, a campaign's detail, the builder on a new or an existing
// campaign, an object by name, a step of the getting-started checklist, and a live run.
#include "mainwindow.h"

#include "builder/campaignbuilder.h"
#include "calendar/calendarpage.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "contacts/contactspage.h"
#include "contacts/listsview.h"
#include "contacts/segmentsview.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "detail/campaigndetailpage.h"
#include "dispatch/dispatcherthread.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "mainwindownav.h"
#include "pools/numberpoolspage.h"
#include "run/rundialog.h"
#include "runs/runlistmodel.h"
#include "runs/runspage.h"
#include "settings/settingspage.h"
#include "statistics/statisticspage.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace herald {

using mainwindow::NavEntry;
using mainwindow::navEntries;

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
    for (const NavEntry &e : navEntries())
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

} // namespace herald
