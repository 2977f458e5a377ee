#include "demoworkspace.h"
#include "domain/messagestatus.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflight.h"
#include "storage/audiencerepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

    static QByteArray dump(const Database &db)
    {
        QJsonArray all;
        auto tenants = TenantRepository(db).tenants();
        for (const Tenant &t : *tenants) {
            auto admin = TenantRepository(db).userByName(t.id, {});
            CampaignService service(db, t.id, *admin);
            for (const CampaignOverview &o : *service.list({})) {
                auto json = CampaignDocument(db, t.id).toJson(o, *service.runs(o.campaign.id));
                all.append(*json);
            }
        }
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    static QSet<QString> column(const Database &db, const QString &sql)
    {
        SqlQuery q(db.connection(), sql);
        QSet<QString> out;
        if (q.exec(u"test").ok())
            while (q.next())
                out.insert(q.text(0));
        return out;
    }

private slots:
    void initTestCase()
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QElapsedTimer timer;
        timer.start();
        const Status st = DemoWorkspace::generate(*db, DemoWorkspace::kDefaultSeed, m_now);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        qInfo("demo workspace generated in %lld ms", timer.elapsed());
        m_db = *db;
    }

    void deterministicFromSeed()
    {
        QTemporaryDir dir;
        auto other = Database::openSqlite(dir.filePath(QStringLiteral("again.herald")), Database::Mode::CreateNew);
        QVERIFY(DemoWorkspace::generate(*other, DemoWorkspace::kDefaultSeed, m_now).ok());
        QCOMPARE(dump(*other), dump(*m_db));
        QTemporaryDir dir2;
        auto third = Database::openSqlite(dir2.filePath(QStringLiteral("seed2.herald")), Database::Mode::CreateNew);
        QVERIFY(DemoWorkspace::generate(*third, 7, m_now).ok());
        QVERIFY(dump(*third) != dump(*m_db));
    }

    void twoTenantsWithEveryStatus()
    {
        auto tenants = TenantRepository(*m_db).tenants();
        QCOMPARE(tenants->size(), 2);
        QVERIFY(tenants->first().isDefault);
        int campaigns = 0;
        QSet<CampaignStatus> defaultStatuses;
        QSet<LaunchType> launchTypes;
        QSet<ChannelKind> kinds;
        for (const Tenant &t : *tenants) {
            CampaignService service(*m_db, t.id, *TenantRepository(*m_db).userByName(t.id, {}));
            for (const CampaignOverview &o : *service.list({})) {
                ++campaigns;
                if (t.isDefault)
                    defaultStatuses.insert(o.status);
                launchTypes.insert(o.campaign.launchType);
                for (const CampaignChannel &ch : o.campaign.channels)
                    kinds.insert(ch.kind);
            }
        }
        QVERIFY2(campaigns >= 28 && campaigns <= 35, qPrintable(QString::number(campaigns)));
        for (CampaignStatus s : allValues<CampaignStatus>())
            QVERIFY2(defaultStatuses.contains(s), qPrintable(nameOf(s)));
        for (LaunchType l : allValues<LaunchType>())
            QVERIFY2(launchTypes.contains(l), qPrintable(nameOf(l)));
        for (ChannelKind k : allValues<ChannelKind>())
            QVERIFY2(kinds.contains(k), qPrintable(nameOf(k)));
    }

    // A newcomer's first Run works: in each tenant a Ready campaign of each real kind
    // passes live preflight, channel.busy included.
    void readyCampaignPerKindRuns()
    {
        for (const Tenant &t : *TenantRepository(*m_db).tenants()) {
            const User manager = TenantRepository(*m_db).users(t.id)->at(1);
            QCOMPARE(manager.role, Role::Manager);
            CampaignService service(*m_db, t.id, manager);
            CampaignService::Filter f;
            f.status = CampaignStatus::Ready;
            for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone}) {
                f.channel = kind;
                bool runnable = false;
                for (const CampaignOverview &o : *service.list(f)) {
                    auto findings = service.preflight(o.campaign.shortId, RunKind::Live);
                    runnable = runnable || !Preflight::hasBlockers(*findings);
                }
                QVERIFY2(runnable, qPrintable(t.name + u": no runnable Ready " + nameOf(kind) + u" campaign"));
            }
        }
    }

    void audience()
    {
        qint64 contacts = 0;
        for (const Tenant &t : *TenantRepository(*m_db).tenants()) {
            AudienceRepository repo(*m_db, t.id);
            contacts += *repo.contactCount();
            QVERIFY(!repo.optOuts()->isEmpty());
            QVERIFY(repo.segments()->size() >= 5);
            QVERIFY(repo.lists()->size() >= 2);
            SenderRepository senders(*m_db, t.id);
            bool poolWithSeveralNumbers = false;
            for (const NumberPool &p : *senders.pools())
                poolWithSeveralNumbers = poolWithSeveralNumbers || senders.numbers(p.id)->size() >= 3;
            QVERIFY(poolWithSeveralNumbers);
        }
        QVERIFY(contacts >= 5000);
        QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM contacts WHERE email = ''")).isEmpty());
        QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM contacts WHERE phone = ''")).isEmpty());
    }

    void everyMessageState()
    {
        const QSet<QString> states = column(*m_db, QStringLiteral("SELECT DISTINCT status FROM messages"));
        for (MessageStatus s : {MessageStatus::Queued, MessageStatus::Sending, MessageStatus::Sent, MessageStatus::Delivered,
                                MessageStatus::AssumedDelivered, MessageStatus::Retrying, MessageStatus::Failed,
                                MessageStatus::TimedOut, MessageStatus::OptedOut, MessageStatus::Cancelled,
                                MessageStatus::Completed, MessageStatus::NoAnswer, MessageStatus::Busy})
            QVERIFY2(states.contains(nameOf(s)), qPrintable(nameOf(s)));
        QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM runs WHERE kind = 'test'")).isEmpty());
        QVERIFY(!column(*m_db, QStringLiteral("SELECT id FROM runs WHERE failure_reasons <> ''")).isEmpty());
        QVERIFY(column(*m_db, QStringLiteral("SELECT id FROM runs WHERE kind = 'live' AND failure_reasons = '' "
                                             "AND disclaimer_by IS NULL"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
