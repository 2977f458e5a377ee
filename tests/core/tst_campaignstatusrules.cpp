#include "lifecycle/campaignstatusrules.h"

#include <QTest>

using namespace herald;

using C = ChannelStatus;

// One row per rule of the "Campaign status" table (first match wins), plus rows that
// prove the order: a higher rule beats a lower one.
class TestCampaignStatusRules final : public QObject
{
    Q_OBJECT

private slots:
    void derive_data()
    {
        QTest::addColumn<bool>("archived");
        QTest::addColumn<bool>("schedulePending");
        QTest::addColumn<bool>("failedToStart");
        QTest::addColumn<QList<C>>("channels");
        QTest::addColumn<bool>("activated");
        QTest::addColumn<bool>("blockers");
        QTest::addColumn<CampaignStatus>("expected");

        using L = QList<C>;
        // Archived: flag set.
        QTest::newRow("archived") << true << false << false << L{C::Completed} << true << false << CampaignStatus::Archived;
        QTest::newRow("archived beats running") << true << false << false << L{C::Running} << true << false << CampaignStatus::Archived;
        // Running: some channel Running.
        QTest::newRow("running") << false << false << false << L{C::Running} << true << false << CampaignStatus::Running;
        QTest::newRow("running beats paused") << false << false << false << L{C::Paused, C::Running} << true << false << CampaignStatus::Running;
        QTest::newRow("running beats schedule") << false << true << false << L{C::Running} << true << false << CampaignStatus::Running;
        // Paused: none Running, some Paused.
        QTest::newRow("paused") << false << false << false << L{C::Paused, C::Completed} << true << false << CampaignStatus::Paused;
        QTest::newRow("paused beats schedule") << false << true << false << L{C::Paused} << true << false << CampaignStatus::Paused;
        // ... or a channel held Ready next to launched ones: it waits for a person.
        QTest::newRow("held while another runs") << false << false << false << L{C::Running, C::Ready} << true << false << CampaignStatus::Running;
        QTest::newRow("held after completed") << false << false << false << L{C::Completed, C::Ready} << true << false << CampaignStatus::Paused;
        QTest::newRow("held after stopped") << false << false << false << L{C::Stopped, C::Ready} << true << false << CampaignStatus::Paused;
        QTest::newRow("held after failed") << false << false << false << L{C::Failed, C::Ready} << true << false << CampaignStatus::Paused;
        // Scheduled: a schedule/recurring launch pending.
        QTest::newRow("scheduled") << false << true << false << L{} << true << false << CampaignStatus::Scheduled;
        QTest::newRow("scheduled after completed run") << false << true << false << L{C::Completed} << true << false << CampaignStatus::Scheduled;
        QTest::newRow("scheduled beats failed start") << false << true << true << L{C::Failed} << true << false << CampaignStatus::Scheduled;
        // Failed: the last live run could not start, or every launched channel Failed.
        QTest::newRow("failed to start") << false << false << true << L{C::Failed} << true << false << CampaignStatus::Failed;
        QTest::newRow("every launched channel failed") << false << false << false << L{C::Failed, C::Failed} << true << false << CampaignStatus::Failed;
        // Stopped: all launched channels final, at least one Stopped.
        QTest::newRow("stopped") << false << false << false << L{C::Stopped} << true << false << CampaignStatus::Stopped;
        QTest::newRow("stopped with completed") << false << false << false << L{C::Completed, C::Stopped} << true << false << CampaignStatus::Stopped;
        QTest::newRow("stopped with failed") << false << false << false << L{C::Failed, C::Stopped} << true << false << CampaignStatus::Stopped;
        // Completed: all launched channels Completed.
        QTest::newRow("completed") << false << false << false << L{C::Completed, C::Completed} << true << false << CampaignStatus::Completed;
        QTest::newRow("completed next to a channel that could not start")
            << false << false << false << L{C::Completed, C::Failed} << true << false << CampaignStatus::Completed;
        QTest::newRow("completed ignores preflight") << false << false << false << L{C::Completed} << false << true << CampaignStatus::Completed;
        // Ready: never launched, activated, no blocker.
        QTest::newRow("ready") << false << false << false << L{} << true << false << CampaignStatus::Ready;
        QTest::newRow("ready: manual run waiting") << false << false << false << L{C::Ready, C::Ready} << true << false << CampaignStatus::Ready;
        // Draft: everything else.
        QTest::newRow("draft: not activated") << false << false << false << L{} << false << false << CampaignStatus::Draft;
        QTest::newRow("draft: blockers") << false << false << false << L{} << true << true << CampaignStatus::Draft;
    }

    void derive()
    {
        QFETCH(bool, archived);
        QFETCH(bool, schedulePending);
        QFETCH(bool, failedToStart);
        QFETCH(QList<C>, channels);
        QFETCH(bool, activated);
        QFETCH(bool, blockers);
        QFETCH(CampaignStatus, expected);
        CampaignStatusInputs in;
        in.archived = archived;
        in.schedulePending = schedulePending;
        in.lastLiveRunFailedToStart = failedToStart;
        in.liveChannels = channels;
        in.activated = activated;
        in.hasBlockers = blockers;
        QCOMPARE(nameOf(CampaignStatusRules::derive(in)), nameOf(expected));
    }

    void layouts_data()
    {
        QTest::addColumn<CampaignStatus>("status");
        QTest::addColumn<DetailLayout>("layout");
        QTest::newRow("Archived") << CampaignStatus::Archived << DetailLayout::Ended;
        QTest::newRow("Running") << CampaignStatus::Running << DetailLayout::Active;
        QTest::newRow("Paused") << CampaignStatus::Paused << DetailLayout::Active;
        QTest::newRow("Scheduled") << CampaignStatus::Scheduled << DetailLayout::Active;
        QTest::newRow("Failed") << CampaignStatus::Failed << DetailLayout::Ended;
        QTest::newRow("Stopped") << CampaignStatus::Stopped << DetailLayout::Ended;
        QTest::newRow("Completed") << CampaignStatus::Completed << DetailLayout::Ended;
        QTest::newRow("Ready") << CampaignStatus::Ready << DetailLayout::Draft;
        QTest::newRow("Draft") << CampaignStatus::Draft << DetailLayout::Draft;
    }
    void layouts()
    {
        QFETCH(CampaignStatus, status);
        QFETCH(DetailLayout, layout);
        QCOMPARE(nameOf(CampaignStatusRules::layoutFor(status)), nameOf(layout));
    }
};

QTEST_GUILESS_MAIN(TestCampaignStatusRules)
#include "tst_campaignstatusrules.moc"
