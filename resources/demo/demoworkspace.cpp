#include "demoworkspace.h"

#include "audience/audiencequery.h"
#include "content/contenthash.h"
#include "demonames.h"
#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflightservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace herald {

namespace {

using S = MessageStatus;

// How a campaign's history looks in the demo.
enum class History { None, TestOnly, Running, Paused, Completed, Stopped, FailedStart };

struct ChannelSpec
{
    ChannelKind kind;
    QString templateName; // empty: use text
    QString text;
    QString sender;
};

struct CampaignSpec
{
    QString name;
    QString description;
    QStringList tags;
    QList<ChannelSpec> channels;
    QString goal = QStringLiteral("Grow repeat purchases");
    QString writer = QStringLiteral("Friendly retail voice");
    QString reviewer = QStringLiteral("Priya Shah");
    bool approved = true;
    QString list = QStringLiteral("All customers");
    QStringList include;
    QStringList exclude;
    LaunchType launch = LaunchType::Manual;
    int sendInDays = 0; // schedule / recurring: first launch this many days from now
    QString rrule;
    bool schedulePending = false;
    bool activated = true;
    bool archived = false;
    int createdDaysAgo = 10;
    History history = History::None;
    int audience = 400; // messages per channel in the demo run
    bool trackClicks = false; // its email links went through the listener: the run has clicks
};

struct Mix
{
    S status;
    int weight;
};

// Outcome mix of a demo run by history and channel kind; weights add up to 100.
QList<Mix> mixFor(History h, ChannelKind kind)
{
    const bool phone = kind == ChannelKind::Phone;
    const bool email = kind == ChannelKind::Email;
    switch (h) {
    case History::Completed:
    case History::TestOnly:
        if (phone)
            return {{S::Completed, 45}, {S::NoAnswer, 25}, {S::Busy, 10}, {S::Failed, 10}, {S::OptedOut, 5}, {S::TimedOut, 5}};
        if (email)
            return {{S::Delivered, 89}, {S::Failed, 5}, {S::TimedOut, 2}, {S::OptedOut, 4}};
        return {{S::Delivered, 80}, {S::AssumedDelivered, 7}, {S::Failed, 6}, {S::TimedOut, 2}, {S::OptedOut, 5}};
    case History::Stopped:
        if (phone)
            return {{S::Completed, 20}, {S::NoAnswer, 10}, {S::Busy, 5}, {S::Cancelled, 65}};
        return {{S::Delivered, 38}, {S::Failed, 3}, {S::OptedOut, 2}, {S::Cancelled, 57}};
    case History::Running:
        return {{S::Delivered, 30}, {S::Sent, 12}, {S::Sending, 4}, {S::Retrying, 3}, {S::Queued, 46},
                {S::Failed, 3},     {S::OptedOut, 2}};
    case History::Paused:
        return {{S::Delivered, 33}, {S::AssumedDelivered, 2}, {S::Queued, 60}, {S::Failed, 3}, {S::OptedOut, 2}};
    case History::None:
    case History::FailedStart:
        break;
    }
    return {};
}

class TenantBuilder
{
public:
    TenantBuilder(const Database &db, QRandomGenerator &rng, const QDateTime &now)
        : m_db(db), m_rng(rng), m_now(now)
    {
    }

    Status build(const QString &name, const QString &timeZone, bool isDefault, int contactCount, bool uk,
                 const QList<CampaignSpec> &campaigns);

private:
    Status people(bool uk);
    Status contacts(int count, bool uk, const QString &domain);
    Status content(bool uk);
    Status senders(bool uk, const QString &domain);
    Status campaign(const CampaignSpec &spec);
    Status history(const CampaignSpec &spec, const Campaign &c);
    Status runWithMessages(const CampaignSpec &spec, const Campaign &c, RunKind kind, const QDateTime &start);
    QString phoneNumber(bool uk);
    QString shortId();
    QDateTime ago(int days, int hours = 0) const { return m_now.addDays(-days).addSecs(-3600LL * hours); }

    const Database &m_db;
    QRandomGenerator &m_rng;
    QDateTime m_now;
    Id m_tenant = 0;
    User m_manager;
    QHash<QString, Id> m_ids; // "<kind>:<name>" -> id
    QList<Id> m_staff;        // contacts that receive test runs
    bool m_roundTheClock = false;
    QStringList m_staffAddresses;
};

QString TenantBuilder::shortId()
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = QStringLiteral("C-");
    for (int i = 0; i < 5; ++i)
        id += QLatin1Char(alphabet[m_rng.bounded(32)]);
    return id;
}

QString TenantBuilder::phoneNumber(bool uk)
{
    if (uk)
        return u"+447" + QString::number(700000000 + m_rng.bounded(299999999));
    static const int areas[] = {212, 312, 415, 617, 646, 718, 773, 917};
    return u"+1" + QString::number(areas[m_rng.bounded(8)]) + QString::number(2000000 + m_rng.bounded(7999999));
}

Status TenantBuilder::people(bool uk)
{
    TenantRepository tenants(m_db);
    const struct
    {
        const char *name;
        Role role;
    } users[] = {{"Ava Thompson", Role::Admin}, {"Marco Rossi", Role::Manager}, {"Priya Shah", Role::Reviewer},
                 {"Tom Becker", Role::Viewer}};
    for (const auto &u : users) {
        User user;
        user.name = QString::fromUtf8(u.name);
        user.email = user.name.toLower().replace(u' ', u'.') + (uk ? u"@northwind.example" : u"@bluebird.example");
        user.role = u.role;
        auto id = tenants.createUser(m_tenant, user);
        if (!id)
            return id.error();
        user.id = *id;
        user.tenantId = m_tenant;
        m_ids.insert(u"reviewer:" + user.name, *id); // a campaign names its reviewer by user
        if (u.role == Role::Manager)
            m_manager = user;
    }
    return {};
}

Status TenantBuilder::contacts(int count, bool uk, const QString &domain)
{
    const auto first = demo::firstNames();
    const auto last = demo::lastNames();
    const QStringList zones = uk ? QStringList{QStringLiteral("Europe/London"), QStringLiteral("Europe/London"),
                                               QStringLiteral("Europe/Dublin"), QStringLiteral("Europe/Berlin")}
                                 : QStringList{QStringLiteral("America/New_York"), QStringLiteral("America/Chicago"),
                                               QStringLiteral("America/Los_Angeles")};
    QList<Contact> list;
    list.reserve(count + 3);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.firstName = QString::fromUtf8(first[m_rng.bounded(int(first.size()))]);
        c.lastName = QString::fromUtf8(last[m_rng.bounded(int(last.size()))]);
        const int r = m_rng.bounded(100);
        if (r >= 5) {
            QString local = (c.firstName + u'.' + c.lastName).toLower();
            local.remove(u'\'');
            local.replace(QString::fromUtf8("ü"), QStringLiteral("ue"));
            c.email = local + QString::number(i) + u"@example." + (i % 3 == 0 ? u"org" : u"com");
        }
        if (r < 90)
            c.phone = phoneNumber(uk);
        c.timeZone = zones.at(m_rng.bounded(int(zones.size())));
        if (m_rng.bounded(100) < 10)
            c.tags << QStringLiteral("vip");
        if (m_rng.bounded(100) < 40)
            c.tags << QStringLiteral("newsletter");
        if (m_rng.bounded(100) < 15)
            c.tags << QStringLiteral("lapsed");
        if (m_rng.bounded(100) < 20)
            c.tags << QStringLiteral("loyalty");
        c.createdAt = ago(400 - i % 390);
        list.append(c);
    }
    const char *staff[][2] = {{"Marco", "Rossi"}, {"Priya", "Shah"}, {"Ava", "Thompson"}};
    for (const auto &s : staff) {
        Contact c;
        c.firstName = QString::fromUtf8(s[0]);
        c.lastName = QString::fromUtf8(s[1]);
        c.email = (c.firstName + u'.' + c.lastName).toLower() + u'@' + domain;
        c.phone = phoneNumber(uk);
        c.timeZone = zones.first();
        c.tags << QStringLiteral("staff");
        c.createdAt = ago(420);
        m_staffAddresses << c.email << c.phone;
        list.append(c);
    }
    AudienceRepository audience(m_db, m_tenant);
    auto ids = audience.addContacts(list);
    if (!ids)
        return ids.error();
    m_staff = ids->mid(count);
    const QList<Id> customers = ids->first(count);

    auto all = audience.addList({0, m_tenant, QStringLiteral("All customers"), QStringLiteral("Everyone who bought or signed up")});
    if (!all)
        return all.error();
    m_ids.insert(QStringLiteral("list:All customers"), *all);
    if (auto st = audience.addToList(*all, customers); !st)
        return st;
    auto events = audience.addList({0, m_tenant, QStringLiteral("Event sign-ups"), QStringLiteral("Signed up at a store event")});
    if (!events)
        return events.error();
    m_ids.insert(QStringLiteral("list:Event sign-ups"), *events);
    QList<Id> some;
    for (Id id : customers)
        if (m_rng.bounded(100) < 25)
            some.append(id);
    if (auto st = audience.addToList(*events, some); !st)
        return st;
    auto staffList = audience.addList({0, m_tenant, QStringLiteral("Staff"), QStringLiteral("Test recipients")});
    if (!staffList)
        return staffList.error();
    m_ids.insert(QStringLiteral("list:Staff"), *staffList);
    if (auto st = audience.addToList(*staffList, m_staff); !st)
        return st;

    // Opt-outs: about 3% from everything, 2% from SMS only.
    for (Id id : customers) {
        const int r = m_rng.bounded(100);
        if (r < 3) {
            if (auto st = audience.addOptOut({0, m_tenant, id, std::nullopt, QStringLiteral("unsubscribe link"), ago(30), {}}); !st)
                return st;
        } else if (r < 5) {
            if (auto st = audience.addOptOut({0, m_tenant, id, ChannelKind::Sms, QStringLiteral("reply keyword"), ago(20), {}}); !st)
                return st;
        }
    }

    const struct
    {
        const char *name;
        const char *rules;
    } segments[] = {
        {"VIP customers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"vip"}]})"},
        {"Newsletter subscribers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"newsletter"}]})"},
        {"Lapsed buyers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"lapsed"}]})"},
        {"Loyalty members", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"loyalty"}]})"},
        {"Has a phone number", R"({"match":"all","rules":[{"field":"phone","op":"is_set"}]})"},
        {"Everyone", R"({"match":"all","rules":[]})"},
        {"Legacy 2019 import", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"legacy-2019"}]})"},
        {"Old regional segment", R"({"match":"all","rules":[{"field":"time_zone","op":"eq","value":"Europe/Paris"}]})"},
    };
    for (const auto &s : segments) {
        auto id = audience.addSegment({0, m_tenant, QString::fromUtf8(s.name), QString::fromUtf8(s.rules), false});
        if (!id)
            return id.error();
        m_ids.insert(u"segment:" + QString::fromUtf8(s.name), *id);
    }
    return CatalogRepository(m_db, m_tenant).softDelete(CatalogKind::Segment,
                                                        m_ids.value(QStringLiteral("segment:Old regional segment")));
}

Status TenantBuilder::content(bool uk)
{
    ContentRepository repo(m_db, m_tenant);
    const struct
    {
        const char *name, *description, *metric;
        double target;
        const char *url;
    } goals[] = {{"Grow repeat purchases", "Bring one-time buyers back within 60 days", "clicks", 0.08,
                  "https://shop.northwind.example/"},
                 {"Win back lapsed customers", "Re-engage customers with no order in 6 months", "replies", 0.03, ""},
                 {"Event attendance", "Fill seats at store events and open days", "answered calls", 0.25, ""},
                 {"Appointment reminders", "Cut missed appointments", "replies", 0.5, ""}};
    for (const auto &g : goals) {
        auto id = repo.addGoal({0, m_tenant, QString::fromUtf8(g.name), QString::fromUtf8(g.description),
                                QString::fromUtf8(g.metric), g.target, false, QString::fromUtf8(g.url)});
        if (!id)
            return id.error();
        m_ids.insert(u"goal:" + QString::fromUtf8(g.name), *id);
    }
    const char *writers[][5] = {
        {"Friendly retail voice", "Warm, concise, first name basis. One clear call to action. No jargon.", "friendly",
         "loyal customers", "New season styles are in store\nMembers save 20% this week"},
        {"Clinical and calm", "Plain language, reassuring, no marketing superlatives, always give a way to reschedule.",
         "formal", "patients", "Your appointment is coming up\nReply to this message to reschedule"},
        {"Urgent promo", "Short sentences, time-limited offers, clear deadline, opt-out line in every SMS.", "urgent",
         "subscribers", "48-hour flash sale\nUp to 50% off selected lines"}};
    for (const auto &w : writers) {
        Writer writer;
        writer.tenantId = m_tenant;
        writer.name = QString::fromUtf8(w[0]);
        writer.instructions = QString::fromUtf8(w[1]);
        writer.tone = QString::fromUtf8(w[2]);
        writer.audience = QString::fromUtf8(w[3]);
        writer.keyPoints = QString::fromUtf8(w[4]).split(u'\n');
        auto id = repo.addWriter(writer);
        if (!id)
            return id.error();
        m_ids.insert(u"writer:" + QString::fromUtf8(w[0]), *id);
    }
    const QString brand = uk ? QStringLiteral("Northwind") : QStringLiteral("Bluebird Health");
    const struct
    {
        const char *name;
        ChannelKind kind;
        const char *subject, *body;
    } templates[] = {
        {"Seasonal launch email", ChannelKind::Email, "{{first_name}}, the new season is here",
         "<html><body style=\"font-family: sans-serif\">\n<h2>The new season is here</h2>\n"
         "<p>Hi {{first_name|there}},</p>\n<p>Our new collection has landed. Take a look before it sells out.</p>\n"
         "<p><img src=\"https://cdn.example.com/season.jpg\" alt=\"The collection\" width=\"480\"></p>\n"
         "<p>{{sender_name}}</p>\n<p style=\"font-size: small\"><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>\n"
         "</body></html>"},
        {"Newsletter email", ChannelKind::Email, "This week at {{sender_name}}",
         "Hello {{first_name}},\n\nHere is what is new this week.\n\nUnsubscribe: {{unsubscribe_url}}"},
        {"Reminder email", ChannelKind::Email, "A reminder from {{sender_name}}",
         "Dear {{first_name}} {{last_name}},\n\nThis is a friendly reminder.\n\nUnsubscribe: {{unsubscribe_url}}"},
        {"Plain promo email", ChannelKind::Email, "Offers for you", "Hi {{first_name}}, {{offer_code}} saves 20% today."},
        {"Flash sale SMS", ChannelKind::Sms, "", "{{first_name}}, 24h flash sale: 30% off everything. Reply STOP to opt out"},
        {"Reminder SMS", ChannelKind::Sms, "", "Reminder: your appointment is tomorrow. Reply C to confirm. {{opt_out_text}}"},
        {"Retired SMS", ChannelKind::Sms, "", "Old promo text. Reply STOP to opt out"},
        {"Satisfaction call script", ChannelKind::Phone, "",
         "Introduce yourself, ask for a rating from 1 to 5, thank them, offer to remove them from calls."},
        {"Event invitation script", ChannelKind::Phone, "", "Invite to the open day, confirm attendance, note dietary needs."},
        {"Telegram digest", ChannelKind::Telegram, "", "Weekly digest for {{first_name}}. Reply STOP to opt out"},
        {"Web push price drop", ChannelKind::WebPush, "Price drop", "Something on your list is cheaper today. STOP to mute"},
        {"Viber weekend deals", ChannelKind::Viber, "", "Weekend deals inside, {{first_name}}! Reply STOP to opt out"},
    };
    for (const auto &t : templates) {
        MessageTemplate tmpl{0, m_tenant, QString::fromUtf8(t.name), t.kind, QString::fromUtf8(t.subject),
                             QString::fromUtf8(t.body).replace(QLatin1StringView("{{sender_name}}"), brand), false, {}, {}, {}, {}};
        if (tmpl.name == u"Seasonal launch email")
            tmpl.preheader = QStringLiteral("New arrivals, first pick for you");
        auto id = repo.addTemplate(tmpl);
        if (!id)
            return id.error();
        m_ids.insert(u"template:" + tmpl.name, *id);
    }
    return CatalogRepository(m_db, m_tenant).softDelete(CatalogKind::Template,
                                                        m_ids.value(QStringLiteral("template:Retired SMS")));
}

Status TenantBuilder::senders(bool uk, const QString &domain)
{
    SenderRepository repo(m_db, m_tenant);
    const QString poolName = uk ? QStringLiteral("UK mobile pool") : QStringLiteral("US clinics pool");
    const auto addPool = [&](const QString &name, const QString &rotation) {
        NumberPool p;
        p.tenantId = m_tenant;
        p.name = name;
        p.rotation = rotation;
        return repo.addPool(p);
    };
    const auto addNumber = [&](Id poolId, PhoneNumber::State state, int dailyCap, const QString &reason = {}) {
        PhoneNumber n;
        n.tenantId = m_tenant;
        n.poolId = poolId;
        n.e164 = phoneNumber(uk);
        n.state = state;
        n.dailyCap = dailyCap;
        n.stateReason = reason;
        return repo.addNumber(n);
    };
    auto pool = addPool(poolName, QStringLiteral("round-robin"));
    if (!pool)
        return pool.error();
    for (int i = 0; i < 5; ++i)
        if (auto id = addNumber(*pool, i == 4 ? PhoneNumber::State::Paused : PhoneNumber::State::Active, 500,
                                i == 4 ? QStringLiteral("kept for the spring campaign") : QString());
            !id)
            return id.error();
    auto quarantined = addPool(QStringLiteral("Retired short codes"), QStringLiteral("least-used"));
    if (!quarantined)
        return quarantined.error();
    for (int i = 0; i < 2; ++i) {
        auto id = addNumber(*quarantined, PhoneNumber::State::Quarantined, 0,
                            QStringLiteral("delivery rate 9% over 212 messages, below the pool's 20%"));
        if (!id)
            return id.error();
        // What got them quarantined.
        SenderRepository::NumberResults history;
        history.attempts = 212;
        history.lastUsed = m_now.addDays(-40);
        history.successes = 19;
        history.failures = 193;
        if (auto st = repo.recordNumberResults(QHash<Id, SenderRepository::NumberResults>{{*id, history}}, m_now); !st)
            return st.error();
    }

    const QString brand = uk ? QStringLiteral("Northwind") : QStringLiteral("Bluebird Health");
    const struct
    {
        const char *key;
        ChannelKind kind;
        QString name, address;
        std::optional<Id> pool;
        bool paused;
    } senders[] = {
        {"Newsletter", ChannelKind::Email, brand + u" News", u"news@" + domain, std::nullopt, false},
        {"Old promo", ChannelKind::Email, brand + u" Promotions (old)", u"promo@" + domain, std::nullopt, true},
        {"SMS", ChannelKind::Sms, brand.left(11).toUpper().remove(u' '), {}, *pool, false},
        {"SMS retired", ChannelKind::Sms, QStringLiteral("SHORTCODE"), {}, *quarantined, false},
        {"Phone", ChannelKind::Phone, brand + u" Care Team", {}, *pool, false},
        {"Telegram", ChannelKind::Telegram, QString(brand).remove(u' ') + u"Bot", {}, std::nullopt, false},
        {"WebPush", ChannelKind::WebPush, brand, {}, std::nullopt, false},
        {"Viber", ChannelKind::Viber, brand, {}, std::nullopt, false},
    };
    for (const auto &s : senders) {
        auto id = repo.addSender({0, m_tenant, s.kind, s.name, s.address, s.pool, s.paused, {}, false});
        if (!id)
            return id.error();
        m_ids.insert(u"sender:" + QString::fromUtf8(s.key), *id);
    }
    // The demo delivers everything through the built-in simulator.
    for (ChannelKind kind : allValues<ChannelKind>())
        if (auto st = repo.setProvider({0, m_tenant, kind, QStringLiteral("simulator"),
                                        QStringLiteral(R"({"seed":7,"latency_ms":2,"retry_delay_secs":1,)"
                                                       R"("mix":{"accepted":92,"deferred":2,"rejected":3,"unreachable":2,)"
                                                       R"("no_report":0,"opt_out_reply":1}})"),
                                        true});
            !st)
            return st;
    return {};
}

Status TenantBuilder::campaign(const CampaignSpec &spec)
{
    const auto id = [&](const char *kind, const QString &name) -> std::optional<Id> {
        if (name.isEmpty())
            return std::nullopt;
        const QString key = QString::fromLatin1(kind) + u':' + name;
        if (!m_ids.contains(key))
            qFatal("demo workspace: unknown %s", qPrintable(key));
        return m_ids.value(key);
    };
    Campaign c;
    c.tenantId = m_tenant;
    c.shortId = shortId();
    c.name = spec.name;
    c.description = spec.description;
    c.tags = spec.tags;
    c.goalId = id("goal", spec.goal);
    c.writerId = id("writer", spec.writer);
    c.reviewerId = id("reviewer", spec.reviewer);
    c.createdAt = ago(spec.createdDaysAgo);
    if (spec.approved && c.reviewerId) {
        c.approvedRevision = c.contentRevision;
        c.approvedAt = c.createdAt.addSecs(3600);
    }
    c.contactListId = id("list", spec.list);
    for (const QString &s : spec.include)
        c.sendToSegments << *id("segment", s);
    for (const QString &s : spec.exclude)
        c.excludeSegments << *id("segment", s);
    c.testRecipients = m_staffAddresses.mid(0, 2);
    c.launchType = spec.launch;
    if (spec.sendInDays != 0) {
        const QDateTime day = m_now.addDays(spec.sendInDays);
        c.sendAt = QDateTime(day.date(), QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/London"))).toUTC();
        c.timeZone = QStringLiteral("Europe/London");
    }
    if (!c.sendAt.isValid() && (spec.launch == LaunchType::Schedule || spec.launch == LaunchType::Recurring))
        c.sendAt = QDateTime(c.createdAt.date().addDays(1), QTime(9, 0), Qt::UTC); // a past launch
    c.recurrence = spec.rrule;
    c.schedulePending = spec.schedulePending;
    if (spec.schedulePending) { // armed by the manager, who accepted the run disclaimer then
        c.scheduleAcceptedBy = m_manager.id;
        c.scheduleAcceptedAt = c.createdAt.addSecs(7200);
    }
    c.ttlMinutes = 24 * 60;
    c.trackClicks = spec.trackClicks;
    c.activated = spec.activated;
    c.archived = spec.archived;
    c.createdBy = m_manager.id;
    for (const ChannelSpec &ch : spec.channels) {
        CampaignChannel channel;
        channel.kind = ch.kind;
        channel.templateId = id("template", ch.templateName);
        channel.messageText = ch.text;
        channel.senderId = id("sender", ch.sender);
        // Email at the provider's pace; SMS and calls throttled as gateways and call centres would.
        channel.ratePerMinute = ch.kind == ChannelKind::Email ? 0 : ch.kind == ChannelKind::Phone ? 1200 : 6000;
        // Northwind sends around the clock, so a first run moves whatever the hour; the
        // clinics keep the default 08:00-21:00 window for SMS and calls.
        channel.sendWindow = m_roundTheClock ? QStringLiteral("none") : QString();
        c.channels.append(channel);
    }
    if (c.approvedAt.isValid()) { // approved as it is
        auto hash = ContentHash::of(m_db, m_tenant, c);
        if (!hash)
            return hash.error();
        c.approvedContentHash = *hash;
    }
    auto newId = CampaignRepository(m_db, m_tenant).create(c);
    if (!newId)
        return newId.error();
    c.id = *newId;
    return history(spec, c);
}

Status TenantBuilder::history(const CampaignSpec &spec, const Campaign &c)
{
    switch (spec.history) {
    case History::None:
        return {};
    case History::FailedStart: {
        const ManualClock clock(ago(spec.createdDaysAgo - 1));
        CampaignService service(m_db, m_tenant, m_manager, &clock);
        auto findings = service.preflight(c.shortId, RunKind::Live);
        if (!findings)
            return findings.error();
        auto run = service.recordFailedStart(c, *findings, c.launchType);
        if (!run)
            return run.error();
        return {};
    }
    case History::TestOnly:
        return runWithMessages(spec, c, RunKind::Test, ago(spec.createdDaysAgo - 1));
    case History::Completed:
    case History::Stopped:
        if (auto st = runWithMessages(spec, c, RunKind::Test, ago(spec.createdDaysAgo - 1, 2)); !st)
            return st;
        return runWithMessages(spec, c, RunKind::Live, ago(spec.createdDaysAgo - 2));
    case History::Running:
    case History::Paused:
        return runWithMessages(spec, c, RunKind::Live, m_now.addSecs(-45 * 60));
    }
    return {};
}

Status TenantBuilder::runWithMessages(const CampaignSpec &spec, const Campaign &c, RunKind kind, const QDateTime &start)
{
    ChannelStatus channelStatus = ChannelStatus::Completed;
    History h = spec.history;
    if (kind == RunKind::Test) {
        h = History::TestOnly;
    } else if (h == History::Running) {
        channelStatus = ChannelStatus::Running;
    } else if (h == History::Paused) {
        channelStatus = ChannelStatus::Paused;
    } else if (h == History::Stopped) {
        channelStatus = ChannelStatus::Stopped;
    }

    Run run;
    run.campaignId = c.id;
    run.kind = kind;
    run.trigger = kind == RunKind::Test ? RunTrigger::Manual : c.launchType;
    // Frozen the way a real run freezes it, so history and reports read the same.
    auto overview = CampaignService(m_db, m_tenant, m_manager).overview(c.shortId);
    if (!overview)
        return overview.error();
    auto frozen = RunService::frozenConfiguration(m_db, m_tenant, *overview);
    if (!frozen)
        return frozen.error();
    run.configuration = *frozen;
    run.startedBy = m_manager.id;
    run.disclaimerAcceptedBy = m_manager.id;
    run.disclaimerAcceptedAt = start.addSecs(-30);
    run.createdAt = start;
    const bool ended = isFinal(channelStatus);
    if (ended)
        run.finishedAt = start.addSecs(2 * 3600);
    for (const CampaignChannel &ch : c.channels)
        run.channels.append({0, ch.kind, channelStatus, start, ended ? run.finishedAt : QDateTime(), m_manager.id,
                             run.disclaimerAcceptedAt});
    auto runId = RunRepository(m_db, m_tenant).create(run);
    if (!runId)
        return runId.error();

    QList<Message> messages;
    AudienceQuery audience(m_db, m_tenant);
    for (const CampaignChannel &ch : c.channels) {
        QList<Id> recipients;
        if (kind == RunKind::Test) {
            recipients = m_staff.mid(0, 2);
        } else {
            AudienceSpec spec2;
            spec2.contactListId = c.contactListId;
            spec2.channel = ch.kind;
            spec2.dropOptedOut = false; // opted-out contacts show up as Opted Out messages
            auto ids = audience.ids(spec2, spec.audience);
            if (!ids)
                return ids.error();
            recipients = *ids;
        }
        const QList<Mix> mix = mixFor(h, ch.kind);
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            int pick = m_rng.bounded(100);
            S status = mix.first().status;
            for (const Mix &m : mix) {
                if (pick < m.weight) {
                    status = m.status;
                    break;
                }
                pick -= m.weight;
            }
            Message m;
            m.runId = *runId;
            m.channel = ch.kind;
            m.contactId = recipients.at(i);
            m.status = status;
            m.queuedAt = start;
            const QDateTime t = start.addMSecs(qint64(i) * 1500 + m_rng.bounded(1000));
            const bool recent = h == History::Running || h == History::Paused;
            const QDateTime changed = recent ? m_now.addSecs(-m_rng.bounded(240) - 30) : t.addSecs(20);
            m.attempts = status == S::Queued || status == S::OptedOut || status == S::Cancelled ? 0 : 1;
            switch (status) {
            case S::Retrying:
                m.attempts = 2;
                m.failureReason = QStringLiteral("451 4.7.1 Try again later");
                break;
            case S::Failed:
                if (i % 3 == 0) { // the provider could not be reached, three times
                    m.attempts = 3;
                    m.retriesUsedUp = true;
                    m.failureReason = ch.kind == ChannelKind::Email
                                        ? QStringLiteral("421 4.3.2 Service not available (3 attempts)")
                                        : QStringLiteral("Gateway unreachable: connection refused (3 attempts)");
                } else {
                    m.failureReason = ch.kind == ChannelKind::Email ? QStringLiteral("550 5.1.1 Mailbox unavailable")
                                                                    : QStringLiteral("Delivery report: undeliverable");
                }
                break;
            case S::TimedOut:
                m.failureReason = QStringLiteral("Timed Out: no answer from the provider within 10 minutes");
                break;
            case S::OptedOut:
                m.failureReason = QStringLiteral("Recipient is on the opt-out list");
                break;
            case S::Cancelled:
                m.failureReason = QStringLiteral("Channel stopped before this message was sent");
                break;
            default:
                break;
            }
            if (m.attempts > 0) {
                m.sendingAt = t;
                if (!m.retriesUsedUp) // never handed over
                    m.providerId = u"sim-" + QString::number(*runId) + u'-' + QString::number(i);
            }
            if (status == S::Sent || status == S::Delivered || status == S::AssumedDelivered)
                m.sentAt = t.addSecs(1);
            if (status == S::Delivered)
                m.deliveredAt = t.addSecs(5);
            if (isFinal(status))
                m.finishedAt = recent ? changed : t.addSecs(20);
            m.statusChangedAt = status == S::Queued ? start : changed;
            messages.append(m);
        }
    }
    if (auto st = MessageRepository(m_db, m_tenant).insert(messages); !st)
        return st;
    // A tracked run's clicks: every ninth delivered email opened the shop, every
    // twenty-third the store finder (some both), within the hours after the run.
    if (kind == RunKind::Live && spec.trackClicks) {
        const std::pair<const char *, int> links[] = {{"https://shop.northwind.example/new?utm_campaign=autumn", 9},
                                                      {"https://northwind.example/stores", 23}};
        for (const auto &[url, every] : links) {
            SqlQuery click(m_db.connection(),
                           QStringLiteral("INSERT INTO link_clicks (tenant_id, run_id, message_id, contact_id, url, "
                                          "clicked_at) SELECT tenant_id, run_id, id, contact_id, ?, ? + (id % 360) * 30000 "
                                          "FROM messages WHERE tenant_id = ? AND run_id = ? AND channel = 'email' "
                                          "AND status = 'Delivered' AND id % ? = 0"));
            click.bind(QString::fromUtf8(url)).bind(start.addSecs(600).toMSecsSinceEpoch()).bind(m_tenant).bind(*runId);
            click.bind(every);
            if (auto st = click.exec(QStringLiteral("adding the demo's link clicks")); !st)
                return st;
        }
    }
    // Some recipients of a live SMS answered (Communications shows them); every 40th
    // delivered text, so the demo's random draws stay as they were.
    static const QStringList answers{QStringLiteral("Thanks, see you Saturday!"), QStringLiteral("Is this in my size?"),
                                     QStringLiteral("Can I order by phone?"), QStringLiteral("Great offer")};
    QList<Id> answering;
    for (qsizetype i = 0; i < messages.size(); ++i)
        if (kind == RunKind::Live && messages.at(i).channel == ChannelKind::Sms
            && messages.at(i).status == MessageStatus::Delivered && i % 40 == 0)
            answering.append(messages.at(i).contactId);
    auto contacts = AudienceRepository(m_db, m_tenant).contactsByIds(answering);
    if (!contacts)
        return contacts.error();
    ReplyRepository replies(m_db, m_tenant);
    for (qsizetype i = 0; i < contacts->size(); ++i) {
        Reply r;
        r.channel = ChannelKind::Sms;
        r.fromAddress = contacts->at(i).phone;
        r.body = answers.at(i % answers.size());
        r.receivedAt = start.addSecs(1800 + i * 60);
        if (auto stored = replies.store(r); !stored)
            return stored.error();
    }
    return {};
}

Status TenantBuilder::build(const QString &name, const QString &timeZone, bool isDefault, int contactCount, bool uk,
                            const QList<CampaignSpec> &campaigns)
{
    Tenant t;
    t.name = name;
    t.timeZone = timeZone;
    t.isDefault = isDefault;
    t.createdAt = ago(500);
    t.setUpAt = t.createdAt;
    t.balanceCredits = uk ? std::optional<qint64>() : std::optional<qint64>(250000);
    auto id = TenantRepository(m_db).create(t);
    if (!id)
        return id.error();
    m_tenant = *id;
    m_roundTheClock = uk;
    const QString domain = uk ? QStringLiteral("northwind.example") : QStringLiteral("bluebird.example");
    if (auto st = people(uk); !st)
        return st;
    if (auto st = contacts(contactCount, uk, domain); !st)
        return st;
    if (auto st = content(uk); !st)
        return st;
    if (auto st = senders(uk, domain); !st)
        return st;
    for (const CampaignSpec &spec : campaigns)
        if (auto st = campaign(spec); !st)
            return st;
    return {};
}

ChannelSpec email(const char *tmpl, const char *sender = "Newsletter")
{
    return {ChannelKind::Email, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}
ChannelSpec sms(const char *tmpl, const char *sender = "SMS")
{
    return {ChannelKind::Sms, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}
ChannelSpec phone(const char *tmpl)
{
    return {ChannelKind::Phone, QString::fromUtf8(tmpl), {}, QStringLiteral("Phone")};
}
ChannelSpec other(ChannelKind kind, const char *tmpl, const char *sender)
{
    return {kind, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}

CampaignSpec spec(const char *name, const char *description, QList<ChannelSpec> channels, History h = History::None)
{
    CampaignSpec s;
    s.name = QString::fromUtf8(name);
    s.description = QString::fromUtf8(description);
    s.channels = std::move(channels);
    s.history = h;
    return s;
}

QList<CampaignSpec> northwindCampaigns()
{
    QList<CampaignSpec> out;
    auto add = [&](CampaignSpec s, auto &&tweak) {
        tweak(s);
        out.append(std::move(s));
    };
    // Ready: one per channel kind with a real provider, so a newcomer's first Run works.
    add(spec("Spring Collection Launch", "Announce the spring range to newsletter subscribers",
             {email("Seasonal launch email")}, History::TestOnly),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.exclude = {QStringLiteral("Lapsed buyers")};
            s.tags = {QStringLiteral("spring"), QStringLiteral("launch")};
            s.createdDaysAgo = 3;
        });
    add(spec("Flash Sale SMS Alert", "24-hour flash sale to loyalty members", {sms("Flash sale SMS")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Loyalty members")};
            s.launch = LaunchType::Now;
            s.writer = QStringLiteral("Urgent promo");
            s.tags = {QStringLiteral("promo")};
            s.createdDaysAgo = 2;
        });
    add(spec("Loyalty Callback Programme", "Thank-you calls to VIP customers", {phone("Satisfaction call script")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("VIP customers")};
            s.goal = QStringLiteral("Event attendance");
            s.reviewer.clear(); // phone needs no reviewer
            s.tags = {QStringLiteral("vip")};
            s.createdDaysAgo = 4;
        });
    add(spec("Telegram Community Launch", "Invite newsletter readers to the Telegram channel",
             {other(ChannelKind::Telegram, "Telegram digest", "Telegram")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.createdDaysAgo = 5;
        });
    // Scheduled.
    add(spec("Weekly Newsletter", "The Monday newsletter", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.launch = LaunchType::Recurring;
            s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9");
            s.sendInDays = 2;
            s.schedulePending = true;
            s.tags = {QStringLiteral("newsletter")};
            s.createdDaysAgo = 60;
            s.audience = 300;
        });
    add(spec("Black Friday Teaser", "Early look at Black Friday deals", {email("Plain promo email"), sms("Flash sale SMS")}),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.sendInDays = 4;
            s.schedulePending = true;
            s.writer = QStringLiteral("Urgent promo");
            s.tags = {QStringLiteral("black-friday"), QStringLiteral("promo")};
            s.createdDaysAgo = 6;
        });
    // Running and Paused (on kinds that leave email, SMS and phone free to run).
    add(spec("Viber Weekend Deals", "Weekend offers to Viber users", {other(ChannelKind::Viber, "Viber weekend deals", "Viber")},
             History::Running),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Now;
            s.audience = 900;
            s.tags = {QStringLiteral("weekend")};
            s.createdDaysAgo = 1;
        });
    add(spec("Web Push Price Drops", "Price-drop alerts for wish-listed items",
             {other(ChannelKind::WebPush, "Web push price drop", "WebPush")}, History::Paused),
        [](CampaignSpec &s) {
            s.audience = 600;
            s.createdDaysAgo = 2;
        });
    // Completed.
    add(spec("Summer Clearance", "End-of-season clearance by email and SMS",
             {email("Seasonal launch email"), sms("Flash sale SMS")}, History::Completed),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.tags = {QStringLiteral("summer"), QStringLiteral("clearance")};
            s.createdDaysAgo = 90;
            s.audience = 700;
        });
    add(spec("Customer Satisfaction Calls", "Quarterly satisfaction survey by phone",
             {phone("Satisfaction call script")}, History::Completed),
        [](CampaignSpec &s) {
            s.reviewer.clear();
            s.include = {QStringLiteral("VIP customers")};
            s.createdDaysAgo = 45;
            s.audience = 250;
        });
    // Stopped.
    add(spec("Autumn Preview", "Preview of the autumn range, stopped after a pricing error",
             {email("Seasonal launch email")}, History::Stopped),
        [](CampaignSpec &s) {
            s.tags = {QStringLiteral("autumn")};
            s.createdDaysAgo = 30;
            s.audience = 500;
            s.trackClicks = true;
        });
    // Failed: could not start.
    add(spec("Back in Stock SMS", "Tell waiting customers a product is back", {sms("Retired SMS", "SMS retired")},
             History::FailedStart),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.tags = {QStringLiteral("restock")};
            s.createdDaysAgo = 8;
        });
    // Archived.
    add(spec("Winter Warmers 2025", "Last winter's knitwear campaign", {email("Seasonal launch email")}, History::Completed),
        [](CampaignSpec &s) {
            s.archived = true;
            s.createdDaysAgo = 320;
            s.audience = 400;
            s.tags = {QStringLiteral("winter")};
        });
    add(spec("Easter Weekend SMS 2025", "Easter offers", {sms("Flash sale SMS")}, History::Completed), [](CampaignSpec &s) {
        s.archived = true;
        s.launch = LaunchType::Now;
        s.createdDaysAgo = 230;
        s.audience = 300;
    });
    // Drafts, each missing something different.
    add(spec("Holiday Gift Guide", "Gift ideas for the holidays (goal not chosen yet)", {email("Seasonal launch email")}),
        [](CampaignSpec &s) {
            s.goal.clear();
            s.tags = {QStringLiteral("holiday")};
            s.createdDaysAgo = 1;
        });
    add(spec("VIP Early Access", "Early access for VIPs, not activated yet", {sms("Flash sale SMS")}), [](CampaignSpec &s) {
        s.include = {QStringLiteral("VIP customers")};
        s.activated = false;
        s.createdDaysAgo = 2;
    });
    add(spec("Store Opening Invite", "Invite event sign-ups to the new store; content awaiting approval",
             {email("Reminder email"), phone("Event invitation script")}),
        [](CampaignSpec &s) {
            s.approved = false;
            s.list = QStringLiteral("Event sign-ups");
            s.goal = QStringLiteral("Event attendance");
            s.createdDaysAgo = 3;
        });
    add(spec("Win-back Offer", "Lapsed buyers, but the exclusions leave nobody", {email("Plain promo email")}),
        [](CampaignSpec &s) {
            s.goal = QStringLiteral("Win back lapsed customers");
            s.include = {QStringLiteral("Lapsed buyers")};
            s.exclude = {QStringLiteral("Everyone")};
            s.createdDaysAgo = 5;
        });
    add(spec("Legacy Customers Reconnect", "Segment from an old import that matches nobody",
             {email("Newsletter email", "Old promo")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Legacy 2019 import")};
            s.writer.clear();
            s.createdDaysAgo = 12;
        });
    return out;
}

QList<CampaignSpec> bluebirdCampaigns()
{
    QList<CampaignSpec> out;
    auto add = [&](CampaignSpec s, auto &&tweak) {
        tweak(s);
        s.goal = s.goal == QLatin1StringView("Grow repeat purchases") ? QStringLiteral("Appointment reminders") : s.goal;
        s.writer = s.writer == QLatin1StringView("Friendly retail voice") ? QStringLiteral("Clinical and calm") : s.writer;
        out.append(std::move(s));
    };
    add(spec("Flu Vaccine Reminder", "Invite patients to book a flu jab", {email("Reminder email")}), [](CampaignSpec &s) {
        s.createdDaysAgo = 2;
        s.tags = {QStringLiteral("flu")};
    });
    add(spec("Appointment Reminders SMS", "Day-before reminders", {sms("Reminder SMS")}), [](CampaignSpec &s) {
        s.launch = LaunchType::Now;
        s.createdDaysAgo = 3;
    });
    add(spec("Missed Appointment Calls", "Call patients who missed an appointment", {phone("Event invitation script")}),
        [](CampaignSpec &s) {
            s.reviewer.clear();
            s.createdDaysAgo = 4;
        });
    add(spec("Monthly Health Tips", "Monthly newsletter", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Recurring;
            s.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=8");
            s.sendInDays = 9;
            s.schedulePending = true;
            s.createdDaysAgo = 100;
            s.audience = 300;
        });
    add(spec("Clinic Telegram Updates", "Opening hours and news on Telegram",
             {other(ChannelKind::Telegram, "Telegram digest", "Telegram")}, History::Running),
        [](CampaignSpec &s) {
            s.audience = 500;
            s.createdDaysAgo = 1;
        });
    add(spec("Patient Survey SMS", "Post-visit survey", {sms("Reminder SMS")}, History::Paused), [](CampaignSpec &s) {
        s.audience = 400;
        s.createdDaysAgo = 2;
    });
    add(spec("Dental Check-up Drive", "Check-up reminders by email and phone",
             {email("Reminder email"), phone("Satisfaction call script")}, History::Completed),
        [](CampaignSpec &s) {
            s.createdDaysAgo = 40;
            s.audience = 300;
        });
    add(spec("Holiday Hours Notice", "Opening hours over the holidays", {email("Reminder email")}, History::Stopped),
        [](CampaignSpec &s) {
            s.createdDaysAgo = 20;
            s.audience = 300;
        });
    add(spec("Weekend Clinic SMS", "Weekend opening announcement", {sms("Retired SMS", "SMS retired")}, History::FailedStart),
        [](CampaignSpec &s) { s.createdDaysAgo = 6; });
    add(spec("Allergy Season 2025", "Last spring's allergy advice", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.archived = true;
            s.createdDaysAgo = 200;
            s.audience = 200;
        });
    add(spec("New Patient Welcome", "Welcome series, still being written", {email("Reminder email")}), [](CampaignSpec &s) {
        s.activated = false;
        s.createdDaysAgo = 1;
    });
    add(spec("Viber Pilot", "Pilot on Viber, no provider decided", {other(ChannelKind::Viber, "Viber weekend deals", "Viber")}),
        [](CampaignSpec &s) {
            s.goal.clear();
            s.createdDaysAgo = 7;
        });
    return out;
}

} // namespace

Status DemoWorkspace::generate(const Database &db, quint32 seed, const QDateTime &now)
{
    QRandomGenerator rng(seed);
    const QDateTime fixedNow = now.toUTC();
    {
        TenantBuilder builder(db, rng, fixedNow);
        if (auto st = builder.build(QStringLiteral("Northwind Outfitters"), QStringLiteral("Europe/London"), true, 3600,
                                    true, northwindCampaigns());
            !st)
            return st;
    }
    TenantBuilder builder(db, rng, fixedNow);
    return builder.build(QStringLiteral("Bluebird Health Clinics"), QStringLiteral("America/New_York"), false, 1800,
                         false, bluebirdCampaigns());
}

} // namespace herald
