// SMS length: GSM-7 septets (extension characters count twice) or UCS-2 code units, the
// segments each takes, and the character that forces UCS-2.
#include "content/smstext.h"

#include <QTest>

using namespace herald;

class TestSmsText final : public QObject
{
    Q_OBJECT

private slots:
    void measure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unicode");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<QString>("culprit");
        QTest::addColumn<int>("at");
        QTest::newRow("empty") << QString() << false << 0 << 0 << QString() << -1;
        QTest::newRow("gsm 160") << QString(160, u'a') << false << 160 << 1 << QString() << -1;
        QTest::newRow("gsm 161") << QString(161, u'a') << false << 161 << 2 << QString() << -1;
        QTest::newRow("gsm 306") << QString(306, u'a') << false << 306 << 2 << QString() << -1;
        QTest::newRow("gsm 307") << QString(307, u'a') << false << 307 << 3 << QString() << -1;
        QTest::newRow("gsm accents") << QStringLiteral("Café à Zürich, Ñandu") << false << 20 << 1 << QString() << -1;
        QTest::newRow("u acute is not gsm") << QStringLiteral("Ñandú") << true << 5 << 1 << QStringLiteral("ú") << 4;
        QTest::newRow("extension twice") << QStringLiteral("Only 5€ [today]") << false << 18 << 1 << QString() << -1;
        QTest::newRow("extension over 160") << QString(80, u'€') + u'a' << false << 161 << 2 << QString() << -1;
        QTest::newRow("ucs2 70") << QString(69, u'a') + u'ç' << true << 70 << 1 << QStringLiteral("ç") << 69;
        QTest::newRow("ucs2 71") << QString(70, u'a') + u'ç' << true << 71 << 2 << QStringLiteral("ç") << 70;
        QTest::newRow("ucs2 134") << u'ç' + QString(133, u'a') << true << 134 << 2 << QStringLiteral("ç") << 0;
        QTest::newRow("ucs2 135") << u'ç' + QString(134, u'a') << true << 135 << 3 << QStringLiteral("ç") << 0;
        QTest::newRow("emoji pair") << QStringLiteral("Hi 👋 there") << true << 11 << 1 << QStringLiteral("👋") << 3;
        QTest::newRow("curly quote") << QStringLiteral("It’s on") << true << 7 << 1 << QStringLiteral("’") << 2;
    }
    void measure()
    {
        QFETCH(QString, text);
        QFETCH(bool, unicode);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(QString, culprit);
        QFETCH(int, at);
        const SmsText m = SmsText::measure(text);
        QCOMPARE(m.unicode, unicode);
        QCOMPARE(m.units, units);
        QCOMPARE(m.segments, segments);
        QCOMPARE(m.forcesUnicode, culprit);
        QCOMPARE(m.forcesUnicodeAt, qsizetype(at));
    }
};

QTEST_GUILESS_MAIN(TestSmsText)
#include "tst_smstext.moc"
