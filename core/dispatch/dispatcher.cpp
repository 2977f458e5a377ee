#include "dispatcher.h"
#include "unreadreport.h"

#include "content/emailcontent.h"
#include "linklistener.h"
#include "providers/provider.h"
#include "schedule/scheduler.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/tenantrepository.h"
#include "sweeper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

namespace herald {

Q_LOGGING_CATEGORY(lcDispatch, "herald.dispatch")

namespace {
constexpr qint64 kThroughputWindowMs = 5000;
} // namespace

qint64 ChannelProgress::total() const
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

Dispatcher::Dispatcher(Database db, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_options(options)
{
    qRegisterMetaType<herald::ProgressSnapshot>();
}

Dispatcher::~Dispatcher()
{
    flush();
}

void Dispatcher::report(const Error &error)
{
    if (isWorkspaceFull(error)) {
        // Said once, by whoever shows it (the desktop's banner, heraldctl's line), not per tick.
        if (!m_heldSince.isValid()) {
            m_heldSince = m_clock.now();
            m_lastSpaceTry = m_heldSince;
            emit sendingHeld(error.shown());
        }
        return;
    }
    if (isWorkspaceDamage(error) && m_claiming) {
        // Nothing more goes into a damaged file: what is in flight finishes, nothing new starts.
        m_claiming = false;
        qCCritical(lcDispatch) << error.message;
        emit damaged(error.message);
    }
    // A problem that lasts (a locked or full workspace) comes back every tick: it is said
    // once, and again only after kRepeatMs.
    constexpr qint64 kRepeatMs = 30000;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (error.message == m_lastProblem && now - m_lastProblemMs < kRepeatMs)
        return;
    m_lastProblem = error.message;
    m_lastProblemMs = now;
    qCWarning(lcDispatch) << error.message;
    emit problem(error.shown());
}

void Dispatcher::reportOnce(const QString &key, const Error &error)
{
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    report(error);
}

Status Dispatcher::announce()
{
    if (!m_db.isTeam() || m_id != 0)
        return {};
    SqlQuery id(m_db.connection(), m_db.dialect().nextDispatcherId());
    if (auto st = id.exec(u"numbering this dispatcher"); !st)
        return st;
    if (!id.next())
        return Error::runtime(Text::tr("the team database gave this dispatcher no id"));
    const Id mine = id.id(0);
    if (auto st = SqlQuery(m_db.connection(), m_db.dialect().dispatcherAlive(mine)).exec(u"announcing this dispatcher"); !st)
        return st;
    m_id = mine;
    return {};
}

Result<int> Dispatcher::recover()
{
    if (auto st = announce(); !st)
        return st.error();
    return settleOrphans();
}

Result<int> Dispatcher::settleOrphans()
{
    // On a file this dispatcher is the only one (WorkspaceLock): everything in flight
    // before it started is an orphan.
    const QString whose = m_db.isTeam()
                              ? u" AND (claimed_by IS NULL OR claimed_by NOT IN (" + m_db.dialect().liveDispatchers() + u"))"
                              : QString();
    SqlQuery q(m_db.connection(), u"SELECT tenant_id, id, channel, status FROM messages "
                                  u"WHERE status IN "
                                      + sqlSet<MessageStatus>(isInFlight) + whose + u" ORDER BY id");
    if (auto st = q.exec(u"finding messages left in flight"); !st)
        return st.error();
    QHash<Id, QList<MessageTransition>> byTenant;
    const QDateTime now = m_clock.now();
    while (q.next()) {
        const auto kind = fromString<ChannelKind>(q.text(2));
        const auto status = fromString<MessageStatus>(q.text(3));
        if (kind && status)
            byTenant[q.id(0)].append({q.id(1), *kind, *status, MessageStatus::TimedOut, now,
                                      QStringLiteral("Timed Out: in flight when the previous dispatcher stopped"), {}, {}, false});
    }
    int recovered = 0;
    for (auto it = byTenant.cbegin(); it != byTenant.cend(); ++it) {
        auto n = MessageRepository(m_db, it.key()).apply(*it);
        if (!n)
            return n.error();
        recovered += n->applied;
    }
    if (recovered > 0)
        for (auto it = m_channels.begin(); it != m_channels.end(); ++it)
            (void)loadCounts(it.key(), *it);
    return recovered;
}

Result<int> Dispatcher::senders(const Database &db)
{
    if (!db.isTeam())
        return 0;
    SqlQuery q(db.connection(), u"SELECT count(*) FROM (" + db.dialect().liveDispatchers() + u") alive");
    if (auto st = q.exec(u"counting who sends for the team workspace"); !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

void Dispatcher::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_options.tickMs);
        connect(m_timer, &QTimer::timeout, this, &Dispatcher::tick);
    }
    m_claiming = true;
    m_timer->start();
    // The tenants' listeners before their providers: a service may call one back as soon
    // as its provider names it (Viber checks a webhook before it takes it).
    if (auto st = refreshListeners(); !st)
        report(st.error());
    m_listenersFresh = true;
    // Every configured provider now, not at its first message: delivery reports and
    // replies for earlier runs arrive whether or not anything is being sent.
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants) {
        report(tenants.error());
        return;
    }
    for (const Tenant &t : std::as_const(*tenants)) {
        auto configs = SenderRepository(m_db, t.id).providers();
        if (!configs) {
            report(configs.error());
            continue;
        }
        for (const ProviderConfig &config : std::as_const(*configs))
            if (auto p = provider(t.id, config.kind); !p)
                report(p.error());
    }
}

void Dispatcher::stopClaiming()
{
    m_claiming = false;
}

Status Dispatcher::refreshChannels()
{
    SqlQuery q(m_db.connection(), u"SELECT rc.tenant_id, rc.run_id, rc.kind, r.campaign_id, r.configuration, "
                                  u"r.created_at, c.ttl_minutes "
                                  u"FROM run_channels rc JOIN runs r ON r.id = rc.run_id "
                                  u"JOIN campaigns c ON c.tenant_id = r.tenant_id AND c.id = r.campaign_id "
                                  u"WHERE rc.status = "
                                      + sqlName(ChannelStatus::Running) + u" ORDER BY rc.run_id, rc.id");
    if (auto st = q.exec(u"finding running channels"); !st)
        return st;
    QSet<ChannelKey> running;
    while (q.next()) {
        const auto kind = fromString<ChannelKind>(q.text(2));
        if (!kind)
            continue;
        const ChannelKey key{q.id(1), *kind};
        running.insert(key);
        if (auto known = m_channels.find(key); known != m_channels.end()) {
            known->status = ChannelStatus::Running; // back from a pause
            continue;
        }
        Active a;
        a.tenant = q.id(0);
        a.campaign = q.id(3);
        a.kind = *kind;
        const QJsonObject config = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
        a.campaignName = config.value(QLatin1StringView("name")).toString();
        a.trackClicks = config.value(QLatin1StringView("track_clicks")).toBool();
        if (const int ttl = q.value(6).toInt(); ttl > 0) // as the sweeper expires what is still queued then
            a.expires = q.time(5).addSecs(qint64(ttl) * 60);
        for (const QJsonValue &v : config.value(QLatin1StringView("frozen_channels")).toArray())
            if (v.toObject().value(QLatin1StringView("kind")).toString() == nameOf(*kind))
                a.frozen = v.toObject();
        if (auto window = SendWindow::parse(a.frozen.value(QLatin1StringView("send_window")).toString(), *kind))
            a.window = *window;
        auto attachments = ContentRepository(m_db, a.tenant)
                               .withData(EmailContent::fromJson(a.frozen.value(QLatin1StringView("attachments")).toArray()));
        if (!attachments) {
            // Nothing goes out without the files the reviewer approved.
            reportOnce(u"attachments:" + QString::number(key.run),
                       Error::blocked(Text::tr("%1: %2").arg(a.campaignName, attachments.error().text())));
            continue;
        }
        a.attachments = *attachments;
        a.lastRefill = m_clock.now();
        if (auto st = loadCounts(key, a); !st)
            return st;
        m_channels.insert(key, a);
    }
    // A channel that left Running (paused, stopped, completed) is reported once more with
    // its new status and counts, then dropped.
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        if (running.contains(it.key())) {
            ++it;
            continue;
        }
        if (it->status != ChannelStatus::Running) {
            it = m_channels.erase(it);
            continue;
        }
        SqlQuery s(m_db.connection(), QStringLiteral("SELECT status FROM run_channels WHERE run_id = ? AND kind = ?"));
        s.bind(it.key().run).bind(nameOf(it.key().kind));
        if (auto st = s.exec(u"reading a channel's status"); !st)
            return st;
        it->status = s.next() ? fromString<ChannelStatus>(s.text(0)).value_or(ChannelStatus::Stopped) : ChannelStatus::Stopped;
        if (auto st = loadCounts(it.key(), *it); !st)
            return st;
        ++it;
    }
    return {};
}

Status Dispatcher::loadCounts(const ChannelKey &key, Active &a)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT status, COUNT(*) FROM messages WHERE run_id = ? AND channel = ? GROUP BY status"));
    q.bind(key.run).bind(nameOf(key.kind));
    if (auto st = q.exec(u"counting a channel's messages"); !st)
        return st;
    a.counts.fill(0);
    while (q.next())
        if (const auto s = fromString<MessageStatus>(q.text(0)))
            a.counts[std::size_t(*s)] = q.value(1).toLongLong();
    return {};
}

void Dispatcher::count(Id run, ChannelKind kind, MessageStatus from, MessageStatus to)
{
    auto it = m_channels.find(ChannelKey{run, kind});
    if (it == m_channels.end())
        return;
    --it->counts[std::size_t(from)];
    ++it->counts[std::size_t(to)];
    if (to == MessageStatus::Sent || (isFinal(to) && from != MessageStatus::Sent && from != MessageStatus::AssumedDelivered))
        progressed(*it, 1);
}

void Dispatcher::progressed(Active &a, qint64 messages)
{
    if (messages <= 0)
        return;
    const qint64 ms = m_clock.now().toMSecsSinceEpoch();
    if (!a.done.empty() && a.done.back().first == ms)
        a.done.back().second += messages;
    else
        a.done.emplace_back(ms, messages);
}

void Dispatcher::recount(Id run)
{
    bool counted = false;
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        if (it.key().run != run)
            continue;
        if (auto st = recount(it.key(), *it); !st) {
            report(st.error());
            continue;
        }
        counted = true;
    }
    if (counted)
        emitProgress();
}

Status Dispatcher::recount(const ChannelKey &key, Active &a)
{
    // Messages that reached Sent or a final state: what the pace counts.
    auto reached = [&a] {
        qint64 n = a.counts[std::size_t(MessageStatus::Sent)];
        for (MessageStatus s : allValues<MessageStatus>())
            n += isFinal(s) ? a.counts[std::size_t(s)] : 0;
        return n;
    };
    const qint64 before = reached();
    if (auto st = loadCounts(key, a); !st)
        return st;
    progressed(a, reached() - before); // this dispatcher's own were counted as they went
    return {};
}

void Dispatcher::flush()
{
    if (auto st = applyOutcomes(); !st)
        report(st.error());
    else if (auto reported = applyReports(); !reported)
        report(reported.error());
}

bool Dispatcher::spaceAgain()
{
    if (auto st = writeUnwritten(); !st)
        return false;
    // A write that changes nothing still needs room in the log: the workspace takes one.
    SqlQuery probe(m_db.connection(), QStringLiteral("UPDATE schema_version SET applied_at = applied_at WHERE version = "
                                                     "(SELECT MAX(version) FROM schema_version)"));
    return probe.exec(u"trying the workspace for space").ok();
}

void Dispatcher::tick()
{
    const QDateTime now = m_clock.now();
    if (m_heldSince.isValid()) {
        // Held for a full disk: nothing is claimed; now and then, try for space.
        if (m_lastSpaceTry.msecsTo(now) < kFullRetryMs)
            return;
        m_lastSpaceTry = now;
        if (!spaceAgain())
            return;
        m_heldSince = {};
        m_lastProblem.clear();
        emit sendingResumed();
    }
    if (auto st = announce(); !st) { // nothing is claimed before it may be settled
        report(st.error());
        return;
    }
    if (auto st = refreshChannels(); !st) {
        report(st.error());
        return;
    }
    const bool sweepDue = !m_lastSweep.isValid() || m_lastSweep.msecsTo(now) >= m_options.sweepMs;
    // Before claiming: what tracked links need is known for the first message.
    if (sweepDue && !std::exchange(m_listenersFresh, false))
        if (auto st = refreshListeners(); !st)
            report(st.error());
    flush();
    if (m_claiming) {
        for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
            if (it->status != ChannelStatus::Running)
                continue;
            if (auto st = claim(it.key(), *it); !st)
                report(st.error());
        }
    }
    if (sweepDue) {
        m_lastSweep = now;
        m_zones.clear();                       // contacts may have been imported or edited
        m_rotations.clear();                   // numbers may have been paused, released or added
        if (auto st = refreshProviders(); !st) // settings may have changed
            report(st.error());
        if (auto launched = Scheduler(m_db, m_clock).tick(); !launched)
            report(launched.error());
        for (auto it = m_channels.begin(); it != m_channels.end(); ++it)
            if (auto st = countWaiting(it.key(), *it); !st)
                report(st.error());
        if (m_db.isTeam())
            if (auto settled = settleOrphans(); !settled)
                report(settled.error());
        auto swept = Sweeper(m_db, m_clock).sweep();
        if (!swept) {
            report(swept.error());
        } else if (m_db.isTeam()
                   || swept->assumedDelivered + swept->timedOut + swept->expired + swept->channelsCompleted > 0) {
            // In a team workspace other dispatchers move the same channels.
            for (auto it = m_channels.begin(); it != m_channels.end(); ++it)
                (void)recount(it.key(), *it);
        }
    }
    if (!m_lastProgress.isValid() || m_lastProgress.msecsTo(now) >= m_options.progressMs) {
        m_lastProgress = now;
        emitProgress();
    }
}

void Dispatcher::emitProgress()
{
    ProgressSnapshot snapshot;
    snapshot.at = m_clock.now();
    const qint64 nowMs = snapshot.at.toMSecsSinceEpoch();
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        while (!it->done.empty() && it->done.front().first < nowMs - kThroughputWindowMs)
            it->done.pop_front();
        ChannelProgress p;
        p.tenantId = it->tenant;
        p.runId = it.key().run;
        p.campaignId = it->campaign;
        p.kind = it->kind;
        p.status = it->status;
        p.counts = it->counts;
        for (const InFlight &f : std::as_const(m_inFlight))
            p.inFlight += f.run == p.runId && f.kind == p.kind ? 1 : 0;
        qint64 recent = 0;
        for (const auto &[ms, n] : it->done)
            recent += n;
        p.perSecond = recent * 1000.0 / kThroughputWindowMs;
        p.latencyMs = it->latencyMs;
        const qint64 failed = p.count(MessageStatus::Failed) + p.count(MessageStatus::TimedOut);
        qint64 finals = 0;
        for (MessageStatus s : allValues<MessageStatus>())
            finals += isFinal(s) ? p.count(s) : 0;
        p.errorRate = finals > 0 ? double(failed) / double(finals) : 0.0;
        p.waitingForWindow = it->waitingForWindow;
        const qint64 remaining = p.count(MessageStatus::Queued) + p.count(MessageStatus::Retrying) + p.inFlight;
        if (p.perSecond > 0 && remaining > 0)
            p.estimatedFinish = snapshot.at.addMSecs(qint64(remaining / p.perSecond * 1000.0));
        // Everything left waits for a window: nothing finishes before it opens.
        if (remaining > 0 && remaining == p.waitingForWindow && it->windowOpens.isValid())
            p.estimatedFinish = qMax(p.estimatedFinish, it->windowOpens);
        snapshot.channels.append(p);
    }
    emit progress(snapshot);
}

} // namespace herald
