#pragma once

#include "domain/tenant.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace herald {

class NumberHealthTable;
class EmptyState;
class UploadFollowUpTable;
class ThroughputView;

struct CampaignDetailData;

// Completed, Stopped, Failed and Archived: report-style blocks (funnel, per-channel
// results, failure reasons, run history with each run's frozen configuration).
class ReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)

public:
    explicit ReportView(QWidget *parent = nullptr);
    void show(const CampaignDetailData &data);
    // Whether the empty run history offers Test run… (testRunRequested); the page decides.
    void setTestRunAvailable(bool available);

signals:
    void runChosen(herald::Id runId);
    void testRunRequested();
    void numberActivated(const QString &e164);

private:
    QLabel *m_title = nullptr;
    QTableWidget *m_funnel = nullptr;
    QTableWidget *m_results = nullptr;
    QTableWidget *m_reasons = nullptr;
    QTreeWidget *m_history = nullptr;
    QGroupBox *m_goalBox = nullptr;
    QLabel *m_conversion = nullptr;
    QTableWidget *m_links = nullptr;
    QWidget *m_numbersBox = nullptr;
    ThroughputView *m_throughput = nullptr;
    QWidget *m_throughputBox = nullptr;
    NumberHealthTable *m_numbers = nullptr;
    QWidget *m_runNumbersBox = nullptr;
    QTableWidget *m_runNumbers = nullptr;
    QWidget *m_uploadsBox = nullptr;
    UploadFollowUpTable *m_uploads = nullptr;
    EmptyState *m_noRuns = nullptr;
};

} // namespace herald
