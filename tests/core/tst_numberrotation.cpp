// Number pools' rotation strategies, daily caps and quarantine, as data.
#include "numbers/numberrotation.h"

#include <QTest>

using namespace herald;

namespace {

const QString kToday = QStringLiteral("2026-11-23");

// "+14155550001:state:cap:uses:day" (day: of those uses, today by default), a number
// per entry, ids 1, 2, 3...
QList<PhoneNumber> numbers(const QStringList &specs)
{
    QList<PhoneNumber> out;
    for (const QString &spec : specs) {
        const QStringList f = spec.split(u':');
        PhoneNumber n;
        n.id = out.size() + 1;
        n.e164 = f.value(0);
        const QString state = f.value(1, QStringLiteral("active"));
        n.state = state == u"paused"        ? PhoneNumber::State::Paused
                  : state == u"quarantined" ? PhoneNumber::State::Quarantined
                                            : PhoneNumber::State::Active;
        n.dailyCap = f.value(2, QStringLiteral("0")).toInt();
        n.usedToday = f.value(3, QStringLiteral("0")).toInt();
        n.usedDay = f.value(4, kToday);
        out << n;
    }
    return out;
}

} // namespace

class TestNumberRotation final : public QObject
{
    Q_OBJECT

private slots:
    // Each row sends to the contacts in turn ("phone" or "phone>sticky id") and lists the
    // ids picked, 0 where no number may send.
    void picks_data()
    {
        QTest::addColumn<QString>("rotation");
        QTest::addColumn<QStringList>("pool");
        QTest::addColumn<QStringList>("contacts");
        QTest::addColumn<QList<Id>>("picked");
        const QStringList three{u"+14155550001"_qs, u"+14155550002"_qs, u"+12125550003"_qs};
        const QStringList five(5, u"+14155559999"_qs);
        QTest::newRow("round-robin") << "round-robin" << three << five << QList<Id>{1, 2, 3, 1, 2};
        QTest::newRow("round-robin skips paused")
            << "round-robin" << QStringList{u"+14155550001"_qs, u"+14155550002:paused"_qs, u"+12125550003"_qs} << five
            << QList<Id>{1, 3, 1, 3, 1};
        QTest::newRow("round-robin skips quarantined")
            << "round-robin" << QStringList{u"+14155550001:quarantined"_qs, u"+14155550002"_qs} << five
            << QList<Id>{2, 2, 2, 2, 2};
        QTest::newRow("least-used evens out")
            << "least-used" << QStringList{u"+14155550001:active:0:3"_qs, u"+14155550002:active:0:1"_qs} << five
            << QList<Id>{2, 2, 1, 2, 1};
        QTest::newRow("daily cap")
            << "round-robin" << QStringList{u"+14155550001:active:2:1"_qs, u"+14155550002:active:1:0"_qs} << five
            << QList<Id>{1, 2, 0, 0, 0};
        QTest::newRow("cap counts another day's uses as none")
            << "least-used" << QStringList{u"+14155550001:active:1:1:2026-11-22"_qs} << QStringList{u"+1"_qs}
            << QList<Id>{1};
        QTest::newRow("sticky keeps the contact's number")
            << "sticky" << three << QStringList{u"+1000>3"_qs, u"+1000>3"_qs, u"+1001>1"_qs} << QList<Id>{3, 3, 1};
        QTest::newRow("sticky without a number picks the least used")
            << "sticky" << QStringList{u"+14155550001:active:0:5"_qs, u"+14155550002:active:0:2"_qs}
            << QStringList{u"+1000"_qs} << QList<Id>{2};
        QTest::newRow("sticky number paused: another one")
            << "sticky" << QStringList{u"+14155550001:paused"_qs, u"+14155550002"_qs} << QStringList{u"+1000>1"_qs}
            << QList<Id>{2};
        QTest::newRow("local presence")
            << "local-presence" << three
            << QStringList{u"+12125551234"_qs, u"+14155551234"_qs, u"+14155551234"_qs, u"+12125551234"_qs}
            << QList<Id>{3, 1, 2, 3};
        QTest::newRow("local presence falls back to the least used")
            << "local-presence" << QStringList{u"+14155550001:active:0:4"_qs, u"+12125550003:active:0:1"_qs}
            << QStringList{u"+4930123456"_qs, u"+4930123456"_qs} << QList<Id>{2, 2};
        QTest::newRow("local presence outside North America")
            << "local-presence" << QStringList{u"+4930111111"_qs, u"+4989222222"_qs, u"+442071234567"_qs}
            << QStringList{u"+4989765432"_qs, u"+442079999999"_qs} << QList<Id>{2, 3};
        QTest::newRow("nothing usable")
            << "least-used" << QStringList{u"+14155550001:paused"_qs, u"+14155550002:quarantined"_qs}
            << QStringList{u"+1"_qs} << QList<Id>{0};
    }
    void picks()
    {
        QFETCH(QString, rotation);
        QFETCH(QStringList, pool);
        QFETCH(QStringList, contacts);
        QFETCH(QList<Id>, picked);
        NumberPool p;
        p.rotation = rotation;
        QList<PhoneNumber> list = numbers(pool);
        NumberRotation r(p, list, kToday);
        QList<Id> got;
        for (const QString &c : contacts) {
            const QStringList parts = c.split(u'>');
            const std::optional<Id> sticky = parts.size() > 1 ? std::optional<Id>(parts.at(1).toLongLong()) : std::nullopt;
            got << r.pick(parts.at(0), sticky).value_or(0);
        }
        QCOMPARE(got, picked);
    }

    void roundRobinCarriesOnAfterTheLastUsed()
    {
        NumberPool p;
        QList<PhoneNumber> list = numbers({u"+14155550001"_qs, u"+14155550002"_qs, u"+14155550003"_qs});
        list[1].lastUsedAt = QDateTime::fromSecsSinceEpoch(100);
        list[0].lastUsedAt = QDateTime::fromSecsSinceEpoch(50);
        NumberRotation r(p, list, kToday);
        QCOMPARE(r.pick(u"+1"_qs), 3);
        QCOMPARE(r.pick(u"+1"_qs), 1);
    }

    void quarantine_data()
    {
        QTest::addColumn<int>("below");
        QTest::addColumn<int>("sample");
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("quarantined");
        QTest::newRow("healthy") << 20 << 50 << 45 << 15 << false;
        QTest::newRow("below over the sample") << 20 << 50 << 9 << 51 << true;
        QTest::newRow("below, sample too small") << 20 << 50 << 1 << 40 << false;
        QTest::newRow("exactly at the threshold") << 20 << 50 << 10 << 40 << false;
        QTest::newRow("just below") << 20 << 50 << 9 << 41 << true;
        QTest::newRow("off") << 0 << 50 << 0 << 500 << false;
    }
    void quarantine()
    {
        QFETCH(int, below);
        QFETCH(int, sample);
        QFETCH(int, successes);
        QFETCH(int, failures);
        QFETCH(bool, quarantined);
        NumberPool p;
        p.quarantineBelowPercent = below;
        p.quarantineMinSample = sample;
        PhoneNumber n;
        n.successes = successes;
        n.failures = failures;
        const auto reason = NumberRotation::quarantineReason(p, n, false);
        QCOMPARE(reason.has_value(), quarantined);
        if (reason)
            QVERIFY2(reason->contains(u"delivery rate") && reason->contains(u"below the pool's 20%"), qPrintable(*reason));
    }
};

QTEST_GUILESS_MAIN(TestNumberRotation)
#include "tst_numberrotation.moc"
