#pragma once

#include <QTableWidget>

namespace herald {

struct CampaignDetailData;

// The campaign detail's "CSV upload follow-up": each upload linked to the campaign, its
// row counts, and how many of its accepted contacts the live runs contacted and reached.
class UploadFollowUpTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadFollowUpTable)

public:
    explicit UploadFollowUpTable(QWidget *parent = nullptr);
    // Fills the table; false when no upload is linked (hide the block).
    bool show(const CampaignDetailData &d);
};

} // namespace herald
