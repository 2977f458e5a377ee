#include "campaigndetailpage.h"

#include "activeview.h"
#include "audience/csvreader.h"
#include "builder/campaignbuilder.h"
#include "calendar/calendarformat.h"
#include "common/dialogs.h"
#include "common/shown.h"
#include "common/tones.h"
#include "contacts/communicationstable.h"
#include "content/libraryservice.h"
#include "detailformat.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/progresssnapshot.h"
#include "dispatch/remarketing.h"
#include "dispatch/runservice.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "draftview.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/preflightservice.h"
#include "remarketdialog.h"
#include "report/reportdocument.h"
#include "reporting/messageexport.h"
#include "reporting/reportcsv.h"
#include "reportview.h"
#include "reviewview.h"
#include "run/rundialog.h"
#include "schedule/scheduler.h"
#include "storage/outputfile.h"
#include "tasksview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace herald {

namespace {

// The status bar's line after a pause, resume or stop: "Paused the Phone channel of
// Loyalty Callback Programme"; `channel` empty: every channel.
QString channelCommandDone(ChannelEvent event, const QString &channel, const QString &campaign)
{
    const QString what = channel.isEmpty()
                             ? CampaignDetailPage::tr("every channel of %1").arg(campaign)
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

    connect(&m_watcher, &QFutureWatcher<Result<CampaignDetailData>>::finished, this, [this] {
        auto loadedData = m_watcher.result();
        m_loading = false;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            return startLoad();
        }
        if (!loadedData) {
            emit statusMessage(loadedData.error().shown());
            return;
        }
        m_data = *loadedData;
        showData();
    });
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

CampaignDetailPage::~CampaignDetailPage()
{
    m_watcher.waitForFinished();
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
    const Session session = m_session;
    const QString reference = m_reference;
    const Id runId = m_runId;
    m_watcher.setFuture(QtConcurrent::run([session, reference, runId] {
        auto loadedData = loadCampaignDetail(session, reference, runId);
        session.db->closeThreadConnection();
        return loadedData;
    }));
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
    add(tr("Remarket…"), "detailRemarket", mayRun && (ended || s == CampaignStatus::Archived),
        [this] { remarket(); })
        ->setToolTip(tr("A new Draft campaign for those who failed, did not reply or did not answer, or for the "
                        "contacts selected in the task table"));
    m_actionsMenu->addSeparator();
    add(tr("Edit…"), "detailEdit",
        Permissions::permits(m_session.user.role, Action::EditCampaigns)
            && (EditPolicy::mayEdit(s, EditPolicy::Edit::Configuration, subject).ok()
                || EditPolicy::mayEdit(s, EditPolicy::Edit::Content, subject).ok()),
        [this] { emit editRequested(m_data.overview.campaign.id); });
    add(tr("Clone into a new campaign"), "detailClone", Permissions::permits(m_session.user.role, Action::CreateCampaigns), [this] {
        auto copy =
            CampaignService(*m_session.db, m_session.tenantId, m_session.user).clone(m_data.overview.campaign.shortId);
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
        Permissions::permits(m_session.user.role, Action::EditTemplates) && !c.channels.isEmpty(), [this] { saveAsTemplate(); })
        ->setToolTip(tr("Keep this campaign's content as templates, one per channel, to reuse in other campaigns"));
    m_actionsMenu->addSeparator();
    add(tr("Archive"), "detailArchive",
        Permissions::permits(m_session.user.role, Action::EditCampaigns) && EditPolicy::mayArchive(s, subject).ok(), [this] {
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
        Permissions::permits(m_session.user.role, Action::DeleteCampaigns) && EditPolicy::mayDelete(s, subject).ok(), [this] {
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

bool CampaignDetailPage::exportMessages(const QString &path, bool bom)
{
    const Session session = m_session;
    const Id campaign = m_data.overview.campaign.id;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QProgressDialog progress(tr("Exporting the messages…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> bar(&progress);
    QFutureWatcher<Result<qint64>> watcher;
    QEventLoop wait;
    connect(&watcher, &QFutureWatcher<Result<qint64>>::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([session, campaign, path, bom, cancel, bar]() -> Result<qint64> {
        QSaveFile file(path); // committed only when complete: a cancel or an error leaves no file
        Result<qint64> rows = qint64(0);
        if (!file.open(QIODevice::WriteOnly)) {
            rows = Error::runtime(u"cannot write " + path + u": " + file.errorString());
        } else {
            rows = MessageExport::write(*session.db, session.tenantId, campaign, {std::nullopt, bom}, file,
                                        [cancel, bar](qint64 done, qint64 total) {
                                            QMetaObject::invokeMethod(
                                                bar,
                                                [bar, done, total] {
                                                    if (bar && total > 0)
                                                        bar->setValue(int(done * 1000 / total));
                                                },
                                                Qt::QueuedConnection);
                                            return !cancel->load();
                                        });
            if (rows && !file.commit())
                rows = Error::runtime(u"cannot write " + path + u": " + file.errorString());
        }
        session.db->closeThreadConnection(); // pool threads outlive the export
        return rows;
    }));
    if (!watcher.isFinished())
        wait.exec();
    progress.reset();
    const Result<qint64> rows = watcher.result();
    if (!rows) {
        if (!cancel->load())
            Dialogs::warn(this, tr("Export messages"), rows.error().shown());
        return false;
    }
    emit statusMessage(tr("Exported %1 messages to %2.").arg(QLocale().toString(*rows), path));
    return true;
}

bool CampaignDetailPage::printReport()
{
    if (!m_data.report)
        return false;
    const CampaignReport report = *m_data.report;
    QPrintPreviewDialog preview(this);
    preview.setObjectName(QStringLiteral("reportPreview"));
    preview.setWindowTitle(tr("Print report — %1").arg(report.campaignName));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [report](QPrinter *printer) { ReportDocument::render(report, *printer); });
    return Dialogs::exec(&preview) == QDialog::Accepted;
}

bool CampaignDetailPage::exportPdf(const QString &path, QPageSize::PageSizeId size)
{
    if (!m_data.report)
        return false;
    if (const auto pages = ReportDocument::writePdf(*m_data.report, path, size); !pages) {
        Dialogs::warn(this, tr("Export report"), pages.error().shown());
        return false;
    }
    emit statusMessage(tr("Report of %1 saved to %2.").arg(m_data.overview.campaign.shortId, path));
    return true;
}

bool CampaignDetailPage::exportReportCsv(const QString &path, bool bom)
{
    if (!m_data.report)
        return false;
    if (const auto rows = writeFile(path, [&](QIODevice &out) { return ReportCsv::write(*m_data.report, out, bom); });
        !rows) {
        Dialogs::warn(this, tr("Export report tables"), rows.error().shown());
        return false;
    }
    emit statusMessage(tr("Report tables of %1 saved to %2.").arg(m_data.overview.campaign.shortId, path));
    return true;
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
    const QString text =
        tr("Send %1 again to the recipients whose message failed after its retries (%2)? Nobody "
           "it reached, bounced for good or opted out is contacted.\n\n%3")
            .arg(PreflightService::subjectText(c).shown(), per.join(QStringLiteral(", ")), RunService::disclaimer(RunKind::Live));
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
