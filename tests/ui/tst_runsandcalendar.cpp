// Drives the Runs and Calendar pages on the demo workspace, by objectName, and times read
// in the tenant's zone: in the status bar, and one instant alike on every page.
#include "calendar/calendarpage.h"
#include "campaigns/campaignlistmodel.h"
#include "common/dialogs.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "detail/detailformat.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "models/timetext.h"
#include "report/reportdocument.h"
#include "runs/runlistmodel.h"
#include "runs/runspage.h"
#include "storage/messagerepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace herald;

class TestRunsAndCalendar final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // Every run of the tenant, its counts equal to a direct count of its messages,
    // filtered by kind and campaign, and opening its campaign on that run.
    void runsPageListsEveryRun()
    {
        auto window = openWindow();
        QVERIFY(window);
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        RunsPage *page = window->runsPage();
        QVERIFY(page->isVisible());
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() > 0);
        const Id t = window->session().tenantId;
        const auto runs = *RunRepository(*m_db, t).recent(RunListModel::kLimit);
        QCOMPARE(page->model()->rowCount(), runs.size());
        MessageRepository messages(*m_db, t);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const RunSummary &s = page->model()->summary(row);
            QMap<MessageStatus, qint64> direct;
            for (const auto &perStatus : *messages.counts(s.run.id))
                for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
                    direct[it.key()] += it.value();
            QCOMPARE(s.counts, direct);
            QVERIFY(!s.campaignName.isEmpty());
        }

        auto *kind = page->findChild<QComboBox *>(QStringLiteral("runKindFilter"));
        kind->setCurrentIndex(kind->findData(int(RunKind::Test)));
        QVERIFY(page->filtered()->rowCount() > 0);
        for (int row = 0; row < page->filtered()->rowCount(); ++row)
            QVERIFY(page->filtered()->index(row, RunListModel::Kind).data().toString().startsWith(QStringLiteral("Test")));
        kind->setCurrentIndex(0);
        page->findChild<QLineEdit *>(QStringLiteral("runSearch"))->setText(shortIdOf(QStringLiteral("Summer Clearance")));
        QCOMPARE(page->filtered()->rowCount(), 2); // its test run and its live run

        // Sorted by messages, largest first; then opened on that run.
        auto *table = page->findChild<QTableView *>(QStringLiteral("runTable"));
        table->sortByColumn(RunListModel::Total, Qt::DescendingOrder);
        const QModelIndex top = page->filtered()->index(0, RunListModel::Total);
        QVERIFY(top.data(RunListModel::SortRole).toLongLong()
                >= page->filtered()->index(1, RunListModel::Total).data(RunListModel::SortRole).toLongLong());
        const Id runId = top.data(RunListModel::RunIdRole).toLongLong();
        table->setCurrentIndex(top);
        emit table->activated(top);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->detailPage()));
        QCOMPARE(window->detailPage()->runId(), runId);
    }

    // Times are shown in the tenant's zone, whatever the machine's, and the status bar
    // says which.
    void timesInTheTenantsZone()
    {
        const Tenant before = *TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"));
        const auto setZone = [&](const QString &zone) {
            SqlQuery q(m_db->connection(), QStringLiteral("UPDATE tenants SET time_zone = ? WHERE id = ?"));
            q.bind(zone).bind(before.id);
            return q.exec(u"setting the zone").ok();
        };
        QVERIFY(setZone(QStringLiteral("Asia/Tokyo")));
        auto window = openWindow();
        QVERIFY(window);
        auto *zone = window->findChild<QLabel *>(QStringLiteral("zoneLabel"));
        QVERIFY2(zone && zone->text().startsWith(u"Times in Asia/Tokyo"), zone ? qPrintable(zone->text()) : "no label");
        const QDateTime instant(QDate(2026, 12, 4), QTime(20, 30), QTimeZone::utc()); // 05:30 next day in Tokyo
        QCOMPARE(DetailFormat::time(instant), TimeText::shortText(instant, QTimeZone("Asia/Tokyo")));
        QVERIFY(DetailFormat::time(instant).contains(QLocale().toString(QDate(2026, 12, 5), QLocale::ShortFormat)));
        QVERIFY(TimeText::longText(instant).contains(u"05:30") || TimeText::longText(instant).contains(u"5:30"));
        window.reset();
        QVERIFY(setZone(before.timeZone));
        window = openWindow();
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("zoneLabel"))->text().contains(before.timeZone));
    }

    // One instant, the launch of Summer Clearance's live run (its campaign's send time too),
    // reads alike on every page, in the tenant's zone: the list's send time, the detail's
    // overview, run picker and report tab, the printed report, the runs page and the
    // calendar; the status bar, the calendar and the report say which zone.
    void sameInstantEverywhere()
    {
        const Id tenant = TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"))->id;
        const QByteArray zoneId = QByteArrayLiteral("Asia/Tokyo");
        const QTimeZone tokyo(zoneId);
        QVERIFY(tokyo.isValid());
        {
            SqlQuery q(m_db->connection(), QStringLiteral("UPDATE tenants SET time_zone = ? WHERE id = ?"));
            q.bind(QString::fromLatin1(zoneId)).bind(tenant);
            QVERIFY(q.exec(u"setting the zone").ok());
        }

        // Summer Clearance: a scheduled campaign, completed; its newest live run.
        const QString ref = shortIdOf(QStringLiteral("Summer Clearance"));
        QVERIFY(!ref.isEmpty());
        Id campaignId = 0, runId = 0;
        QDateTime demoStart;
        {
            SqlQuery q(m_db->connection(),
                       QStringLiteral("SELECT c.id, r.id, r.created_at FROM runs r JOIN campaigns c ON c.id = r.campaign_id "
                                      "WHERE c.short_id = ? AND r.kind = 'live' ORDER BY r.id DESC"));
            q.bind(ref);
            QVERIFY(q.exec(u"finding the live run").ok() && q.next());
            campaignId = q.id(0);
            runId = q.id(1);
            demoStart = q.time(2);
        }
        // 20:30 UTC on the demo run's day: 05:30 the next day in Tokyo, 20:30 or 21:30 in
        // London, so neither the clock nor the date of a wrong zone reads alike. It ran two
        // hours, to 07:30 in Tokyo; the disclaimer was accepted half a minute before.
        const QDateTime instant(demoStart.toUTC().date(), QTime(20, 30), QTimeZone::utc());
        const QDateTime finish = instant.addSecs(2 * 3600);
        QVERIFY(instant.toTimeZone(tokyo).date() != instant.date());
        const auto set = [&](const QString &sql, const QList<QDateTime> &times, Id id) {
            SqlQuery q(m_db->connection(), sql);
            for (const QDateTime &t : times)
                q.bindTime(t);
            q.bind(id);
            const Status st = q.exec(u"moving the run");
            return st.ok() && q.rowsAffected() > 0;
        };
        QVERIFY(set(QStringLiteral("UPDATE runs SET created_at = ?, finished_at = ?, disclaimer_at = ? WHERE id = ?"),
                    {instant, finish, instant.addSecs(-30)}, runId));
        QVERIFY(set(QStringLiteral("UPDATE run_channels SET started_at = ?, finished_at = ?, disclaimer_at = ? "
                                   "WHERE run_id = ?"),
                    {instant, finish, instant.addSecs(-30)}, runId));
        QVERIFY(set(QStringLiteral("UPDATE campaigns SET send_at = ? WHERE id = ?"), {instant}, campaignId));

        const QString startText = TimeText::shortText(instant, tokyo);
        const QString finishText = TimeText::shortText(finish, tokyo);
        // The same instant as the machine (UTC) or the demo's old zone would write it.
        const QStringList wrongStart{TimeText::shortText(instant, QTimeZone::utc()),
                                     TimeText::shortText(instant, QTimeZone(QByteArrayLiteral("Europe/London")))};
        const QStringList wrongFinish{TimeText::shortText(finish, QTimeZone::utc()),
                                      TimeText::shortText(finish, QTimeZone(QByteArrayLiteral("Europe/London")))};
        QVERIFY(!wrongStart.contains(startText));

        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(TimeText::displayZone().id(), zoneId);
        // The status bar says which zone.
        auto *zoneLabel = window->findChild<QLabel *>(QStringLiteral("zoneLabel"));
        QVERIFY2(zoneLabel && zoneLabel->text().startsWith(u"Times in Asia/Tokyo"),
                 zoneLabel ? qPrintable(zoneLabel->text()) : "no zone label");
        QString why;

        // 1. The campaign list: the Send time column (Scheduler::sendTime: a Schedule
        //    campaign's send_at) through DetailFormat::time.
        {
            auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
            QAbstractItemModel *model = table->model();
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, CampaignListModel::Name).data(CampaignListModel::CampaignIdRole).toLongLong()
                    == campaignId)
                    row = r;
            QVERIFY2(row >= 0, "Summer Clearance is not in the list");
            const QString sendTime = model->index(row, CampaignListModel::SendTime).data().toString();
            QCOMPARE(sendTime, startText);
            why = readsAs(sendTime, startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"campaign list, send time: " + why));
        }

        // 2. The detail page, Ended layout: the overview (a ReportView, "endedView") heads
        //    with the run's label "Live run #N (schedule), <start> by <user>", its run history
        //    has the start and the finish; the Tasks tab's run picker names the run alike.
        QVERIFY(window->openCampaign(ref));
        QTRY_VERIFY(!window->isBusy());
        CampaignDetailPage *detail = window->detailPage();
        QCOMPARE(int(detail->layout()), int(DetailLayout::Ended));
        QCOMPARE(detail->runId(), Id(0)); // the newest live run: ours
        {
            auto *ended = detail->findChild<QWidget *>(QStringLiteral("endedView"));
            QVERIFY(ended && ended->isVisible());
            const QString title = ended->findChild<QLabel *>(QStringLiteral("reportTitle"))->text();
            why = readsAs(title, startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"detail overview, title: " + why));
            QVERIFY2(title.contains(u'#' + QString::number(runId)), qPrintable(title));
            auto *history = ended->findChild<QTreeWidget *>(QStringLiteral("runHistory"));
            QTreeWidgetItem *item = nullptr;
            for (int i = 0; i < history->topLevelItemCount(); ++i)
                if (history->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == runId)
                    item = history->topLevelItem(i);
            QVERIFY2(item, "the run is not in the overview's run history");
            why = readsAs(item->text(0), startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"detail overview, run history: " + why));
            QCOMPARE(item->text(2), finishText);

            auto *picker = detail->findChild<QComboBox *>(QStringLiteral("taskRun"));
            const int at = picker->findData(QVariant::fromValue<qint64>(runId));
            QVERIFY(at >= 0);
            why = readsAs(picker->itemText(at), startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"Tasks tab, run picker: " + why));
        }

        // 3. The Report tab: the same title, and the run history with the start (column 0),
        //    the finish (column 2) and each channel's finish below it.
        {
            auto *report = detail->findChild<QWidget *>(QStringLiteral("reportView"));
            QVERIFY(report);
            detail->tabs()->setCurrentWidget(report);
            QTRY_VERIFY(report->isVisible());
            const QString title = report->findChild<QLabel *>(QStringLiteral("reportTitle"))->text();
            why = readsAs(title, startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"report tab, title: " + why));
            auto *history = report->findChild<QTreeWidget *>(QStringLiteral("runHistory"));
            QTreeWidgetItem *item = nullptr;
            for (int i = 0; i < history->topLevelItemCount(); ++i)
                if (history->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == runId)
                    item = history->topLevelItem(i);
            QVERIFY2(item, "the run is not in the report tab's run history");
            why = readsAs(item->text(0), startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"report tab, run history: " + why));
            why = readsAs(item->text(2), finishText, wrongFinish);
            QVERIFY2(why.isEmpty(), qPrintable(u"report tab, finished: " + why));
            QVERIFY(item->childCount() > 0);
            for (int c = 0; c < item->childCount(); ++c)
                QCOMPARE(item->child(c)->text(2), finishText); // run_channels.finished_at
        }

        // 4. The printed report. Its document's text, built as the detail page builds it
        //    (CampaignReport of the newest live run, ReportDocument::build): the facts table
        //    rows "Started", "Finished" and "Times in" (report.zone: the tenant's).
        {
            const auto report = CampaignReport::build(*m_db, tenant, window->session().user, ref);
            QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
            QCOMPARE(report->run.id, runId);
            QCOMPARE(report->zone.id(), zoneId);
            const std::unique_ptr<QTextDocument> doc = ReportDocument::build(*report);
            const QString text = doc->toPlainText();
            const qsizetype started = text.indexOf(u"Started");
            const qsizetype finished = text.indexOf(u"Finished");
            const qsizetype timesIn = text.indexOf(u"Times in");
            QVERIFY2(started >= 0 && finished > started && timesIn > finished, qPrintable(text.left(1500)));
            why = readsAs(text.mid(started, finished - started), startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"report document, Started: " + why));
            why = readsAs(text.mid(finished, timesIn - finished), finishText, wrongFinish);
            QVERIFY2(why.isEmpty(), qPrintable(u"report document, Finished: " + why));
            QVERIFY2(text.mid(timesIn, 40).contains(u"Asia/Tokyo"), qPrintable(text.mid(timesIn, 40)));

            // And the PDF the window writes (Actions → Export report), as reportPdf reads it.
            QTemporaryDir dir;
            const QString pdf = dir.filePath(QStringLiteral("instant.pdf"));
            QVERIFY(detail->exportPdf(pdf, QPageSize::A4));
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString printed = QString::fromUtf8(p.readAllStandardOutput());
            const qsizetype pStarted = printed.indexOf(u"Started");
            QVERIFY2(pStarted >= 0, qPrintable(printed.left(1500)));
            why = readsAs(printed.mid(pStarted, 120), startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"PDF, Started: " + why));
            QVERIFY2(printed.contains(finishText) && printed.contains(u"Asia/Tokyo"), qPrintable(printed.left(1500)));
        }

        // 5. The runs page: Started (DetailFormat::time of runs.created_at); Finished the
        //    same Tokyo day, so the clock alone (the full time in its tooltip).
        {
            QVERIFY(window->navigate(QStringLiteral("runs")));
            RunsPage *runs = window->runsPage();
            QVERIFY(runs->isVisible());
            QTRY_VERIFY(!runs->model()->isLoading() && runs->model()->rowCount() > 0);
            QAbstractItemModel *shown = runs->findChild<QTableView *>(QStringLiteral("runTable"))->model();
            int row = -1;
            for (int r = 0; r < shown->rowCount(); ++r)
                if (shown->index(r, RunListModel::Run).data(RunListModel::RunIdRole).toLongLong() == runId)
                    row = r;
            QVERIFY2(row >= 0, "the run is not on the runs page");
            const QString started = shown->index(row, RunListModel::Started).data().toString();
            QCOMPARE(started, startText);
            why = readsAs(started, startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"runs page, started: " + why));
            const QDateTime finishTokyo = finish.toTimeZone(tokyo);
            const QString finishedCell = shown->index(row, RunListModel::Finished).data().toString();
            QVERIFY2(finishedCell == finishTokyo.toString(QStringLiteral("HH:mm")) // "07:30"
                         || finishedCell == QLocale().toString(finishTokyo.time(), TimeText::clockFormat()),
                     qPrintable(u"runs page, finished: " + finishedCell));
            QCOMPARE(shown->index(row, RunListModel::Finished).data(Qt::ToolTipRole).toString(), finishText);
        }

        // 6. The calendar on the Tokyo day of the instant, day view: the run's bar, and
        //    clicking it shows "From <start> to <finish>" (CalendarFormat::details, in
        //    CalendarData::zone, the tenant's); the page says which zone.
        {
            QVERIFY(window->navigate(QStringLiteral("calendar")));
            CalendarPage *calendar = window->calendarPage();
            QVERIFY(calendar->isVisible());
            calendar->goTo(instant.toTimeZone(tokyo).date());
            calendar->setMode(CalendarView::Mode::Day);
            const CalendarData &data = calendar->data();
            QCOMPARE(data.zone.id(), zoneId);
            int entry = -1;
            for (int i = 0; i < data.entries.size(); ++i)
                if (data.entries.at(i).kind == CalendarEntry::Kind::Run && data.entries.at(i).runId == runId)
                    entry = i;
            QVERIFY2(entry >= 0, "the run is not on its Tokyo day");
            QCOMPARE(data.entries.at(entry).start, instant);
            QCOMPARE(data.entries.at(entry).end, finish);
            const QRect bar = calendar->view()->entryRect(entry);
            QVERIFY(bar.isValid());
            QTest::mouseClick(calendar->view(), Qt::LeftButton, {}, bar.center());
            QCOMPARE(calendar->view()->selected(), entry);
            const QString details = calendar->findChild<QLabel *>(QStringLiteral("calendarDetails"))->text();
            why = readsAs(details, startText, wrongStart);
            QVERIFY2(why.isEmpty(), qPrintable(u"calendar, details: " + why));
            why = readsAs(details, finishText, wrongFinish);
            QVERIFY2(why.isEmpty(), qPrintable(u"calendar, details: " + why));
            const QString zoneNote = calendar->findChild<QLabel *>(QStringLiteral("calendarZone"))->text();
            QVERIFY2(zoneNote.contains(u"Asia/Tokyo"), qPrintable(zoneNote));
        }

        // 7. A planned launch, Black Friday Teaser (send_at in the campaign's own zone,
        //    Europe/London): the Active layout's schedule line gives the time in the
        //    tenant's zone, and beside it the campaign zone's time, named.
        {
            const QString teaser = shortIdOf(QStringLiteral("Black Friday Teaser"));
            const auto overview = CampaignService(*m_db, tenant, window->session().user).overview(teaser);
            QVERIFY(overview.ok() && overview->campaign.sendAt.isValid());
            const QDateTime at = overview->campaign.sendAt;
            const QTimeZone own(overview->campaign.timeZone.toUtf8());
            QVERIFY(own.isValid() && own.id() != tokyo.id());
            QVERIFY(window->openCampaign(teaser));
            QTRY_VERIFY(!window->isBusy());
            const QString info = window->detailPage()->findChild<QLabel *>(QStringLiteral("scheduleInfo"))->text();
            QVERIFY2(info.contains(TimeText::shortText(at, tokyo)), qPrintable(u"scheduled launch: " + info));
            QVERIFY2(info.contains(TimeText::shortText(at, own) + u' ' + overview->campaign.timeZone),
                     qPrintable(u"scheduled launch, the campaign's zone: " + info));
        }
    }

    // The month shows planned launches and past runs, never a Draft; a warning names the
    // launch it is about; week view draws bars; a missed launch gets its alert.
    void calendarPage()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->navigate(QStringLiteral("calendar")));
        CalendarPage *page = window->calendarPage();
        QVERIFY(page->isVisible());
        const CalendarData &data = page->data();
        QStringList names;
        for (const CalendarEntry &e : data.entries) {
            names << e.name;
            QVERIFY2(e.status != CampaignStatus::Draft, qPrintable(e.name));
        }
        QVERIFY(!names.contains(u"Holiday Gift Guide"));
        const qsizetype teaser = names.indexOf(u"Black Friday Teaser");
        QVERIFY2(teaser >= 0, qPrintable(names.join(u", ")));
        QCOMPARE(data.entries.at(teaser).kind, CalendarEntry::Kind::Scheduled);
        QVERIFY(data.entries.at(teaser).end > data.entries.at(teaser).start); // a bar, not a point
        QCOMPARE(data.zone.id(), QByteArrayLiteral("Europe/London"));

        // The Teaser's SMS needs more than a day of the UK pool's caps: warned ahead.
        auto *warnings = page->findChild<QLabel *>(QStringLiteral("calendarWarningText"));
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(u"Black Friday Teaser"));

        // Clicking a chip shows its details and the schedule's actions.
        CalendarView *view = page->view();
        const QRect chip = view->entryRect(int(teaser));
        QVERIFY(chip.isValid());
        QTest::mouseClick(view, Qt::LeftButton, {}, chip.center());
        auto *details = page->findChild<QLabel *>(QStringLiteral("calendarDetails"));
        QVERIFY(details->text().contains(u"Black Friday Teaser"));
        QVERIFY(details->text().contains(u"Planned launch"));
        QVERIFY(details->text().contains(u"done by"));
        auto *stop = page->findChild<QPushButton *>(QStringLiteral("calendarStopSchedule"));
        QVERIFY(stop->isVisible());
        Dialogs::answerNext(1); // Cancel
        stop->click();
        QVERIFY(Dialogs::lastText().contains(u"Black Friday Teaser"));
        QCOMPARE(page->data().entries.size(), data.entries.size()); // still planned

        // Week view of the Teaser's week: its bar spans its forecast.
        page->goTo(data.entries.at(teaser).start.toTimeZone(data.zone).date());
        QTest::keyClick(view, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(view->height() > 24 * CalendarView::kHourHeight); // the hours scroll
        qsizetype inWeek = -1;
        for (qsizetype i = 0; i < page->data().entries.size(); ++i)
            if (page->data().entries.at(i).name == u"Black Friday Teaser")
                inWeek = i;
        QVERIFY(inWeek >= 0);
        QVERIFY(view->entryRect(int(inWeek)).height() >= 20);
        page->select(int(inWeek));
        QCoreApplication::processEvents();
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window->grab().save(shots + u"/calendar-week.png"));
        QTest::keyClick(view, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(view->height() < 24 * CalendarView::kHourHeight);

        // A launch missed while Herald was not running: the alert offers its answers.
        const Id tenant = window->session().tenantId;
        Id weekly = 0;
        for (const CampaignOverview &o : *CampaignService(*m_db, tenant, window->session().user).list({}))
            if (o.campaign.name == u"Weekly Newsletter")
                weekly = o.campaign.id;
        const QDateTime due = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(MissedLaunchRepository(*m_db, tenant).add(weekly, due, due.addSecs(3600)).ok());
        page->refresh();
        QCOMPARE(page->missedCount(), 1);
        const Id alert = MissedLaunchRepository(*m_db, tenant).pending()->first().id;
        QVERIFY(page->findChild<QPushButton *>(u"missedSend" + QString::number(alert))->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(u"missedReschedule" + QString::number(alert))->isVisible()); // recurring
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(!nav->findItems(QStringLiteral("Calendar (1 missed)"), Qt::MatchExactly).isEmpty());
        Dialogs::answerNext(0); // Skip
        page->findChild<QPushButton *>(u"missedSkip" + QString::number(alert))->click();
        QVERIFY(MissedLaunchRepository(*m_db, tenant).pending()->isEmpty());
        QCOMPARE(page->missedCount(), 0);
        QVERIFY(!nav->findItems(QStringLiteral("Calendar"), Qt::MatchExactly).isEmpty());
        QCOMPARE(CampaignService(*m_db, tenant, window->session().user).overview(QString::number(weekly))->status,
                 CampaignStatus::Scheduled); // a recurring campaign goes on
    }
};

QTEST_MAIN(TestRunsAndCalendar)
#include "tst_runsandcalendar.moc"
