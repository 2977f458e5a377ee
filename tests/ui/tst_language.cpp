// The window in another language: German, whose words are the longest of Herald's
// languages, must fit every page at the usual window size, and Settings → This computer
// chooses the language for the next start.

#include "common/appearance.h"
#include "common/dialogs.h"
#include "common/icons.h"
#include "common/language.h"
#include "demoworkspace.h"
#include "domain/campaignstatus.h"
#include "domain/labels.h"
#include "domain/launchtype.h"
#include "domain/role.h"
#include "lifecycle/finding.h"
#include "main/mainwindow.h"
#include "pagetour.h"
#include "settings/settingspage.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace herald;

namespace {

// The text a label or button shows, and the width it needs for it; empty when the
// widget wraps its text or shows none.
struct Shown
{
    QString text;
    int needed = 0;
};

Shown shownText(QWidget *w)
{
    if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->wordWrap() || label->text().isEmpty())
            return {};
        return {label->text(), label->minimumSizeHint().width()};
    }
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return {};
        return {button->text(), button->minimumSizeHint().width()};
    }
    if (auto *box = qobject_cast<QGroupBox *>(w)) {
        if (box->title().isEmpty())
            return {};
        return {box->title(), box->fontMetrics().horizontalAdvance(box->title())};
    }
    return {};
}

// Every visible label, button and group title of `root` narrower than its text.
QStringList clipped(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->property("elides").toBool())
            continue;
        const Shown shown = shownText(w);
        if (!shown.text.isEmpty() && w->width() < shown.needed)
            out << QStringLiteral("%1 \"%2\": %3 px wide, its text needs %4 px")
                       .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                      : w->objectName(),
                            shown.text.left(60), QString::number(w->width()), QString::number(shown.needed));
    }
    return out;
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setUnattended(true);
        QCOMPARE(Language::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        Icons::setUp();
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(DemoWorkspace::generate(*db).ok());
        m_db = *db;
    }

    // Every page, campaign layout, tab and builder section at the size the window opens
    // with: no label or button is narrower than its German text, and the window needs no
    // more room than that.
    void germanPagesFit()
    {
        MainWindow window(*m_db);
        QVERIFY(test::showOnDemo(window));
        // Said in German: the menu bar and the navigation.
        const QString newCampaign = window.findChild<QAction *>(QStringLiteral("actionNewCampaign"))->text();
        QVERIFY2(newCampaign.contains(QStringLiteral("Kampagne")), qPrintable(newCampaign));
        // Icons from the built-in Breeze theme (no desktop theme offscreen).
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewCampaign"))->icon().isNull());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < nav->count(); ++i)
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));

        QStringList problems;
        const QStringList notShown = test::tourDemo(window, *m_db, [&](const QString &where) {
            for (const QString &c : clipped(&window))
                problems << where + u": " + c;
            if (window.width() > 1240 || window.height() > 760)
                problems << QStringLiteral("%1: the window grew to %2 × %3")
                                .arg(where, QString::number(window.width()), QString::number(window.height()));
        });
        QVERIFY2(notShown.isEmpty(), qPrintable(u"not shown: " + notShown.join(u", ")));
        for (const QString &p : std::as_const(problems)) // all of them: a failure message is cut short
            qWarning("clipped: %s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" texts do not fit"));

        QVERIFY2(window.width() <= 1240 && window.height() <= 760,
                 qPrintable(QStringLiteral("the window grew to %1 × %2 for its German text")
                                .arg(window.width())
                                .arg(window.height())));
    }

    // In each language as in English (tst_accessibility): no Alt+letter that two controls in
    // view share, on every page, layout, tab and builder section.
    void mnemonicsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"de", "fr", "es"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void mnemonicsInEachLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator; // over the German installed for the whole test
        QVERIFY(translator.load(u"herald_" + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window(*m_db);
        QVERIFY(test::showOnDemo(window));
        QStringList notShown;
        const QStringList clashes = test::demoMnemonicClashes(window, *m_db, notShown);
        QVERIFY2(notShown.isEmpty(), qPrintable(u"not shown: " + notShown.join(u", ")));
        for (const QString &c : std::as_const(clashes))
            qWarning("mnemonic clash: %s", qPrintable(c));
        QVERIFY2(clashes.isEmpty(), qPrintable(QString::number(clashes.size()) + u" mnemonic clashes"));
    }

    // Settings → This computer keeps the language and appearance for the next start;
    // "The system's" and "The desktop's" forget them.
    void thisComputerSettings()
    {
        QSettings().clear();
        SettingsPage page;
        auto *choice = page.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QVERIFY(choice);
        QCOMPARE(choice->currentIndex(), 0); // the system's
        QCOMPARE(choice->count(), 1 + Language::available().size());
        choice->setCurrentIndex(choice->findData(QStringLiteral("fr")));
        QCOMPARE(Language::chosen(), QStringLiteral("fr"));
        QCOMPARE(choice->currentText(), QStringLiteral("Français"));
        SettingsPage again;
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageChoice"))->currentData().toString(),
                 QStringLiteral("fr"));
        choice->setCurrentIndex(0);
        QVERIFY(Language::chosen().isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));

        auto *appearance = page.findChild<QComboBox *>(QStringLiteral("appearanceChoice"));
        QVERIFY(appearance);
        QCOMPARE(appearance->currentIndex(), 0); // the desktop's
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        QCOMPARE(Appearance::chosen(), QStringLiteral("dark"));
        QVERIFY(!Appearance::apply(QStringLiteral("purple")));
        appearance->setCurrentIndex(0);
        QVERIFY(Appearance::chosen().isEmpty());
    }

    // Core's messages reach the window translated, and stay English where they are kept.
    void coreMessagesAreTranslated()
    {
        const Text text = Text::tr("%1 has no sender").arg(Text::tr("this campaign"));
        QCOMPARE(text.english(), QStringLiteral("this campaign has no sender"));
        QVERIFY2(text.shown() != text.english(), qPrintable(text.shown()));
        const Error error = Error::refused(text);
        QCOMPARE(error.message, text.english());
        QCOMPARE(error.shown(), text.shown());
        const Text rows = Text::tr("%n row(s)", nullptr, 1);
        QCOMPARE(rows.english(), QStringLiteral("1 row"));
        QCOMPARE(Text::tr("%n row(s)", nullptr, 3).english(), QStringLiteral("3 rows"));
        // Qt's own: its buttons in German, its errors (which core quotes and stores) English.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QBuffer().errorString(), QStringLiteral("Unknown error"));
    }

    // A state, launch type, run kind, role or finding group added to the vocabulary needs
    // its label (core/domain/labels.cpp) and its translations: each name is in German.
    void everyNameHasALabel()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("herald_de"), QStringLiteral(":/i18n")));
        QStringList missing;
        const auto check = [&]<typename E>(const char *context, E) {
            for (const E value : allValues<E>())
                if (german.translate(context, nameOf(value).toUtf8().constData()).isEmpty())
                    missing << QLatin1StringView(context) + u": " + nameOf(value);
        };
        check("herald::CampaignStatus", CampaignStatus{});
        check("herald::ChannelStatus", ChannelStatus{});
        check("herald::MessageStatus", MessageStatus{});
        check("herald::LaunchType", LaunchType{});
        check("herald::RunKind", RunKind{});
        check("herald::Role", Role{});
        check("herald::FindingGroup", FindingGroup{});
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; ")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
