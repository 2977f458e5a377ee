#include "testworkspace.h"

#include "pgcluster.h"
#include "smtpsink.h"

#include "content/contenthash.h"
#include "dispatch/runservice.h"
#include "organisation/tenantservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace herald::test {

namespace {
template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().message));
    return std::move(r).value();
}
void must(const Status &s, const char *what)
{
    if (!s)
        qFatal("%s: %s", what, qPrintable(s.error().message));
}
} // namespace

bool TestWorkspace::onPostgres()
{
    return qEnvironmentVariable("HERALD_TEST_BACKEND") == QLatin1StringView("postgres");
}

TestWorkspace::TestWorkspace()
{
    if (onPostgres()) {
        PgCluster *cluster = PgCluster::shared();
        if (!cluster)
            qFatal("HERALD_TEST_BACKEND=postgres, but no PostgreSQL cluster could be started: %s "
                   "(scripts/install-deps.sh installs it)",
                   qPrintable(PgCluster::error()));
        m_conninfo = cluster->createWorkspaceDatabase();
        auto db = Database::openPostgres(m_conninfo, Database::Mode::OpenExisting);
        if (!db)
            qFatal("cannot open test team workspace: %s", qPrintable(db.error().message));
        m_db = std::make_unique<Database>(*db);
        return;
    }
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("test.herald")), Database::Mode::CreateNew);
    if (!db)
        qFatal("cannot create test workspace: %s", qPrintable(db.error().message));
    m_db = std::make_unique<Database>(*db);
}

User TestWorkspace::TenantFixture::as(Role role) const
{
    switch (role) {
    case Role::Admin:
        return admin;
    case Role::Manager:
        return manager;
    case Role::Reviewer:
        return reviewer;
    case Role::Viewer:
        return viewer;
    case Role::Support:
        return support;
    }
    return viewer;
}

TestWorkspace::TenantFixture TestWorkspace::addTenant(const QString &name)
{
    TenantFixture t;
    TenantRepository tenants(*m_db);
    Tenant tenant;
    tenant.name = name;
    tenant.isDefault = tenants.tenants()->isEmpty();
    t.tenantId = must(tenants.create(tenant), "tenant");
    const std::pair<Role, User *> users[] = {
        {Role::Admin, &t.admin},   {Role::Manager, &t.manager}, {Role::Reviewer, &t.reviewer},
        {Role::Viewer, &t.viewer}, {Role::Support, &t.support}};
    for (const auto &[role, user] : users) {
        user->tenantId = t.tenantId;
        user->role = role;
        user->name = name + u' ' + nameOf(role);
        user->id = must(tenants.createUser(t.tenantId, *user), "user");
    }

    AudienceRepository audience(*m_db, t.tenantId);
    QList<Contact> contacts;
    for (int i = 0; i < 20; ++i) {
        Contact c;
        c.firstName = u"Contact" + QString::number(i);
        c.lastName = name;
        if (i % 10 != 9)
            c.email = u"c" + QString::number(i) + u'.' + QString::number(t.tenantId) + u"@example.com";
        if (i % 5 != 4)
            c.phone = u"+4477009000" + QString::number(10 + i);
        if (i < 5)
            c.tags << QStringLiteral("vip");
        contacts.append(c);
    }
    const QList<Id> contactIds = must(audience.addContacts(contacts), "contacts");
    t.ids.insert(QStringLiteral("contact:first"), contactIds.first());
    const Id list = must(audience.addList({0, t.tenantId, QStringLiteral("Customers"), {}}), "list");
    must(audience.addToList(list, contactIds), "members");
    t.ids.insert(QStringLiteral("list"), list);
    t.ids.insert(QStringLiteral("list:empty"), must(audience.addList({0, t.tenantId, QStringLiteral("Empty"), {}}), "list"));
    t.ids.insert(QStringLiteral("segment:vip"),
                 must(audience.addSegment({0, t.tenantId, QStringLiteral("VIP"),
                                           QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"vip"}]})"), false}),
                      "segment"));
    t.ids.insert(QStringLiteral("segment:all"),
                 must(audience.addSegment({0, t.tenantId, QStringLiteral("All"), QStringLiteral("{}"), false}), "segment"));
    t.ids.insert(QStringLiteral("segment:nobody"),
                 must(audience.addSegment({0, t.tenantId, QStringLiteral("Nobody"),
                                           QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"none"}]})"), false}),
                      "segment"));
    must(audience.addOptOut({0, t.tenantId, contactIds.at(1), std::nullopt, QStringLiteral("manual"), {}, {}}), "opt-out");

    ContentRepository content(*m_db, t.tenantId);
    t.ids.insert(QStringLiteral("goal"), must(content.addGoal({0, t.tenantId, QStringLiteral("Goal"), {}, {}, 0, false, {}}), "goal"));
    t.ids.insert(QStringLiteral("writer"), must(content.addWriter({0, t.tenantId, QStringLiteral("Writer"), {}, false, {}, {}, {}, 1, 60}), "writer"));
    t.ids.insert(QStringLiteral("reviewer"), t.reviewer.id);
    for (ChannelKind kind : allValues<ChannelKind>()) {
        const QString body = kind == ChannelKind::Email ? QStringLiteral("Hi {{first_name}}. {{unsubscribe_url}}")
                                                        : QStringLiteral("Hi {{first_name}}. Reply STOP to opt out");
        t.ids.insert(u"template:" + nameOf(kind),
                     must(content.addTemplate({0, t.tenantId, u"Template " + nameOf(kind), kind, QStringLiteral("Hello"), body, false, {}, {}, {}, {}}),
                          "template"));
    }

    SenderRepository senders(*m_db, t.tenantId);
    NumberPool numberPool;
    numberPool.tenantId = t.tenantId;
    numberPool.name = QStringLiteral("Pool");
    const Id pool = must(senders.addPool(numberPool), "pool");
    PhoneNumber number;
    number.tenantId = t.tenantId;
    number.poolId = pool;
    number.e164 = u"+44770090" + QString::number(1000 + t.tenantId);
    must(senders.addNumber(number), "number");
    t.ids.insert(QStringLiteral("pool"), pool);
    for (ChannelKind kind : allValues<ChannelKind>()) {
        SenderIdentity s;
        s.kind = kind;
        s.name = u"Sender " + nameOf(kind);
        s.address = kind == ChannelKind::Email ? QStringLiteral("news@example.com") : QString();
        if (kind == ChannelKind::Phone || kind == ChannelKind::Sms)
            s.numberPoolId = pool;
        t.ids.insert(u"sender:" + nameOf(kind), must(senders.addSender(s), "sender"));
        must(senders.setProvider({0, t.tenantId, kind, QStringLiteral("simulator"), {}, true}), "provider");
    }
    return t;
}

Campaign TestWorkspace::readyCampaign(const TenantFixture &t, const QList<ChannelKind> &kinds, const QString &name)
{
    Campaign c;
    c.tenantId = t.tenantId;
    c.name = name.isEmpty() ? QStringLiteral("Campaign") : name;
    c.goalId = t.ids.value(QStringLiteral("goal"));
    c.writerId = t.ids.value(QStringLiteral("writer"));
    c.reviewerId = t.ids.value(QStringLiteral("reviewer"));
    c.approvedRevision = c.contentRevision;
    c.approvedAt = QDateTime::currentDateTimeUtc();
    c.contactListId = t.ids.value(QStringLiteral("list"));
    c.testRecipients = {QStringLiteral("qa@example.com"), QStringLiteral("+447700900999")};
    c.activated = true;
    c.createdBy = t.manager.id;
    for (ChannelKind kind : kinds) {
        CampaignChannel ch;
        ch.kind = kind;
        ch.templateId = t.ids.value(u"template:" + nameOf(kind));
        ch.senderId = t.ids.value(u"sender:" + nameOf(kind));
        c.channels.append(ch);
    }
    return c;
}

Run TestWorkspace::startRun(const TenantFixture &t, Id campaign, const Clock &clock, const User *user, RunKind kind)
{
    RunService::StartOptions options;
    options.kind = kind;
    options.disclaimerAccepted = true;
    auto run = RunService(*m_db, t.tenantId, user ? *user : t.admin, clock).start(QString::number(campaign), options);
    if (!run)
        qFatal("cannot start the test run: %s", qPrintable(run.error().message));
    return *run;
}

QString TestWorkspace::serveLinks(const TenantFixture &t)
{
    ReservedPort port; // released when this returns, for the dispatcher's listener to take
    const QString address = u"127.0.0.1:" + QString::number(port.port());
    const QString name = TenantRepository(*m_db).byId(t.tenantId)->name;
    if (auto set = TenantService(*m_db, t.admin).setListener(name, address, u"http://" + address); !set)
        qFatal("cannot set the listener: %s", qPrintable(set.error().message));
    return u"http://" + address;
}

void TestWorkspace::sendEmailTo(const TenantFixture &t, quint16 port)
{
    must(SenderRepository(*m_db, t.tenantId)
             .setProvider({0, t.tenantId, ChannelKind::Email, QStringLiteral("smtp"),
                           QStringLiteral(R"({"host":"127.0.0.1","port":%1,"tls":"none"})").arg(port), true}),
         "the SMTP provider");
}

void TestWorkspace::exec(const QString &sql, const QVariantList &params)
{
    SqlQuery q(m_db->connection(), sql);
    for (const QVariant &p : params)
        q.bind(p);
    must(q.exec(u"test setup"), "test setup");
}

Id TestWorkspace::create(const TenantFixture &t, Campaign c)
{
    c.tenantId = t.tenantId;
    if (c.approvedAt.isValid()) // approved as it is created, whatever the test changed
        c.approvedContentHash = must(ContentHash::of(*m_db, t.tenantId, c), "content hash");
    return must(CampaignRepository(*m_db, t.tenantId).create(c), "campaign");
}

} // namespace herald::test

namespace herald::test {

Id TestWorkspace::addContacts(const TenantFixture &t, int count, bool inList)
{
    QSqlDatabase conn = m_db->connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO contacts (tenant_id, first_name, last_name, email, phone, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery member(conn);
    member.prepare(QStringLiteral("INSERT INTO contact_list_members (tenant_id, list_id, contact_id) VALUES (?, ?, ?)"));
    const qint64 created = QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    // The planner learns the tables' new sizes as they grow (a team database would plan
    // each foreign key check as on an empty table).
    BulkStatistics statistics(conn, {QStringLiteral("contacts"), QStringLiteral("contact_list_members")});
    Id first = 0;
    for (int i = 0; i < count; ++i) {
        must(statistics.rowAdded(), "statistics");
        q.addBindValue(t.tenantId);
        q.addBindValue(i % 7 ? QString(u"First" + QString::number(i)) : QStringLiteral(""));
        q.addBindValue(i % 7 ? QString(u"Last" + QString::number(i)) : QStringLiteral(""));
        q.addBindValue(QString(u"c" + QString::number(i) + u"@example.com"));
        q.addBindValue(QString(u"+4477009" + QString::number(10000000 + i)));
        q.addBindValue(created);
        if (!q.exec() || !q.next())
            qFatal("contact insert failed: %s", qPrintable(q.lastError().text()));
        const Id id = q.value(0).toLongLong();
        if (i == 0)
            first = id;
        if (inList) {
            member.addBindValue(t.tenantId);
            member.addBindValue(t.ids.value(QStringLiteral("list")));
            member.addBindValue(id);
            if (!member.exec())
                qFatal("list member insert failed: %s", qPrintable(member.lastError().text()));
        }
    }
    q.finish(); // a RETURNING statement still open keeps SQLite from committing
    member.finish();
    if (auto st = tx.commit(); !st)
        qFatal("contacts not committed: %s", qPrintable(st.error().message));
    return first;
}

} // namespace herald::test
