#include "dispatcher.h"

#include "content/emailcontent.h"
#include "content/linktracking.h"
#include "content/mergefields.h"
#include "content/smskeywords.h"
#include "content/smstext.h"
#include "lifecycle/messagelifecycle.h"
#include "linklistener.h"
#include "mailbox/mailboxsettings.h"
#include "numbers/numberrotation.h"
#include "organisation/tenantservice.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "providers/smtp/mimemessage.h"
#include "schedule/scheduler.h"
#include "storage/audiencerepository.h"
#include "storage/contactwriter.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"
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

// A frozen "from" reads "Name <address>" for an email sender, a name or number otherwise.
QString senderAddress(const QString &from)
{
    const qsizetype open = from.lastIndexOf(u'<');
    return open >= 0 && from.endsWith(u'>') ? from.mid(open + 1, from.size() - open - 2) : from;
}
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
                                  u"WHERE status IN ('Sending', 'Dialing', 'Ringing', 'Answered')"
                                      + whose + u" ORDER BY id");
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
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT rc.tenant_id, rc.run_id, rc.kind, r.campaign_id, r.configuration "
                                                 "FROM run_channels rc JOIN runs r ON r.id = rc.run_id "
                                                 "WHERE rc.status = 'Running' ORDER BY rc.run_id, rc.id"));
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

Result<QStringList> Dispatcher::zones(Id tenant)
{
    if (const auto it = m_zones.constFind(tenant); it != m_zones.constEnd())
        return *it;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT time_zone FROM contacts WHERE tenant_id = ?"));
    q.bind(tenant);
    if (auto st = q.exec(u"reading recipients' time zones"); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    SqlQuery t(m_db.connection(), QStringLiteral("SELECT time_zone FROM tenants WHERE id = ?"));
    t.bind(tenant);
    if (auto st = t.exec(u"reading the tenant's time zone"); !st)
        return st.error();
    m_tenantZones.insert(tenant, t.next() ? t.text(0) : QStringLiteral("UTC"));
    m_zones.insert(tenant, out);
    return out;
}

QStringList Dispatcher::openZones(const Active &a, const QStringList &zones, QDateTime *nextOpening)
{
    const QDateTime now = m_clock.now();
    QStringList open;
    for (const QString &z : zones) {
        const QTimeZone zone((z.isEmpty() ? m_tenantZones.value(a.tenant) : z).toUtf8());
        if (a.window.isOpen(now, zone)) {
            open << z;
        } else if (nextOpening) {
            const QDateTime opens = a.window.nextOpening(now, zone);
            if (!nextOpening->isValid() || opens < *nextOpening)
                *nextOpening = opens;
        }
    }
    return open;
}

Status Dispatcher::countWaiting(const ChannelKey &key, Active &a)
{
    a.waitingForWindow = 0;
    a.windowOpens = {};
    if (a.window.isAlways())
        return {};
    auto all = zones(a.tenant);
    if (!all)
        return all.error();
    const QStringList open = openZones(a, *all, &a.windowOpens);
    if (open.size() == all->size())
        return {};
    QString placeholders = QStringLiteral("''"); // never a match when nothing is open
    if (!open.isEmpty())
        placeholders = QStringList(open.size(), QStringLiteral("?")).join(u',');
    SqlQuery q(m_db.connection(), u"SELECT COUNT(*) FROM messages m JOIN contacts c ON c.id = m.contact_id "
                                  u"WHERE m.run_id = ? AND m.channel = ? AND m.status = 'Queued' AND c.time_zone NOT IN ("
                                      + placeholders + u')');
    q.bind(key.run).bind(nameOf(key.kind));
    for (const QString &z : open)
        q.bind(z);
    if (auto st = q.exec(u"counting recipients outside their send window"); !st)
        return st;
    a.waitingForWindow = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

namespace {
// A provider is made again when its settings or its tenant's listener change.
QString madeFrom(const ProviderConfig &config, const CallbackSite &site)
{
    return config.provider + u'\n' + config.settings + u'\n' + site.base.toString();
}
} // namespace

Result<Provider *> Dispatcher::provider(Id tenant, ChannelKind kind)
{
    const auto key = std::pair<Id, int>(tenant, int(kind));
    if (Provider *p = m_providers.value(key).provider)
        return p;
    // Retired ones finish their messages first (their listener, too, is in use).
    for (auto it = m_retiring.find(key); it != m_retiring.end() && it.key() == key;) {
        const bool busy = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                      [old = it.value()](const InFlight &f) { return f.provider == old; });
        if (busy)
            return nullptr;
        delete it.value();
        it = m_retiring.erase(it);
    }
    auto configs = SenderRepository(m_db, tenant).providers();
    if (!configs)
        return configs.error();
    for (const ProviderConfig &config : std::as_const(*configs)) {
        if (config.kind != kind)
            continue;
        auto site = TenantRepository(m_db).callbackSite(tenant);
        if (!site)
            return site.error();
        auto created = ProviderRegistry::create(config, *site);
        if (!created)
            return created.error();
        Provider *p = created->release();
        // Without its listener a provider still sends; its reports are what is lost.
        if (auto st = p->startListening(); !st)
            report(st.error());
        p->setParent(this);
        connect(p, &Provider::outcomes, this, [this](const QList<SendOutcome> &list) { m_outcomes += list; });
        connect(p, &Provider::deliveryReports, this, [this](const QList<DeliveryReport> &reports) {
            flush(); // a report follows its message's outcome: record that first
            if (auto st = applyReports(reports); !st)
                report(st.error());
        });
        connect(p, &Provider::inbound, this,
                [this, tenant, p](const InboundMessage &m) { handleInbound(tenant, m, p); });
        connect(p, &Provider::noticeFailed, this, [this](const Text &why) { report(Error::runtime(why)); });
        m_providers.insert(key, {p, madeFrom(config, *site)});
        return p;
    }
    return Error::refused(Text::tr("no provider is configured for %1").arg(displayText(kind)));
}

Status Dispatcher::refreshProviders()
{
    QHash<Id, std::pair<QList<ProviderConfig>, CallbackSite>> byTenant;
    for (auto it = m_providers.begin(); it != m_providers.end();) {
        const Id tenant = it.key().first;
        if (!byTenant.contains(tenant)) {
            auto configs = SenderRepository(m_db, tenant).providers();
            if (!configs)
                return configs.error();
            auto site = TenantRepository(m_db).callbackSite(tenant);
            if (!site)
                return site.error();
            byTenant.insert(tenant, {*configs, *site});
        }
        const auto &[configs, site] = byTenant[tenant];
        const auto now = std::find_if(configs.cbegin(), configs.cend(),
                                      [&](const ProviderConfig &c) { return int(c.kind) == it.key().second; });
        if (now != configs.cend() && madeFrom(*now, site) == it->settings) {
            ++it;
            continue;
        }
        m_retiring.insert(it.key(), it->provider);
        it = m_providers.erase(it);
    }
    return {};
}

Status Dispatcher::refreshListeners()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants)
        return tenants.error();
    m_web.clear();
    QHash<QString, QHash<Id, LinkListener::Site>> byAddress; // listen -> tenant -> site
    for (const Tenant &t : std::as_const(*tenants)) {
        if (t.linkSecret.isEmpty())
            continue;
        const auto mailbox = MailboxSettings::withoutPassword(t.mailbox);
        const QString bounceAddress = mailbox ? mailbox->bounceAddress : QString();
        if (!t.publicUrl.isEmpty() || !bounceAddress.isEmpty())
            m_web.insert(t.id, {t.publicUrl, t.linkSecret, bounceAddress});
        if (!t.listen.isEmpty())
            byAddress[t.listen].insert(t.id, {t.linkSecret, t.name});
    }
    for (auto it = m_listeners.begin(); it != m_listeners.end();)
        it = byAddress.contains(it->first) ? std::next(it) : m_listeners.erase(it);
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        auto known = m_listeners.find(it.key());
        if (known == m_listeners.end()) {
            auto address = TenantService::parseListen(it.key());
            if (!address) {
                reportOnce(u"listen:" + it.key(), address.error());
                continue;
            }
            auto listener = LinkListener::listen(m_db, address->first, address->second);
            if (!listener) {
                reportOnce(u"listen:" + it.key(), listener.error());
                continue;
            }
            connect(listener->get(), &LinkListener::problem, this,
                    [this](const Text &message) { report(Error::runtime(message)); });
            known = m_listeners.emplace(it.key(), std::move(*listener)).first;
        }
        known->second->setTenants(it.value());
    }
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

Status Dispatcher::claim(const ChannelKey &key, Active &a)
{
    auto p = provider(a.tenant, a.kind);
    if (!p)
        return p.error();
    if (!*p)
        return {}; // the provider made from new settings waits for the old one's messages
    qint64 busy = 0;
    for (const InFlight &f : std::as_const(m_inFlight))
        busy += f.provider == *p ? 1 : 0;
    int n = int(qMin<qint64>(m_options.claimBatch, (*p)->window() - busy));
    // Rate limit: a token bucket refilled from the clock, at most one second of burst,
    // shared by every dispatcher sending the channel (takeTokens). What this one last saw
    // of it is the most there can be now (the others only take): no claim without it.
    const int rate = a.frozen.value(QLatin1StringView("rate_per_minute")).toInt();
    const QDateTime now = m_clock.now();
    if (rate > 0) {
        const double perSecond = rate / 60.0;
        n = qMin(n, int(qMin(qMax(1.0, perSecond), a.tokens + perSecond * a.lastRefill.msecsTo(now) / 1000.0)));
    }
    // A pool's calls at once, counted in the workspace: a test run, a paused campaign's
    // last calls and other dispatchers' calls use its numbers too.
    if (const Id pool = a.frozen.value(QLatin1StringView("number_pool_id")).toInteger();
        a.kind == ChannelKind::Phone && pool > 0 && n > 0) {
        auto rotation = numberRotation(a.tenant, pool);
        if (!rotation)
            return rotation.error();
        if (const int most = (*rotation)->pool().maxCalls; most > 0) {
            auto calling = SenderRepository(m_db, a.tenant).callsInProgress(pool);
            if (!calling)
                return calling.error();
            n = int(qMin<qint64>(n, most - *calling));
        }
    }
    if (n <= 0)
        return {};

    // Outside their send window recipients stay Queued: deferred, never dropped.
    QStringList open;
    if (!a.window.isAlways()) {
        auto all = zones(a.tenant);
        if (!all)
            return all.error();
        open = openZones(a, *all);
        if (open.isEmpty())
            return {};
    }
    // Each status is read from the index on (tenant, run, status, id, channel) in id
    // order, at most n of each: cheap however many messages the run has. (One query with
    // "Queued OR Retrying" read every message of the run and sorted the queued ones, every
    // claim.) "channel || ''" keeps SQLite off the channel index, which would walk the
    // run's finished messages first.
    const QString zoneFilter = a.window.isAlways()
                                   ? QString()
                                   : u" AND c2.time_zone IN (" + QStringList(open.size(), QStringLiteral("?")).join(u',')
                                         + u')';
    const auto branch = [&](const QString &extra) -> QString {
        return u"SELECT id FROM (SELECT m2.id FROM messages m2"
               + QString(zoneFilter.isEmpty() ? QString() : QStringLiteral(" JOIN contacts c2 ON c2.id = m2.contact_id"))
               + u" WHERE m2.tenant_id = ? AND m2.run_id = ? AND m2.status = ? AND m2.channel || '' = ?" + extra + zoneFilter
               + u" ORDER BY m2.id LIMIT ?) AS claimable";
    };
    const QString channel = nameOf(a.kind);
    SqlQuery q(m_db.connection(),
               u"SELECT m.id, m.contact_id, m.status, m.attempts, c.email, c.phone, c.first_name, c.last_name, "
               u"EXISTS (SELECT 1 FROM opt_outs o WHERE o.tenant_id = m.tenant_id AND o.contact_id = m.contact_id "
               u"AND (o.channel = 'all' OR o.channel = ?)), c.custom_fields "
               u"FROM messages m JOIN contacts c ON c.id = m.contact_id WHERE m.id IN ("
                   + branch(QStringLiteral(" AND (m2.next_attempt_at IS NULL OR m2.next_attempt_at <= ?)"))
                   + u" UNION ALL " + branch(QString()) + u") ORDER BY m.id LIMIT ?");
    q.bind(channel);
    for (const MessageStatus status : {MessageStatus::Retrying, MessageStatus::Queued}) {
        q.bind(a.tenant).bind(key.run).bind(nameOf(status)).bind(channel);
        if (status == MessageStatus::Retrying)
            q.bindTime(now);
        for (const QString &z : std::as_const(open))
            q.bind(z);
        q.bind(n);
    }
    q.bind(n);
    if (auto st = q.exec(u"claiming " + channel + u" messages of run " + QString::number(key.run)); !st)
        return st;
    const MessageStatus sending = a.kind == ChannelKind::Phone ? MessageStatus::Dialing : MessageStatus::Sending;
    struct Row
    {
        Id id, contact;
        MessageStatus from;
        int attempts;
        QString email, phone, firstName, lastName;
        bool optedOut;
        QString customFields;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.id(0), q.id(1), fromString<MessageStatus>(q.text(2)).value_or(MessageStatus::Queued),
                     q.value(3).toInt(), q.text(4), q.text(5), q.text(6), q.text(7), q.value(8).toBool(), q.text(9)});
    if (rows.isEmpty())
        return {};
    // The claim, its rate tokens and its numbers' uses are one transaction, and the
    // messages go to the provider only once it is committed.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    if (m_db.isTeam()) {
        // Other dispatchers claim the same channel: keep the rows this one could lock and
        // that are still waiting (the status compare of the transition is the last word).
        QList<Id> ids;
        for (const Row &row : std::as_const(rows))
            ids << row.id;
        SqlQuery lock(m_db.connection(), u"SELECT m.id FROM messages m WHERE m.id IN (" + idList(ids)
                                             + u") AND m.status IN ('Queued', 'Retrying')"
                                             + m_db.dialect().claimRows(QStringLiteral("m")));
        if (auto st = lock.exec(u"claiming " + channel + u" messages of run " + QString::number(key.run)); !st)
            return st;
        QSet<Id> locked;
        while (lock.next())
            locked.insert(lock.id(0));
        rows.removeIf([&](const Row &row) { return !locked.contains(row.id); });
    }
    if (rate > 0) {
        auto tokens = takeTokens(key, a, rate, int(rows.size()));
        if (!tokens)
            return tokens.error();
        rows.resize(qMin(rows.size(), qsizetype(*tokens)));
    }
    if (rows.isEmpty())
        return tx.commit();
    const bool html = a.kind == ChannelKind::Email && MimeMessage::looksLikeHtml(a.frozen.value(QLatin1StringView("body")).toString());
    const QString bodyTemplate = html ? EmailContent::withPreheader(a.frozen.value(QLatin1StringView("body")).toString(),
                                                                    a.frozen.value(QLatin1StringView("preheader")).toString())
                                      : a.frozen.value(QLatin1StringView("body")).toString();
    const QString subjectTemplate = a.frozen.value(QLatin1StringView("subject")).toString();
    const QString textTemplate = a.frozen.value(QLatin1StringView("text_body")).toString();
    // Contacts' custom fields are parsed (JSON) per message only when the content uses one.
    const QStringList usedFields =
        MergeFields::used(subjectTemplate) + MergeFields::used(bodyTemplate) + MergeFields::used(textTemplate);
    const bool usesCustomFields = std::any_of(usedFields.cbegin(), usedFields.cend(), [](const QString &f) {
        return !MergeFields::standard().contains(f);
    });
    const auto bodyEscape = html ? MergeFields::Escape::Html : MergeFields::Escape::None;
    // SMS and calls from a number pool: each message's number by the pool's rotation.
    const Id poolId = a.frozen.value(QLatin1StringView("number_pool_id")).toInteger();
    NumberRotation *rotation = nullptr;
    QHash<Id, Id> sticky;
    if (poolId > 0 && a.kind != ChannelKind::Email) {
        // Other dispatchers of a team workspace use the same numbers: the rotation is read
        // afresh (inside this transaction), so daily caps count every dispatcher's uses.
        if (m_db.isTeam())
            m_rotations.remove(poolId);
        auto r = numberRotation(a.tenant, poolId);
        if (!r)
            return r.error();
        rotation = *r;
        QList<Id> contacts;
        for (const Row &row : std::as_const(rows))
            contacts << row.contact;
        auto known = SenderRepository(m_db, a.tenant).stickyNumbers(poolId, contacts);
        if (!known)
            return known.error();
        sticky = *known;
    }
    QList<MessageTransition> transitions;
    QList<OutgoingMessage> outgoing;
    QList<SenderRepository::NumberUse> uses; // per transition; numberId 0 without a pool
    qsizetype waitingForNumber = 0;
    for (const Row &row : std::as_const(rows)) {
        if (row.optedOut) {
            transitions.append({row.id, a.kind, row.from, MessageStatus::OptedOut, now,
                                QStringLiteral("Recipient is on the opt-out list"), {}, {}, false});
            outgoing.append(OutgoingMessage{});
            uses.append(SenderRepository::NumberUse{});
            continue;
        }
        OutgoingMessage m;
        m.from = senderAddress(a.frozen.value(QLatin1StringView("from")).toString());
        SenderRepository::NumberUse use;
        if (rotation) {
            const auto stuck = sticky.constFind(row.contact);
            const auto number = rotation->pick(row.phone, stuck == sticky.constEnd() ? std::nullopt : std::optional(*stuck));
            if (!number) {
                ++waitingForNumber; // stays Queued until a number may send again
                continue;
            }
            use = {poolId, *number, row.id, row.contact};
            for (const PhoneNumber &candidate : rotation->numbers())
                if (candidate.id == *number)
                    m.from = candidate.e164;
        }
        // Without the tenant's public URL (a test run preflight warned about, or the
        // simulator) there is no unsubscribe link to give.
        const auto found = m_web.constFind(a.tenant);
        const Web *web = found == m_web.cend() ? nullptr : &*found;
        const bool links = web && !web->publicUrl.isEmpty();
        const QString unsubscribeUrl =
            links ? LinkTracking::unsubscribeUrl(web->publicUrl, web->secret, a.tenant, row.id, row.contact) : QString();
        const QHash<QString, QString> fields =
            MergeFields::values(row.firstName, row.lastName, row.email, row.phone, a.campaignName,
                                a.frozen.value(QLatin1StringView("sender_name")).toString(), unsubscribeUrl,
                                usesCustomFields ? ContactWriter::customFieldsFromSql(row.customFields)
                                                 : QMap<QString, QString>());
        m.messageId = row.id;
        m.runId = key.run;
        m.contactId = row.contact;
        m.channel = a.kind;
        m.address = a.kind == ChannelKind::Email ? row.email : row.phone;
        m.senderName = a.frozen.value(QLatin1StringView("sender_name")).toString();
        m.replyTo = a.frozen.value(QLatin1StringView("reply_to")).toString();
        m.unsubscribeUrl = unsubscribeUrl;
        if (web && a.kind == ChannelKind::Email)
            m.envelopeFrom = MailboxSettings::verp(web->bounceAddress, web->secret, a.tenant, row.id);
        m.subject = MergeFields::apply(subjectTemplate, fields);
        m.body = MergeFields::apply(bodyTemplate, fields, bodyEscape);
        if (html)
            m.textBody = MergeFields::apply(textTemplate, fields);
        if (a.trackClicks && a.kind != ChannelKind::Phone && links) {
            const auto track = [&](const QString &url) {
                return url == unsubscribeUrl
                           ? QString()
                           : LinkTracking::trackedUrl(web->publicUrl, web->secret, a.tenant, m.messageId, url);
            };
            m.body = LinkTracking::rewrite(m.body, html, track);
            if (html)
                m.textBody = LinkTracking::rewrite(m.textBody, false, track);
        }
        m.attachments = a.attachments;
        m.attempt = row.attempts + 1;
        transitions.append({m.messageId, a.kind, row.from, sending, now, {}, {}, {}, false});
        outgoing.append(m);
        uses.append(use);
    }
    if (waitingForNumber > 0 && transitions.isEmpty())
        reportOnce(u"pool:" + QString::number(poolId),
                   Error::blocked(Text::tr("no number of the pool of %1 may send now (all paused, quarantined or at "
                                           "their daily cap): %2 messages wait. Resume or release a number, or raise a "
                                           "daily cap.")
                                      .arg(a.campaignName, QString::number(waitingForNumber))));
    if (transitions.isEmpty())
        return tx.commit();
    auto applied = MessageRepository(m_db, a.tenant).apply(transitions, m_id);
    if (!applied)
        return applied.error();
    QList<OutgoingMessage> toSend;
    QList<SenderRepository::NumberUse> used;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        if (!applied->applies.at(i))
            continue; // someone else moved it (stopped meanwhile): not ours to send
        count(key.run, a.kind, transitions.at(i).from, transitions.at(i).to);
        if (transitions.at(i).to != sending)
            continue;
        const OutgoingMessage &m = outgoing.at(i);
        const int credits = a.kind == ChannelKind::Sms ? std::max(1, SmsText::measure(m.body).segments) : 0;
        m_inFlight.insert(m.messageId, {a.tenant, key.run, a.kind, sending, m.attempt, *p,
                                        m_clock.now().toMSecsSinceEpoch(), uses.at(i).numberId, credits});
        toSend.append(m);
        if (uses.at(i).numberId)
            used.append(uses.at(i));
    }
    if (!used.isEmpty())
        if (auto st = SenderRepository(m_db, a.tenant).recordNumberUse(used, rotationDay(a.tenant), now); !st)
            return st;
    if (auto st = tx.commit(); !st) {
        for (const OutgoingMessage &m : std::as_const(toSend))
            m_inFlight.remove(m.messageId);
        (void)loadCounts(key, a);
        return st;
    }
    if (!toSend.isEmpty())
        (*p)->send(toSend);
    return {};
}

Result<int> Dispatcher::takeTokens(const ChannelKey &key, Active &a, int rate, int wanted)
{
    const QDateTime now = m_clock.now();
    SqlQuery read(m_db.connection(),
                  QStringLiteral("SELECT rate_tokens, rate_refilled_at FROM run_channels WHERE run_id = ? AND kind = ?"));
    read.bind(key.run).bind(nameOf(key.kind));
    if (auto st = read.exec(u"reading the rate of a channel"); !st)
        return st.error();
    // A bucket nobody took from yet fills from when this dispatcher took the channel up.
    double tokens = 0;
    QDateTime refilled = a.lastRefill.isValid() ? a.lastRefill : now;
    if (read.next() && !read.value(0).isNull()) {
        tokens = read.value(0).toDouble();
        refilled = read.time(1);
    }
    const double perSecond = rate / 60.0;
    tokens = qMin(qMax(1.0, perSecond), tokens + perSecond * qMax<qint64>(0, refilled.msecsTo(now)) / 1000.0);
    const int taken = qMax(0, qMin(wanted, int(tokens)));
    SqlQuery write(m_db.connection(),
                   QStringLiteral("UPDATE run_channels SET rate_tokens = ?, rate_refilled_at = ? WHERE run_id = ? AND kind = ?"));
    write.bind(tokens - taken).bindTime(now).bind(key.run).bind(nameOf(key.kind));
    if (auto st = write.exec(u"taking rate tokens of a channel"); !st)
        return st.error();
    a.tokens = tokens - taken;
    a.lastRefill = now;
    return taken;
}

Status Dispatcher::writeUnwritten()
{
    for (auto it = m_unwritten.begin(); it != m_unwritten.end();) {
        if (auto st = writeTenant(it.key(), it->transitions, it->where); !st)
            return st;
        it = m_unwritten.erase(it);
    }
    return {};
}

Status Dispatcher::writeTenant(Id tenant, const QList<MessageTransition> &transitions, const QList<Place> &places)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    auto applied = MessageRepository(m_db, tenant).apply(transitions);
    if (!applied)
        return applied.error();
    QHash<Id, SenderRepository::NumberResults> results;
    qint64 credits = 0;
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        if (!applied->applies.at(i))
            continue;
        const MessageTransition &t = transitions.at(i);
        const Place &place = places.at(i);
        if (place.number)
            countForNumber(results[place.number], place.kind, t.from, t.to);
        if (t.to == MessageStatus::Sent)
            credits += place.credits; // accepted by the gateway: paid for
    }
    if (auto st = TenantRepository(m_db).spendCredits(tenant, credits); !st)
        return st;
    auto quarantined = SenderRepository(m_db, tenant).recordNumberResults(results, m_clock.now());
    if (!quarantined)
        return quarantined.error();
    if (auto st = tx.commit(); !st)
        return st;
    for (qsizetype i = 0; i < transitions.size(); ++i)
        if (applied->applies.at(i))
            count(places.at(i).run, places.at(i).kind, transitions.at(i).from, transitions.at(i).to);
    for (const auto &[number, pool] : std::as_const(*quarantined)) {
        m_rotations.remove(number.poolId); // stops sending from it now
        report(Error::blocked(Text::tr("number %1 of pool %2 was quarantined: %3. Release it on the pool's page once "
                                       "the cause is fixed.")
                                  .arg(number.e164, pool, number.stateReason)));
    }
    return {};
}

void Dispatcher::countForNumber(SenderRepository::NumberResults &r, ChannelKind kind, MessageStatus from, MessageStatus to)
{
    using S = MessageStatus;
    r.phone = kind == ChannelKind::Phone;
    // Each message counts once: success when delivered or answered, failure when it
    // ends otherwise without having succeeded first.
    if (to == S::Delivered || to == S::Answered)
        ++r.successes;
    else if ((to == S::Failed || to == S::TimedOut || to == S::NoAnswer || to == S::Busy) && from != S::Answered
             && from != S::Delivered)
        ++r.failures;
}

Result<NumberRotation *> Dispatcher::numberRotation(Id tenant, Id poolId)
{
    const QString day = rotationDay(tenant);
    if (auto it = m_rotations.find(poolId); it != m_rotations.end() && it->first == day)
        return it->second.get();
    SenderRepository senders(m_db, tenant);
    auto pool = senders.pool(poolId);
    if (!pool)
        return pool.error();
    auto numbers = senders.numbers(poolId);
    if (!numbers)
        return numbers.error();
    auto rotation = std::make_shared<NumberRotation>(*pool, *numbers, day);
    m_rotations.insert(poolId, {day, rotation});
    return rotation.get();
}

QString Dispatcher::rotationDay(Id tenant)
{
    (void)zones(tenant); // knows the tenant's zone from here on
    const QTimeZone zone(m_tenantZones.value(tenant, QStringLiteral("UTC")).toUtf8());
    return m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date().toString(Qt::ISODate);
}

void Dispatcher::reportOnce(const QString &key, const Error &error)
{
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    report(error);
}

Status Dispatcher::applyOutcomes()
{
    if (m_outcomes.isEmpty())
        return {};
    const QList<SendOutcome> outcomes = std::exchange(m_outcomes, {});
    const QDateTime now = m_clock.now();
    for (const SendOutcome &o : outcomes) {
        auto it = m_inFlight.find(o.messageId);
        if (it == m_inFlight.end()) {
            qCDebug(lcDispatch) << "outcome for a message not in flight" << o.messageId;
            continue;
        }
        MessageTransition t{o.messageId, it->kind, it->status, o.to, now, o.reason, o.providerId, {}, false};
        if (it->handedOverMs > 0) {
            // The provider's first answer for the message: fold it into the channel's latency.
            if (auto ch = m_channels.find({it->run, it->kind}); ch != m_channels.end()) {
                const double ms = double(now.toMSecsSinceEpoch() - it->handedOverMs);
                ch->latencyMs = ch->latencyMs < 0 ? ms : 0.9 * ch->latencyMs + 0.1 * ms;
            }
            it->handedOverMs = 0;
        }
        if (o.to == MessageStatus::Retrying) {
            if (it->attempts >= kMaxAttempts) {
                t.to = MessageStatus::Failed;
                t.retriesUsedUp = true;
                t.reason = o.reason + u" (" + QString::number(it->attempts) + u" attempts)";
            } else {
                t.nextAttemptAt = now.addSecs(it->provider->retryDelaySecs(it->attempts + 1));
            }
        }
        if (!MessageLifecycle::allowed(t.channel, t.from, t.to)) {
            report(Error::refused(Text::tr("provider reported message %1 going from %2 to %3: ignored")
                                      .arg(QString::number(o.messageId), nameOf(t.from), nameOf(t.to))));
            continue;
        }
        Unwritten &u = m_unwritten[it->tenant];
        u.transitions.append(t);
        u.where.append({it->run, it->kind, it->number, it->credits});
        it->status = t.to;
        if (!isInFlight(t.to))
            m_inFlight.erase(it);
    }
    return writeUnwritten();
}

Status Dispatcher::applyReports(const QList<DeliveryReport> &reports)
{
    // A report moves its message on from the outcome before it: with outcomes still
    // unwritten, it waits for them.
    m_unreadReports += reports;
    if (!m_unwritten.isEmpty() || m_unreadReports.isEmpty())
        return {};
    const QList<DeliveryReport> pending = std::exchange(m_unreadReports, {});
    const qint64 readBefore = m_reportsRead;
    const QDateTime now = m_clock.now();
    {
        // Scoped: a statement left on a row keeps its read snapshot, and the write transaction
        // below would then fail at once ("database is locked") once another process has written.
        SqlQuery q(
            m_db.connection(),
            QStringLiteral("SELECT tenant_id, run_id, channel, status, sender_number_id FROM messages WHERE id = ?"));
        for (const DeliveryReport &r : pending) {
            q.bind(r.messageId);
            if (auto st = q.exec(u"reading a reported message"); !st) {
                m_unreadReports = pending.mid(m_reportsRead - readBefore) + m_unreadReports;
                return st;
            }
            ++m_reportsRead;
            if (!q.next())
                continue;
            const auto kind = fromString<ChannelKind>(q.text(2));
            const auto status = fromString<MessageStatus>(q.text(3));
            // A late or duplicate report that would move the message backwards changes nothing.
            if (!kind || !status || !MessageLifecycle::allowed(*kind, *status, r.to))
                continue;
            Unwritten &u = m_unwritten[q.id(0)];
            u.transitions.append({r.messageId, *kind, *status, r.to, now, r.reason, {}, {}, false});
            u.where.append({q.id(1), *kind, q.id(4)});
        }
    }
    return writeUnwritten();
}

void Dispatcher::handleInbound(Id tenant, const InboundMessage &message, Provider *provider)
{
    ReplyRepository replies(m_db, tenant);
    Reply inbound;
    inbound.channel = message.channel;
    inbound.fromAddress = message.fromAddress;
    inbound.toAddress = message.toAddress;
    inbound.body = message.text;
    inbound.receivedAt = m_clock.now();
    // Read now: an admin may have changed the keywords a moment ago.
    auto settings = TenantRepository(m_db).byId(tenant);
    if (!settings) {
        report(settings.error());
        return;
    }
    // Keywords are SMS's; a call's keys come as a reply or an opt-out already.
    const auto meaning = !message.optOutSource.isEmpty()       ? SmsKeywords::Meaning::OptOut
                         : message.channel != ChannelKind::Sms ? SmsKeywords::Meaning::Reply
                                                               : SmsKeywords::meaning(message.text, settings->smsStopWords);
    switch (meaning) {
    case SmsKeywords::Meaning::Reply:
        if (auto stored = replies.store(inbound); !stored)
            report(stored.error());
        return;
    case SmsKeywords::Meaning::Help: {
        // Once in ten minutes per sender: a HELP loop (another machine answering) costs
        // an SMS a time.
        const QString key = QString::number(tenant) + u'|' + message.fromAddress;
        const QDateTime now = m_clock.now();
        if (const auto last = m_helpAnswered.constFind(key); last != m_helpAnswered.cend() && last->secsTo(now) < 600)
            return;
        if (m_helpAnswered.size() > 10000)
            m_helpAnswered.removeIf([&now](const auto &it) { return it.value().secsTo(now) >= 600; });
        m_helpAnswered.insert(key, now);
        provider->sendNotice(message.fromAddress, message.toAddress, settings->helpText());
        return;
    }
    case SmsKeywords::Meaning::OptIn:
        optBackIn(tenant, message);
        return;
    case SmsKeywords::Meaning::OptOut:
        break;
    }
    // The opt-out is tied to the run its sender was last sent on the channel.
    auto tied = replies.tie(inbound);
    if (!tied) {
        report(tied.error());
        return;
    }
    AudienceRepository audience(m_db, tenant);
    const auto contacts = audience.contactsWithAddress(message.fromAddress);
    if (!contacts) {
        report(contacts.error());
        return;
    }
    for (Id contact : *contacts) {
        const std::optional<Id> run = contact == tied->contactId ? tied->runId : std::nullopt;
        OptOut o{0, tenant, contact, message.channel,
                 message.optOutSource.isEmpty() ? QStringLiteral("reply keyword") : message.optOutSource, m_clock.now(), run};
        if (auto st = audience.addOptOut(o); !st)
            report(st.error());
    }
    // The pool number that was answered with an opt-out counts it.
    if (message.toAddress.isEmpty())
        return;
    SenderRepository senders(m_db, tenant);
    auto number = senders.numberByE164(message.toAddress);
    if (number && *number > 0) {
        SenderRepository::NumberResults r;
        r.optOuts = 1;
        if (auto st = senders.recordNumberResults(QHash<Id, SenderRepository::NumberResults>{{*number, r}}, m_clock.now());
            !st)
            report(st.error());
    }
}

void Dispatcher::optBackIn(Id tenant, const InboundMessage &message)
{
    AudienceRepository audience(m_db, tenant);
    const auto contacts = audience.contactsWithAddress(message.fromAddress);
    if (!contacts) {
        report(contacts.error());
        return;
    }
    for (Id contact : *contacts)
        if (auto removed = audience.removeOptOut(contact, message.channel, QStringLiteral("system"),
                                                 QStringLiteral("reply keyword"));
            !removed)
            report(removed.error());
}

void Dispatcher::flush()
{
    if (auto st = applyOutcomes(); !st)
        report(st.error());
    else if (auto reported = applyReports({}); !reported)
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
    if (sweepDue) // before claiming: what tracked links need is known for the first message
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
