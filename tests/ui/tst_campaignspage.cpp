// Drives the campaign list on the demo workspace, by objectName: filters, search and sort,
// bulk archive, Compare into Statistics, and what empty lists and tables offer.
#include "builder/campaignbuilder.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "common/emptystate.h"
#include "contacts/contactspage.h"
#include "contacts/contactsview.h"
#include "contacts/importdialog.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "main/mainwindow.h"
#include "organisation/tenantservice.h"
#include "run/rundialog.h"
#include "runs/runlistmodel.h"
#include "runs/runspage.h"
#include "statistics/statisticspage.h"
#include "storage/tenantrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestCampaignsPage final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    void listFiltersSearchAndSort()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = table->model()->rowCount();
        QVERIFY(!column(table, CampaignListModel::Status).contains(QStringLiteral("Archived")));

        auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findText(QStringLiteral("Archived")));
        QTRY_VERIFY(!window->isBusy() && table->model()->rowCount() > 0);
        QStringList statuses = column(table, CampaignListModel::Status);
        QCOMPARE(QSet<QString>(statuses.begin(), statuses.end()), QSet<QString>{QStringLiteral("Archived")});
        status->setCurrentIndex(status->findText(QStringLiteral("Ready")));
        QTRY_VERIFY(!window->isBusy() && table->model()->rowCount() > 0);
        statuses = column(table, CampaignListModel::Status);
        QCOMPARE(QSet<QString>(statuses.begin(), statuses.end()), QSet<QString>{QStringLiteral("Ready")});
        status->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), all);

        auto *channel = window->findChild<QComboBox *>(QStringLiteral("channelFilter"));
        channel->setCurrentIndex(channel->findText(QStringLiteral("SMS")));
        QTRY_VERIFY(!window->isBusy() && table->model()->rowCount() < all);
        for (const QString &kinds : column(table, CampaignListModel::Channels))
            QVERIFY2(kinds.contains(QStringLiteral("SMS")), qPrintable(kinds));
        channel->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), all);

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
        QTest::keyClicks(search, QStringLiteral("flash sale"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        search->setText(shortIdOf(QStringLiteral("Autumn Preview")).toLower()); // by ID
        QTRY_COMPARE(column(table, CampaignListModel::Name), QStringList{QStringLiteral("Autumn Preview")});
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), all);

        table->horizontalHeader()->setSortIndicator(CampaignListModel::Name, Qt::AscendingOrder);
        QTRY_VERIFY(!window->isBusy());
        QStringList names = column(table, CampaignListModel::Name);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
        table->horizontalHeader()->setSortIndicator(CampaignListModel::Name, Qt::DescendingOrder);
        QTRY_VERIFY(!window->isBusy() && column(table, CampaignListModel::Name).first() == sorted.last());
    }

    void bulkArchiveAsksFirst()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        const QStringList names = column(table, CampaignListModel::Name);
        const int stopped = int(names.indexOf(QStringLiteral("Autumn Preview")));
        const int completed = int(names.indexOf(QStringLiteral("Customer Satisfaction Calls")));
        QVERIFY(stopped >= 0 && completed >= 0);
        table->selectionModel()->select(table->model()->index(stopped, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(completed, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *archive = window->findChild<QPushButton *>(QStringLiteral("bulkArchive"));
        QVERIFY(archive->isEnabled());
        Dialogs::answerNext(1); // Cancel: nothing changes
        archive->click();
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("Archive 2 campaign")));
        QTRY_VERIFY(!window->isBusy());
        QCOMPARE(table->model()->rowCount(), names.size());
        Dialogs::answerNext(0); // Archive
        archive->click();
        QTRY_VERIFY(!window->isBusy() && table->model()->rowCount() == names.size() - 2);
        QVERIFY(!column(table, CampaignListModel::Name).contains(QStringLiteral("Autumn Preview")));
        auto *status = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findText(QStringLiteral("Archived")));
        QTRY_VERIFY(!window->isBusy() && column(table, CampaignListModel::Name).contains(QStringLiteral("Autumn Preview")));
    }

    // Select campaigns in the list, Compare: Statistics shows them side by side, table and
    // bars; runs of one campaign next to each other; CSV and PDF.
    void statisticsCompare()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        const QStringList names = column(table, CampaignListModel::Name);
        // Two campaigns that ran live and that no earlier test archives.
        const int summer = int(names.indexOf(u"Summer Clearance")), weekly = int(names.indexOf(u"Weekly Newsletter"));
        QVERIFY2(summer >= 0 && weekly >= 0, qPrintable(names.join(u", ")));
        table->selectionModel()->select(table->model()->index(summer, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(weekly, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *compare = window->findChild<QPushButton *>(QStringLiteral("bulkCompare"));
        QVERIFY(compare->isEnabled());
        QCOMPARE(compare->text(), QStringLiteral("Compare 2"));
        compare->click();
        StatisticsPage *page = window->statisticsPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->rows().size(), 3); // Summer: email and SMS; the newsletter: email
        auto *stats = page->findChild<QTableWidget *>(QStringLiteral("statisticsTable"));
        QCOMPARE(stats->rowCount(), 3);
        QStringList channels;
        for (int r = 0; r < stats->rowCount(); ++r)
            channels << stats->item(r, 2)->text();
        QCOMPARE(QSet<QString>(channels.begin(), channels.end()),
                 (QSet<QString>{QStringLiteral("Email"), QStringLiteral("SMS")}));
        for (const Comparison::Row &r : page->rows()) {
            QVERIFY(r.queued > 0);
            QVERIFY(r.delivered <= r.queued);
        }
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("stats.csv")), pdf = dir.filePath(QStringLiteral("stats.pdf"));
        QVERIFY(page->exportCsv(csv, true));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 4); // header and three rows
        QVERIFY(page->exportPdf(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdfText.contains(u"Summer Clearance") && pdfText.contains(u"Delivered"), qPrintable(pdfText));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + u"/statistics.png"));

        const Id summerId = page->rows().first().campaignId;
        page->compareRuns(summerId);
        QVERIFY(!page->rows().isEmpty());
        for (const Comparison::Row &r : page->rows()) {
            QCOMPARE(r.campaignId, summerId);
            QVERIFY(!r.configuration.isEmpty());
        }
        QVERIFY(!stats->isColumnHidden(stats->columnCount() - 1)); // the frozen configuration, run against run
    }

    // An empty list or table says so and offers the next step: on a new organisation the
    // campaign list (New campaign… opens the builder), the runs and the contacts (Import
    // contacts… opens the import); on the demo a search nothing matches offers to clear it,
    // and a campaign that has not run offers its test run in the run history.
    void emptyStates()
    {
        const auto emptyState = [](QObject *in, const char *name) {
            return in ? in->findChild<EmptyState *>(QString::fromLatin1(name)) : nullptr;
        };
        {
            auto window = openWindow();
            QVERIFY(window);
            CampaignsPage *campaigns = window->campaignsPage();
            EmptyState *noCampaigns = emptyState(campaigns, "campaignsEmpty");
            QVERIFY(noCampaigns);
            QVERIFY(!noCampaigns->isVisible()); // there are campaigns
            auto *search = campaigns->findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
            search->setText(QStringLiteral("xyzzy"));
            QTRY_VERIFY(!window->isBusy() && noCampaigns->isVisible());
            QCOMPARE(campaigns->model()->rowCount(), 0);
            QCOMPARE(noCampaigns->title(), QStringLiteral("No campaigns match “xyzzy”"));
            QCOMPARE(noCampaigns->accessibleName(), noCampaigns->title());
            QCOMPARE(noCampaigns->accessibleDescription(), noCampaigns->explanation());
            QCOMPARE(noCampaigns->actionButton()->text(), QStringLiteral("Clear the filter"));
            noCampaigns->actionButton()->click();
            QCOMPARE(search->text(), QString());
            QTRY_VERIFY(!window->isBusy() && campaigns->model()->rowCount() > 0);
            QVERIFY(!noCampaigns->isVisible());

            window->navigate(MainWindow::Destination::Runs);
            RunsPage *runs = window->runsPage();
            EmptyState *noRuns = emptyState(runs, "runsEmpty");
            QVERIFY(noRuns);
            QTRY_VERIFY(!runs->model()->isLoading() && runs->filtered()->rowCount() > 0);
            QVERIFY(!noRuns->isVisible());
            runs->findChild<QLineEdit *>(QStringLiteral("runSearch"))->setText(QStringLiteral("xyzzy"));
            QTRY_VERIFY(noRuns->isVisible());
            QCOMPARE(noRuns->title(), QStringLiteral("No runs match “xyzzy”"));
            noRuns->actionButton()->click();
            QTRY_VERIFY(runs->filtered()->rowCount() > 0);
            QVERIFY(!noRuns->isVisible());

            // A draft that never ran: its report's run history offers what Actions → Test run… does.
            QVERIFY(window->openCampaign(shortIdOf(QStringLiteral("Holiday Gift Guide")), QStringLiteral("report")));
            EmptyState *noHistory =
                emptyState(window->detailPage()->findChild<QWidget *>(QStringLiteral("reportView")), "runHistoryEmpty");
            QVERIFY(noHistory);
            QTRY_VERIFY(noHistory->isVisible());
            QCOMPARE(noHistory->title(), QStringLiteral("No runs yet"));
            auto *testRun = window->detailPage()->findChild<QAction *>(QStringLiteral("detailTestRun"));
            QVERIFY(testRun);
            QCOMPARE(noHistory->actionButton()->isVisible(), testRun->isEnabled());
            if (testRun->isEnabled()) {
                int testRuns = 0;
                Dialogs::setDialogHook([&](QDialog *dialog) {
                    testRuns += qobject_cast<RunDialog *>(dialog) && dialog->windowTitle() == u"Test run";
                    return int(QDialog::Rejected);
                });
                noHistory->actionButton()->click();
                QCOMPARE(testRuns, 1);
                Dialogs::setDialogHook({});
            }
            QVERIFY(window->openCampaign(shortIdOf(QStringLiteral("Summer Clearance")), QStringLiteral("report")));
            QTRY_VERIFY(!noHistory->isVisible()); // it ran
        }

        // A new organisation, set up, with nothing in it yet.
        const Id northwind = TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"))->id;
        const User admin = *TenantRepository(*m_db).userByName(northwind, {});
        TenantService organisations(*m_db, admin);
        QVERIFY(organisations.create(QStringLiteral("Empty Outfitters")));
        QVERIFY(organisations.markSetUp(QStringLiteral("Empty Outfitters")));
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Empty Outfitters")));
        EmptyState *noCampaigns = emptyState(window.campaignsPage(), "campaignsEmpty");
        QTRY_VERIFY(!window.isBusy() && noCampaigns->isVisible());
        QCOMPARE(noCampaigns->title(), QStringLiteral("No campaigns yet"));
        QVERIFY(!noCampaigns->explanation().isEmpty());
        QCOMPARE(noCampaigns->actionButton()->text(), QStringLiteral("New campaign…"));
        QVERIFY(noCampaigns->actionButton()->isVisible() && noCampaigns->actionButton()->isEnabled());

        window.navigate(MainWindow::Destination::Runs);
        EmptyState *noRuns = emptyState(window.runsPage(), "runsEmpty");
        QTRY_VERIFY(noRuns->isVisible());
        QCOMPARE(noRuns->title(), QStringLiteral("No runs yet"));
        QVERIFY(noRuns->explanation().contains(QStringLiteral("Run…")));

        window.navigate(MainWindow::Destination::Contacts);
        window.contactsPage()->showTab(ContactsPage::Tab::Contacts);
        EmptyState *noContacts = emptyState(window.contactsPage()->contacts(), "contactsEmpty");
        QTRY_VERIFY(noContacts->isVisible());
        QCOMPARE(noContacts->title(), QStringLiteral("No contacts yet"));
        QCOMPARE(noContacts->actionButton()->text(), QStringLiteral("Import contacts…"));
        int imports = 0;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            imports += qobject_cast<ImportDialog *>(dialog) != nullptr;
            return int(QDialog::Rejected);
        });
        noContacts->actionButton()->click();
        QCOMPARE(imports, 1);
        Dialogs::setDialogHook({});
        window.contactsPage()->showTab(ContactsPage::Tab::Uploads);
        QTRY_VERIFY(emptyState(window.contactsPage(), "uploadsEmpty")->isVisible());

        // The campaign list's next step: the builder, on a new campaign.
        window.navigate(MainWindow::Destination::Campaigns);
        QTRY_VERIFY(noCampaigns->isVisible());
        noCampaigns->actionButton()->click();
        QTRY_VERIFY(window.builder()->isVisible());
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
