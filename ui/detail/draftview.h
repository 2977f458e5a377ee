#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace herald {

struct CampaignDetailData;
struct Finding;
class ReadinessList;
class UploadFollowUpTable;

// Draft and Ready: what is missing (readiness checklist with a Fix link per finding),
// what is configured (recap) and whom it reaches (audience preview), with Edit, Test run,
// Run and Schedule.
class DraftView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftView)

public:
    explicit DraftView(QWidget *parent = nullptr);
    void show(const CampaignDetailData &data, bool mayRun);

signals:
    void fixRequested(const herald::Finding &finding);
    void editRequested();
    void testRunRequested();
    void runRequested();
    void scheduleRequested();
    // A link of the configuration recap: "goal", "template", "list" or "segment", by name.
    void objectRequested(const QString &kind, const QString &name);

private:
    ReadinessList *m_checklist = nullptr;
    QLabel *m_readiness = nullptr;
    QLabel *m_recap = nullptr;
    QTableWidget *m_audience = nullptr;
    QWidget *m_uploadsBox = nullptr;
    UploadFollowUpTable *m_uploads = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_testRun = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_schedule = nullptr;
};

} // namespace herald
