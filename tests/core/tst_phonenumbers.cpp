#include "audience/phonenumbers.h"
#include "providers/kannel/kannelsettings.h"

#include <QTest>

using namespace herald;

// Phone numbers as people type them and gateways report them, read by libphonenumber:
// the regions' trunk and international prefixes, possible lengths, and what is refused.
class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        const auto row = [](const char *name, const char *text, const char *region, const char *e164) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(region) << QString::fromLatin1(e164);
        };
        // United Kingdom: trunk 0, international 00; the trunk zero kept after +44 by mistake.
        row("GB national mobile", "07911 123456", "GB", "+447911123456");
        row("GB +44 with trunk zero", "+44 07911 123456", "GB", "+447911123456");
        row("GB (0) shown for callers at home", "+44 (0)20 7946 0958", "US", "+442079460958");
        row("GB from abroad, 00", "0044 7700-900-123", "DE", "+447700900123");
        row("00 read in the US too", "0044 7911 123456", "US", "+447911123456");
        // United States and Canada: 1 before the area code, 011 to dial abroad.
        row("US formatted", "(415) 555-0100", "US", "+14155550100");
        row("US with 1", "1 415 555 0100", "US", "+14155550100");
        row("US dots", "415.555.0100", "US", "+14155550100");
        row("US local only, no area code", "555-0100", "US", "");
        row("US 011 to the UK", "011 44 7911 123456", "US", "+447911123456");
        row("CA national", "(604) 555-0199", "CA", "+16045550199");
        // Australia dials abroad with 0011.
        row("AU national", "02 9374 4000", "AU", "+61293744000");
        row("AU 0011 to Germany", "0011 49 30 1234567", "AU", "+49301234567");
        row("AU mobile", "0412 345 678", "AU", "+61412345678");
        // Germany, France, Italy (which keeps its leading 0), Spain, the Netherlands.
        row("DE national", "030 1234567", "DE", "+49301234567");
        row("DE mobile with slash", "0151/23456789", "DE", "+4915123456789");
        row("FR national", "01 23 45 67 89", "FR", "+33123456789");
        row("FR dots, +33", "+33.1.23.45.67.89", "GB", "+33123456789");
        row("IT keeps 0", "06 1234 5678", "IT", "+390612345678");
        row("IT mobile", "312 345 6789", "IT", "+393123456789");
        row("ES national", "912 345 678", "ES", "+34912345678");
        row("NL national", "020 123 4567", "NL", "+31201234567");
        // Elsewhere: Switzerland, Japan, India, Brazil, Mexico, South Africa, Singapore, Ireland.
        row("CH national", "044 668 18 00", "CH", "+41446681800");
        row("JP national", "03-1234-5678", "JP", "+81312345678");
        row("IN mobile", "098765 43210", "IN", "+919876543210");
        row("BR mobile", "(11) 91234-5678", "BR", "+5511912345678");
        row("MX mobile", "55 1234 5678", "MX", "+525512345678");
        row("ZA national", "021 123 4567", "ZA", "+27211234567");
        row("SG national", "6123 4567", "SG", "+6561234567");
        row("IE mobile", "085 123 4567", "IE", "+353851234567");
        row("region in lower case", "07911 123456", "gb", "+447911123456");
        row("no-break spaces", "07911\u00a0123456", "GB", "+447911123456");
        // Without a region only international numbers.
        row("no region, +", "+44 7911 123456", "", "+447911123456");
        row("no region, 00", "0049 30 1234567", "", "+49301234567");
        row("no region, national", "07911 123456", "", "");
        // Refused.
        row("letters", "+44 79II 123456", "GB", "");
        row("vanity letters", "1-800-FLOWERS", "US", "");
        row("two pluses", "++447911123456", "GB", "");
        row("plus in the middle", "44+7911123456", "GB", "");
        row("too long", "+4479111234561234567", "GB", "");
        row("too short for its country", "+44 7911", "GB", "");
        row("unknown region", "07911 123456", "XX", "");
        row("unknown country code", "+999 1234 5678", "GB", "");
        row("empty", "", "GB", "");
        row("only separators", " - ( ) ", "GB", "");
        row("very long", "1234567890123456789012345678901234567890123456789012345678901234567890", "GB", "");
    }

    void toE164()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QCOMPARE(phone::toE164(text, region), e164);
        if (!e164.isEmpty())
            QVERIFY(phone::isE164(e164));
    }

    void callingCodes()
    {
        QCOMPARE(phone::callingCode(QStringLiteral("GB")), 44);
        QCOMPARE(phone::callingCode(QStringLiteral("us")), 1);
        QCOMPARE(phone::callingCode(QStringLiteral("AU")), 61);
        QCOMPARE(phone::callingCode(QStringLiteral("KE")), 254); // any region, not a list of favourites
        QCOMPARE(phone::callingCode(QStringLiteral("XX")), 0);
        QCOMPARE(phone::callingCode(QString()), 0);
    }

    // What a gateway reports: with its region, national numbers; else digits alone are
    // international numbers without their "+"; short codes and names stay as they are.
    void gatewayNumbers_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reported");
        QTest::addColumn<QString>("e164");
        QTest::newRow("US national") << "US" << "4155550100" << "+14155550100";
        QTest::newRow("US with 1") << "US" << "14155550100" << "+14155550100";
        QTest::newRow("US region, international") << "US" << "447911123456" << "+447911123456";
        QTest::newRow("GB national") << "GB" << "07911123456" << "+447911123456";
        QTest::newRow("plus kept") << "US" << "+447911123456" << "+447911123456";
        QTest::newRow("no region, international") << "" << "447911123456" << "+447911123456";
        // Without a region a national number matches nobody: why gateways that report
        // national numbers need their region set.
        QTest::newRow("no region, national stays") << "" << "4155550100" << "4155550100";
        QTest::newRow("short code") << "US" << "12345" << "12345";
        QTest::newRow("name") << "GB" << "ACME" << "ACME";
    }

    void gatewayNumbers()
    {
        QFETCH(QString, region);
        QFETCH(QString, reported);
        QFETCH(QString, e164);
        auto settings = KannelSettings::fromJson(region.isEmpty() ? QStringLiteral("{}")
                                                                  : QStringLiteral(R"({"region":"%1"})").arg(region));
        QVERIFY2(settings, settings ? "" : qPrintable(settings.error().message));
        QCOMPARE(settings->e164(reported), e164);
    }

    void gatewayRegionIsChecked()
    {
        auto bad = KannelSettings::fromJson(QStringLiteral(R"({"region":"USA"})"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Usage);
        QVERIFY2(bad.error().message.contains(u"region 'USA'"), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
