// Drives a campaign's detail page on the demo workspace, by objectName: every layout, the
// run dialog's disclaimer and preview, a channel started, paused, resumed and stopped on
// the simulator, a channel held for its reviewer and started later, the banner while
// sending waits for disk space, the live charts, the recap's links, the Review and Report
// tabs, the report as PDF, messages as CSV, remarketing and retries.
#include "audience/contactimport.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "charts/channelchart.h"
#include "common/dialogs.h"
#include "contacts/contactspage.h"
#include "contacts/listsview.h"
#include "content/contentviews.h"
#include "content/emailcontent.h"
#include "content/libraryservice.h"
#include "content/templatespage.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "detail/detailformat.h"
#include "detail/remarketdialog.h"
#include "detail/reviewview.h"
#include "detail/tasksview.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/progresssnapshot.h"
#include "dispatch/remarketing.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "models/messagetablemodel.h"
#include "report/reportdocument.h"
#include "run/rundialog.h"
#include "storage/audiencerepository.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/uploadrepository.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

using namespace herald;

class TestDetailPage final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    void eachLayout_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("view");
        QTest::newRow("draft") << "Holiday Gift Guide" << int(DetailLayout::Draft) << "draftView";
        QTest::newRow("ready") << "Spring Collection Launch" << int(DetailLayout::Draft) << "draftView";
        QTest::newRow("scheduled") << "Black Friday Teaser" << int(DetailLayout::Active) << "activeView";
        QTest::newRow("running") << "Viber Weekend Deals" << int(DetailLayout::Active) << "activeView";
        QTest::newRow("paused") << "Web Push Price Drops" << int(DetailLayout::Active) << "activeView";
        QTest::newRow("completed") << "Summer Clearance" << int(DetailLayout::Ended) << "endedView";
        QTest::newRow("failed") << "Back in Stock SMS" << int(DetailLayout::Ended) << "endedView";
    }

    void eachLayout()
    {
        QFETCH(QString, name);
        QFETCH(int, layout);
        QFETCH(QString, view);
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->openCampaign(shortIdOf(name)));
        CampaignDetailPage *detail = window->detailPage();
        QCOMPARE(int(detail->layout()), layout);
        auto *stack = detail->findChild<QStackedWidget *>(QStringLiteral("overviewStack"));
        QCOMPARE(stack->currentWidget()->objectName(), view);
        QCOMPARE(detail->findChild<QPushButton *>(QStringLiteral("detailRefresh"))->isVisible(),
                 layout != int(DetailLayout::Draft));
        for (int tab = 0; tab < 3; ++tab)
            detail->tabs()->setCurrentIndex(tab); // every tab shows without a crash
        Dialogs::answerNext(0); // the warning naming the missing campaign
        QVERIFY(!window->openCampaign(QStringLiteral("C-NOSUCH")));
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("C-NOSUCH")));
    }

    void runDialogNeedsTheDisclaimer()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->openCampaign(shortIdOf(QStringLiteral("Spring Collection Launch"))));
        bool sawDisabled = false;
        QString forecast;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runConfirm"));
            auto *accept = dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"));
            sawDisabled = run && accept && !run->isEnabled();
            forecast = dialog->findChild<QLabel *>(QStringLiteral("runForecast"))->text();
            run->click(); // refused: nothing starts
            return int(QDialog::Rejected);
        });
        window->detailPage()->findChild<QPushButton *>(QStringLiteral("draftRun"))->click();
        QVERIFY(sawDisabled);
        // When it would be done, and at what pace.
        QVERIFY2(forecast.startsWith(u"Email: ") && forecast.contains(u"done by") && forecast.contains(u"/s"),
                 qPrintable(forecast));
        // The basis: the run whose sending measured the provider.
        QVERIFY2(forecast.contains(QRegularExpression(QStringLiteral("while sending run #\\d+, which ended"))),
                 qPrintable(forecast));
        qInfo("%s", qPrintable(forecast));
        QCOMPARE(window->detailPage()->layout(), DetailLayout::Draft);
        QCOMPARE(window->detailPage()->status(), CampaignStatus::Ready);
    }

    // While the dispatcher waits for disk space, a banner says so under the header, and
    // goes away when sending resumes.
    void sendingHeldBanner()
    {
        auto window = openWindow();
        QVERIFY(window);
        SystemClock clock;
        DispatcherThread dispatcher(*m_db, clock); // not started: only its signals are used
        window->setDispatcher(&dispatcher);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("sendingHeldBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        emit dispatcher.sendingHeld(QStringLiteral("the disk holding the workspace is full (database or disk is full "
                                                   "while committing to the database): free some space there"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Sending is held"));
        QVERIFY(banner->text().contains(u"free some space there"));
        if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
            window->grab().save(shot + QStringLiteral("/sending-held.png"));
        emit dispatcher.sendingResumed();
        QVERIFY(!banner->isVisible());
        window->setDispatcher(nullptr);
    }

    // Draft -> Active -> Ended on the simulator, with the dispatcher on its thread.
    void channelLifecycleSwitchesLayouts()
    {
        auto window = openWindow();
        QVERIFY(window);
        SystemClock clock;
        DispatcherThread dispatcher(*m_db, clock);
        window->setDispatcher(&dispatcher);
        dispatcher.start();

        QVERIFY(window->openCampaign(shortIdOf(QStringLiteral("Loyalty Callback Programme"))));
        CampaignDetailPage *detail = window->detailPage();
        QCOMPARE(detail->layout(), DetailLayout::Draft);
        QString heard; // the run dialog's call preview: what the callee hears, and how long
        Dialogs::setDialogHook([&heard](QDialog *dialog) {
            if (auto *duration = dialog->findChild<QLabel *>(QStringLiteral("callPreviewDuration"))) {
                (void)QTest::qWaitFor([duration] { return duration->text().endsWith(u" s."); }, 60000);
                heard = duration->text();
                if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                    dialog->grab().save(shots + u"/run-dialog-call.png"); // scripts/screenshots.sh
            }
            dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"))->setChecked(true);
            dialog->findChild<QPushButton *>(QStringLiteral("runConfirm"))->click();
            const bool accepted = QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 20000);
            return accepted ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        detail->findChild<QPushButton *>(QStringLiteral("draftRun"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(detail->layout(), DetailLayout::Active, 10000);
        QVERIFY2(heard.startsWith(u"Spoken by espeak-ng (voice en): "), qPrintable(heard));

        auto *pause = detail->findChild<QPushButton *>(QStringLiteral("pause_phone"));
        QTRY_VERIFY(pause && pause->isEnabled());
        pause->click();
        QTRY_COMPARE(detail->status(), CampaignStatus::Paused);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Paused the Phone channel of Loyalty Callback Programme"));
        auto *resume = detail->findChild<QPushButton *>(QStringLiteral("resume_phone"));
        QTRY_VERIFY(resume->isEnabled());
        // A dialer's wallboard: the calls in progress by stage.
        QVERIFY2(detail->findChild<QLabel *>(QStringLiteral("dispatchHealth_phone"))->text().contains(u"calls in progress"),
                 qPrintable(detail->findChild<QLabel *>(QStringLiteral("dispatchHealth_phone"))->text()));
        // The number pool health follows the calls placed after Resume, not only the reload.
        auto *health = detail->findChild<QTableWidget *>(QStringLiteral("numberHealth"));
        const auto placed = [health] {
            qint64 n = 0;
            for (int r = 0; r < health->rowCount(); ++r)
                n += QLocale().toLongLong(health->item(r, 2)->text());
            return n;
        };
        const qint64 whilePaused = placed(); // nothing is placed while paused
        resume->click();
        QTRY_COMPARE(detail->status(), CampaignStatus::Running);
        QTRY_VERIFY_WITH_TIMEOUT(placed() > whilePaused, 20000);

        auto *stop = detail->findChild<QPushButton *>(QStringLiteral("stop_phone"));
        QTRY_VERIFY(stop->isEnabled());
        Dialogs::answerNext(1); // "Cancel": still running
        stop->click();
        QVERIFY(Dialogs::lastText().contains(QStringLiteral("queued")));
        QVERIFY2(Dialogs::lastText().startsWith(u"Stop the Phone channel of \u201cLoyalty Callback Programme\u201d?"),
                 qPrintable(Dialogs::lastText()));
        QCOMPARE(detail->status(), CampaignStatus::Running);
        Dialogs::answerNext(0);
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(detail->layout(), DetailLayout::Ended, 10000);
        QCOMPARE(detail->status(), CampaignStatus::Stopped);
        // The report: this run's numbers with their answer rate, talk time and keys.
        auto *runNumbers = detail->findChild<QTableWidget *>(QStringLiteral("runNumbersTable"));
        QVERIFY(runNumbers && runNumbers->rowCount() > 0);
        QCOMPARE(runNumbers->horizontalHeaderItem(4)->text(), QStringLiteral("Average talk time"));
        qint64 attempts = 0;
        for (int r = 0; r < runNumbers->rowCount(); ++r)
            attempts += QLocale().toLongLong(runNumbers->item(r, 1)->text());
        QVERIFY(attempts >= placed());
        window->setDispatcher(nullptr);
    }

    // The live charts span the whole run, not a two-minute sliver, with ticks on round
    // steps and a bounded number of points.
    void liveChartGrowsWithTheRun()
    {
        ChannelChart chart;
        const QDateTime start(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        ChannelProgress p;
        p.counts[std::size_t(MessageStatus::Queued)] = 10000;
        for (int second = 0; second <= 30 * 60; ++second) {
            p.perSecond = 5;
            chart.addSample(p, start.addSecs(second));
        }
        QVERIFY(chart.sampleCount() <= ChannelChart::kMaxPoints);
        auto *axis = qobject_cast<QValueAxis *>(
            chart.findChild<QChartView *>(QStringLiteral("rateChart"))->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QVERIFY2(axis->titleText().startsWith(u"Minutes since"), qPrintable(axis->titleText()));
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 30.0);
        QCOMPARE(axis->tickInterval(), 10.0);
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            chart.resize(1000, 300);
            chart.grab().save(shots + u"/live-chart.png");
        }
    }

    // The configuration recap's links open what they name; Info in the list shows the
    // campaign's details, not only what is wrong.
    void recapLinksAndInfo()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString id = shortIdOf(QStringLiteral("Holiday Gift Guide"));
        QVERIFY(window->openCampaign(id));
        auto *recap = window->detailPage()->findChild<QLabel *>(QStringLiteral("configurationRecap"));
        const QString html = recap->text();
        QVERIFY2(html.contains(u"Created") && html.contains(u"from Northwind News"), qPrintable(html));
        const auto hrefs = QRegularExpression(QStringLiteral("href=\"([a-z]+:[^\"]+)\"")).globalMatch(html);
        QStringList links;
        for (auto it = hrefs; it.hasNext();)
            links << it.next().captured(1);
        const auto templateLink = std::find_if(links.cbegin(), links.cend(), [](const QString &l) { return l.startsWith(u"template:"); });
        QVERIFY2(templateLink != links.cend(), qPrintable(links.join(u' ')));
        emit recap->linkActivated(*templateLink);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->findChild<TemplatesPage *>()));
        QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("templateName"))->text(), QStringLiteral("Seasonal launch email"));
        QVERIFY(window->openCampaign(id));
        const auto listLink = std::find_if(links.cbegin(), links.cend(), [](const QString &l) { return l.startsWith(u"list:"); });
        QVERIFY(listLink != links.cend());
        emit window->detailPage()->findChild<QLabel *>(QStringLiteral("configurationRecap"))->linkActivated(*listLink);
        QVERIFY(window->contactsPage()->lists()->isVisible());
        QVERIFY(!window->openObject(QStringLiteral("segment"), QStringLiteral("No such segment")));

        window->navigate(MainWindow::Destination::Campaigns);
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const auto *model = qobject_cast<const CampaignListModel *>(table->model());
        const CampaignOverview *row = nullptr;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->campaignAt(r)->campaign.shortId == id)
                row = model->campaignAt(r);
        QVERIFY(row);
        Dialogs::answerNext(0);
        window->campaignsPage()->showInfo(*row);
        const QString info = Dialogs::lastText();
        for (const char *part : {"Holiday Gift Guide", "Seasonal launch email (#", "All customers (#", "Created", "Launch",
                                 "from Northwind News", "This campaign has no goal"})
            QVERIFY2(info.contains(QLatin1StringView(part)), part);
    }

    // An upload linked to an ended campaign: its counts, and how many of its accepted
    // contacts the campaign's live runs contacted and reached.
    void reportShowsUploadFollowUp()
    {
        const Id t = TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"))->id;
        const User admin = *TenantRepository(*m_db).userByName(t, {});
        const QString ref = shortIdOf(QStringLiteral("Summer Clearance"));
        const auto overview = *CampaignService(*m_db, t, admin).overview(ref);
        // A contact the campaign reached, and one it contacted but never reached.
        const auto emailOf = [&](const QString &condition) {
            SqlQuery q(m_db->connection(),
                       u"SELECT c.email FROM contacts c WHERE c.tenant_id = ? AND c.email <> '' AND EXISTS (SELECT 1 "
                       u"FROM messages m JOIN runs r ON r.id = m.run_id WHERE m.contact_id = c.id AND r.campaign_id = ? "
                       u"AND r.kind = 'live') AND "
                           + condition
                           + u" EXISTS (SELECT 1 FROM messages m JOIN runs r ON r.id = m.run_id WHERE m.contact_id = c.id "
                             u"AND r.campaign_id = ? AND r.kind = 'live' AND m.status IN ('Delivered','Assumed Delivered',"
                             u"'Answered')) ORDER BY c.id LIMIT 1");
            q.bind(t).bind(overview.campaign.id).bind(overview.campaign.id);
            return q.exec(u"test setup").ok() && q.next() ? q.text(0) : QString();
        };
        const QString reached = emailOf(QString()), notReached = emailOf(QStringLiteral("NOT"));
        QVERIFY(!reached.isEmpty() && !notReached.isEmpty());
        QByteArray csv = "email\n" + reached.toUtf8() + "\n" + notReached.toUtf8() + "\nnewcomer@follow.example\nbad\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImport::Options o;
        o.listName = QStringLiteral("Follow-up");
        o.fileName = QStringLiteral("follow-up.csv");
        SystemClock clock;
        const Upload upload = *ContactImport(*m_db, t, admin, clock).run(buffer, o);
        QVERIFY(UploadRepository(*m_db, t).link(upload.id, overview.campaign.id).ok());

        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->openCampaign(ref, QStringLiteral("report")));
        QTableWidget *table = nullptr;
        QTRY_VERIFY([&] {
            for (auto *candidate : window->detailPage()->findChildren<QTableWidget *>(QStringLiteral("uploadFollowUp")))
                if (candidate->isVisible())
                    table = candidate;
            return table && table->rowCount() == 1;
        }());
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("follow-up.csv \u2192 Follow-up"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4"));          // rows
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3"));          // accepted
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1"));          // rejected
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("2"));          // contacted
        QCOMPARE(table->item(0, 8)->text(), QStringLiteral("1"));          // reached
    }

    // The report shows the number pool health of the run (the numbers it sent from,
    // their counters) and replies in the funnel.
    void reportShowsNumberHealthAndReplies()
    {
        const Id t = TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"))->id;
        const User admin = *TenantRepository(*m_db).userByName(t, {});
        const QString ref = shortIdOf(QStringLiteral("Summer Clearance"));
        const auto overview = *CampaignService(*m_db, t, admin).overview(ref);
        Id run = 0;
        for (const Run &r : *RunRepository(*m_db, t).forCampaign(overview.campaign.id))
            if (r.kind == RunKind::Live)
                run = r.id;
        QVERIFY(run);
        SenderRepository senders(*m_db, t);
        const NumberPool pool = senders.pools()->first();
        const Id number = senders.numbers(pool.id)->first().id;
        // Its SMS went out from one pool number (the demo's history does not say).
        SqlQuery q(m_db->connection(),
                   QStringLiteral("UPDATE messages SET sender_number_id = ? WHERE run_id = ? AND channel = 'sms'"));
        q.bind(number).bind(run);
        QVERIFY(q.exec(u"test setup").ok());
        // A contact whose latest SMS is of this run: their reply answers it.
        SqlQuery latest(m_db->connection(),
                        QStringLiteral("SELECT c.phone FROM messages m JOIN contacts c ON c.id = m.contact_id "
                                       "WHERE m.run_id = ? AND m.channel = 'sms' AND m.id = (SELECT MAX(id) FROM messages "
                                       "WHERE contact_id = m.contact_id AND channel = 'sms' AND status <> 'Queued') LIMIT 1"));
        latest.bind(run);
        QVERIFY(latest.exec(u"test setup").ok() && latest.next());
        const qsizetype repliesBefore = ReplyRepository(*m_db, t).ofRun(run)->size(); // the demo's own
        Reply reply;
        reply.fromAddress = latest.text(0);
        reply.body = QStringLiteral("Do you have it in blue?");
        QCOMPARE(ReplyRepository(*m_db, t).store(reply)->runId, std::optional<Id>(run));

        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->openCampaign(ref, QStringLiteral("report"), run));
        const auto visibleHealth = [&]() -> QTableWidget * {
            for (auto *table : window->detailPage()->findChildren<QTableWidget *>(QStringLiteral("numberHealth")))
                if (table->isVisible())
                    return table;
            return nullptr;
        };
        QTRY_VERIFY(visibleHealth() && visibleHealth()->rowCount() == 1);
        QTableWidget *health = visibleHealth();
        QCOMPARE(health->item(0, 0)->text(), senders.number(number)->e164);
        SqlQuery fromNumber(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? "
                                                              "AND sender_number_id = ?"));
        fromNumber.bind(run).bind(number);
        QVERIFY(fromNumber.exec(u"counting").ok() && fromNumber.next());
        QCOMPARE(health->item(0, 2)->text(), QLocale().toString(fromNumber.value(0).toLongLong()));
        auto *funnel = window->detailPage()->findChild<QTableWidget *>(QStringLiteral("funnelTable"));
        QString replied;
        for (int r = 0; r < funnel->rowCount(); ++r)
            if (funnel->item(r, 0)->text() == u"Replied")
                replied = funnel->item(r, 1)->text();
        // The funnel counts people: contacts who replied, per channel, however often.
        SqlQuery people(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT channel, contact_id "
                                                           "FROM replies WHERE run_id = ?) x"));
        people.bind(run);
        QVERIFY(people.exec(u"counting").ok() && people.next());
        QCOMPARE(replied, QLocale().toString(people.value(0).toLongLong()));
        QCOMPARE(ReplyRepository(*m_db, t).ofRun(run)->size(), repliesBefore + 1);
    }

    // The Review tab: the content as plain text, lint, reject with a comment (which
    // withdraws the approval), approve again, and the history of both.
    void reviewTab()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Spring Collection Launch"));
        QVERIFY(window->openCampaign(ref, QStringLiteral("review")));
        CampaignDetailPage *page = window->detailPage();
        QTRY_VERIFY(!page->isLoading());
        auto *view = page->findChild<ReviewView *>(QStringLiteral("reviewView"));
        QVERIFY(view->isVisible());
        auto *state = view->findChild<QLabel *>(QStringLiteral("reviewState"));
        auto *history = view->findChild<QTableWidget *>(QStringLiteral("reviewHistory"));
        QVERIFY2(state->text().contains(u"Approved"), qPrintable(state->text()));
        QVERIFY(view->findChild<QTextBrowser *>(QStringLiteral("reviewContent"))->toPlainText().contains(u"Subject: "));
        const int before = history->rowCount();

        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reviewCommentText"))->setPlainText(QStringLiteral("Mention the dates"));
            for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons())
                if (dialog->findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    b->click();
            return dialog->result();
        });
        view->findChild<QPushButton *>(QStringLiteral("reviewReject"))->click();
        QTRY_VERIFY(!page->isLoading());
        QVERIFY2(state->text().contains(u"Not approved"), qPrintable(state->text()));
        QCOMPARE(history->rowCount(), before + 1);
        QCOMPARE(history->item(before, 2)->text(), QStringLiteral("rejected"));
        QCOMPARE(history->item(before, 3)->text(), QStringLiteral("Mention the dates"));
        QCOMPARE(page->status(), CampaignStatus::Draft);

        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->isEnabled());
        view->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->click();
        QTRY_VERIFY(!page->isLoading() && page->status() == CampaignStatus::Ready);
        QVERIFY(state->text().contains(u"Approved"));
        QCOMPARE(history->rowCount(), before + 2);
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->isEnabled()); // already current
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            window->grab().save(shots + u"/review.png"); // scripts/screenshots.sh
        }
    }

    // Actions → Export messages (CSV): every message of every run, off the GUI thread.
    void exportMessagesCsv()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Summer Clearance"));
        QVERIFY(window->openCampaign(ref));
        QTRY_VERIFY(!window->detailPage()->isLoading());
        QVERIFY(window->detailPage()->findChild<QAction *>(QStringLiteral("detailExport"))->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summer.csv"));
        QVERIFY(window->detailPage()->exportMessages(path, true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "message_id,"));
        SqlQuery q(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM messages m JOIN runs r ON r.id = m.run_id "
                                                      "JOIN campaigns k ON k.id = r.campaign_id WHERE k.short_id = ?"));
        q.bind(ref);
        QVERIFY(q.exec(u"counting").ok() && q.next());
        QCOMPARE(csv.count("\r\n"), q.value(0).toLongLong() + 1);
    }

    // The report as PDF: the campaign, its counts and page numbers in the text, the page
    // size asked for; a long table runs over pages with its header row repeated.
    void reportPdf()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Summer Clearance"));
        QVERIFY(window->openCampaign(ref, QStringLiteral("report")));
        QTRY_VERIFY(!window->detailPage()->isLoading());
        QTemporaryDir dir;
        const QString a4 = dir.filePath(QStringLiteral("summer.pdf"));
        QVERIFY(window->detailPage()->exportPdf(a4, QPageSize::A4));
        const QString tables = dir.filePath(QStringLiteral("summer.csv"));
        QVERIFY(window->detailPage()->exportReportCsv(tables, false));
        QFile csv(tables);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("\r\nThroughput (messages sent per "));
        const auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString info = run(QStringLiteral("pdfinfo"), {a4});
        QVERIFY2(info.contains(u"(A4)"), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), a4, QStringLiteral("-")});
        QVERIFY2(text.contains(u"Summer Clearance") && text.contains(ref), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Page 1 of"));
        QVERIFY(text.contains(u"Funnel per channel"));
        QVERIFY(text.contains(u"Latency avg")); // the demo user is an admin
        // The throughput chart is drawn, not pasted as a picture: its labels are text and
        // the file holds no image.
        QVERIFY(text.contains(u"Throughput") && text.contains(u"messages sent per"));
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), a4});
        QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the header lines only
        // The configuration is a table of settings, not JSON.
        QVERIFY2(text.contains(u"frozen channels \u00b7 email \u00b7 subject")
                     && !text.contains(u"\"frozen_channels\""),
                 qPrintable(text.right(3000)));
        const auto report = CampaignReport::build(*m_db, window->session().tenantId, window->session().user, ref);
        for (const CampaignReport::Channel &ch : report->channels)
            QVERIFY2(text.contains(displayName(ch.kind)) && text.contains(QLocale().toString(ch.queued)),
                     qPrintable(displayName(ch.kind)));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"),
                                             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                             QStringLiteral("1"), a4, shots + u"/report-pdf"}); // scripts/screenshots.sh

        CampaignReport longOne = *report;
        longOne.reasons.clear();
        for (int i = 0; i < 300; ++i)
            longOne.reasons.append({ChannelKind::Sms, MessageStatus::Failed, QStringLiteral("Reason number %1").arg(i), 300 - i});
        const QString letter = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ReportDocument::writePdf(longOne, letter, QPageSize::Letter).ok());
        const QString longInfo = run(QStringLiteral("pdfinfo"), {letter});
        QVERIFY2(longInfo.contains(u"612 x 792 pts (letter)"), qPrintable(longInfo));
        const QString page3 = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"),
                                                                QStringLiteral("3"), QStringLiteral("-layout"), letter,
                                                                QStringLiteral("-")});
        QVERIFY2(page3.contains(u"Reason number") && page3.contains(u"Messages"), qPrintable(page3.left(1500)));
        QVERIFY(page3.contains(u"Page 3 of"));
    }

    // Remarket the contacts selected in a call campaign's task table and those who did not
    // answer; retry an ended campaign's failed messages as a new run.
    void remarketAndRetryFailed()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Customer Satisfaction Calls"));
        QVERIFY(window->openCampaign(ref, QStringLiteral("tasks")));
        CampaignDetailPage *page = window->detailPage();
        QTRY_VERIFY(!page->isLoading());
        auto *tasks = page->findChild<TasksView *>();
        QTRY_VERIFY(tasks->model()->rowCount() > 5);
        tasks->table()->selectRow(0);
        tasks->table()->selectionModel()->select(tasks->model()->index(2, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<Id> picked = tasks->selectedContacts();
        QCOMPARE(picked.size(), 2);

        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *selected = dialog->findChild<QRadioButton *>(QStringLiteral("remarket_selected"));
            const QString count = dialog->findChild<QLabel *>(QStringLiteral("remarketCount"))->text();
            if (!selected->isChecked() || !count.startsWith(u"2 contacts")) {
                qWarning() << "remarket dialog:" << selected->isChecked() << count;
                return int(QDialog::Rejected);
            }
            dialog->findChild<QCheckBox *>(QStringLiteral("remarketChannel_phone"))->setChecked(false);
            dialog->findChild<QCheckBox *>(QStringLiteral("remarketChannel_sms"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("remarketName"))->setText(QStringLiteral("Picked: SMS"));
            dialog->findChild<QPushButton *>(QStringLiteral("remarketCreate"))->click();
            return dialog->result();
        });
        QVERIFY2(page->remarket(), qPrintable(Dialogs::lastText()));
        QTRY_VERIFY(!page->isLoading());
        const Id t = window->session().tenantId;
        CampaignService campaigns(*m_db, t, window->session().user);
        const CampaignOverview followUp = *campaigns.overview(QString::number(page->campaignId()));
        QCOMPARE(followUp.campaign.name, QStringLiteral("Picked: SMS"));
        QCOMPARE(followUp.status, CampaignStatus::Draft);
        QCOMPARE(followUp.campaign.channels.size(), 1);
        QCOMPARE(followUp.campaign.channels.first().kind, ChannelKind::Sms);
        QCOMPARE(*AudienceRepository(*m_db, t).listMembers(*followUp.campaign.contactListId), picked);

        // Did not answer, counted as the dialog says.
        QVERIFY(window->openCampaign(ref));
        QTRY_VERIFY(!page->isLoading());
        qint64 shown = 0;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            dialog->findChild<QRadioButton *>(QStringLiteral("remarket_no-answer"))->setChecked(true);
            shown = static_cast<RemarketDialog *>(dialog)->count();
            dialog->findChild<QPushButton *>(QStringLiteral("remarketCreate"))->click();
            return dialog->result();
        });
        QVERIFY(page->remarket());
        QVERIFY(shown > 0);
        QTRY_VERIFY(!page->isLoading());
        const CampaignOverview noAnswer = *campaigns.overview(QString::number(page->campaignId()));
        QCOMPARE(AudienceRepository(*m_db, t).listMembers(*noAnswer.campaign.contactListId)->size(), shown);

        // Retry failed: asks with the disclaimer, then a new live run to exactly those.
        const QString ended = shortIdOf(QStringLiteral("Summer Clearance"));
        QVERIFY(window->openCampaign(ended));
        QTRY_VERIFY(!page->isLoading());
        SystemClock clock;
        const auto recipients = *Remarketing(*m_db, t, window->session().user, clock).retryRecipients(ended);
        QCOMPARE(recipients.size(), 2); // email and SMS
        const qsizetype runsBefore = campaigns.runs(page->campaignId())->size();
        Dialogs::answerNext(1); // Cancel
        QVERIFY(!page->retryFailed());
        QVERIFY(Dialogs::lastText().contains(u"disclaimer") || Dialogs::lastText().contains(u"real messages"));
        QCOMPARE(campaigns.runs(page->campaignId())->size(), runsBefore);
        Dialogs::answerNext(0);
        QVERIFY(page->retryFailed());
        const QList<Run> runs = *campaigns.runs(page->campaignId());
        QCOMPARE(runs.size(), runsBefore + 1);
        const Run retry = *std::max_element(runs.cbegin(), runs.cend(), [](const Run &a, const Run &b) { return a.id < b.id; });
        QCOMPARE(MessageRepository(*m_db, t).forRun(retry.id)->size(),
                 recipients.at(0).second.size() + recipients.at(1).second.size());
    }

    // The run dialog previews an email body as HTML exactly when it is sent as HTML
    // (MimeMessage::looksLikeHtml): a tag inside plain text stays text in both.
    void runPreviewFollowsTheSendingRule()
    {
        auto window = openWindow();
        QVERIFY(window);
        const Id t = window->session().tenantId;
        CampaignService service(*m_db, t, window->session().user);
        const auto overview = *service.overview(shortIdOf(QStringLiteral("Spring Collection Launch")));
        const auto email = std::find_if(overview.campaign.channels.cbegin(), overview.campaign.channels.cend(),
                                        [](const CampaignChannel &ch) { return ch.kind == ChannelKind::Email; });
        QVERIFY(email != overview.campaign.channels.cend() && email->templateId);
        ContentRepository content(*m_db, t);
        MessageTemplate tmpl = *content.messageTemplate(*email->templateId);
        for (const auto &[body, shownAsText] :
             {std::pair{QStringLiteral("Hi {{first_name}}, the <b> tag stays text here. {{unsubscribe_url}}"), true},
              std::pair{QStringLiteral("<p>Hi <b>{{first_name}}</b></p>"), false}}) {
            tmpl.body = body;
            QVERIFY(content.updateTemplate(tmpl).ok());
            RunDialog dialog(window->session(), overview.campaign.id, RunKind::Test, std::nullopt, window.get());
            auto *shown = dialog.findChild<SafeHtmlView *>(QStringLiteral("emailBody"));
            QVERIFY(shown);
            QCOMPARE(shown->toPlainText().contains(u"<b>"), shownAsText);
        }
    }

    // Telegram, Viber and Web Push are previewed as they arrive: a chat bubble under the
    // bot's or sender's name, a browser's notification.
    void messagingPreviews()
    {
        auto window = openWindow();
        QVERIFY(window);
        CampaignService service(*m_db, window->session().tenantId, window->session().user);
        for (const auto &[campaign, name, parts] :
             {std::tuple{QStringLiteral("Telegram Community Launch"), QStringLiteral("telegramBubble"),
                         QStringList{QStringLiteral("NorthwindBot"), QStringLiteral("Weekly digest for ")}},
              std::tuple{QStringLiteral("Viber Loyalty Launch"), QStringLiteral("viberBubble"),
                         QStringList{QStringLiteral("Northwind"), QStringLiteral("Weekend deals inside, ")}},
              std::tuple{QStringLiteral("Web Push Price Drops"), QStringLiteral("pushNotification"),
                         QStringList{QStringLiteral("Price drop"), QStringLiteral("cheaper today")}}}) {
            const Id id = service.overview(shortIdOf(campaign))->campaign.id;
            RunDialog dialog(window->session(), id, RunKind::Test, std::nullopt, window.get());
            auto *shown = dialog.findChild<QLabel *>(name);
            QVERIFY2(shown, qPrintable(campaign));
            for (const QString &part : parts)
                QVERIFY2(shown->text().contains(part), qPrintable(shown->text()));
            if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
                dialog.grab().save(shot + u"/run-preview-" + name + u".png");
        }
        // A Telegram template's photo, above its caption, at most a bubble wide.
        QImage picture(600, 300, QImage::Format_RGB32);
        picture.fill(QColor(0x2e, 0x7d, 0x32));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
        LibraryService library(*m_db, window->session().tenantId, window->session().user);
        auto digest = library.messageTemplate(QStringLiteral("Telegram digest"));
        QVERIFY(digest);
        digest->attachments = {EmailContent::describe(QStringLiteral("shelf.png"), png)};
        QVERIFY(library.save(*digest));
        const Id telegram = service.overview(shortIdOf(QStringLiteral("Telegram Community Launch")))->campaign.id;
        RunDialog dialog(window->session(), telegram, RunKind::Test, std::nullopt, window.get());
        auto *photo = dialog.findChild<QLabel *>(QStringLiteral("telegramPhoto"));
        QVERIFY(photo);
        QCOMPARE(photo->pixmap().width(), 360);
        if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
            dialog.grab().save(shot + u"/run-preview-telegramPhoto.png");
    }

    // Start the phone calls today, hold the email until the reviewer approves it: the run
    // dialog starts the ticked channels; the held one waits on the Active view, where its
    // Start opens the dialog for that channel alone, with its own preflight and disclaimer.
    void heldChannelStartsFromTheActiveView()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString ref = shortIdOf(QStringLiteral("Store Opening Invite")); // email (not approved) and phone
        const Id t = window->session().tenantId;
        CampaignService service(*m_db, t, window->session().user);
        const Id campaignId = service.overview(ref)->campaign.id;
        {
            RunDialog dialog(window->session(), campaignId, RunKind::Live, std::nullopt, window.get());
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("runError"));
            auto *accept = dialog.findChild<QCheckBox *>(QStringLiteral("runAccept"));
            QVERIFY(!error->isHidden()); // the email content awaits approval
            QVERIFY(!accept->isEnabled());
            const qint64 both = dialog.totalMessages();
            dialog.findChild<QCheckBox *>(QStringLiteral("runStart_email"))->setChecked(false);
            QVERIFY2(error->isHidden(), qPrintable(error->text()));
            QVERIFY(accept->isEnabled());
            QVERIFY(dialog.totalMessages() > 0 && dialog.totalMessages() < both);
            auto *held = dialog.findChild<QLabel *>(QStringLiteral("runHeldNote"));
            QVERIFY(!held->isHidden());
            QVERIFY2(held->text().startsWith(u"Held: Email."), qPrintable(held->text()));
            if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
                dialog.grab().save(shot + QStringLiteral("/run-dialog-held.png"));
            accept->setChecked(true);
            dialog.findChild<QPushButton *>(QStringLiteral("runConfirm"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        }
        QVERIFY(window->openCampaign(ref));
        CampaignDetailPage *detail = window->detailPage();
        QCOMPARE(detail->layout(), DetailLayout::Active);
        QCOMPARE(detail->status(), CampaignStatus::Running);
        auto *start = detail->findChild<QPushButton *>(QStringLiteral("start_email"));
        QVERIFY(start && !start->isHidden() && start->isEnabled());
        QVERIFY(detail->findChild<QPushButton *>(QStringLiteral("start_phone"))->isHidden());
        const QString shownStatus = detail->findChild<QLabel *>(QStringLiteral("channelStatus_email"))->text();
        QVERIFY2(shownStatus.contains(u"Ready") && shownStatus.contains(u"held"), qPrintable(shownStatus));
        if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
            window->grab().save(shot + QStringLiteral("/active-held.png"));

        // Its own preflight: blocked until the reviewer approves, the disclaimer off.
        QString blocked;
        bool acceptable = true;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            blocked = dialog->findChild<QLabel *>(QStringLiteral("runError"))->text();
            acceptable = dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"))->isEnabled();
            return int(QDialog::Rejected);
        });
        start->click();
        QVERIFY2(blocked.contains(u"approve"), qPrintable(blocked));
        QVERIFY(!acceptable);

        const User admin = *TenantRepository(*m_db).userByName(t, {});
        QVERIFY(CampaignService(*m_db, t, admin).approve(ref).ok());
        Dialogs::setDialogHook([](QDialog *dialog) {
            QStringList tabs;
            auto *preview = dialog->findChild<QTabWidget *>(QStringLiteral("runPreview"));
            for (int i = 0; i < preview->count(); ++i)
                tabs << preview->tabText(i);
            if (tabs != QStringList{QStringLiteral("Email")}) {
                qWarning() << "previews:" << tabs;
                return int(QDialog::Rejected);
            }
            dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"))->setChecked(true);
            dialog->findChild<QPushButton *>(QStringLiteral("runConfirm"))->click();
            const bool accepted = QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 20000);
            return accepted ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        detail->findChild<QPushButton *>(QStringLiteral("start_email"))->click();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Email channel started in run #"));
        const auto runs = *service.runs(campaignId);
        QCOMPARE(runs.size(), 1); // into the same run
        for (const RunChannel &rc : runs.first().channels)
            QCOMPARE(rc.status, ChannelStatus::Running);
        QTRY_VERIFY(detail->findChild<QPushButton *>(QStringLiteral("start_email"))->isHidden());
        // And it stops as any other channel.
        SystemClock clock;
        QVERIFY(RunService(*m_db, t, admin, clock).command(ref, RunService::Command::Stop).ok());
    }
};

QTEST_MAIN(TestDetailPage)
#include "tst_detailpage.moc"
