// WorkspaceEvents on both backends: what another connection changes reaches a window's
// follower within a second, once per batch and run for messages, never for the rate
// limit's bookkeeping; on a file, changes dropped before they were read say "resynced".
#include "testworkspace.h"

#include "domain/clock.h"
#include "storage/messagerepository.h"
#include "storage/sqlquery.h"
#include "storage/workspaceevents.h"

#include <QElapsedTimer>
#include <QTest>

using namespace herald;

class TestWorkspaceEvents final : public QObject
{
    Q_OBJECT

    // Another process's connection to the same workspace.
    static Database elsewhere(test::TestWorkspace &ws)
    {
        auto db = test::TestWorkspace::onPostgres() ? Database::openPostgres(ws.conninfo(), Database::Mode::OpenExisting)
                                                    : Database::openSqlite(ws.db().path(), Database::Mode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return *db;
    }

    static void run(const Database &db, const QString &sql)
    {
        if (auto st = SqlQuery(db.connection(), sql).exec(u"changing the workspace elsewhere"); !st)
            qFatal("%s", qPrintable(st.error().message));
    }

private slots:
    void changesFromElsewhere()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        SystemClock clock;
        const Run started = ws.startRun(t, campaign, clock);

        WorkspaceEvents events(ws.db());
        QList<WorkspaceChange> heard;
        int resynced = 0;
        connect(&events, &WorkspaceEvents::changed, this, [&](const QList<WorkspaceChange> &c) { heard << c; });
        connect(&events, &WorkspaceEvents::resynced, this, [&] { ++resynced; });
        QVERIFY(events.start());
        const Database other = elsewhere(ws);

        // A campaign edited elsewhere.
        QElapsedTimer latency;
        latency.start();
        run(other, u"UPDATE campaigns SET description = 'edited elsewhere' WHERE id = " + QString::number(campaign));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 20000);
        qInfo("heard after %lld ms", qint64(latency.elapsed()));
        QCOMPARE(heard.first().what, WorkspaceChange::What::Campaign);
        QCOMPARE(heard.first().tenantId, t.tenantId);
        QCOMPARE(heard.first().campaignId, campaign);
        QVERIFY(!heard.first().byThisWindow);

        // Messages moved in one batch: one change naming run and campaign; the rate
        // limit's token bucket says nothing.
        heard.clear();
        run(other, u"UPDATE run_channels SET rate_tokens = 2 WHERE run_id = " + QString::number(started.id));
        QList<MessageTransition> moves;
        {
            SqlQuery q(other.connection(), u"SELECT id, channel FROM messages WHERE status = 'Queued' AND run_id = "
                                               + QString::number(started.id) + u" ORDER BY id LIMIT 4");
            QVERIFY(q.exec(u"test").ok());
            while (q.next()) {
                MessageTransition m;
                m.messageId = q.id(0);
                m.channel = fromString<ChannelKind>(q.text(1)).value_or(ChannelKind::Email);
                m.to = MessageStatus::Cancelled;
                moves << m;
            }
        }
        QCOMPARE(moves.size(), 4);
        const auto applied = MessageRepository(other, t.tenantId).apply(moves);
        QVERIFY(applied && applied->applied == 4);
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 20000);
        QCOMPARE(heard.first().what, WorkspaceChange::What::Messages);
        QCOMPARE(heard.first().runId, started.id);
        QCOMPARE(heard.first().campaignId, campaign);

        // A run channel paused elsewhere is a change of the run.
        heard.clear();
        run(other, u"UPDATE run_channels SET status = 'Paused' WHERE run_id = " + QString::number(started.id));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 20000);
        QCOMPARE(heard.first().what, WorkspaceChange::What::Run);
        QCOMPARE(heard.first().runId, started.id);
        QCOMPARE(heard.first().campaignId, campaign);
        QCOMPARE(resynced, 0);
    }

    // A file keeps its newest thousand changes: a follower that missed more reads all
    // afresh (resynced), then follows on.
    void aFollowerFarBehindResyncs()
    {
        if (test::TestWorkspace::onPostgres())
            QSKIP("NOTIFY keeps nothing to fall behind on; a lost connection resyncs (tst_teamworkspace)");
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        WorkspaceEvents events(ws.db());
        int resynced = 0;
        QList<WorkspaceChange> heard;
        connect(&events, &WorkspaceEvents::changed, this, [&](const QList<WorkspaceChange> &c) { heard << c; });
        connect(&events, &WorkspaceEvents::resynced, this, [&] { ++resynced; });
        QVERIFY(events.start());
        const Database other = elsewhere(ws);
        run(other, QStringLiteral("BEGIN"));
        for (int i = 0; i < 1200; ++i)
            run(other, u"UPDATE campaigns SET tags = 't" + QString::number(i) + u"' WHERE id = " + QString::number(campaign));
        run(other, QStringLiteral("COMMIT"));
        QTRY_COMPARE_WITH_TIMEOUT(resynced, 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 20000); // the thousand kept, as one change
        SqlQuery kept(ws.db().connection(), QStringLiteral("SELECT count(*) FROM changes"));
        QVERIFY(kept.exec(u"test").ok() && kept.next());
        QCOMPARE(kept.value(0).toInt(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEvents)
#include "tst_workspaceevents.moc"
