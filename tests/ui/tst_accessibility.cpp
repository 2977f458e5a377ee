// What a screen reader meets: every control on every page has a name, and the views that
// draw their data themselves (the calendar, the charts) read as tables.

#include "calendar/calendarpage.h"
#include "calendar/calendarview.h"
#include "common/dialogs.h"
#include "demoworkspace.h"
#include "main/mainwindow.h"
#include "pagetour.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

// Every visible control that takes the keyboard's focus and has no accessible name.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        // The parts of composite controls are named through their owner.
        if (w->parentWidget() && (w->parentWidget()->inherits("QAbstractSpinBox")
                                  || w->parentWidget()->inherits("QComboBox")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (iface && !iface->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        QString what = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            what += u" \"" + w->objectName() + u'"';
        else if (w->parentWidget() && !w->parentWidget()->objectName().isEmpty())
            what += u" in \"" + w->parentWidget()->objectName() + u'"';
        out << what;
    }
    return out;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    QString shortIdOf(const QString &name) { return test::demoShortId(*m_db, name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setUnattended(true);
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(DemoWorkspace::generate(*db).ok());
        m_db = *db;
    }

    // Every page, campaign layout, tab and builder section: no control without a name.
    void everyControlIsNamed()
    {
        MainWindow window(*m_db);
        QVERIFY(test::showOnDemo(window));
        QStringList problems;
        const QStringList notShown = test::tourDemo(window, *m_db, [&](const QString &where) {
            for (const QString &c : unnamed(&window))
                if (!problems.contains(c))
                    problems << c + u" (" + where + u')';
        });
        QVERIFY2(notShown.isEmpty(), qPrintable(u"not shown: " + notShown.join(u", ")));
        for (const QString &p : std::as_const(problems)) // all of them: a failure message is cut short
            qWarning("without an accessible name: %s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" controls without a name"));
    }

    // Every page, layout, tab and builder section: no Alt+letter that two different
    // controls answer to (the second would only take the focus, never act).
    void noMnemonicClashes()
    {
        MainWindow window(*m_db);
        QVERIFY(test::showOnDemo(window));
        QStringList notShown;
        const QStringList problems = test::demoMnemonicClashes(window, *m_db, notShown);
        QVERIFY2(notShown.isEmpty(), qPrintable(u"not shown: " + notShown.join(u", ")));
        for (const QString &p : std::as_const(problems))
            qWarning("mnemonic clash: %s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" mnemonic clashes"));
    }

    // The calendar's entries, read as a table: a row per entry with its campaign.
    void calendarReadsAsATable()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QVERIFY(window.navigate(QStringLiteral("calendar")));
        QTRY_VERIFY(!window.isBusy());
        auto *view = window.findChild<CalendarView *>(QStringLiteral("calendarView"));
        QVERIFY(view);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Table);
        QAccessibleTableInterface *table = iface->tableInterface();
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 5);
        const CalendarData &data = window.calendarPage()->data();
        QTRY_COMPARE(table->rowCount(), int(data.entries.size()));
        QVERIFY(table->rowCount() > 0);
        const CalendarEntry &first = data.entries.first();
        QVERIFY2(table->cellAt(0, 2)->text(QAccessible::Name).contains(first.name),
                 qPrintable(table->cellAt(0, 2)->text(QAccessible::Name)));
        QCOMPARE(table->cellAt(0, 2)->tableCellInterface()->rowIndex(), 0);
        QCOMPARE(table->columnDescription(2), QStringLiteral("Campaign"));
        QVERIFY(!table->cellAt(table->rowCount(), 0)); // past the end
        // Another month: the table follows.
        window.calendarPage()->goTo(QDate::currentDate().addMonths(-18));
        QTRY_VERIFY(!window.isBusy());
        QCOMPARE(table->rowCount(), int(window.calendarPage()->data().entries.size()));
    }

    // The report's throughput chart, read as a table: a row per interval, a column per
    // channel, the counts adding up to what the chart draws.
    void chartReadsAsATable()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QVERIFY(window.openCampaign(shortIdOf(QStringLiteral("Summer Clearance")), QStringLiteral("report")));
        QTRY_VERIFY(!window.isBusy());
        QWidget *chart = nullptr;
        for (QWidget *w : window.findChildren<QWidget *>(QStringLiteral("throughputChart")))
            if (w->isVisible())
                chart = w;
        QVERIFY(chart);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(iface && iface->tableInterface());
        QAccessibleTableInterface *table = iface->tableInterface();
        QTRY_VERIFY(table->rowCount() > 0);
        QVERIFY(table->columnCount() >= 2);
        QCOMPARE(table->columnDescription(0), QStringLiteral("From"));
        qint64 total = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 1; c < table->columnCount(); ++c)
                total += QLocale().toLongLong(table->cellAt(r, c)->text(QAccessible::Name));
        QVERIFY(total > 0);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
