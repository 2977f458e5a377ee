#include "demoworkspace.h"
#include "main/mainwindow.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

// Drives the real window on the demo workspace.
class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    static QStringList column(QTableView *table, int col)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, col).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("demo.herald")), Database::Mode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY(DemoWorkspace::generate(*db).ok());
        m_db = *db;
    }

    void listsCampaignsPerTenant()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tenants = window.findChild<QComboBox *>(QStringLiteral("tenantPicker"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
        QVERIFY(tenants && table);
        QCOMPARE(tenants->count(), 2);
        QCOMPARE(tenants->currentText(), QStringLiteral("Northwind Outfitters"));
        const int northwind = table->model()->rowCount();
        QVERIFY(northwind > 10);
        // Archived campaigns appear only under the Archived filter.
        QVERIFY(!column(table, 3).contains(QStringLiteral("Archived")));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findText(QStringLiteral("Archived")));
        QVERIFY(table->model()->rowCount() > 0);
        const QStringList statuses = column(table, 3);
        QVERIFY(QSet<QString>(statuses.begin(), statuses.end()) == QSet<QString>{QStringLiteral("Archived")});
        status->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), northwind);

        auto *search = window.findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
        QTest::keyClicks(search, QStringLiteral("flash sale"));
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();

        tenants->setCurrentIndex(1);
        QVERIFY(table->model()->rowCount() > 5);
        QVERIFY(column(table, 0).contains(QStringLiteral("Flu Vaccine Reminder")));
    }

    void shortcuts()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
