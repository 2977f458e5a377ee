#include "messagetablemodel.h"

#include "domain/labels.h"
#include "timetext.h"

#include <QLoggingCategory>

#include <limits>

namespace herald {

Q_LOGGING_CATEGORY(lcModels, "herald.models")

MessageTableModel::MessageTableModel(Database db, Id tenantId, QObject *parent)
    : QAbstractTableModel(parent), m_cache(std::move(db), tenantId)
{}

MessageTableModel::~MessageTableModel() = default;

Status MessageTableModel::setRun(Id runId)
{
    return select(runId, m_cache.filter());
}

Status MessageTableModel::setFilter(std::optional<MessageStatus> status, std::optional<ChannelKind> channel)
{
    return select(m_cache.runId(), {status, channel});
}

Status MessageTableModel::select(Id runId, const MessageFilter &filter)
{
    beginResetModel();
    m_cache.select(runId, filter);
    auto span = m_cache.readSpan();
    if (span)
        m_cache.setSpan(*span);
    endResetModel();
    if (!span) {
        report(span.error().text());
        return span.error();
    }
    return {};
}

Status MessageTableModel::reload()
{
    auto span = m_cache.readSpan();
    if (!span) {
        report(span.error().text());
        return span.error();
    }
    m_reportedError = {};
    const int before = rowCount();
    const int after = int(qMin<qint64>(span->count, std::numeric_limits<int>::max()));
    const auto change = m_cache.compare(*span);
    if (change == MessagePageCache::SpanChange::Appended && after > before) {
        beginInsertRows({}, before, after - 1);
        m_cache.setSpan(*span);
        endInsertRows();
    } else if (change != MessagePageCache::SpanChange::Other || after == before) {
        // The same rows (or as many, with a status filter): they are re-read when next shown.
        m_cache.setSpan(*span);
    } else {
        beginResetModel();
        m_cache.setSpan(*span);
        endResetModel();
        return {};
    }
    if (const int kept = qMin(before, after); kept > 0)
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    return {};
}

int MessageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_cache.count(), std::numeric_limits<int>::max()));
}

int MessageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != MessageIdRole && role != StatusRole
        && role != ContactIdRole)
        return {};
    const MessageRow *row = m_cache.row(index.row());
    if (!row) {
        if (!m_cache.error().isEmpty() && m_cache.error() != m_reportedError)
            report(m_cache.error());
        return {};
    }
    switch (role) {
    case MessageIdRole:
        return row->message.id;
    case StatusRole:
        return int(row->message.status);
    case ContactIdRole:
        return row->message.contactId;
    case Qt::ToolTipRole:
        if (index.column() == Contact && !row->contactName.isEmpty())
            return row->contactAddress;
        if (const QDateTime t = time(row->message, index.column()); t.isValid())
            return TimeText::longText(t); // to the second
        return index.column() == Reason ? row->message.failureReason : QVariant();
    default:
        return display(*row, index.column());
    }
}

QVariant MessageTableModel::display(const MessageRow &row, int column) const
{
    const Message &m = row.message;
    switch (column) {
    case Contact:
        return row.contactName.isEmpty() ? row.contactAddress : row.contactName;
    case Channel:
        return displayName(m.channel);
    case State:
        return label(m.status);
    case Attempts:
        return m.attempts;
    case Reason:
        return m.failureReason;
    case Queued:
    case Sent:
    case Finished:
    case Updated:
        return TimeText::shortText(time(m, column));
    default:
        return {};
    }
}

QDateTime MessageTableModel::time(const Message &m, int column)
{
    switch (column) {
    case Queued:
        return m.queuedAt;
    case Sent:
        return m.sentAt;
    case Finished:
        return m.finishedAt.isValid() ? m.finishedAt : m.deliveredAt;
    case Updated:
        return m.statusChangedAt;
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Contact:
        return tr("Contact");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State", "message status");
    case Attempts:
        return tr("Attempts");
    case Reason:
        return tr("Reason", "why a message failed");
    case Queued:
        return tr("Queued", "when the message was queued");
    case Sent:
        return tr("Sent", "when the message was sent");
    case Finished:
        return tr("Finished", "when the message was delivered or gave up");
    case Updated:
        return tr("Updated", "when the message last changed status");
    default:
        return {};
    }
}

void MessageTableModel::report(const Text &message) const
{
    qCWarning(lcModels) << message.english();
    m_reportedError = message;
    // Not from inside data(): a view may be painting. Delivered once back in the event loop.
    auto *self = const_cast<MessageTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, shown = message.shown()] { emit self->errorOccurred(shown); }, Qt::QueuedConnection);
}

} // namespace herald
