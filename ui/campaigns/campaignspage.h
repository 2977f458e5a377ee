#pragma once

#include "common/session.h"
#include "domain/result.h"
#include "organisation/gettingstarted.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace herald {

class CampaignListModel;
class CampaignService;
class EmptyState;
class RowActionsDelegate;
struct CampaignOverview;

// The campaign list: filters by channel and status, search as you type, sort by the
// header, multi-select with bulk Compare / Duplicate / Archive / Delete, and per-row actions.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(QWidget *parent = nullptr);

    void setSession(const Session &session);
    void refresh(); // re-reads what is loaded, keeping the selection
    void focusSearch();
    // A row's Info: the campaign's details (the detail's configuration recap) and what a
    // run would find now, or why its last run could not start (Dialogs::inform).
    void showInfo(const CampaignOverview &o);
    CampaignListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void openCampaign(herald::Id campaignId, const QString &tab);
    void editCampaign(herald::Id campaignId);
    void runCampaign(herald::Id campaignId);
    void newCampaign();
    void compareCampaigns(const QList<herald::Id> &campaignIds);
    void statusMessage(const QString &message);
    // A step of the getting-started checklist was chosen: open the page that does it.
    void gettingStartedStep(herald::GettingStarted::Step step);

private:
    void requery();
    void updateActions();
    void updateSummary();
    void updateGettingStarted();
    QList<const CampaignOverview *> selected() const;
    void duplicateSelected();
    void archiveSelected();
    void deleteSelected();
    void showMore(const CampaignOverview &o, const QPoint &globalPos);
    void openName(const CampaignOverview &o);
    // Runs `op` on each campaign, then says how many it did and what refused.
    void applyToSelected(const QList<const CampaignOverview *> &rows, const QString &title, const char *doneText,
                         const std::function<Status(CampaignService &, const QString &)> &op);
    void archive(const QList<const CampaignOverview *> &rows);

    Session m_session;
    QLabel *m_gettingStarted = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_create = nullptr;
    RowActionsDelegate *m_rowActions = nullptr;
    bool m_tagsSized = false; // the Tags column was fitted to the first rows
    QPushButton *m_compare = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    CampaignListModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;
    EmptyState *m_empty = nullptr; // over the table when nothing is listed
};

} // namespace herald
