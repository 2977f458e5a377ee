#include "lifecycle/messagelifecycle.h"

#include "domain/clock.h"

#include <QTest>

using namespace herald;

using S = MessageStatus;
using K = ChannelKind;

namespace {
struct Edge
{
    K kind;
    S from;
    S to;
};

// STATUS_MODEL.md "Message status", written out edge by edge.
const QList<Edge> &allowedEdges()
{
    static const QList<Edge> edges = [] {
        QList<Edge> out;
        const QList<std::pair<S, S>> email{{S::Queued, S::Failed}, {S::Queued, S::Sending},    {S::Queued, S::OptedOut},   {S::Queued, S::Cancelled},
                                           {S::Sending, S::Delivered}, {S::Sending, S::Retrying},  {S::Sending, S::Failed},
                                           {S::Sending, S::TimedOut},  {S::Retrying, S::Sending},  {S::Retrying, S::OptedOut},
                                           {S::Retrying, S::Cancelled}, {S::Retrying, S::Failed},
                                           {S::Delivered, S::Failed}}; // a hard bounce read later
        const QList<std::pair<S, S>> sms{{S::Queued, S::Failed}, {S::Queued, S::Sending},     {S::Queued, S::OptedOut},      {S::Queued, S::Cancelled},
                                         {S::Sending, S::Sent},       {S::Sending, S::Retrying},     {S::Sending, S::Failed},
                                         {S::Sending, S::TimedOut},   {S::Retrying, S::Sending},     {S::Retrying, S::OptedOut},
                                         {S::Retrying, S::Cancelled}, {S::Retrying, S::Failed},      {S::Sent, S::Delivered},
                                         {S::Sent, S::Failed},        {S::Sent, S::AssumedDelivered}, {S::AssumedDelivered, S::Delivered},
                                         {S::AssumedDelivered, S::Failed}};
        const QList<std::pair<S, S>> phone{{S::Queued, S::Failed}, {S::Queued, S::Dialing},    {S::Queued, S::OptedOut},  {S::Queued, S::Cancelled},
                                           {S::Dialing, S::Ringing},   {S::Dialing, S::Busy},     {S::Dialing, S::Failed},
                                           {S::Dialing, S::Retrying},  {S::Dialing, S::TimedOut}, {S::Dialing, S::NoAnswer},
                                           {S::Ringing, S::Answered},
                                           {S::Ringing, S::NoAnswer},  {S::Ringing, S::Busy},     {S::Ringing, S::Failed},
                                           {S::Ringing, S::TimedOut},  {S::Answered, S::Completed}, {S::Answered, S::Failed},
                                           {S::Answered, S::TimedOut}, {S::Retrying, S::Dialing}, {S::Retrying, S::OptedOut},
                                           {S::Retrying, S::Cancelled}, {S::Retrying, S::Failed}};
        // Telegram and Web Push: the SMS path, and the service's acceptance as the delivery;
        // a blocked bot opts the recipient out while the message is being sent.
        const QList<std::pair<S, S>> chat = sms + QList<std::pair<S, S>>{{S::Sending, S::Delivered}, {S::Sending, S::OptedOut}};
        for (K kind : allValues<K>()) {
            const auto &table = kind == K::Email                                ? email
                                : kind == K::Phone                              ? phone
                                : kind == K::Telegram || kind == K::WebPush ? chat
                                                                                : sms;
            for (const auto &[from, to] : table)
                out.append({kind, from, to});
        }
        return out;
    }();
    return edges;
}

bool isAllowed(K kind, S from, S to)
{
    return std::any_of(allowedEdges().begin(), allowedEdges().end(),
                       [&](const Edge &e) { return e.kind == kind && e.from == from && e.to == to; });
}
} // namespace

class TestMessageLifecycle final : public QObject
{
    Q_OBJECT

private slots:
    // Every (kind, from, to): allowed edges succeed, everything else is refused.
    void transitions_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        for (K kind : allValues<K>())
            for (S from : allValues<S>())
                for (S to : allValues<S>())
                    QTest::addRow("%s %s -> %s", qPrintable(nameOf(kind)), qPrintable(nameOf(from)),
                                  qPrintable(nameOf(to)))
                        << kind << from << to;
    }
    void transitions()
    {
        QFETCH(K, kind);
        QFETCH(S, from);
        QFETCH(S, to);
        const Status st = MessageLifecycle::check(kind, from, to, QStringLiteral("message 42"));
        QCOMPARE(st.ok(), isAllowed(kind, from, to));
        if (!st.ok()) {
            QCOMPARE(st.error().kind, Error::Kind::Refused);
            QVERIFY(st.error().message.contains(QLatin1StringView("message 42")));
            QVERIFY(st.error().message.contains(nameOf(from)));
        }
    }

    // "At most once": nothing ever goes back to Queued, and a report never moves a
    // delivered message backwards; only an email's hard bounce fails it afterwards.
    void neverBackwards()
    {
        for (K kind : allValues<K>()) {
            for (S from : allValues<S>())
                QVERIFY(!MessageLifecycle::allowed(kind, from, S::Queued));
            QVERIFY(!MessageLifecycle::allowed(kind, S::Delivered, S::Sent));
            QVERIFY(!MessageLifecycle::allowed(kind, S::Delivered, S::AssumedDelivered));
            QCOMPARE(MessageLifecycle::allowed(kind, S::Delivered, S::Failed), kind == K::Email);
            QVERIFY(!MessageLifecycle::allowed(kind, S::TimedOut, S::Sending));
        }
    }

    void statesPerKind()
    {
        QVERIFY(!MessageLifecycle::states(K::Email).contains(S::Sent));
        QVERIFY(MessageLifecycle::states(K::Sms).contains(S::AssumedDelivered));
        QVERIFY(MessageLifecycle::states(K::Phone).contains(S::NoAnswer));
        QVERIFY(!MessageLifecycle::states(K::Phone).contains(S::Sending));
    }

    // The 10-minute rules, driven by a manual clock.
    void timeouts_data()
    {
        QTest::addColumn<K>("kind");
        QTest::addColumn<S>("status");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("expected"); // -1: no change

        QTest::newRow("sms Sent 9 min: wait") << K::Sms << S::Sent << 9 << -1;
        QTest::newRow("sms Sent 10 min: Assumed Delivered") << K::Sms << S::Sent << 10 << int(S::AssumedDelivered);
        QTest::newRow("viber Sent 11 min: Assumed Delivered") << K::Viber << S::Sent << 11 << int(S::AssumedDelivered);
        QTest::newRow("sms Sending 9 min: wait") << K::Sms << S::Sending << 9 << -1;
        QTest::newRow("sms Sending 10 min: Timed Out") << K::Sms << S::Sending << 10 << int(S::TimedOut);
        QTest::newRow("email Sending 10 min: Timed Out") << K::Email << S::Sending << 10 << int(S::TimedOut);
        QTest::newRow("phone Dialing 10 min: Timed Out") << K::Phone << S::Dialing << 10 << int(S::TimedOut);
        QTest::newRow("phone Ringing 10 min: Timed Out") << K::Phone << S::Ringing << 10 << int(S::TimedOut);
        QTest::newRow("phone Answered 60 min: still on the call") << K::Phone << S::Answered << 60 << -1;
        QTest::newRow("phone Answered 4 h: Timed Out") << K::Phone << S::Answered << 240 << int(S::TimedOut);
        QTest::newRow("sms Queued 60 min: untouched") << K::Sms << S::Queued << 60 << -1;
        QTest::newRow("sms Retrying 60 min: untouched") << K::Sms << S::Retrying << 60 << -1;
        QTest::newRow("sms Delivered 60 min: final") << K::Sms << S::Delivered << 60 << -1;
        QTest::newRow("email Delivered 60 min: final") << K::Email << S::Delivered << 60 << -1;
    }
    void timeouts()
    {
        QFETCH(K, kind);
        QFETCH(S, status);
        QFETCH(int, minutes);
        QFETCH(int, expected);
        const QDateTime changed(QDate(2026, 3, 29), QTime(0, 55), Qt::UTC); // across a DST change in Europe
        ManualClock clock(changed);
        clock.advanceSecs(qint64(minutes) * 60);
        const auto t = MessageLifecycle::timeout(kind, status, changed, clock.now());
        if (expected < 0) {
            QVERIFY(!t);
        } else {
            QVERIFY(t);
            QCOMPARE(t->to, S(expected));
            QVERIFY(MessageLifecycle::allowed(kind, status, t->to));
            QVERIFY(!t->reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageLifecycle)
#include "tst_messagelifecycle.moc"
