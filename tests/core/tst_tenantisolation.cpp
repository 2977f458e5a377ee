#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

// For every repository: tenant A's reads return none of tenant B's rows, and B's ids
// are "not found" from A. The database itself refuses cross-tenant references.
class TestTenantIsolation final : public QObject
{
    Q_OBJECT

    test::TestWorkspace m_ws;
    test::TestWorkspace::TenantFixture m_a, m_b;
    Id m_campaignA = 0, m_campaignB = 0, m_runA = 0, m_runB = 0;

    template <typename T>
    static QSet<Id> ids(const QList<T> &items)
    {
        QSet<Id> out;
        for (const T &i : items)
            out.insert(i.id);
        return out;
    }

    Id addRun(const test::TestWorkspace::TenantFixture &t, Id campaign)
    {
        Run r;
        r.campaignId = campaign;
        r.channels = {{0, ChannelKind::Email, ChannelStatus::Running, {}, {}, {}, {}}};
        const Id runId = *RunRepository(m_ws.db(), t.tenantId).create(r);
        Message m;
        m.runId = runId;
        m.channel = ChannelKind::Email;
        m.contactId = t.ids.value(QStringLiteral("contact:first"));
        [&] { QVERIFY(MessageRepository(m_ws.db(), t.tenantId).insert({m}).ok()); }();
        return runId;
    }

private slots:
    void initTestCase()
    {
        m_a = m_ws.addTenant(QStringLiteral("A"));
        m_b = m_ws.addTenant(QStringLiteral("B"));
        m_campaignA = m_ws.create(m_a, m_ws.readyCampaign(m_a, {ChannelKind::Email}, QStringLiteral("A campaign")));
        m_campaignB = m_ws.create(m_b, m_ws.readyCampaign(m_b, {ChannelKind::Email}, QStringLiteral("B campaign")));
        m_runA = addRun(m_a, m_campaignA);
        m_runB = addRun(m_b, m_campaignB);
    }

    void users()
    {
        TenantRepository repo(m_ws.db());
        const auto a = ids(*repo.users(m_a.tenantId));
        QVERIFY(a.contains(m_a.admin.id));
        QVERIFY(!a.contains(m_b.admin.id));
        QCOMPARE(repo.user(m_a.tenantId, m_b.admin.id).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.userByName(m_a.tenantId, m_b.admin.name).error().kind, Error::Kind::NotFound);
    }

    void campaigns()
    {
        CampaignRepository repo(m_ws.db(), m_a.tenantId);
        QCOMPARE(ids(*repo.list()), QSet<Id>{m_campaignA});
        QCOMPARE(repo.get(m_campaignB).error().kind, Error::Kind::NotFound);
        const QString shortB = CampaignRepository(m_ws.db(), m_b.tenantId).get(m_campaignB)->shortId;
        QCOMPARE(repo.find(shortB).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.setArchived(m_campaignB, true).error().kind, Error::Kind::NotFound);
        QCOMPARE(repo.remove(m_campaignB).error().kind, Error::Kind::NotFound);
        QVERIFY(CampaignRepository(m_ws.db(), m_b.tenantId).get(m_campaignB).ok());
    }

    void runsAndMessages()
    {
        RunRepository runs(m_ws.db(), m_a.tenantId);
        QCOMPARE(ids(*runs.forCampaign(m_campaignB)), QSet<Id>{});
        QCOMPARE(runs.get(m_runB).error().kind, Error::Kind::NotFound);
        QCOMPARE(runs.latestLiveRuns()->keys(), QList<Id>{m_campaignA});
        for (const auto &[campaign, kind] : *runs.runningChannels())
            QCOMPARE(campaign, m_campaignA);
        QCOMPARE(runs.setChannelStatus(m_runB, ChannelKind::Email, ChannelStatus::Paused, QDateTime::currentDateTimeUtc())
                     .error()
                     .kind,
                 Error::Kind::NotFound);
        MessageRepository messages(m_ws.db(), m_a.tenantId);
        QVERIFY(messages.forRun(m_runB)->isEmpty());
        QVERIFY(messages.counts(m_runB)->isEmpty());
        QCOMPARE(messages.forRun(m_runA)->size(), 1);
    }

    void content()
    {
        ContentRepository repo(m_ws.db(), m_a.tenantId);
        QVERIFY(!ids(*repo.goals()).contains(m_b.ids.value(QStringLiteral("goal"))));
        QVERIFY(ids(*repo.goals()).contains(m_a.ids.value(QStringLiteral("goal"))));
        QVERIFY(!ids(*repo.templates()).contains(m_b.ids.value(QStringLiteral("template:email"))));
        QCOMPARE(repo.messageTemplate(m_b.ids.value(QStringLiteral("template:email"))).error().kind, Error::Kind::NotFound);
    }

    void audience()
    {
        AudienceRepository repo(m_ws.db(), m_a.tenantId);
        const auto contacts = ids(*repo.contacts(0, 100000));
        QCOMPARE(contacts.size(), 20);
        QVERIFY(!contacts.contains(m_b.ids.value(QStringLiteral("contact:first"))));
        QCOMPARE(*repo.contactCount(), 20);
        QVERIFY(!ids(*repo.lists()).contains(m_b.ids.value(QStringLiteral("list"))));
        QVERIFY(!ids(*repo.segments()).contains(m_b.ids.value(QStringLiteral("segment:vip"))));
        QCOMPARE(repo.segment(m_b.ids.value(QStringLiteral("segment:vip"))).error().kind, Error::Kind::NotFound);
        for (const OptOut &o : *repo.optOuts())
            QCOMPARE(o.tenantId, m_a.tenantId);
        QCOMPARE(repo.optOuts()->size(), 1);
        // A's list cannot take B's contact: the composite foreign key refuses it.
        QVERIFY(!repo.addToList(m_a.ids.value(QStringLiteral("list")), {m_b.ids.value(QStringLiteral("contact:first"))}).ok());
    }

    void senders()
    {
        SenderRepository repo(m_ws.db(), m_a.tenantId);
        QCOMPARE(ids(*repo.pools()), QSet<Id>{m_a.ids.value(QStringLiteral("pool"))});
        QVERIFY(repo.numbers(m_b.ids.value(QStringLiteral("pool")))->isEmpty());
        QVERIFY(!ids(*repo.senders()).contains(m_b.ids.value(QStringLiteral("sender:email"))));
        QCOMPARE(repo.sender(m_b.ids.value(QStringLiteral("sender:email"))).error().kind, Error::Kind::NotFound);
        for (const ProviderConfig &p : *repo.providers())
            QCOMPARE(p.tenantId, m_a.tenantId);
    }

    void catalog()
    {
        CatalogRepository repo(m_ws.db(), m_a.tenantId);
        for (CatalogKind kind : {CatalogKind::Goal, CatalogKind::Writer, CatalogKind::Reviewer, CatalogKind::Template,
                                 CatalogKind::Segment, CatalogKind::ContactList, CatalogKind::Sender,
                                 CatalogKind::NumberPool, CatalogKind::User}) {
            CatalogRepository other(m_ws.db(), m_b.tenantId);
            for (const CatalogEntry &e : *other.list(kind)) {
                QVERIFY(!ids(*repo.list(kind)).contains(e.id));
                QCOMPARE(repo.byId(kind, e.id).error().kind, Error::Kind::NotFound);
            }
        }
        QCOMPARE(repo.softDelete(CatalogKind::Goal, m_b.ids.value(QStringLiteral("goal"))).error().kind, Error::Kind::NotFound);
    }

    // The database, not just the code, refuses a campaign pointing at another tenant's goal.
    void crossTenantReferenceRefused()
    {
        Campaign c = m_ws.readyCampaign(m_a, {ChannelKind::Email}, QStringLiteral("Sneaky"));
        c.goalId = m_b.ids.value(QStringLiteral("goal"));
        auto id = CampaignRepository(m_ws.db(), m_a.tenantId).create(c);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(QLatin1StringView("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(id.error().message));
        QCOMPARE(CampaignRepository(m_ws.db(), m_a.tenantId).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTenantIsolation)
#include "tst_tenantisolation.moc"
