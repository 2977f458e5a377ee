#include "content/linktracking.h"

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
