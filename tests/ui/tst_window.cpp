// Drives the real window on the demo workspace, by objectName: the tenant prompt and switch,
// navigation, the menus' words and the list's layout, Help, a whole journey by keyboard
// alone, closing while sending, and windows that follow what others change: teammates on
// a team workspace (opened from the File menu) and a worker sending from the same file.
#include "builder/campaignbuilder.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "detail/detailformat.h"
#include "detail/tasksview.h"
#include "dispatch/dispatcher.h"
#include "dispatch/dispatcherthread.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "main/teamworkspacedialog.h"
#include "models/messagetablemodel.h"
#include "peers.h"
#include "pgcluster.h"
#include "run/rundialog.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace herald;

class TestWindow final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    void promptsForTenantFirst()
    {
        QSettings().clear();
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("noTenantPage"));
        QVERIFY(!window.session().valid());
        QCOMPARE(window.campaignsPage()->model()->rowCount(), 0); // nothing loaded
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QTRY_VERIFY(window.campaignsPage()->model()->rowCount() > 10);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("admin")));
    }

    // File -> Open Team Workspace...: a connection that fails says why and keeps the dialog
    // open; one that works starts Herald on it (here: the launcher seam) and is offered
    // again next time, without its password.
    void openTeamWorkspace()
    {
        test::PgCluster *pg = test::PgCluster::shared();
        if (!pg)
            HERALD_PEER_MISSING("no PostgreSQL cluster could be started");
        const QString info = pg->createWorkspaceDatabase();
        const QString dbname = info.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
        auto window = openWindow();
        QVERIFY(window);
        QStringList launched;
        QString launchedPassword = QStringLiteral("unset");
        window->setLauncher([&](const QStringList &arguments, const QString &password) {
            launched = arguments;
            launchedPassword = password;
            return true;
        });
        QString firstError;
        Dialogs::setDialogHook([&](QDialog *d) {
            auto *dialog = qobject_cast<TeamWorkspaceDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->show();
            dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(pg->socketDir());
            dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("no_such_db"));
            dialog->findChild<QLineEdit *>(QStringLiteral("login"))->setText(pg->superuser());
            dialog->accept();
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            firstError = error->isVisible() && dialog->result() != QDialog::Accepted ? error->text() : QString();
            if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                QCoreApplication::processEvents(), dialog->grab().save(shots + u"/open-team-workspace.png");
            dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(dbname);
            dialog->accept();
            return dialog->result();
        });
        QVERIFY(window->openTeamWorkspace());
        QVERIFY2(firstError.contains(u"cannot connect to the team database postgresql://herald_test@"), qPrintable(firstError));
        QCOMPARE(launched.size(), 2);
        QCOMPARE(launched.first(), QStringLiteral("--database"));
        QVERIFY2(launched.at(1).contains(QString(u"dbname='" + dbname + u"'")), qPrintable(launched.at(1)));
        QVERIFY(launchedPassword.isEmpty());
        QTRY_VERIFY(!window->isVisible()); // this window closes as on Quit
        // What opened it opens it: herald --database takes the same address.
        QVERIFY(Database::openPostgres(launched.at(1), Database::Mode::OpenExisting).ok());

        // Next time it is offered first, and nothing of a password was kept.
        const QList<QVariantMap> recent = TeamWorkspaceDialog::recent();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().value(QStringLiteral("database")).toString(), dbname);
        QVERIFY(!recent.first().contains(QStringLiteral("password")));
        TeamWorkspaceDialog again;
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("host"))->text(), pg->socketDir());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("database"))->text(), dbname);
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    }

    // Two people on one team workspace: what a teammate changes shows here without a
    // refresh — a campaign renamed, a run that moves, a campaign edited while it is
    // open in the builder (which says so, and offers to reload when it holds changes).
    void teamWindowsFollowEachOther()
    {
        auto [pg, dbname, db, error] = teamDemo();
        if (!pg)
            HERALD_PEER_MISSING("no PostgreSQL cluster could be started");
        QVERIFY2(db, qPrintable(error));
        auto teammate = [&](const QString &statement) {
            QString out;
            if (!pg->psql(dbname, statement, &out, QStringLiteral("marco_rossi")))
                qWarning("psql as marco_rossi: %s", qPrintable(out));
            return out;
        };
        auto idOf = [&](const QString &name) {
            return teammate(u"SELECT id FROM campaigns WHERE name = '" + name + u"'");
        };
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QTRY_VERIFY(!window.isBusy() && window.campaignsPage()->model()->rowCount() > 0);

        // A campaign renamed elsewhere: the open campaign and the list follow.
        const QString ended = idOf(QStringLiteral("Summer Clearance"));
        QVERIFY(window.openCampaign(ended));
        auto *title = window.findChild<QLabel *>(QStringLiteral("detailTitle"));
        QTRY_VERIFY(!window.isBusy() && title->text().contains(u"Summer Clearance"));
        QElapsedTimer shown;
        shown.start();
        teammate(u"UPDATE campaigns SET name = 'Summer Clearance (final)' WHERE id = " + ended);
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"Summer Clearance (final)"), 20000);
        qInfo("the teammate's rename showed %lld ms after psql started", qint64(shown.elapsed()));

        // A run moved by others: the running campaign's counts follow.
        const QString running = idOf(QStringLiteral("Viber Weekend Deals"));
        QVERIFY(window.openCampaign(running));
        QTRY_COMPARE(window.detailPage()->layout(), DetailLayout::Active);
        QTRY_VERIFY(!window.isBusy());
        const QString run = teammate(u"SELECT max(id) FROM runs WHERE kind = 'live' AND campaign_id = " + running);
        const int waiting =
            teammate(u"SELECT count(*) FROM messages WHERE status IN ('Queued', 'Retrying') AND run_id = " + run).toInt();
        QVERIFY2(waiting > 3, "the running demo campaign has messages waiting");
        auto *counts = window.findChild<QLabel *>(QStringLiteral("channelCounts_viber"));
        QVERIFY(counts);
        QTRY_VERIFY2(counts->text().contains(QLocale().toString(waiting) + u" waiting"), qPrintable(counts->text()));
        // The teammate's Herald (a window or a worker) moves three of them.
        auto marco = Database::openPostgres(pg->conninfo(dbname, QStringLiteral("marco_rossi")), Database::Mode::OpenExisting);
        if (!marco)
            QFAIL(qPrintable(marco.error().message));
        QList<MessageTransition> moves;
        for (const QString &id :
             teammate(u"SELECT id FROM messages WHERE status = 'Queued' AND run_id = " + run + u" LIMIT 3").split(u'\n')) {
            MessageTransition t;
            t.messageId = id.toLongLong();
            t.channel = ChannelKind::Viber;
            t.from = MessageStatus::Queued;
            t.to = MessageStatus::Cancelled;
            moves << t;
        }
        const Id northwind = window.session().tenantId;
        const auto moved = MessageRepository(*marco, northwind).apply(moves);
        QVERIFY(moved && moved->applied == 3);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLocale().toString(waiting - 3) + u" waiting"), 20000);

        // The builder: unchanged, it shows the teammate's version at once, and says so.
        const QString draft = idOf(QStringLiteral("Holiday Gift Guide"));
        QVERIFY(window.editCampaign(draft.toLongLong()));
        auto *description = window.findChild<QPlainTextEdit *>(QStringLiteral("builderDescription"));
        auto *bar = window.findChild<QWidget *>(QStringLiteral("builderChangedElsewhere"));
        auto *reload = window.findChild<QPushButton *>(QStringLiteral("builderReload"));
        QVERIFY(description && bar && reload);
        QVERIFY(!bar->isVisible());
        teammate(u"UPDATE campaigns SET description = 'Gifts for everyone' WHERE id = " + draft);
        QTRY_COMPARE_WITH_TIMEOUT(description->toPlainText(), QStringLiteral("Gifts for everyone"), 20000);
        QVERIFY(bar->isVisible());
        QVERIFY(!reload->isVisible());
        auto *text = window.findChild<QLabel *>(QStringLiteral("builderChangedElsewhereText"));
        QVERIFY2(text->text().contains(u"marco_rossi changed this campaign elsewhere"), qPrintable(text->text()));
        // With changes of its own, it asks instead; Reload shows theirs.
        window.findChild<QPushButton *>(QStringLiteral("builderDismissElsewhere"))->click();
        QVERIFY(!bar->isVisible());
        description->setPlainText(QStringLiteral("Mine"));
        QVERIFY(window.builder()->isModified());
        teammate(u"UPDATE campaigns SET description = 'Theirs' WHERE id = " + draft);
        QTRY_VERIFY_WITH_TIMEOUT(reload->isVisible(), 20000);
        QCOMPARE(description->toPlainText(), QStringLiteral("Mine"));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + u"/changed-elsewhere.png");
        reload->click();
        QCOMPARE(description->toPlainText(), QStringLiteral("Theirs"));
        QVERIFY(!bar->isVisible());
        QVERIFY(!window.builder()->isModified());
    }

    // Closing a team window that sends: when other windows or workers send too, it just
    // closes (their runs go on); when it is the last sender, it asks, naming "everyone".
    void closingATeamWindowLeavesTheSendingToOthers()
    {
        auto [pg, dbname, db, error] = teamDemo();
        if (!pg)
            HERALD_PEER_MISSING("no PostgreSQL cluster could be started");
        QVERIFY2(db, qPrintable(error));
        SystemClock clock;
        DispatcherThread dispatcher(*db, clock);
        MainWindow window(*db);
        window.setDispatcher(&dispatcher);
        dispatcher.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QTRY_COMPARE_WITH_TIMEOUT(Dispatcher::senders(*db).value_or(-1), 1, 20000);
        const qsizetype running = RunRepository(*db, window.session().tenantId).runningChannels()->size();
        QVERIFY(running > 0);

        QVERIFY(!window.close()); // unattended: the question is dismissed, the window stays
        QCOMPARE(Dialogs::unanswered().size(), 1);
        QVERIFY2(Dialogs::unanswered().first().contains(u"no other window or worker sends"),
                 qPrintable(Dialogs::unanswered().first()));
        Dialogs::reset();

        // A worker joins: closing asks nothing and pauses nothing.
        auto workerDb = Database::openPostgres(pg->conninfo(dbname), Database::Mode::OpenExisting);
        QVERIFY(workerDb);
        Dispatcher worker(*workerDb, clock, {});
        QVERIFY(worker.recover().ok()); // takes its id: alive from now on
        QCOMPARE(Dispatcher::senders(*db).value_or(-1), 2);
        QVERIFY(window.close());
        QVERIFY(Dialogs::unanswered().isEmpty());
        QCOMPARE(window.closeChoice(), MainWindow::CloseChoice::Nothing);
        QCOMPARE(RunRepository(*db, window.session().tenantId).runningChannels()->size(), running);
    }

    // A workspace file sent by another process (a heraldctl worker): the running
    // campaign's counts and its Tasks tab follow, the tab keeping its filter and scroll.
    void fileWindowFollowsAWorker()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString name = QStringLiteral("Viber Weekend Deals");
        QVERIFY(window->openCampaign(shortIdOf(name)));
        QTRY_COMPARE(window->detailPage()->layout(), DetailLayout::Active);
        QTRY_VERIFY(!window->isBusy());
        auto worker = Database::openSqlite(m_db->path(), Database::Mode::OpenExisting);
        QVERIFY(worker);
        const Id tenant = window->session().tenantId;
        const Id campaign = window->detailPage()->campaignId();
        SqlQuery q(worker->connection(), u"SELECT m.id, m.run_id FROM messages m JOIN runs r ON r.id = m.run_id WHERE "
                                         u"r.campaign_id = " + QString::number(campaign)
                                             + u" AND r.kind = 'live' AND m.status = 'Queued' ORDER BY m.id");
        QVERIFY(q.exec(u"test").ok());
        QList<MessageTransition> moves;
        while (q.next()) {
            MessageTransition t;
            t.messageId = q.id(0);
            t.channel = ChannelKind::Viber;
            t.to = MessageStatus::Cancelled;
            moves << t;
        }
        QVERIFY(moves.size() > 50);
        auto *counts = window->findChild<QLabel *>(QStringLiteral("channelCounts_viber"));
        QTRY_VERIFY(counts && counts->text().contains(u" waiting"));
        const QString before = counts->text();

        // The Tasks tab on Queued, scrolled down.
        window->detailPage()->tabs()->setCurrentWidget(window->findChild<TasksView *>());
        auto *tasks = window->findChild<TasksView *>();
        auto *state = tasks->findChild<QComboBox *>(QStringLiteral("taskStateFilter"));
        state->setCurrentIndex(state->findData(int(MessageStatus::Queued)));
        const int queued = tasks->model()->rowCount();
        QCOMPARE(queued, moves.size());
        QCoreApplication::processEvents();
        QScrollBar *scroll = tasks->table()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 20);
        scroll->setValue(20);

        QVERIFY(MessageRepository(*worker, tenant).apply(moves.mid(0, 3)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(counts->text() != before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), queued - 3, 20000);
        QCOMPARE(state->currentData().toInt(), int(MessageStatus::Queued));
        QCOMPARE(scroll->value(), 20);
    }

    void navigationNeverCrashes()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(nav->count(), 9);
        for (int i = 0; i < nav->count(); ++i) {
            nav->setCurrentRow(i);
            QVERIFY(pages->currentWidget()->isVisible());
        }
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->campaignsPage()));
        QTest::keySequence(window.get(), QKeySequence::Find);
        QTRY_VERIFY(window->findChild<QLineEdit *>(QStringLiteral("campaignSearch"))->hasFocus());
    }

    // Closing while this window's dispatcher may be sending, but what sends cannot be
    // read: Herald asks instead of taking it for "nothing sends".
    void closeAsksWhenSendingCannotBeRead()
    {
        auto window = openWindow();
        QVERIFY(window);
        SystemClock clock;
        DispatcherThread dispatcher(*m_db, clock);
        window->setDispatcher(&dispatcher);
        SqlQuery hide(m_db->connection(), QStringLiteral("ALTER TABLE runs RENAME TO runs_elsewhere"));
        QVERIFY(hide.exec(u"t").ok());
        Dialogs::answerNext(1); // keep the window
        QVERIFY(!window->close());
        QVERIFY2(Dialogs::lastText().contains(u"could not check whether runs are sending"), qPrintable(Dialogs::lastText()));
        QVERIFY(window->isVisible());
        SqlQuery back(m_db->connection(), QStringLiteral("ALTER TABLE runs_elsewhere RENAME TO runs"));
        QVERIFY(back.exec(u"t").ok());
        window->setDispatcher(nullptr);
    }

    // Menus show "&" as itself, counts agree with their nouns, and the list's IDs and row
    // actions are never cut.
    void wordsAndLayout()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *goals = window->findChild<QAction *>(QStringLiteral("actionGoGoals"));
        QCOMPARE(goals->text(), QStringLiteral("Goals && Writers"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const QHeaderView *header = table->horizontalHeader();
        for (int column : {int(CampaignListModel::Id), int(CampaignListModel::Actions)}) {
            const QModelIndex index = table->model()->index(0, column);
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.rect = table->visualRect(index);
            const int wanted = table->itemDelegateForIndex(index)->sizeHint(option, index).width();
            QVERIFY2(header->sectionSize(column) >= wanted, qPrintable(QString::number(column)));
        }
        QVERIFY(header->sectionViewportPosition(CampaignListModel::Actions) + header->sectionSize(CampaignListModel::Actions)
                <= table->viewport()->width());
        window->navigate(MainWindow::Destination::Contacts);
        const QString summary = window->findChild<QLabel *>(QStringLiteral("contactsSummary"))->text();
        QVERIFY2(QRegularExpression(QStringLiteral("^[\\d,]+ contacts in (1 list|\\d+ lists)$")).match(summary).hasMatch(),
                 qPrintable(summary));
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("noTenantPage"))
                     ->findChild<QLabel *>()
                     ->text()
                     .contains(u"Not yet available"));
    }

    void tenantSwitchShowsNoOtherTenantRow()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *table = window->findChild<QTableView *>(QStringLiteral("campaignTable"));
        const QStringList northwind = column(table, CampaignListModel::Name);
        QVERIFY(window->selectTenant(QStringLiteral("Bluebird Health Clinics")));
        QTRY_VERIFY(!window->isBusy() && table->model()->rowCount() > 0);
        const QStringList bluebird = column(table, CampaignListModel::Name);
        QVERIFY(bluebird.contains(QStringLiteral("Flu Vaccine Reminder")));
        for (const QString &name : bluebird)
            QVERIFY2(!northwind.contains(name), qPrintable(name));
    }

    // Create, preflight, run, pause and report with the keyboard alone: shortcuts,
    // mnemonics, Tab and Return, never the mouse or a slot.
    void keyboardOnlyJourney()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        CampaignBuilder *builder = window->builder();
        CampaignDetailPage *detail = window->detailPage();

        // The keyboard's target: the focus widget, else the active window (nothing focused yet).
        const auto target = []() -> QWidget * {
            QWidget *w = QApplication::focusWidget();
            return w ? w : QApplication::activeWindow();
        };
        const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *w = target();
            if (!w)
                return false;
            QTest::keyClick(w, key, modifiers);
            return true;
        };
        const auto chord = [&](const QKeySequence &keys) {
            QWidget *w = target();
            if (!w)
                return false;
            QTest::keySequence(w, keys);
            return true;
        };
        const auto type = [](const QString &text) {
            QWidget *w = QApplication::focusWidget();
            if (!w)
                return false;
            QTest::keyClicks(w, text);
            return true;
        };
        const auto focusName = [] {
            const QWidget *w = QApplication::focusWidget();
            return w ? QString::fromLatin1(w->metaObject()->className()) + u" \"" + w->objectName() + u'"'
                     : QStringLiteral("nothing");
        };
        // Tab until `goal` has the focus; the number of presses, or -1 when it never does.
        const auto tabsTo = [&](QWidget *goal, int most = 100) {
            for (int presses = 0; presses <= most; ++presses) {
                if (QApplication::focusWidget() == goal)
                    return presses;
                if (!press(Qt::Key_Tab))
                    return -1;
            }
            return -1;
        };
        const auto tabbed = [&](QWidget *goal) {
            const int presses = goal ? tabsTo(goal) : -1;
            if (presses >= 0)
                qInfo("Tab x%d reaches %s", presses, qPrintable(goal->objectName()));
            return presses >= 0;
        };
        const auto unreached = [&](const char *what) {
            return QString(u"Tab never reaches " + QString::fromLatin1(what) + u"; the focus is on " + focusName());
        };
        // A closed dialog hands the keyboard back to the window: a window manager does that, and
        // the offscreen platform has none, so the test asks for it as the window manager would.
        const auto backToWindow = [&] {
            if (QApplication::activeWindow() != window.get())
                window->activateWindow();
            return QTest::qWaitForWindowActive(window.get());
        };
        QStringList unexpected; // dialogs a hook was handed but did not expect

        // 1. Create: Ctrl+N, the name by its mnemonic, Tab through the basics, Ctrl+Tab to the
        //    channels, SMS on with Space, its text and sender, and Ctrl+S.
        QVERIFY(chord(QKeySequence::New));
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(builder));
        auto *name = builder->findChild<QLineEdit *>(QStringLiteral("builderName"));
        QVERIFY(name);
        if (QApplication::focusWidget() != name)
            qWarning("Ctrl+N left the keyboard on %s, not on the campaign's name", qPrintable(focusName()));
        QVERIFY(press(Qt::Key_N, Qt::AltModifier)); // "&Name:"
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
        const QString created = QStringLiteral("Keyboard journey");
        QVERIFY(type(created));
        QVERIFY(press(Qt::Key_Tab));
        auto *description = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderDescription"));
        QVERIFY(description);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(description));
        QVERIFY(type(QStringLiteral("Made without touching the mouse")));
        QVERIFY(press(Qt::Key_Tab)); // the description passes Tab on instead of typing it
        auto *tags = builder->findChild<QLineEdit *>(QStringLiteral("builderTags"));
        QVERIFY(tags);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tags));
        QVERIFY(type(QStringLiteral("keyboard, a11y")));
        // Ctrl+Tab, from inside the sections, turns to the next one (each also has a mnemonic).
        QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
        QCOMPARE(builder->currentSection(), CampaignBuilder::Section::Channels);
        auto *sms = builder->findChild<QGroupBox *>(QStringLiteral("builderChannel_sms"));
        QVERIFY(sms);
        QVERIFY2(tabbed(sms), qPrintable(unreached("the SMS channel")));
        QVERIFY(!sms->isChecked());
        QVERIFY(press(Qt::Key_Space)); // a checkable group box toggles with Space
        QVERIFY(sms->isChecked());
        auto *smsText = builder->findChild<QPlainTextEdit *>(QStringLiteral("builderText_sms"));
        QVERIFY2(tabbed(smsText), qPrintable(unreached("the SMS text")));
        const QString text = QStringLiteral("Hi {{first_name}}, spring deals are in. Reply STOP to opt out");
        QVERIFY(type(text));
        QCOMPARE(smsText->toPlainText(), text);
        auto *sender = builder->findChild<QComboBox *>(QStringLiteral("builderSender_sms"));
        QVERIFY2(tabbed(sender), qPrintable(unreached("the SMS sender")));
        QVERIFY(sender->count() > 1);
        QVERIFY(press(Qt::Key_Down)); // the first sender after "(no sender)"
        QCOMPARE(sender->currentIndex(), 1);
        QVERIFY(chord(QKeySequence::Save)); // Ctrl+S: the builder's own shortcut
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(detail));
        QCOMPARE(detail->status(), CampaignStatus::Draft); // saved as a draft, not activated
        const QString createdId = shortIdOf(created);
        QVERIFY2(!createdId.isEmpty(), "the new campaign is listed");
        {
            const Campaign c =
                CampaignService(*m_db, window->session().tenantId, window->session().user).overview(createdId)->campaign;
            QCOMPARE(c.description, QStringLiteral("Made without touching the mouse"));
            QCOMPARE(c.tags, (QStringList{QStringLiteral("keyboard"), QStringLiteral("a11y")}));
            QCOMPARE(c.channels.size(), 1);
            QCOMPARE(c.channels.first().kind, ChannelKind::Sms);
            QCOMPARE(c.channels.first().messageText, text);
            QVERIFY(c.channels.first().senderId);
        }

        // 2. Preflight: Ctrl+F, the ready campaign's name, Return, Tab to the list, Down, Return.
        QVERIFY(chord(QKeySequence::Find));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("campaignSearch"));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
        const QString ready = QStringLiteral("Spring Collection Launch");
        QVERIFY(type(ready));
        QVERIFY(press(Qt::Key_Return)); // searches at once
        QTableView *table = window->campaignsPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && column(table, CampaignListModel::Name) == QStringList{ready}, 10000);
        QVERIFY2(tabbed(table), qPrintable(unreached("the campaign list")));
        QVERIFY(press(Qt::Key_Down)); // the only row becomes current
        QTRY_VERIFY(table->currentIndex().isValid());
        QVERIFY(press(Qt::Key_Return)); // opens it
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(detail));
        QTRY_VERIFY(!detail->isLoading());
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().contains(ready));
        QCOMPARE(detail->layout(), DetailLayout::Draft);
        QCOMPARE(detail->status(), CampaignStatus::Ready);
        // The preflight is shown: nothing blocks, the checklist is there, Run may be pressed.
        auto *summary = detail->findChild<QLabel *>(QStringLiteral("readinessSummary"));
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->text().contains(u"Ready to run"), qPrintable(summary->text()));
        QVERIFY(detail->findChild<QWidget *>(QStringLiteral("readinessChecklist"))->isVisible());
        auto *run = detail->findChild<QPushButton *>(QStringLiteral("draftRun"));
        QVERIFY(run && run->isVisible() && run->isEnabled());

        // 3. Run: Alt+U ("R&un…"); in the dialog the disclaimer by its mnemonic (Alt+F, "I
        //    con&firm all four statements") and Return for the dialog's default button, Run.
        bool runDialogShown = false;
        Dialogs::setDialogHook([&](QDialog *dialog) -> int {
            if (!qobject_cast<RunDialog *>(dialog)) {
                unexpected << dialog->objectName();
                return int(QDialog::Rejected);
            }
            runDialogShown = true;
            [&] { // QVERIFY returns from here; the test stops after the dialog is handed back
                dialog->setWindowModality(Qt::ApplicationModal); // as exec() shows it
                dialog->show();
                dialog->activateWindow(); // as a window manager activates a new dialog
                QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
                auto *accept = dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"));
                auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("runConfirm"));
                QVERIFY(accept && confirm);
                QVERIFY(accept->isEnabled() && !accept->isChecked());
                QVERIFY(!confirm->isEnabled()); // not before the disclaimer
                QVERIFY(press(Qt::Key_F, Qt::AltModifier));
                QTRY_VERIFY(accept->isChecked()); // the mnemonic's click is animated
                QVERIFY(confirm->isEnabled());
                QVERIFY(press(Qt::Key_Return)); // the default button
                QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 20000);
                QVERIFY(!dialog->isVisible());
            }();
            return dialog->result();
        });
        QVERIFY(press(Qt::Key_U, Qt::AltModifier));
        QTRY_VERIFY(runDialogShown); // a mnemonic clicks the button animated, a moment later
        Dialogs::setDialogHook(nullptr);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u", ")));
        QVERIFY(runDialogShown);
        QVERIFY2(window->statusBar()->currentMessage().contains(u" started: "),
                 qPrintable(window->statusBar()->currentMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(detail->layout(), DetailLayout::Active, 10000);
        QTRY_COMPARE(detail->status(), CampaignStatus::Running);
        QVERIFY(backToWindow());

        // 4. Pause: Alt+E (the email card's "Paus&e").
        QPushButton *pause = nullptr; // the cards are made when the run is shown
        QTRY_VERIFY((pause = detail->findChild<QPushButton *>(QStringLiteral("pause_email")))
                    && pause->isVisible() && pause->isEnabled());
        QVERIFY(press(Qt::Key_E, Qt::AltModifier));
        QTRY_COMPARE(window->statusBar()->currentMessage(), QStringLiteral("Paused the Email channel of ") + ready);
        QTRY_COMPARE(detail->status(), CampaignStatus::Paused);
        QTRY_VERIFY(detail->findChild<QLabel *>(QStringLiteral("channelStatus_email"))->text().contains(u"Paused"));
        QTRY_VERIFY(detail->findChild<QPushButton *>(QStringLiteral("resume_email"))->isEnabled());

        // 5. Report: Alt+R ("&Report" tab), then Ctrl+P (File → Print Report…), closed with Escape.
        QVERIFY(press(Qt::Key_R, Qt::AltModifier));
        auto *report = detail->findChild<QWidget *>(QStringLiteral("reportView"));
        QTRY_COMPARE(detail->tabs()->currentWidget(), report);
        QVERIFY(report->isVisible());
        const QString reportTitle = report->findChild<QLabel *>(QStringLiteral("reportTitle"))->text();
        QVERIFY2(reportTitle.contains(u"Live run #"), qPrintable(reportTitle));
        QVERIFY(detail->hasReport());
        QString previewTitle;
        Dialogs::setDialogHook([&](QDialog *dialog) -> int {
            if (dialog->objectName() != u"reportPreview") {
                unexpected << dialog->objectName();
                return int(QDialog::Rejected);
            }
            previewTitle = dialog->windowTitle();
            [&] {
                dialog->setWindowModality(Qt::ApplicationModal);
                dialog->show();
                dialog->activateWindow();
                QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
                QVERIFY(press(Qt::Key_Escape)); // nothing is printed
                QTRY_VERIFY(!dialog->isVisible());
            }();
            return dialog->result();
        });
        QVERIFY(chord(QKeySequence::Print));
        Dialogs::setDialogHook(nullptr);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u", ")));
        QCOMPARE(previewTitle, QStringLiteral("Print report \u2014 ") + ready);
        QVERIFY(backToWindow());
        QCOMPARE(detail->tabs()->currentWidget(), report); // still on the report

        // Leave nothing of it running (not part of the journey).
        const Id t = window->session().tenantId;
        const User admin = *TenantRepository(*m_db).userByName(t, {});
        SystemClock clock;
        QVERIFY(RunService(*m_db, t, admin, clock).command(shortIdOf(ready), RunService::Command::Stop).ok());
    }

    // Help: the user guide with its pictures (F1), the shortcuts of the window's own
    // actions, and About.
    void helpMenu()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *guideAction = window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
        QVERIFY(guideAction);
        QCOMPARE(guideAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guideAction->trigger();
        auto *guide = window->findChild<QTextBrowser *>(QStringLiteral("userGuide"));
        QVERIFY(guide && guide->isVisible());
        QVERIFY2(guide->toPlainText().contains(u"Campaign Runs"), qPrintable(guide->toPlainText().left(200)));
        const QVariant picture = guide->document()->resource(QTextDocument::ImageResource,
                                                             QUrl(QStringLiteral("screenshots/campaign-list.png")));
        QVERIFY(!picture.isNull()); // the screenshots are built in
        guide->window()->close();

        window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
        auto *table = window->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QVERIFY(table);
        QHash<QString, QString> shortcuts;
        for (int r = 0; r < table->rowCount(); ++r)
            shortcuts.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QCOMPARE(shortcuts.value(QStringLiteral("New Campaign")), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
        QCOMPARE(shortcuts.value(QStringLiteral("User Guide")), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
        QVERIFY(shortcuts.contains(QStringLiteral("Campaign Runs"))); // the Go menu's Ctrl+2
        table->window()->close();

        window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QVERIFY2(Dialogs::lastText().contains(u"Herald " + QCoreApplication::applicationVersion())
                     && Dialogs::lastText().contains(u"General Public License"),
                 qPrintable(Dialogs::lastText()));
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
