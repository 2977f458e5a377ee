#pragma once

#include "common/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace herald {

class RunFilterModel;
class RunListModel;

// Campaign Runs: every run across the tenant's campaigns (test or live, trigger, started
// and finished, who started it and accepted the disclaimer, messages per final state),
// filterable by kind, trigger and campaign, sortable by any column; opening a row shows
// its campaign on that run.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)

public:
    explicit RunsPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();
    RunListModel *model() const { return m_model; }
    RunFilterModel *filtered() const { return m_filter; }

signals:
    void openRun(herald::Id campaignId, herald::Id runId);
    void statusMessage(const QString &message);

private:
    void openCurrent();

    Session m_session;
    RunListModel *m_model = nullptr;
    RunFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_trigger = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace herald
