#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "lifecycle/campaignservice.h"

#include <QAbstractTableModel>

namespace herald {

// The campaign list, read page by page by key on a worker thread (each thread has its
// own connection), so neither a big workspace nor a slow preflight freezes the window.
// Knows nothing about SQL: pages come from CampaignService::page.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { Name, Id, Channels, Status, LaunchType, SendTime, Created, Tags, Actions, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, ShortIdRole, CampaignIdRole };
    using Request = CampaignPageQuery::Request;
    using Page = CampaignService::Page;

    explicit CampaignListModel(QObject *parent = nullptr);

    // Starts over with a new query; the first page arrives asynchronously (loaded()).
    void setQuery(const Session &session, Request request);
    // Reads again everything loaded so far (progress, another window's change), keeping rows
    // that did not move so selections survive.
    void reload();
    bool isLoading() const { return m_loading; }
    const Request &request() const { return m_request; }
    const CampaignOverview *campaignAt(int row) const;
    int rowOf(herald::Id campaignId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static std::optional<CampaignPageQuery::Sort> sortFor(int column);

signals:
    void loaded();
    void failed(const QString &message);

private:
    void startRead(Request request, bool replace);
    void finishRead(Result<Page> page);

    Session m_session;
    Request m_request;
    QList<CampaignOverview> m_rows;
    QHash<herald::Id, QDateTime> m_sendTimes; // Page::sendTimes of the rows loaded
    std::optional<CampaignPageQuery::Cursor> m_next;
    bool m_replace = false;
    bool m_loading = false; // until the result is applied, not just computed
    quint64 m_generation = 0;
    quint64 m_readGeneration = 0;
    BackgroundTask<Result<Page>> m_read{this, [this](Result<Page> page) { finishRead(std::move(page)); }};
};

} // namespace herald
