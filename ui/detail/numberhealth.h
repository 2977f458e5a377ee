#pragma once

#include <QTableWidget>

namespace herald {

struct CampaignDetailData;

// The campaign detail's number pool health block: the numbers the run sent from, how
// many of its messages each sent, and each number's state, counters and success rate.
class NumberHealthTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberHealthTable)

public:
    explicit NumberHealthTable(QWidget *parent = nullptr);
    // Fills the table; false when the run sent from no pool number (hide the block).
    bool show(const CampaignDetailData &d);

signals:
    // A number was activated (double-click, Enter): open its record.
    void numberActivated(const QString &e164);
};

} // namespace herald
