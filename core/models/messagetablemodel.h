#pragma once

#include "models/messagepagecache.h"

#include <QAbstractTableModel>

#include <optional>

namespace herald {

// The task table: one row per message of one run, in id order, optionally only those of
// one status and/or channel. Built for runs of a million messages: the row count is one
// COUNT per reload and rows are read a page at a time by key as the view asks for them
// (see MessagePageCache), so data() costs at most one indexed query.
class MessageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)

public:
    enum Column
    {
        Contact,
        Channel,
        State,
        Attempts,
        Reason,
        Queued,
        Sent,
        Finished,
        Updated,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1, // Id of the message
        StatusRole,                       // int(MessageStatus)
        ContactIdRole,                    // Id of the message's contact
    };

    MessageTableModel(Database db, Id tenantId, QObject *parent = nullptr);
    ~MessageTableModel() override;

    Id runId() const { return m_cache.runId(); }
    std::optional<MessageStatus> statusFilter() const { return m_cache.filter().status; }
    std::optional<ChannelKind> channelFilter() const { return m_cache.filter().channel; }

    // Shows another run (0: none) from its first row; resets the model.
    Status setRun(Id runId);
    // Shows only the messages of one status and/or channel; resets the model.
    Status setFilter(std::optional<MessageStatus> status, std::optional<ChannelKind> channel);
    // Re-reads the count and drops the cached pages, keeping what it can: the same rows
    // (or, with a status filter, as many) are reported changed and re-read when next
    // shown, messages added to the run are appended; any other change resets the model.
    // Call it when the run's messages may have moved on.
    Status reload();
    // The last read that failed, empty when none has since the last reload.
    QString errorString() const { return m_cache.error().english(); }
    const MessagePageCache::Stats &stats() const { return m_cache.stats(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A count or a page could not be read; the table shows what it has. In the user
    // interface's language.
    void errorOccurred(const QString &message);

private:
    Status select(Id runId, const MessageFilter &filter);
    QVariant display(const MessageRow &row, int column) const;
    // The moment a time column shows; invalid for other columns.
    static QDateTime time(const Message &message, int column);
    void report(const Text &message) const;

    mutable MessagePageCache m_cache;
    mutable Text m_reportedError;
};

} // namespace herald
