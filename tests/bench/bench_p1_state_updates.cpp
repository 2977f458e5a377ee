// P1: 100k message state updates by key through MessageRepository::apply (group commit,
// compare-and-set, lifecycle check) against a raw prepared QSqlQuery loop with the same
// batching on the same workspace: a file, or with HERALD_TEST_BACKEND=postgres (the
// bench_p1_state_updates_pg test) a team database.
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace herald;

class BenchP1 final : public QObject
{
    Q_OBJECT

    static constexpr int kMessages = 100000;
    static constexpr int kBatch = 1000;

private slots:
    void stateUpdates()
    {
        test::TestWorkspace ws;
        Database *db = &ws.db();
        Tenant tenant;
        tenant.name = QStringLiteral("Bench");
        const Id t = *TenantRepository(*db).create(tenant);
        QList<Contact> contacts(kMessages);
        const QList<Id> contactIds = *AudienceRepository(*db, t).addContacts(contacts);
        Campaign c;
        c.name = QStringLiteral("P1");
        const Id campaign = *CampaignRepository(*db, t).create(c);
        Run run;
        run.campaignId = campaign;
        const Id herald = *RunRepository(*db, t).create(run);
        const Id reference = *RunRepository(*db, t).create(run);
        MessageRepository repo(*db, t);
        for (Id runId : {herald, reference}) {
            QList<Message> batch;
            for (Id contact : contactIds) {
                Message m;
                m.runId = runId;
                m.contactId = contact;
                batch.append(m);
                if (batch.size() == kBatch) {
                    QVERIFY(repo.insert(batch).ok());
                    batch.clear();
                }
            }
        }
        const auto ids = [&](Id runId) {
            QList<Id> out;
            Id after = 0;
            for (;;) {
                const auto page = *repo.forRun(runId, after, 10000);
                if (page.isEmpty())
                    return out;
                for (const Message &m : page)
                    out.append(m.id);
                after = page.last().id;
            }
        };
        const QList<Id> heraldIds = ids(herald);
        const QList<Id> referenceIds = ids(reference);
        QCOMPARE(heraldIds.size(), kMessages);

        const QDateTime at = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < heraldIds.size(); i += kBatch) {
            QList<MessageTransition> batch;
            for (qsizetype j = i; j < qMin(i + kBatch, heraldIds.size()); ++j)
                batch.append({heraldIds.at(j), ChannelKind::Email, MessageStatus::Queued, MessageStatus::Sending, at, {}, {}, {}});
            auto n = repo.apply(batch);
            QVERIFY(n.ok());
            QCOMPARE(n->applied, int(batch.size()));
        }
        const double heraldSecs = timer.nsecsElapsed() / 1e9;

        QSqlDatabase conn = db->connection();
        timer.restart();
        QSqlQuery raw(conn);
        QVERIFY(raw.prepare(QStringLiteral("UPDATE messages SET status = ?, status_changed_at = ?, sending_at = ? WHERE id = ?")));
        const qint64 ms = at.toMSecsSinceEpoch();
        for (qsizetype i = 0; i < referenceIds.size(); i += kBatch) {
            QVERIFY(conn.transaction());
            for (qsizetype j = i; j < qMin(i + kBatch, referenceIds.size()); ++j) {
                raw.addBindValue(QStringLiteral("Sending"));
                raw.addBindValue(ms);
                raw.addBindValue(ms);
                raw.addBindValue(referenceIds.at(j));
                QVERIFY(raw.exec());
            }
            QVERIFY(conn.commit());
        }
        const double referenceSecs = timer.nsecsElapsed() / 1e9;

        const double heraldRate = kMessages / heraldSecs;
        const double referenceRate = kMessages / referenceSecs;
        const double ratio = heraldRate / referenceRate;
        // BENCHMARKS.md's line format; the target is ratio >= 0.5.
        qInfo("BENCH P1%s herald=%.0f reference=%.0f ratio=%.2f unit=updates/s",
              db->isTeam() ? " (PostgreSQL)" : "", heraldRate, referenceRate, ratio);
        QVERIFY2(ratio >= 0.5, "P1 target: ratio >= 0.5");
    }
};

QTEST_GUILESS_MAIN(BenchP1)
#include "bench_p1_state_updates.moc"
