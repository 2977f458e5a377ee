#include "runlistmodel.h"

#include "domain/labels.h"
#include "models/timetext.h"

#include "detail/detailformat.h"

#include <QLocale>

namespace herald {

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void RunListModel::load(const Session &session)
{
    m_session = session;
    if (!session.valid()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    m_loading = true;
    if (m_read.isRunning()) {
        m_loadAgain = true;
        return;
    }
    m_read.start(*session.db, [tenantId = session.tenantId](const Database &db) {
        return recentRuns(db, tenantId, kLimit);
    });
}

void RunListModel::finishLoad(Result<QList<RunSummary>> rows)
{
    if (m_loadAgain) {
        m_loadAgain = false;
        return load(m_session);
    }
    if (!rows) {
        m_loading = false;
        emit failed(rows.error().shown());
        return;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    m_loading = false;
    emit loaded();
}

const QList<MessageStatus> &RunListModel::finalStates()
{
    static const QList<MessageStatus> states = [] {
        QList<MessageStatus> out;
        for (MessageStatus s : allValues<MessageStatus>())
            if (isFinal(s))
                out << s;
        return out;
    }();
    return states;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstState + int(finalStates().size());
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Run: return tr("Run");
    case Campaign: return tr("Campaign");
    case Kind: return tr("Kind");
    case Started: return tr("Started");
    case Finished: return tr("Finished");
    case StartedBy: return tr("Started by");
    case Total: return tr("Messages");
    default: // two lines, so the counts fit beside the rest
        return label(finalStates().value(section - FirstState)).replace(u' ', u'\n');
    }
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RunSummary &s = m_rows.at(index.row());
    const int column = index.column();
    if (role == RunIdRole)
        return QVariant::fromValue<qlonglong>(s.run.id);
    if (role == CampaignIdRole)
        return QVariant::fromValue<qlonglong>(s.run.campaignId);
    if (role == Qt::TextAlignmentRole && (column == Run || column >= Total))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Finished && s.run.failedToStart())
        return tr("The run could not start; its campaign's report lists why.");
    if (role == Qt::ToolTipRole && column == Finished && s.run.finishedAt.isValid())
        return DetailFormat::time(s.run.finishedAt);
    if (role == Qt::ToolTipRole && column == Campaign)
        return tr("%1 (%2)").arg(s.campaignName, s.campaignShortId);
    if (role == Qt::ToolTipRole && column == StartedBy)
        return s.disclaimerBy.isEmpty() ? tr("Started by %1; nobody accepted the disclaimer (nothing was sent).")
                                              .arg(s.startedBy)
                                        : tr("Started by %1; disclaimer accepted by %2 at %3.")
                                              .arg(s.startedBy, s.disclaimerBy,
                                                   DetailFormat::time(s.run.disclaimerAcceptedAt));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    auto count = [&](qint64 n) -> QVariant { return sorting ? QVariant::fromValue(n) : QLocale().toString(n); };
    switch (column) {
    case Run: return sorting ? QVariant::fromValue<qlonglong>(s.run.id) : QVariant(u'#' + QString::number(s.run.id));
    case Campaign:
        return sorting ? QVariant(s.campaignName.toLower()) : QVariant(s.campaignName);
    case Kind:
        return tr("%1 · %2").arg(s.run.kind == RunKind::Test ? tr("Test") : tr("Live"), label(s.run.trigger));
    case Started:
        return sorting ? QVariant(s.run.createdAt.toMSecsSinceEpoch()) : QVariant(DetailFormat::time(s.run.createdAt));
    case Finished:
        if (sorting)
            return s.run.finishedAt.isValid() ? s.run.finishedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (s.run.failedToStart())
            return tr("could not start");
        if (!s.run.finishedAt.isValid())
            return tr("still running");
        // The same day as it started: the time says enough (the tooltip has the date).
        if (const QTimeZone zone = TimeText::displayZone();
            s.run.finishedAt.toTimeZone(zone).date() == s.run.createdAt.toTimeZone(zone).date())
            return QLocale().toString(s.run.finishedAt.toTimeZone(zone), TimeText::clockFormat());
        return DetailFormat::time(s.run.finishedAt);
    case StartedBy:
        if (s.disclaimerBy.isEmpty() || s.disclaimerBy == s.startedBy || sorting)
            return s.startedBy;
        return tr("%1 (disclaimer: %2)").arg(s.startedBy, s.disclaimerBy);
    case Total: return count(s.total());
    default: return count(s.counts.value(finalStates().value(column - FirstState)));
    }
}

RunFilterModel::RunFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RunListModel::SortRole);
}

void RunFilterModel::setKind(std::optional<RunKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void RunFilterModel::setTrigger(std::optional<RunTrigger> trigger)
{
    m_trigger = trigger;
    invalidateFilter();
}

void RunFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const RunListModel *>(sourceModel());
    const RunSummary &s = model->summary(sourceRow);
    if (m_kind && s.run.kind != *m_kind)
        return false;
    if (m_trigger && s.run.trigger != *m_trigger)
        return false;
    return m_search.isEmpty() || s.campaignName.contains(m_search, Qt::CaseInsensitive)
           || s.campaignShortId.contains(m_search, Qt::CaseInsensitive)
           || (m_search.startsWith(u'#') && QString::number(s.run.id) == m_search.mid(1));
}

} // namespace herald
