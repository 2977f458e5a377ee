#pragma once

#include "common/backgroundtask.h"
#include "common/session.h"
#include "lifecycle/runhistory.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace herald {

// Every run of the tenant across campaigns (the newest kLimit), read off the GUI thread.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    static constexpr int kLimit = 5000;
    // Kind holds the trigger too ("Live · schedule"); StartedBy names who accepted the
    // disclaimer when that was someone else.
    enum Column { Run, Campaign, Kind, Started, Finished, StartedBy, Total, FirstState };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int RunIdRole = Qt::UserRole + 1;
    static constexpr int CampaignIdRole = Qt::UserRole + 2;

    explicit RunListModel(QObject *parent = nullptr);

    void load(const Session &session);
    bool isLoading() const { return m_loading; }
    bool isTruncated() const { return m_rows.size() >= kLimit; }
    const RunSummary &summary(int row) const { return m_rows.at(row); }
    // The message states a run ends in, one column each after Total.
    static const QList<MessageStatus> &finalStates();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    void finishLoad(Result<QList<RunSummary>> rows);

    QList<RunSummary> m_rows;
    bool m_loading = false;
    bool m_loadAgain = false;
    Session m_session;
    BackgroundTask<Result<QList<RunSummary>>> m_read{
        this, [this](Result<QList<RunSummary>> rows) { finishLoad(std::move(rows)); }};
};

// The page's filters: kind (test/live), trigger and a campaign name or ID search.
class RunFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterModel)

public:
    explicit RunFilterModel(QObject *parent = nullptr);
    void setKind(std::optional<RunKind> kind);
    void setTrigger(std::optional<RunTrigger> trigger);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<RunKind> m_kind;
    std::optional<RunTrigger> m_trigger;
    QString m_search;
};

} // namespace herald
