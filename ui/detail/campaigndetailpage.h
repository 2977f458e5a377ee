#pragma once

#include "campaigndetaildata.h"
#include "common/backgroundtask.h"
#include "common/session.h"

#include <QPageSize>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace herald {

class ActiveView;
class DraftView;
class ReportView;
class TasksView;
class ReviewView;
class CommunicationsTable;
struct ProgressSnapshot;

// One campaign: a header (Back, name, status, Refresh, actions) over the tabs Overview /
// Tasks / Report. Overview takes the layout the derived status calls for (Draft, Active,
// Ended) and switches live when the status changes.
class CampaignDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDetailPage)

public:
    explicit CampaignDetailPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    // Opens a campaign by short ID or id on "overview", "tasks", "report", "review" or "communications"; false (with
    // the reason in Dialogs::lastText) when there is no such campaign.
    bool open(const QString &reference, const QString &tab = QStringLiteral("overview"), Id runId = 0);
    void reload();
    // The Tasks tab, when shown, reads its run's messages again, keeping filter and scroll.
    void refreshTasks();
    void applySnapshot(const ProgressSnapshot &snapshot);

    Id campaignId() const { return m_data.overview.campaign.id; }
    // The run shown (0: the newest).
    Id runId() const { return m_runId; }
    DetailLayout layout() const { return m_data.layout(); }
    CampaignStatus status() const { return m_data.overview.status; }
    bool isLoading() const { return m_loading; }
    QTabWidget *tabs() const { return m_tabs; }
    // The ended campaign's follow-ups (actions menu): a Draft for chosen contacts (opens
    // it when created), and a new run to the recipients whose message failed after its
    // retries (asks with the disclaimer first). False when nothing was created or started.
    bool remarket();
    bool retryFailed();
    // Actions → Save as template: asks for a name, then one template per channel.
    bool saveAsTemplate();
    // Writes every run's messages as CSV to `path` (MessageExport) off the GUI thread,
    // with a progress dialog whose Cancel leaves no file; `bom` for spreadsheets that need
    // one to read UTF-8. The action asks for the file first.
    bool exportMessages(const QString &path, bool bom);
    // The focus run's report (ReportDocument): a print preview to print from (File →
    // Print Report, Ctrl+P), or a PDF of the chosen page size. False when the campaign
    // has not run or nothing was written.
    bool printReport();
    bool hasReport() const { return m_data.report.has_value(); }
    bool exportPdf(const QString &path, QPageSize::PageSizeId size);
    // The report's tables as CSV (core/reporting/reportcsv.h).
    bool exportReportCsv(const QString &path, bool bom);

signals:
    void back();
    void statusMessage(const QString &message);
    void campaignsChanged();
    void runRequested(herald::Id campaignId);
    // A pool number in the number pool health: open its record.
    void numberRecordRequested(const QString &e164);
    // Opens the builder on the campaign; with a finding, on the field it is about.
    void editRequested(herald::Id campaignId);
    void fixRequested(herald::Id campaignId, const herald::Finding &finding);
    // The configuration recap's goal, template, list or segment: open it where it is kept.
    void objectRequested(const QString &kind, const QString &name);
    void loaded();

private:
    void startLoad();
    void loadFinished(Result<CampaignDetailData> loadedData);
    void showData();
    void buildActionsMenu();
    void command(ChannelKind kind, ChannelEvent event);
    void openRunDialog(RunKind kind, std::optional<ChannelKind> only = std::nullopt);
    void schedule();
    void unschedule();
    void fix(const Finding &finding);

    Session m_session;
    QString m_reference;
    Id m_runId = 0;
    CampaignDetailData m_data;
    bool m_seenInSnapshot = false;
    BackgroundTask<Result<CampaignDetailData>> m_load{
        this, [this](Result<CampaignDetailData> loadedData) { loadFinished(std::move(loadedData)); }};
    bool m_reloadAgain = false;
    bool m_loading = false; // until the result is shown

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_actions = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_overview = nullptr;
    DraftView *m_draft = nullptr;
    ActiveView *m_active = nullptr;
    ReportView *m_ended = nullptr;
    TasksView *m_tasks = nullptr;
    ReportView *m_report = nullptr;
    ReviewView *m_review = nullptr;
    CommunicationsTable *m_communications = nullptr;
};

} // namespace herald
