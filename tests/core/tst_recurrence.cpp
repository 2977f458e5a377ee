#include "schedule/recurrence.h"

#include <QTest>

using namespace herald;

class TestRecurrence final : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int mo, int d, int h, int mi = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }

private slots:
    void invalidRules()
    {
        for (const char *rule : {"", "EVERY MONDAY", "FREQ=SOMETIMES"}) {
            const Status st = Recurrence::validate(QString::fromLatin1(rule));
            QVERIFY2(!st.ok(), rule);
            QCOMPARE(st.error().kind, Error::Kind::Usage);
        }
        QVERIFY(Recurrence::validate(QStringLiteral("FREQ=WEEKLY;BYDAY=MO")).ok());
    }

    // Every Monday 09:00 in London: 08:00 UTC in summer, 09:00 UTC in winter.
    void weeklyAcrossDst()
    {
        const QTimeZone london("Europe/London");
        const QDateTime first(QDate(2026, 10, 19), QTime(9, 0), london); // a Monday, BST
        QCOMPARE(*Recurrence::next(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), first, london, first.addSecs(-1)), utc(2026, 10, 19, 8));
        QCOMPARE(*Recurrence::next(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), first, london, utc(2026, 10, 19, 8)), utc(2026, 10, 26, 9));
    }

    void dailyAndMonthly()
    {
        const QTimeZone ny("America/New_York");
        const QDateTime first(QDate(2026, 3, 7), QTime(8, 0), ny);
        // The US springs forward on 2026-03-08: 08:00 EST is 13:00 UTC, 08:00 EDT 12:00 UTC.
        QCOMPARE(*Recurrence::next(QStringLiteral("FREQ=DAILY"), first, ny, utc(2026, 3, 7, 13)), utc(2026, 3, 8, 12));
        const QDateTime monthly(QDate(2026, 1, 31), QTime(10, 0), QTimeZone::utc());
        // BYMONTHDAY=-1: the last day of each month.
        QCOMPARE(*Recurrence::next(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"), monthly, QTimeZone::utc(), utc(2026, 2, 1, 0)),
                 utc(2026, 2, 28, 10));
    }

    void finiteRuleEnds()
    {
        const QDateTime first = utc(2026, 1, 1, 9);
        QCOMPARE(*Recurrence::next(QStringLiteral("FREQ=DAILY;COUNT=2"), first, QTimeZone::utc(), first), utc(2026, 1, 2, 9));
        auto none = Recurrence::next(QStringLiteral("FREQ=DAILY;COUNT=2"), first, QTimeZone::utc(), utc(2026, 1, 2, 9));
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
