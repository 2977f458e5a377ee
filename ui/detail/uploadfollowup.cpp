#include "uploadfollowup.h"

#include "campaigndetaildata.h"

#include <QHeaderView>
#include <QLocale>

namespace herald {

UploadFollowUpTable::UploadFollowUpTable(QWidget *parent) : QTableWidget(0, 9, parent)
{
    setObjectName(QStringLiteral("uploadFollowUp"));
    setAccessibleName(tr("CSV upload follow-up"));
    setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    setHorizontalHeaderLabels({tr("Upload"), tr("File"), tr("Rows"), tr("Accepted"), tr("Rejected"), tr("Duplicates"),
                               tr("Skipped (opted out)"), tr("Contacted"), tr("Reached")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setToolTip(tr("Contacted: accepted contacts the campaign's live runs sent a message to. Reached: of those, "
                  "delivered or answered on any channel. The rejected rows: heraldctl uploads rejections ID."));
}

bool UploadFollowUpTable::show(const CampaignDetailData &d)
{
    const QLocale l;
    setRowCount(int(d.uploads.size()));
    for (int r = 0; r < d.uploads.size(); ++r) {
        const UploadFollowUp &f = d.uploads.at(r);
        const QStringList cells{QString::number(f.upload.id),
                                f.upload.fileName + u" \u2192 " + f.upload.listName,
                                l.toString(f.upload.rowsRead),
                                l.toString(f.upload.accepted),
                                l.toString(f.upload.rejected),
                                l.toString(f.upload.duplicates),
                                l.toString(f.upload.skippedOptedOut),
                                l.toString(f.contacted),
                                l.toString(f.reached)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c != 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
        }
    }
    setFixedHeight(horizontalHeader()->height() + 2 * frameWidth() + (rowCount() > 0 ? rowCount() * rowHeight(0) : 0));
    return rowCount() > 0;
}

} // namespace herald
