#include "campaigndetailpage.h"

#include "activeview.h"
#include "builder/campaignbuilder.h"
#include "calendar/calendarformat.h"
#include "common/dialogs.h"
#include "content/libraryservice.h"
#include "detailformat.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/remarketing.h"
#include "dispatch/runservice.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/preflightservice.h"
#include "remarketdialog.h"
#include "run/rundialog.h"
#include "schedule/scheduler.h"
#include "tasksview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>

// The Actions menu and what its entries and the overview's buttons do to the campaign:
// run, pause, stop, schedule, follow-ups, clone, archive, delete.

namespace herald {

namespace {

// The status bar's line after a pause, resume or stop: "Paused the Phone channel of
// Loyalty Callback Programme"; `channel` empty: every channel.
QString channelCommandDone(ChannelEvent event, const QString &channel, const QString &campaign)
{
    const QString what = channel.isEmpty() ? CampaignDetailPage::tr("every channel of %1").arg(campaign)
                                           : CampaignDetailPage::tr("the %1 channel of %2").arg(channel, campaign);
    switch (event) {
    case ChannelEvent::Pause:
        return CampaignDetailPage::tr("Paused %1").arg(what);
    case ChannelEvent::Resume:
        return CampaignDetailPage::tr("Resumed %1").arg(what);
    default:
        return CampaignDetailPage::tr("Stopped %1").arg(what);
    }
}

} // namespace

void CampaignDetailPage::buildActionsMenu()
{
    m_actionsMenu->clear();
    const Campaign &c = m_data.overview.campaign;
    const CampaignStatus s = m_data.overview.status;
    const bool mayRun = Permissions::permits(m_session.user.role, Action::RunCampaigns);
    const Text subject = PreflightService::subjectText(c);
    auto add = [this](const QString &text, const char *name, bool enabled, auto slot) {
        QAction *a = m_actionsMenu->addAction(text, this, slot);
        a->setObjectName(QString::fromLatin1(name));
        a->setEnabled(enabled);
        return a;
    };
    const bool drafting = m_data.layout() == DetailLayout::Draft;
    const bool relaunchable = s == CampaignStatus::Stopped || s == CampaignStatus::Failed;
    add(tr("Run…"), "detailRun", mayRun && (drafting || relaunchable), [this] { openRunDialog(RunKind::Live); });
    add(tr("Test run…"), "detailTestRun", mayRun && !c.testRecipients.isEmpty() && s != CampaignStatus::Archived,
        [this] { openRunDialog(RunKind::Test); });
    const bool anyRunning = s == CampaignStatus::Running;
    add(tr("Pause all channels"), "detailPauseAll", mayRun && anyRunning,
        [this] { command(ChannelKind::Email, ChannelEvent::Pause); });
    add(tr("Stop all channels…"), "detailStopAll", mayRun && (anyRunning || s == CampaignStatus::Paused),
        [this] { command(ChannelKind::Email, ChannelEvent::Stop); });
    const bool ended = s == CampaignStatus::Completed || s == CampaignStatus::Stopped || s == CampaignStatus::Failed;
    add(tr("Retry failed…"), "detailRetryFailed", mayRun && ended, [this] {
        retryFailed();
    })->setToolTip(tr("Send again, as a new run, to the recipients whose message failed after its retries"));
    add(tr("Remarket…"), "detailRemarket", mayRun && (ended || s == CampaignStatus::Archived), [this] { remarket(); })
        ->setToolTip(tr("A new Draft campaign for those who failed, did not reply or did not answer, or for the "
                        "contacts selected in the task table"));
    m_actionsMenu->addSeparator();
    add(tr("Edit…"), "detailEdit",
        Permissions::permits(m_session.user.role, Action::EditCampaigns)
            && (EditPolicy::mayEdit(s, EditPolicy::Edit::Configuration, subject).ok()
                || EditPolicy::mayEdit(s, EditPolicy::Edit::Content, subject).ok()),
        [this] { emit editRequested(m_data.overview.campaign.id); });
    add(tr("Clone into a new campaign"), "detailClone",
        Permissions::permits(m_session.user.role, Action::CreateCampaigns), [this] {
            auto copy = CampaignService(*m_session.db, m_session.tenantId, m_session.user)
                            .clone(m_data.overview.campaign.shortId);
            if (!copy)
                return Dialogs::warn(this, tr("Clone"), copy.error().shown());
            emit campaignsChanged();
            open(copy->campaign.shortId);
            emit statusMessage(tr("Cloned into %1").arg(copy->campaign.shortId));
        });
    const auto askCsv = [this](const QString &title, const QString &suffix, const auto &write) {
        bool bom = false;
        if (const QString path = Dialogs::csvSavePath(this, title, m_data.overview.campaign.shortId + suffix, &bom);
            !path.isEmpty())
            write(path, bom);
    };
    add(tr("Export messages (CSV)…"), "detailExport", !m_data.runs.isEmpty(), [this, askCsv] {
        askCsv(tr("Export messages"), QStringLiteral("-messages.csv"),
               [this](const QString &path, bool bom) { exportMessages(path, bom); });
    })->setToolTip(tr("Every message of every run, one row each, for a spreadsheet"));
    add(tr("Export report (PDF)…"), "detailExportPdf", m_data.report.has_value(), [this] {
        const QString a4 = tr("PDF, A4 (*.pdf)"), letter = tr("PDF, Letter (*.pdf)");
        const bool usLetter =
            QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada;
        QString filter = usLetter ? letter : a4;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report"), m_data.overview.campaign.shortId + QStringLiteral("-report.pdf"),
            usLetter ? letter + QStringLiteral(";;") + a4 : a4 + QStringLiteral(";;") + letter, &filter);
        if (!path.isEmpty())
            exportPdf(path, filter == letter ? QPageSize::Letter : QPageSize::A4);
    })->setToolTip(tr("The report of the run shown, to print or send"));
    add(tr("Export report tables (CSV)…"), "detailExportReportCsv", m_data.report.has_value(), [this, askCsv] {
        askCsv(tr("Export report tables"), QStringLiteral("-report.csv"),
               [this](const QString &path, bool bom) { exportReportCsv(path, bom); });
    })->setToolTip(tr("The report's tables (funnel, outcomes, reasons, numbers, throughput) for a spreadsheet"));
    add(tr("Print report…"), "detailPrint", m_data.report.has_value(), [this] { printReport(); });
    add(tr("Save as template…"), "detailSaveTemplate",
        Permissions::permits(m_session.user.role, Action::EditTemplates) && !c.channels.isEmpty(),
        [this] { saveAsTemplate(); })
        ->setToolTip(tr("Keep this campaign's content as templates, one per channel, to reuse in other campaigns"));
    m_actionsMenu->addSeparator();
    add(tr("Archive"), "detailArchive",
        Permissions::permits(m_session.user.role, Action::EditCampaigns) && EditPolicy::mayArchive(s, subject).ok(),
        [this] {
            if (!Dialogs::confirm(this, tr("Archive campaign"),
                                  tr("Archive %1? It leaves the list and keeps every run and result.")
                                      .arg(PreflightService::subjectText(m_data.overview.campaign).shown()),
                                  tr("Archive")))
                return;
            auto st = CampaignService(*m_session.db, m_session.tenantId, m_session.user)
                          .archive(m_data.overview.campaign.shortId);
            if (!st)
                return Dialogs::warn(this, tr("Archive"), st.error().shown());
            emit campaignsChanged();
            reload();
        });
    add(tr("Delete…"), "detailDelete",
        Permissions::permits(m_session.user.role, Action::DeleteCampaigns) && EditPolicy::mayDelete(s, subject).ok(),
        [this] {
            const QString what = PreflightService::subjectText(m_data.overview.campaign).shown();
            const int choice = Dialogs::choose(
                this, tr("Delete campaign"),
                tr("Delete %1? Its configuration, %n run(s), every message and all results are deleted for good.",
                   nullptr, int(m_data.runs.size()))
                    .arg(what),
                {tr("Archive instead"), tr("Delete for good"), tr("Cancel")}, 2);
            auto service = CampaignService(*m_session.db, m_session.tenantId, m_session.user);
            if (choice == 0) {
                if (auto st = service.archive(m_data.overview.campaign.shortId); !st)
                    return Dialogs::warn(this, tr("Archive"), st.error().shown());
            } else if (choice == 1) {
                if (auto st = service.remove(m_data.overview.campaign.shortId); !st)
                    return Dialogs::warn(this, tr("Delete"), st.error().shown());
                emit campaignsChanged();
                emit back();
                return;
            } else {
                return;
            }
            emit campaignsChanged();
            reload();
        });
}

void CampaignDetailPage::command(ChannelKind kind, ChannelEvent event)
{
    const Campaign &c = m_data.overview.campaign;
    const bool all = sender() != m_active; // from the actions menu: every channel
    if (event == ChannelEvent::Start)
        return openRunDialog(RunKind::Live, kind);
    if (event == ChannelEvent::Stop
        && !Dialogs::confirm(this, tr("Stop channel"),
                             (all ? tr("Stop every channel of “%1”?").arg(c.name)
                                  : tr("Stop the %1 channel of “%2”?").arg(displayName(kind), c.name))
                                 + u' '
                                 + tr("Only messages still queued are cancelled; messages already handed to the "
                                      "provider finish on their own. A stopped run cannot be resumed."),
                             tr("Stop")))
        return;
    const RunService::Command cmd = event == ChannelEvent::Pause    ? RunService::Command::Pause
                                    : event == ChannelEvent::Resume ? RunService::Command::Resume
                                                                    : RunService::Command::Stop;
    SystemClock clock;
    auto changed = RunService(*m_session.db, m_session.tenantId, m_session.user, clock)
                       .command(c.shortId, cmd, all ? std::nullopt : std::optional(kind));
    if (!changed)
        return Dialogs::warn(this, tr("Channel"), changed.error().shown());
    if (m_session.dispatcher)
        m_session.dispatcher->wake();
    emit statusMessage(channelCommandDone(event, all ? QString() : displayName(kind), c.name));
    emit campaignsChanged();
    reload();
}

void CampaignDetailPage::openRunDialog(RunKind kind, std::optional<ChannelKind> only)
{
    RunDialog dialog(m_session, m_data.overview.campaign.id, kind, only, this);
    if (!dialog.isUsable())
        return;
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    if (m_session.dispatcher)
        m_session.dispatcher->wake();
    emit statusMessage(dialog.outcome());
    emit campaignsChanged();
    m_runId = 0;
    reload();
}

void CampaignDetailPage::schedule()
{
    const Campaign &c = m_data.overview.campaign;
    // The launch it would make next, and when that would be done.
    QString forecast;
    auto last = Scheduler::lastLaunch(*m_session.db, m_session.tenantId, c.id);
    if (auto due = last ? Scheduler::pendingLaunch(c, *last) : Result<std::optional<QDateTime>>(last.error());
        due && *due)
        forecast = tr("Forecast for that launch:") + u'\n'
                   + CalendarFormat::forecastLines(*m_session.db, m_session.tenantId, c, **due).join(u'\n') + u"\n\n";
    if (!Dialogs::confirm(this, tr("Schedule campaign"),
                          tr("Arm %1 to launch %2?\n\n%3%4")
                              .arg(PreflightService::subjectText(c).shown(),
                                   c.sendAt.isValid() ? DetailFormat::time(c.sendAt) : tr("at its next occurrence"),
                                   forecast, RunService::disclaimer(RunKind::Live)),
                          tr("Accept and schedule")))
        return;
    SystemClock clock;
    auto at = RunService(*m_session.db, m_session.tenantId, m_session.user, clock).schedule(c.shortId, true);
    if (!at)
        return Dialogs::warn(this, tr("Schedule"), at.error().shown());
    emit statusMessage(tr("%1 launches %2").arg(c.name, DetailFormat::time(*at)));
    emit campaignsChanged();
    reload();
}

void CampaignDetailPage::unschedule()
{
    const Campaign &c = m_data.overview.campaign;
    if (!Dialogs::confirm(this, tr("Stop schedule"),
                          tr("Stop the schedule of %1? Runs already made keep their results; it can be "
                             "scheduled again.")
                              .arg(PreflightService::subjectText(c).shown()),
                          tr("Stop schedule")))
        return;
    SystemClock clock;
    if (auto st = RunService(*m_session.db, m_session.tenantId, m_session.user, clock).unschedule(c.shortId); !st)
        return Dialogs::warn(this, tr("Stop schedule"), st.error().shown());
    emit campaignsChanged();
    reload();
}

void CampaignDetailPage::fix(const Finding &finding)
{
    // The builder holds most fixes; providers, balance, permissions and approvals are
    // changed elsewhere, so for those the page says exactly what to do.
    if (CampaignBuilder::sectionFor(finding) && Permissions::permits(m_session.user.role, Action::EditCampaigns))
        return emit fixRequested(m_data.overview.campaign.id, finding);
    Dialogs::inform(this, tr("How to fix"), finding.message.shown() + u"\n\n" + finding.fix.shown());
}

bool CampaignDetailPage::saveAsTemplate()
{
    const Campaign &c = m_data.overview.campaign;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save as template"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(c.name, &dialog);
    name->setObjectName(QStringLiteral("templateName"));
    form->addRow(tr("Template &name:"), name);
    form->addRow(new QLabel(tr("One template per channel, named “<name> (<channel>)”."), &dialog));
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    auto ids = LibraryService(*m_session.db, m_session.tenantId, m_session.user).saveAsTemplates(c, name->text());
    if (!ids) {
        Dialogs::warn(this, tr("Save as template"), ids.error().shown());
        return false;
    }
    emit statusMessage(ids->size() == 1 ? tr("Saved 1 template from %1.").arg(c.shortId)
                                        : tr("Saved %1 templates from %2.").arg(ids->size()).arg(c.shortId));
    return true;
}

bool CampaignDetailPage::remarket()
{
    RemarketDialog dialog(m_session, m_data.overview.campaign, m_tasks->selectedContacts(), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || dialog.created() == 0)
        return false;
    emit campaignsChanged();
    open(QString::number(dialog.created()));
    emit statusMessage(tr("Created the follow-up %1 for %2 contacts: activate it and have its content approved to "
                          "run it.")
                           .arg(m_data.overview.campaign.shortId)
                           .arg(dialog.count()));
    return true;
}

bool CampaignDetailPage::retryFailed()
{
    const Campaign c = m_data.overview.campaign;
    SystemClock clock;
    Remarketing remarketing(*m_session.db, m_session.tenantId, m_session.user, clock);
    auto recipients = remarketing.retryRecipients(c.shortId);
    if (!recipients) {
        Dialogs::warn(this, tr("Retry failed"), recipients.error().shown());
        return false;
    }
    if (recipients->isEmpty()) {
        Dialogs::inform(this, tr("Retry failed"),
                        tr("No message of %1 failed for a pre-send or transient reason: there is nobody to send to "
                           "again.")
                            .arg(PreflightService::subjectText(c).shown()));
        return false;
    }
    QStringList per;
    for (const auto &[kind, ids] : std::as_const(*recipients))
        per << tr("%1: %2").arg(displayName(kind), QLocale().toString(ids.size()));
    const QString text = tr("Send %1 again to the recipients whose message failed after its retries (%2)? Nobody "
                            "it reached, bounced for good or opted out is contacted.\n\n%3")
                             .arg(PreflightService::subjectText(c).shown(), per.join(QStringLiteral(", ")),
                                  RunService::disclaimer(RunKind::Live));
    if (!Dialogs::confirm(this, tr("Retry failed"), text, tr("Accept and send")))
        return false;
    QProgressDialog progress(tr("Queueing the retry…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto run = remarketing.retryFailed(c.shortId, true, [&](qint64 queued, qint64 total) {
        progress.setValue(total > 0 ? int(queued * 100 / total) : 100);
    });
    progress.reset();
    if (!run) {
        Dialogs::warn(this, tr("Retry failed"), run.error().shown());
        return false;
    }
    emit campaignsChanged();
    reload();
    emit statusMessage(tr("Retry run %1 of %2 started.").arg(run->id).arg(c.shortId));
    return true;
}

} // namespace herald
