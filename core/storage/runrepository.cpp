#include "runrepository.h"

#include "domain/messagestatus.h"
#include "sqlquery.h"
#include "statussql.h"
#include "transaction.h"

#include <algorithm>

namespace herald {

Result<Id> RunRepository::create(const Run &r)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery q(db, QStringLiteral("INSERT INTO runs (tenant_id, campaign_id, kind, trigger_type, configuration, "
                                  "started_by, disclaimer_by, disclaimer_at, created_at, finished_at, failure_reasons, "
                                  "launch_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT "
                                  "COALESCE(MAX(launch_seq), 0) + 1 FROM runs WHERE campaign_id = ? AND kind = ?))) "
                                  "RETURNING id"));
    q.bind(m_tenantId).bind(r.campaignId).bind(nameOf(r.kind)).bind(nameOf(r.trigger));
    q.bind(r.configuration.isEmpty() ? QStringLiteral("{}") : r.configuration).bind(r.startedBy);
    q.bind(r.disclaimerAcceptedBy).bindTime(r.disclaimerAcceptedAt);
    q.bindTime(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()).bindTime(r.finishedAt);
    q.bind(r.failureReasons);
    q.bind(r.launchSeq > 0 ? QVariant(r.launchSeq) : QVariant(QMetaType::fromType<int>()));
    q.bind(r.campaignId).bind(nameOf(r.kind));
    auto id = q.execId(u"recording a run of campaign " + QString::number(r.campaignId));
    if (!id) {
        if (id.error().kind == Error::Kind::Refused)
            return Error::refused(Text::tr("campaign %1 was started by someone else at the same moment: nothing was "
                                           "queued twice")
                                      .arg(r.campaignId));
        return id.error();
    }
    SqlQuery ch(db,
                QStringLiteral("INSERT INTO run_channels (tenant_id, run_id, kind, status, started_at, finished_at, "
                               "started_by, disclaimer_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RunChannel &c : r.channels) {
        ch.bind(m_tenantId).bind(*id).bind(nameOf(c.kind)).bind(nameOf(c.status));
        ch.bindTime(c.startedAt).bindTime(c.finishedAt).bind(c.startedBy).bindTime(c.disclaimerAcceptedAt);
        if (auto st = ch.exec(u"recording the " + nameOf(c.kind) + u" channel of run " + QString::number(*id)); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return *id;
}

Result<int> RunRepository::lastLaunchSeq(Id campaignId, RunKind kind)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(launch_seq), 0) FROM runs "
                                                 "WHERE tenant_id = ? AND campaign_id = ? AND kind = ?"));
    q.bind(m_tenantId).bind(campaignId).bind(nameOf(kind));
    if (auto st = q.exec(u"reading the runs of campaign " + QString::number(campaignId)); !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<Run>> RunRepository::query(const QString &where, const QVariant &arg)
{
    QSqlDatabase db = m_db.connection();
    SqlQuery q(db, u"SELECT r.id, r.campaign_id, r.kind, r.trigger_type, r.configuration, r.started_by, "
                   u"r.disclaimer_by, r.disclaimer_at, r.created_at, r.finished_at, r.failure_reasons, "
                   u"c.id, c.kind, c.status, c.started_at, c.finished_at, c.started_by, c.disclaimer_at "
                   u"FROM runs r LEFT JOIN run_channels c ON c.run_id = r.id "
                   u"WHERE r.tenant_id = ? " +
                       where + u" ORDER BY r.id, c.id");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading runs"); !st)
        return st.error();
    QList<Run> out;
    while (q.next()) {
        const Id runId = q.id(0);
        if (out.isEmpty() || out.last().id != runId) {
            Run r;
            r.id = runId;
            r.tenantId = m_tenantId;
            r.campaignId = q.id(1);
            r.kind = fromString<RunKind>(q.text(2)).value_or(RunKind::Live);
            r.trigger = fromString<RunTrigger>(q.text(3)).value_or(RunTrigger::Manual);
            r.configuration = q.text(4);
            r.startedBy = q.optionalId(5);
            r.disclaimerAcceptedBy = q.optionalId(6);
            r.disclaimerAcceptedAt = q.time(7);
            r.createdAt = q.time(8);
            r.finishedAt = q.time(9);
            r.failureReasons = q.text(10);
            out.append(r);
        }
        if (q.value(11).isNull())
            continue;
        RunChannel c;
        c.id = q.id(11);
        c.kind = fromString<ChannelKind>(q.text(12)).value_or(ChannelKind::Email);
        c.status = fromString<ChannelStatus>(q.text(13)).value_or(ChannelStatus::Ready);
        c.startedAt = q.time(14);
        c.finishedAt = q.time(15);
        c.startedBy = q.optionalId(16);
        c.disclaimerAcceptedAt = q.time(17);
        out.last().channels.append(c);
    }
    return out;
}

Result<Run> RunRepository::get(Id runId)
{
    return singleRow(query(QStringLiteral("AND r.id = ?"), runId),
                     Text::tr("run %1 not found in this tenant").arg(runId));
}

Result<QList<Run>> RunRepository::forCampaign(Id campaignId)
{
    return query(QStringLiteral("AND r.campaign_id = ?"), campaignId);
}

Result<QList<Run>> RunRepository::recent(int limit)
{
    // The tenant id is a number, not text: inlined, the one argument stays the limit.
    return query(u"AND r.id IN (SELECT id FROM runs WHERE tenant_id = " + QString::number(m_tenantId)
                     + u" ORDER BY id DESC LIMIT ?)",
                 limit);
}

Result<QList<Run>> RunRepository::between(const QDateTime &from, const QDateTime &to)
{
    // Instants are numbers (milliseconds), never user text: inlined, the one argument is `to`.
    return query(u"AND r.created_at < ? AND (r.finished_at IS NULL OR r.finished_at >= "
                     + QString::number(from.toMSecsSinceEpoch()) + u')',
                 timeToSql(to));
}

Result<QHash<Id, Run>> RunRepository::latestLiveRuns(const QList<Id> &campaignIds)
{
    QString only;
    if (!campaignIds.isEmpty())
        only = u" AND r.campaign_id IN (" + idList(campaignIds) + u')';
    auto list = query(QStringLiteral("AND r.kind = 'live' AND r.id = (SELECT MAX(r2.id) FROM runs r2 "
                                     "WHERE r2.campaign_id = r.campaign_id AND r2.kind = 'live')") +
                          only,
                      {});
    if (!list)
        return list.error();
    QHash<Id, Run> out;
    for (const Run &r : std::as_const(*list))
        out.insert(r.campaignId, r);
    return out;
}

Status RunRepository::setChannelStatus(Id runId, ChannelKind kind, ChannelStatus status, const QDateTime &at)
{
    SqlQuery q(m_db.connection(),
               u"UPDATE run_channels SET status = ?, "
               u"started_at = CASE WHEN ? = " + sqlName(ChannelStatus::Running)
                   + u" AND started_at IS NULL THEN ? ELSE started_at END, "
                     u"finished_at = CASE WHEN ? IN " + sqlSet<ChannelStatus>(isFinal)
                   + u" THEN ? ELSE finished_at END "
                     u"WHERE tenant_id = ? AND run_id = ? AND kind = ?");
    const QString s = nameOf(status);
    q.bind(s).bind(s).bindTime(at).bind(s).bindTime(at).bind(m_tenantId).bind(runId).bind(nameOf(kind));
    if (auto st = q.exec(u"setting the " + nameOf(kind) + u" channel of run " + QString::number(runId) + u" to " + s);
        !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("run %1 has no %2 channel").arg(QString::number(runId), nameOf(kind)));
    if (!isFinal(status))
        return {};
    auto sending = measureSending(runId, kind);
    if (!sending)
        return sending.error();
    SqlQuery store(m_db.connection(), QStringLiteral("UPDATE run_channels SET sent_count = ?, sending_ms = ? "
                                                     "WHERE tenant_id = ? AND run_id = ? AND kind = ?"));
    store.bind(sending->sent).bind(sending->busyMs).bind(m_tenantId).bind(runId).bind(nameOf(kind));
    return store.exec(u"storing how the " + nameOf(kind) + u" channel of run " + QString::number(runId) + u" sent");
}

Status RunRepository::addChannel(Id runId, ChannelKind kind)
{
    SqlQuery q(m_db.connection(), u"INSERT INTO run_channels (tenant_id, run_id, kind, status) VALUES (?, ?, ?, "
                                      + sqlName(ChannelStatus::Ready) + u')');
    q.bind(m_tenantId).bind(runId).bind(nameOf(kind));
    return q.exec(u"adding the " + nameOf(kind) + u" channel to run " + QString::number(runId));
}

Status RunRepository::recordChannelStart(Id runId, ChannelKind kind, Id by, const QDateTime &at)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE run_channels SET started_by = ?, disclaimer_at = ? "
                                                 "WHERE tenant_id = ? AND run_id = ? AND kind = ?"));
    q.bind(by).bindTime(at).bind(m_tenantId).bind(runId).bind(nameOf(kind));
    return q.exec(u"recording who started the " + nameOf(kind) + u" channel of run " + QString::number(runId));
}

Status RunRepository::setConfiguration(Id runId, const QString &configuration)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE runs SET configuration = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(configuration).bind(m_tenantId).bind(runId);
    return q.exec(u"storing the configuration of run " + QString::number(runId));
}

std::optional<double> RunRepository::Sending::perSecond() const
{
    constexpr qint64 kEnoughMessages = 20, kEnoughMs = 200;
    if (sent < kEnoughMessages || busyMs < kEnoughMs)
        return std::nullopt;
    return double(sent - 1) * 1000.0 / double(busyMs);
}

Result<RunRepository::Sending> RunRepository::measureSending(Id runId, ChannelKind kind)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT sent_at FROM messages WHERE tenant_id = ? AND run_id = ? "
                                                 "AND channel = ? AND sent_at IS NOT NULL ORDER BY sent_at"));
    q.bind(m_tenantId).bind(runId).bind(nameOf(kind));
    if (auto st =
            q.exec(u"measuring how the " + nameOf(kind) + u" channel of run " + QString::number(runId) + u" sent");
        !st)
        return st.error();
    Sending out;
    QList<qint64> gaps;
    qint64 previous = 0;
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        if (out.sent++ > 0)
            gaps.append(at - previous);
        previous = at;
    }
    if (gaps.isEmpty())
        return out;
    QList<qint64> sorted = gaps;
    const auto middle = sorted.begin() + sorted.size() / 2;
    std::nth_element(sorted.begin(), middle, sorted.end());
    const qint64 usual = *middle;
    const qint64 idle = std::max<qint64>(1000, 10 * usual); // a longer gap is not sending
    for (qint64 gap : std::as_const(gaps))
        out.busyMs += gap > idle ? usual : gap;
    return out;
}

Result<QList<Id>> RunRepository::lastEnded(ChannelKind kind, int limit)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT run_id FROM run_channels WHERE tenant_id = ? AND kind = ? "
                                                 "AND finished_at IS NOT NULL ORDER BY finished_at DESC, run_id DESC "
                                                 "LIMIT ?"));
    q.bind(m_tenantId).bind(nameOf(kind)).bind(limit);
    if (auto st = q.exec(u"finding the runs whose " + nameOf(kind) + u" channel ended last"); !st)
        return st.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

Result<std::optional<RunRepository::Sending>> RunRepository::sending(Id runId, ChannelKind kind)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT finished_at, sent_count, sending_ms FROM run_channels "
                                                 "WHERE tenant_id = ? AND run_id = ? AND kind = ?"));
    q.bind(m_tenantId).bind(runId).bind(nameOf(kind));
    if (auto st = q.exec(u"reading how run " + QString::number(runId) + u" sent"); !st)
        return st.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<Sending>();
    if (q.value(2).isNull()) { // ended before the measure was stored
        auto measured = measureSending(runId, kind);
        if (!measured)
            return measured.error();
        return std::optional(*measured);
    }
    return std::optional(Sending{q.value(1).toLongLong(), q.value(2).toLongLong()});
}

Result<int> RunRepository::stopChannel(Id runId, ChannelKind kind, const QDateTime &at)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = setChannelStatus(runId, kind, ChannelStatus::Stopped, at); !st)
        return st.error();
    SqlQuery q(db, u"UPDATE messages SET status = " + sqlName(MessageStatus::Cancelled)
                       + u", status_changed_at = ?, finished_at = ?, "
                         u"failure_reason = 'Channel stopped before this message was sent' "
                         u"WHERE tenant_id = ? AND run_id = ? AND channel = ? AND status IN "
                       + sqlSet<MessageStatus>(isWaiting));
    q.bindTime(at).bindTime(at).bind(m_tenantId).bind(runId).bind(nameOf(kind));
    if (auto st = q.exec(u"cancelling the queued " + nameOf(kind) + u" messages of run " + QString::number(runId)); !st)
        return st.error();
    const int cancelled = q.rowsAffected();
    if (auto st = finishIfAllFinal(runId, at); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return cancelled;
}

Status RunRepository::finishIfAllFinal(Id runId, const QDateTime &at)
{
    SqlQuery q(m_db.connection(),
               u"UPDATE runs SET finished_at = ? WHERE tenant_id = ? AND id = ? AND finished_at IS NULL "
               u"AND NOT EXISTS (SELECT 1 FROM run_channels c WHERE c.run_id = runs.id "
               u"AND c.status NOT IN " + sqlSet<ChannelStatus>(isFinal) + u')');
    q.bindTime(at).bind(m_tenantId).bind(runId);
    return q.exec(u"finishing run " + QString::number(runId));
}

Result<QList<std::pair<Id, ChannelKind>>> RunRepository::runningChannels()
{
    SqlQuery q(m_db.connection(), u"SELECT r.campaign_id, c.kind FROM run_channels c "
                                  u"JOIN runs r ON r.id = c.run_id WHERE c.tenant_id = ? "
                                  u"AND r.kind = 'live' AND c.status = " + sqlName(ChannelStatus::Running));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"finding running channels"); !st)
        return st.error();
    QList<std::pair<Id, ChannelKind>> out;
    while (q.next())
        out.append({q.id(0), fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Email)});
    return out;
}

} // namespace herald
