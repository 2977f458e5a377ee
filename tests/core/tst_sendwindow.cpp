#include "schedule/sendwindow.h"

#include <QTest>

using namespace herald;

class TestSendWindow final : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); }

private slots:
    void defaults()
    {
        QVERIFY(SendWindow::parse({}, ChannelKind::Email)->isAlways());
        QCOMPARE(SendWindow::parse({}, ChannelKind::Sms)->toString(), QStringLiteral("08:00-21:00"));
        QCOMPARE(SendWindow::parse({}, ChannelKind::Phone)->toString(), QStringLiteral("08:00-21:00"));
        QVERIFY(SendWindow::parse(QStringLiteral("none"), ChannelKind::Sms)->isAlways());
        QCOMPARE(SendWindow::parse(QStringLiteral(" 09:30 - 17:00 "), ChannelKind::Email)->toString(), QStringLiteral("09:30-17:00"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("mornings");
        QTest::newRow("one time") << QStringLiteral("08:00");
        QTest::newRow("bad hour") << QStringLiteral("25:00-26:00");
        QTest::newRow("empty span") << QStringLiteral("08:00-08:00");
    }
    void invalid()
    {
        QFETCH(QString, text);
        auto w = SendWindow::parse(text, ChannelKind::Sms);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, Error::Kind::Usage);
        QVERIFY(w.error().message.contains(text.trimmed()));
    }

    // Local time decides, across daylight-saving changes.
    void localTimeAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("open");
        // Europe/London moves to BST on 2026-03-29 at 01:00 UTC.
        QTest::newRow("London, GMT, 07:30") << utc(2026, 3, 28, 7, 30) << QStringLiteral("Europe/London") << false;
        QTest::newRow("London, BST, 08:30") << utc(2026, 3, 29, 7, 30) << QStringLiteral("Europe/London") << true;
        QTest::newRow("London, BST, 21:00 closes") << utc(2026, 3, 29, 20, 0) << QStringLiteral("Europe/London") << false;
        QTest::newRow("London, GMT, 20:30") << utc(2026, 3, 28, 20, 30) << QStringLiteral("Europe/London") << true;
        // New York falls back on 2026-11-01 at 06:00 UTC.
        QTest::newRow("New York, EDT, 07:59") << utc(2026, 10, 31, 11, 59) << QStringLiteral("America/New_York") << false;
        QTest::newRow("New York, EST, 07:59") << utc(2026, 11, 1, 12, 59) << QStringLiteral("America/New_York") << false;
        QTest::newRow("New York, EST, 08:00") << utc(2026, 11, 1, 13, 0) << QStringLiteral("America/New_York") << true;
    }
    void localTimeAcrossDst()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, zone);
        QFETCH(bool, open);
        const SendWindow w = *SendWindow::parse({}, ChannelKind::Sms);
        QCOMPARE(w.isOpen(at, QTimeZone(zone.toUtf8())), open);
    }

    void wrapsMidnight()
    {
        const SendWindow night = *SendWindow::parse(QStringLiteral("22:00-06:00"), ChannelKind::Phone);
        const QTimeZone utcZone = QTimeZone::utc();
        QVERIFY(night.isOpen(utc(2026, 1, 1, 23, 0), utcZone));
        QVERIFY(night.isOpen(utc(2026, 1, 1, 5, 59), utcZone));
        QVERIFY(!night.isOpen(utc(2026, 1, 1, 6, 0), utcZone));
        QCOMPARE(night.nextOpening(utc(2026, 1, 1, 12, 0), utcZone), utc(2026, 1, 1, 22, 0));
    }

    void nextOpening()
    {
        const SendWindow w = *SendWindow::parse({}, ChannelKind::Sms);
        const QTimeZone london("Europe/London");
        // Saturday 22:00 GMT: opens Sunday 08:00 BST = 07:00 UTC, after the change.
        QCOMPARE(w.nextOpening(utc(2026, 3, 28, 22, 0), london), utc(2026, 3, 29, 7, 0));
        QCOMPARE(w.nextOpening(utc(2026, 3, 29, 10, 0), london), utc(2026, 3, 29, 10, 0)); // open now
    }

    // The next opening or closing, strictly later; none for a window that never closes.
    void nextChange()
    {
        const SendWindow w = *SendWindow::parse({}, ChannelKind::Sms);
        const QTimeZone london("Europe/London");
        QCOMPARE(w.nextChange(utc(2026, 3, 28, 22, 0), london), utc(2026, 3, 29, 7, 0));  // opens, after the change
        QCOMPARE(w.nextChange(utc(2026, 3, 29, 7, 0), london), utc(2026, 3, 29, 20, 0));  // closes at 21:00 BST
        QCOMPARE(w.nextChange(utc(2026, 1, 10, 12, 0), london), utc(2026, 1, 10, 21, 0)); // closes at 21:00 GMT
        const SendWindow night = *SendWindow::parse(QStringLiteral("22:00-06:00"), ChannelKind::Sms);
        QCOMPARE(night.nextChange(utc(2026, 1, 1, 23, 0), QTimeZone::utc()), utc(2026, 1, 2, 6, 0));
        QVERIFY(!SendWindow::always().nextChange(utc(2026, 1, 1, 23, 0), london).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSendWindow)
#include "tst_sendwindow.moc"
