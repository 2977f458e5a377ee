// The key-paged campaign list agrees with the full list: every sort, both directions,
// every filter, across page boundaries, on the demo workspace (every status present).
#include "demoworkspace.h"
#include "lifecycle/campaignservice.h"
#include "storage/tenantrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using Query = CampaignPageQuery;

Q_DECLARE_METATYPE(herald::CampaignPageQuery::Sort)

class TestCampaignPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    Id m_tenant = 0;
    std::optional<User> m_admin;

    // Reads every page of the request, `limit` rows at a time.
    QList<CampaignOverview> readAll(Query::Request request, int limit)
    {
        CampaignService service(*m_db, m_tenant, *m_admin);
        request.limit = limit;
        QList<CampaignOverview> out;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = service.page(request);
            if (!page) {
                qWarning() << page.error().message;
                return {};
            }
            out += page->rows;
            if (!page->next)
                break;
            request.after = page->next;
        }
        return out;
    }

    static QList<Id> ids(const QList<CampaignOverview> &list)
    {
        QList<Id> out;
        for (const auto &o : list)
            out.append(o.campaign.id);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = *Database::openSqlite(m_dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        QVERIFY(DemoWorkspace::generate(*m_db).ok());
        m_tenant = TenantRepository(*m_db).tenants()->first().id;
        m_admin = *TenantRepository(*m_db).userByName(m_tenant, {});
    }

    void everyRowOnceInOrder_data()
    {
        QTest::addColumn<Query::Sort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("limit");
        for (auto [sort, name] : {std::pair{Query::Sort::Name, "name"},
                                  {Query::Sort::LaunchType, "launch type"},
                                  {Query::Sort::DerivedStatus, "status"},
                                  {Query::Sort::Created, "created"}})
            for (bool desc : {false, true})
                for (int limit : {1, 4, 100})
                    QTest::addRow("%s %s by %d", name, desc ? "desc" : "asc", limit) << sort << desc << limit;
    }

    void everyRowOnceInOrder()
    {
        QFETCH(Query::Sort, sort);
        QFETCH(bool, descending);
        QFETCH(int, limit);
        Query::Request request;
        request.sort = sort;
        request.descending = descending;
        request.archived = Query::Archived::Include;
        const auto paged = readAll(request, limit);
        const auto all = *CampaignService(*m_db, m_tenant, *m_admin).list({});
        QCOMPARE(paged.size(), all.size());
        const QList<Id> pagedIds = ids(paged);
        QCOMPARE(QSet<Id>(pagedIds.begin(), pagedIds.end()).size(), all.size());

        const auto key = [sort](const CampaignOverview &o) -> QVariant {
            switch (sort) {
            case Query::Sort::Name:
                return o.campaign.name.toLower();
            case Query::Sort::LaunchType:
                return int(o.campaign.launchType);
            case Query::Sort::DerivedStatus:
                // Ready candidates and Drafts share a rank only when not activated
                return o.status == CampaignStatus::Draft && o.campaign.activated ? 1 : int(o.status);
            case Query::Sort::Created:
                break;
            }
            return o.campaign.createdAt.toMSecsSinceEpoch();
        };
        for (qsizetype i = 1; i < paged.size(); ++i) {
            const QVariant a = key(paged[i - 1]), b = key(paged[i]);
            const int c = QVariant::compare(a, b) == QPartialOrdering::Less ? -1 : (a == b ? 0 : 1);
            QVERIFY2(descending ? c >= 0 : c <= 0, qPrintable(paged[i].campaign.name));
            if (c == 0)
                QVERIFY(descending ? paged[i - 1].campaign.id > paged[i].campaign.id
                                   : paged[i - 1].campaign.id < paged[i].campaign.id);
        }
    }

    // The SQL status filter, refined by preflight, selects what the full derivation does.
    void statusFilterMatchesDerivation()
    {
        CampaignService service(*m_db, m_tenant, *m_admin);
        for (CampaignStatus s : allValues<CampaignStatus>()) {
            Query::Request request;
            request.status = s;
            CampaignService::Filter filter;
            filter.status = s;
            filter.archived = CampaignService::Filter::Archived::Exclude;
            const auto expected = ids(*service.list(filter));
            auto got = ids(readAll(request, 3));
            std::sort(got.begin(), got.end());
            auto want = expected;
            std::sort(want.begin(), want.end());
            QVERIFY2(got == want, qPrintable(nameOf(s)));
            QVERIFY2(s == CampaignStatus::Archived || s == CampaignStatus::Draft || !want.isEmpty(),
                     qPrintable(nameOf(s))); // the demo has every status
        }
    }

    void channelAndSearchFilters()
    {
        CampaignService service(*m_db, m_tenant, *m_admin);
        for (ChannelKind kind : allValues<ChannelKind>()) {
            Query::Request request;
            request.channel = kind;
            CampaignService::Filter filter;
            filter.channel = kind;
            filter.archived = CampaignService::Filter::Archived::Exclude;
            auto got = ids(readAll(request, 5));
            auto want = ids(*service.list(filter));
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            QCOMPARE(got, want);
        }
        const auto all = *service.list({});
        const Campaign &some = all.at(all.size() / 2).campaign;
        Query::Request byId;
        byId.search = some.shortId.toLower();
        byId.archived = Query::Archived::Include;
        QCOMPARE(ids(readAll(byId, 10)), QList<Id>{some.id});
        Query::Request byName;
        byName.search = QStringLiteral("%_"); // wildcards are literal text
        QVERIFY(readAll(byName, 10).isEmpty());
    }

    void otherTenantNeverListed()
    {
        const Id other = TenantRepository(*m_db).tenants()->last().id;
        QVERIFY(other != m_tenant);
        const auto otherAdmin = *TenantRepository(*m_db).userByName(other, {});
        const auto mine = *CampaignService(*m_db, m_tenant, *m_admin).list({});
        Query::Request request;
        request.archived = Query::Archived::Include;
        request.limit = 1000;
        auto page = CampaignService(*m_db, other, otherAdmin).page(request);
        QVERIFY(page.ok());
        for (const auto &o : page->rows) {
            QCOMPARE(o.campaign.tenantId, other);
            QVERIFY(!ids(mine).contains(o.campaign.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignPage)
#include "tst_campaignpage.moc"
