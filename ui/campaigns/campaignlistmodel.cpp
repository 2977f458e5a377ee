#include "campaignlistmodel.h"

#include <QLocale>

namespace herald {

CampaignListModel::CampaignListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignListModel::setCampaigns(QList<CampaignOverview> campaigns)
{
    beginResetModel();
    m_rows = std::move(campaigns);
    endResetModel();
}

const CampaignOverview *CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    const CampaignOverview *o = campaignAt(index.row());
    if (!o)
        return {};
    const Campaign &c = o->campaign;
    if (role == StatusRole)
        return QVariant::fromValue(int(o->status));
    if (role == ShortIdRole)
        return c.shortId;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return c.description;
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return int(o->status);
        case LaunchType:
            return int(c.launchType);
        case SendTime:
            return c.sendAt;
        case Created:
            return c.createdAt;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return c.name;
    case Id:
        return c.shortId;
    case Channels: {
        QStringList kinds;
        for (const CampaignChannel &ch : c.channels)
            kinds << displayName(ch.kind);
        return kinds.join(QStringLiteral(", "));
    }
    case Status:
        return nameOf(o->status);
    case LaunchType:
        switch (c.launchType) {
        case herald::LaunchType::Now:
            return tr("Now", "launch type");
        case herald::LaunchType::Manual:
            return tr("Manual", "launch type");
        case herald::LaunchType::Schedule:
            return tr("Schedule", "launch type");
        case herald::LaunchType::Recurring:
            return tr("Recurring", "launch type");
        }
        return {};
    case SendTime:
        return c.sendAt.isValid() ? locale.toString(c.sendAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Created:
        return locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Tags:
        return c.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case Channels:
        return tr("Channels");
    case Status:
        return tr("Status");
    case LaunchType:
        return tr("Launch");
    case SendTime:
        return tr("Send time");
    case Created:
        return tr("Created");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace herald
