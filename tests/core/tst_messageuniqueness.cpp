#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

// One message per (run, channel, contact), enforced by the database's unique key.
class TestMessageUniqueness final : public QObject
{
    Q_OBJECT

    static qint64 count(Database &db)
    {
        SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM messages"));
        return q.exec(u"count").ok() && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void uniqueKey()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}));
        Run run;
        run.campaignId = campaign;
        const Id runId = *RunRepository(ws.db(), t.tenantId).create(run);
        MessageRepository repo(ws.db(), t.tenantId);
        Message m;
        m.runId = runId;
        m.channel = ChannelKind::Email;
        m.contactId = t.ids.value(QStringLiteral("contact:first"));
        QVERIFY(repo.insert({m}).ok());

        // The same (run, channel, contact) again is refused by the database.
        const Status again = repo.insert({m});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QCOMPARE(count(ws.db()), 1);

        // Even through raw SQL, bypassing the repository.
        SqlQuery raw(ws.db().connection(),
                     QStringLiteral("INSERT INTO messages (tenant_id, run_id, channel, contact_id, status, queued_at, "
                                    "status_changed_at) VALUES (?, ?, 'email', ?, 'Queued', 0, 0)"));
        raw.bind(t.tenantId).bind(runId).bind(m.contactId);
        QVERIFY(!raw.exec(u"raw insert").ok());
        QCOMPARE(count(ws.db()), 1);

        // Another channel or another run for the same contact is fine.
        Message sms = m;
        sms.channel = ChannelKind::Sms;
        QVERIFY(repo.insert({sms}).ok());
        const Id secondRun = *RunRepository(ws.db(), t.tenantId).create(run);
        Message next = m;
        next.runId = secondRun;
        QVERIFY(repo.insert({next}).ok());
        QCOMPARE(count(ws.db()), 3);
    }

    // A batch with a duplicate inside inserts nothing: all or none.
    void batchIsAllOrNothing()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        Run run;
        run.campaignId = campaign;
        const Id runId = *RunRepository(ws.db(), t.tenantId).create(run);
        QList<Message> batch;
        for (Id contact = t.ids.value(QStringLiteral("contact:first")); batch.size() < 10; ++contact) {
            Message m;
            m.runId = runId;
            m.channel = ChannelKind::Email;
            m.contactId = contact;
            batch.append(m);
        }
        batch.append(batch.at(3));
        QVERIFY(!MessageRepository(ws.db(), t.tenantId).insert(batch).ok());
        QCOMPARE(count(ws.db()), 0);
        batch.removeLast();
        QVERIFY(MessageRepository(ws.db(), t.tenantId).insert(batch).ok());
        QCOMPARE(count(ws.db()), 10);
    }
};

QTEST_GUILESS_MAIN(TestMessageUniqueness)
#include "tst_messageuniqueness.moc"
