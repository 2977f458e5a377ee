// The window's colours of meaning (ui/common/tones.h) stay readable in a light and a
// dark palette: every text at least 4.5:1 against what it is drawn on, chart lines 3:1.

#include "common/appearance.h"
#include "common/tones.h"
#include "domain/campaignstatus.h"
#include "domain/enumnames.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace herald;
using Tones::Tone;

namespace {

QString name(const QColor &c)
{
    return c.name();
}

} // namespace

class TestTones final : public QObject
{
    Q_OBJECT

private slots:
    void contrastRatio()
    {
        QCOMPARE(qRound(Tones::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Tones::contrast(Qt::white, Qt::white), 1.0);
        QCOMPARE(Tones::contrast(QColor(0x77, 0x77, 0x77), Qt::white), Tones::contrast(Qt::white, QColor(0x77, 0x77, 0x77)));
    }

    void readable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
    }

    void readable()
    {
        QFETCH(QPalette, palette);
        QCOMPARE(Tones::isDark(palette), QString::fromLatin1(QTest::currentDataTag()) == u"dark");
        QStringList low;
        const auto check = [&](const QString &what, const QColor &fg, const QColor &bg, double least) {
            const double ratio = Tones::contrast(fg, bg);
            if (ratio < least)
                low << QStringLiteral("%1: %2 on %3 is %4:1").arg(what, name(fg), name(bg)).arg(ratio, 0, 'f', 2);
        };
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Info, Tone::Neutral}) {
            const QString t = QString::number(int(tone));
            check(u"text " + t + u" on window", Tones::text(tone, palette), palette.color(QPalette::Window), 4.5);
            check(u"text " + t + u" on base", Tones::text(tone, palette), palette.color(QPalette::Base), 4.5);
            const Tones::Colors banner = Tones::banner(tone, palette);
            check(u"banner " + t, banner.text, banner.background, 4.5);
            check(u"band " + t, Tones::band(tone, palette), palette.color(QPalette::Base), 3.0);
        }
        for (CampaignStatus status : allValues<CampaignStatus>()) {
            const Tones::Colors badge = Tones::badge(status);
            check(u"badge " + nameOf(status), badge.text, badge.background, 4.5);
        }
        const Tones::Colors today = Tones::highlight(palette);
        check(QStringLiteral("highlighted cell"), today.text, today.background, 4.5);
        const Tones::Colors bubble = Tones::bubble(palette);
        check(QStringLiteral("message bubble"), bubble.text, bubble.background, 4.5);
        for (int i = 0; i < 10; ++i)
            check(u"series " + QString::number(i), Tones::series(i, palette), palette.color(QPalette::Base), 3.0);
        check(QStringLiteral("axis text"), Tones::axisText(palette), palette.color(QPalette::Base), 4.5);
        QVERIFY2(low.isEmpty(), qPrintable(low.join(u'\n')));
    }
};

QTEST_MAIN(TestTones)
#include "tst_tones.moc"
