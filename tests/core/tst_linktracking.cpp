#include "content/linktracking.h"
#include "content/unsubscribepage.h"

#include <QRegularExpression>
#include <QTest>

using namespace herald;

// Signed redirect links: what the listener accepts, and how message text is rewritten.
class TestLinkTracking final : public QObject
{
    Q_OBJECT

    static constexpr auto kSecret = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    static QString tokenOf(const QString &tracked)
    {
        return tracked.mid(tracked.lastIndexOf(u'/') + 1);
    }

private slots:
    void signedRoundTrip()
    {
        const QString url = QStringLiteral("https://shop.example/new?utm=mail&x=\u00e9:1");
        const QString tracked =
            LinkTracking::trackedUrl(QStringLiteral("https://h.example"), QLatin1StringView(kSecret), 7, 4242, url);
        QVERIFY2(tracked.startsWith(u"https://h.example/c/"), qPrintable(tracked));
        const QString token = tokenOf(tracked);
        QVERIFY(!token.contains(u"4242")); // nothing in it reads as an id
        QCOMPARE(*LinkTracking::tenantOf(token), Id(7));
        auto click = LinkTracking::verify(token, QLatin1StringView(kSecret));
        QVERIFY(click.ok());
        QCOMPARE(click->tenantId, Id(7));
        QCOMPARE(click->messageId, Id(4242));
        QCOMPARE(click->url, url);
    }

    // Any changed character, another tenant's secret, or no secret: refused.
    void tamperedTokensAreRefused()
    {
        const QString token = tokenOf(LinkTracking::trackedUrl(QStringLiteral("https://h.example"),
                                                               QLatin1StringView(kSecret), 7, 4242,
                                                               QStringLiteral("https://shop.example/")));
        for (qsizetype i = 0; i < token.size(); ++i) {
            QString changed = token;
            changed[i] = token.at(i) == u'A' ? u'B' : u'A';
            QVERIFY2(!LinkTracking::verify(changed, QLatin1StringView(kSecret)).ok(), qPrintable(changed));
        }
        QVERIFY(!LinkTracking::verify(token, QStringLiteral("ff") + QLatin1StringView(kSecret).mid(2)).ok());
        QVERIFY(!LinkTracking::verify(token, QString()).ok());
        for (const QString &junk : QStringList{QString(), QStringLiteral("."), QStringLiteral("abc"),
                                               QStringLiteral("a.b.c"), QString(20000, u'x') + u".y"})
            QVERIFY(!LinkTracking::verify(junk, QLatin1StringView(kSecret)).ok());
        // A well-signed token for a target that is not a web address is refused too.
        const QString script = tokenOf(LinkTracking::trackedUrl(QStringLiteral("https://h.example"),
                                                                QLatin1StringView(kSecret), 7, 1,
                                                                QStringLiteral("javascript:alert(1)")));
        QVERIFY(!LinkTracking::verify(script, QLatin1StringView(kSecret)).ok());
    }

    // A deep link's token: what Telegram allows, signed for one contact and one channel.
    void linkToken()
    {
        const QString secret = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString start = LinkTracking::linkToken(ChannelKind::Telegram, secret, 9223372036854775807LL);
        QVERIFY(start.size() <= 64);
        QVERIFY(QRegularExpression(QStringLiteral("\\A[A-Za-z0-9_-]+\\z")).match(start).hasMatch());
        QCOMPARE(*LinkTracking::verifyLinkToken(ChannelKind::Telegram, start, secret), 9223372036854775807LL);
        const QString mine = LinkTracking::linkToken(ChannelKind::Telegram, secret, 42);
        QCOMPARE(*LinkTracking::verifyLinkToken(ChannelKind::Telegram, mine, secret), 42);
        QCOMPARE(LinkTracking::telegramLink(QStringLiteral("@ShopBot"), mine), u"https://t.me/ShopBot?start=" + mine);
        // Another contact's id with this signature, another tenant's secret, a truncated or
        // empty parameter: nobody.
        QString other = mine;
        other.replace(1, 2, QStringLiteral("43"));
        for (const QString &bad : QStringList{other, mine.chopped(1), QString(), QStringLiteral("c42_"), mine + u'A'})
            QCOMPARE(LinkTracking::verifyLinkToken(ChannelKind::Telegram, bad, secret).error().kind, Error::Kind::NotFound);
        QVERIFY(!LinkTracking::verifyLinkToken(ChannelKind::Telegram, mine, QString(64, u'1')).ok());
        QVERIFY(!LinkTracking::verifyLinkToken(ChannelKind::Telegram, mine, QString()).ok());
        // Viber's context: another signature, so a Telegram token links no Viber user.
        const QString viber = LinkTracking::linkToken(ChannelKind::Viber, secret, 42);
        QCOMPARE(*LinkTracking::verifyLinkToken(ChannelKind::Viber, viber, secret), 42);
        QVERIFY(!LinkTracking::verifyLinkToken(ChannelKind::Viber, mine, secret).ok());
        QVERIFY(!LinkTracking::verifyLinkToken(ChannelKind::Telegram, viber, secret).ok());
        QCOMPARE(LinkTracking::viberLink(QStringLiteral("northwind"), viber),
                 u"viber://pa?chatURI=northwind&context=" + viber);
    }

    void unsubscribeRoundTrip()
    {
        const QString link = LinkTracking::unsubscribeUrl(QStringLiteral("https://h.example"), QLatin1StringView(kSecret),
                                                          7, 4242, 99);
        QVERIFY2(link.startsWith(u"https://h.example/u/"), qPrintable(link));
        const QString token = tokenOf(link);
        QCOMPARE(*LinkTracking::tenantOf(token), Id(7));
        auto unsubscribe = LinkTracking::verifyUnsubscribe(token, QLatin1StringView(kSecret));
        QVERIFY(unsubscribe.ok());
        QCOMPARE(unsubscribe->tenantId, Id(7));
        QCOMPARE(unsubscribe->messageId, Id(4242));
        QCOMPARE(unsubscribe->contactId, Id(99));
        for (qsizetype i = 0; i < token.size(); ++i) {
            QString changed = token;
            changed[i] = token.at(i) == u'A' ? u'B' : u'A';
            QVERIFY2(!LinkTracking::verifyUnsubscribe(changed, QLatin1StringView(kSecret)).ok(), qPrintable(changed));
        }
        QVERIFY(!LinkTracking::verifyUnsubscribe(token, QString()).ok());
        // Neither kind of token stands in for the other, though both are signed alike.
        QVERIFY(!LinkTracking::verify(token, QLatin1StringView(kSecret)).ok());
        const QString click = tokenOf(LinkTracking::trackedUrl(QStringLiteral("https://h.example"),
                                                               QLatin1StringView(kSecret), 7, 4242,
                                                               QStringLiteral("https://x.example/1:2")));
        QVERIFY(!LinkTracking::verifyUnsubscribe(click, QLatin1StringView(kSecret)).ok());
    }

    // The page's language: the contact's own field first, then the browser's, then English.
    void unsubscribePageLanguage_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QString() << QString() << QByteArray() << "en";
        QTest::newRow("browser") << QString() << QString() << QByteArray("de-CH, de;q=0.9, en;q=0.8") << "de";
        QTest::newRow("browser, first known") << QString() << QString() << QByteArray("ja, pt-BR;q=0.8") << "pt";
        QTest::newRow("browser, none known") << QString() << QString() << QByteArray("ja, zh") << "en";
        QTest::newRow("contact field") << "language" << "fr" << QByteArray("de") << "fr";
        QTest::newRow("field, another case") << "Locale" << "nl_NL" << QByteArray() << "nl";
        QTest::newRow("field unknown, browser") << "lang" << "fi" << QByteArray("es-MX") << "es";
        QTest::newRow("junk") << "language" << ";;" << QByteArray(";q=1,,, -") << "en";
    }

    void unsubscribePageLanguage()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QByteArray, accept);
        QFETCH(QString, expected);
        QMap<QString, QString> fields;
        if (!field.isEmpty())
            fields.insert(field, value);
        fields.insert(QStringLiteral("city"), QStringLiteral("de"));
        QCOMPARE(UnsubscribePage::language(fields, accept), expected);
    }

    // Every language has every page; names are escaped, the address masked.
    void unsubscribePages()
    {
        const QString evil = QStringLiteral("<b>Acme & Co</b>");
        for (const QString &language : UnsubscribePage::languages()) {
            const QString confirm = QString::fromUtf8(UnsubscribePage::confirm(language, QStringLiteral("ada@example.com"), evil));
            QVERIFY2(confirm.contains(u"lang=\"" + language + u'"'), qPrintable(confirm));
            QVERIFY(confirm.contains(u"&lt;b&gt;Acme &amp; Co&lt;/b&gt;"));
            QVERIFY(confirm.contains(u"a\u2022\u2022\u2022@example.com"));
            QVERIFY(!confirm.contains(u"ada@"));
            QVERIFY(confirm.contains(u"<form method=\"post\">"));
            QVERIFY(confirm.contains(u"name=\"List-Unsubscribe\" value=\"One-Click\""));
            QVERIFY(!confirm.contains(u"%1") && !confirm.contains(u"%2"));
            QVERIFY(!confirm.contains(u"http") && !confirm.contains(u"<script"));
            const QString done = QString::fromUtf8(UnsubscribePage::done(language, QStringLiteral("ada@example.com"), evil));
            QVERIFY(!done.contains(u"%1") && !done.contains(u"%2") && !done.contains(u"<form"));
            QVERIFY(UnsubscribePage::invalid(language).startsWith("<!doctype html>"));
            QVERIFY(UnsubscribePage::failed(language).startsWith("<!doctype html>"));
        }
        QVERIFY(QString::fromUtf8(UnsubscribePage::done(QStringLiteral("de"), QString(), QStringLiteral("Acme")))
                    .contains(u"abgemeldet"));
    }

    void rewritesHtmlLinks()
    {
        QStringList seen;
        const auto track = [&](const QString &url) {
            seen << url;
            return url.contains(u"unsubscribe") ? QString() : QStringLiteral("T") + QString::number(seen.size());
        };
        const QString html = QStringLiteral(
            "<p><a href=\"https://shop.example/new?a=1&amp;b=2\">Shop</a> <a HREF='http://x.example/'>x</a> "
            "<a href=\"mailto:help@example.com\">mail</a> https://bare.example/ "
            "<a href=\"https://h.example/unsubscribe/9\">Unsubscribe</a></p>");
        const QString out = LinkTracking::rewrite(html, true, track);
        QCOMPARE(seen, (QStringList{QStringLiteral("https://shop.example/new?a=1&b=2"), QStringLiteral("http://x.example/"),
                                    QStringLiteral("https://h.example/unsubscribe/9")}));
        QCOMPARE(out, QStringLiteral("<p><a href=\"T1\">Shop</a> <a HREF='T2'>x</a> "
                                     "<a href=\"mailto:help@example.com\">mail</a> https://bare.example/ "
                                     "<a href=\"https://h.example/unsubscribe/9\">Unsubscribe</a></p>"));
    }

    void rewritesTextLinks()
    {
        QStringList seen;
        const auto track = [&](const QString &url) {
            seen << url;
            return QStringLiteral("<T>");
        };
        const QString out = LinkTracking::rewrite(
            QStringLiteral("See https://shop.example/new. Or (https://x.example/a?b=c), then HTTPS://Y.example!"), false,
            track);
        QCOMPARE(seen, (QStringList{QStringLiteral("https://shop.example/new"), QStringLiteral("https://x.example/a?b=c"),
                                    QStringLiteral("HTTPS://Y.example")}));
        QCOMPARE(out, QStringLiteral("See <T>. Or (<T>), then <T>!"));
        QCOMPARE(LinkTracking::rewrite(QStringLiteral("no links here"), false, track), QStringLiteral("no links here"));
    }
};

QTEST_GUILESS_MAIN(TestLinkTracking)
#include "tst_linktracking.moc"
