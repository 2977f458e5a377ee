#include "lifecycle/channellifecycle.h"

#include <QTest>

using namespace herald;

using S = ChannelStatus;
using E = ChannelEvent;

// One row per (status, event): the transitions of STATUS_MODEL.md succeed, every other
// one is refused with an error that names the channel, its status and what is allowed.
class TestChannelLifecycle final : public QObject
{
    Q_OBJECT

    static std::optional<S> expected(S from, E event)
    {
        static const QList<std::tuple<S, E, S>> allowed{
            {S::Ready, E::Start, S::Running},    {S::Running, E::Pause, S::Paused},
            {S::Paused, E::Resume, S::Running},  {S::Running, E::Complete, S::Completed},
            {S::Running, E::Stop, S::Stopped},   {S::Paused, E::Stop, S::Stopped},
            {S::Ready, E::Stop, S::Stopped}, // a held channel given up
            {S::Ready, E::Fail, S::Failed},      {S::Running, E::Fail, S::Failed},
        };
        for (const auto &[f, e, t] : allowed)
            if (f == from && e == event)
                return t;
        return std::nullopt;
    }

private slots:
    void transitions_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<E>("event");
        for (S from : allValues<S>())
            for (E event : allValues<E>())
                QTest::addRow("%s --%s-->", qPrintable(nameOf(from)), qPrintable(nameOf(event))) << from << event;
    }

    void transitions()
    {
        QFETCH(S, from);
        QFETCH(E, event);
        const QString subject = QStringLiteral("sms channel of campaign 'X' (C-TEST1)");
        const auto result = ChannelLifecycle::apply(from, event, subject);
        const auto want = expected(from, event);
        if (want) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(*result, *want);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, Error::Kind::Refused);
            QVERIFY(result.error().message.contains(subject));
            QVERIFY(result.error().message.contains(nameOf(from)));
            for (E allowed : ChannelLifecycle::allowedEvents(from))
                QVERIFY(result.error().message.contains(nameOf(allowed)));
        }
    }

    void completeNeedsWorkedThrough()
    {
        const auto refused = ChannelLifecycle::apply(S::Running, E::Complete, QStringLiteral("email channel"), false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1StringView("Queued")));
        QCOMPARE(*ChannelLifecycle::apply(S::Running, E::Complete, QStringLiteral("email channel"), true), S::Completed);
    }

    void finalStatusesAllowNothingButFail()
    {
        QVERIFY(ChannelLifecycle::allowedEvents(S::Completed).isEmpty());
        QVERIFY(ChannelLifecycle::allowedEvents(S::Stopped).isEmpty());
        QVERIFY(ChannelLifecycle::allowedEvents(S::Failed).isEmpty());
        QVERIFY(ChannelLifecycle::apply(S::Stopped, E::Resume, QStringLiteral("x")).error().message.contains(
            QLatin1StringView("final")));
    }
};

QTEST_GUILESS_MAIN(TestChannelLifecycle)
#include "tst_channellifecycle.moc"
