#pragma once

#include "lifecycle/campaignservice.h"

#include <QAbstractTableModel>

namespace herald {

// The campaign list: one row per campaign with its derived status. Filled from
// CampaignService; knows nothing about SQL.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { Name, Id, Channels, Status, LaunchType, SendTime, Created, Tags, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, ShortIdRole, SortRole };

    explicit CampaignListModel(QObject *parent = nullptr);

    void setCampaigns(QList<CampaignOverview> campaigns);
    const CampaignOverview *campaignAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CampaignOverview> m_rows;
};

} // namespace herald
