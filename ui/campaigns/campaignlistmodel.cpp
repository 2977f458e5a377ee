#include "campaignlistmodel.h"

#include "detail/detailformat.h"
#include "domain/labels.h"

namespace herald {

CampaignListModel::CampaignListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CampaignListModel::setQuery(const Session &session, Request request)
{
    m_session = session;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_sendTimes.clear();
    m_next.reset();
    endResetModel();
    m_request = request;
    m_request.after.reset();
    if (m_session.valid())
        startRead(m_request, false);
}

void CampaignListModel::reload()
{
    if (!m_session.valid() || m_loading)
        return;
    Request again = m_request;
    again.after.reset();
    again.limit = int(qMax<qsizetype>(m_request.limit, m_rows.size()));
    startRead(again, true);
}

void CampaignListModel::startRead(Request request, bool replace)
{
    m_replace = replace;
    m_loading = true;
    m_readGeneration = m_generation;
    m_read.start(*m_session.db, [tenantId = m_session.tenantId, user = m_session.user, request](const Database &db) {
        return CampaignService(db, tenantId, user).page(request);
    });
}

void CampaignListModel::finishRead(Result<Page> page)
{
    m_loading = false;
    if (m_readGeneration != m_generation)
        return; // the query changed since: its own read (if any) is under way
    if (!page) {
        emit failed(page.error().shown());
        return;
    }
    if (m_replace) {
        // Rows that kept their place are updated in place; the rest is reset.
        const auto &rows = page->rows;
        bool sameOrder = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameOrder && i < rows.size(); ++i)
            sameOrder = rows.at(i).campaign.id == m_rows.at(i).campaign.id;
        m_sendTimes = page->sendTimes;
        if (sameOrder) {
            m_rows = rows;
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else {
            emit layoutAboutToBeChanged();
            const QModelIndexList before = persistentIndexList();
            QList<herald::Id> ids;
            for (const QModelIndex &i : before)
                ids.append(m_rows.value(i.row()).campaign.id);
            m_rows = rows;
            QModelIndexList after;
            for (qsizetype i = 0; i < before.size(); ++i) {
                const int row = rowOf(ids.at(i));
                after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
            }
            changePersistentIndexList(before, after);
            emit layoutChanged();
        }
    } else if (!page->rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size()) - 1);
        m_rows += page->rows;
        m_sendTimes.insert(page->sendTimes);
        endInsertRows();
    }
    m_next = page->next;
    // A Ready/Draft filter can leave a page short: keep reading until it is full or done.
    if (m_next && !m_replace && page->rows.size() < m_request.limit / 2)
        fetchMore({});
    emit loaded();
}

bool CampaignListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_loading;
}

void CampaignListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Request more = m_request;
    more.after = m_next;
    startRead(more, false);
}

std::optional<CampaignPageQuery::Sort> CampaignListModel::sortFor(int column)
{
    using S = CampaignPageQuery::Sort;
    switch (column) {
    case Name:
    case Id:
        return S::Name;
    case Status:
        return S::DerivedStatus;
    case LaunchType:
        return S::LaunchType;
    case Created:
        return S::Created;
    default:
        return std::nullopt;
    }
}

void CampaignListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort)
        return;
    Request request = m_request;
    request.sort = *sort;
    request.descending = order == Qt::DescendingOrder;
    if (request.sort == m_request.sort && request.descending == m_request.descending)
        return;
    setQuery(m_session, request);
}

const CampaignOverview *CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowOf(herald::Id campaignId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).campaign.id == campaignId)
            return int(i);
    return -1;
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
        return c.description.isEmpty() ? c.name : c.name + u'\n' + c.description;
    if (role == Qt::ToolTipRole && index.column() == Tags)
        return c.tags.join(QStringLiteral(", "));
    if (role == CampaignIdRole)
        return QVariant::fromValue(c.id);
    if (role != Qt::DisplayRole)
        return {};
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
        return label(o->status);
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
        if (const auto t = m_sendTimes.constFind(c.id); t != m_sendTimes.constEnd())
            return DetailFormat::time(*t);
        return QString();
    case Created:
        return DetailFormat::time(c.createdAt);
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
    case Actions:
        return tr("Actions");
    default:
        return {};
    }
}

} // namespace herald
