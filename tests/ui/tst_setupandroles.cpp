// Drives the real window as a new organisation and as each role, by objectName: the setup
// assistant on a fresh workspace, a new organisation's whole journey to delivered
// messages, and what viewers, support users and reviewers may not do.
#include "builder/campaignbuilder.h"
#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "contacts/contactspage.h"
#include "contacts/importdialog.h"
#include "content/goalspage.h"
#include "content/templatespage.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "dispatch/dispatcherthread.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "organisation/peopleservice.h"
#include "organisation/senderservice.h"
#include "peers.h"
#include "settings/peopleview.h"
#include "settings/providerbox.h"
#include "settings/settingspage.h"
#include "settings/tenantsview.h"
#include "setup/setupassistant.h"
#include "smtpsink.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestSetupAndRoles final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // A viewer sees what they may not do greyed, with the reason; the name matches in any case.
    void viewerSeesWhatTheyMayNotDo()
    {
        MainWindow window(*m_db, QStringLiteral("tom becker"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QTRY_VERIFY(window.campaignsPage()->model()->rowCount() > 10);
        QCOMPARE(window.session().user.name, QStringLiteral("Tom Becker"));
        auto *create = window.findChild<QPushButton *>(QStringLiteral("newCampaignButton"));
        QVERIFY(create);
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(u"may not create campaigns"), qPrintable(create->toolTip()));
        QVERIFY(!window.newCampaign()); // the menu's New Campaign… is refused by core too
    }

    // A workspace as `heraldctl init` leaves it: one tenant, its admin called "admin".
    static std::optional<Database> freshWorkspace(const QString &path)
    {
        auto fresh = Database::openSqlite(path, Database::Mode::CreateNew);
        if (!fresh)
            return std::nullopt;
        TenantRepository tenants(*fresh);
        Tenant t;
        t.name = QStringLiteral("Default");
        t.isDefault = true;
        const auto id = tenants.create(t);
        User admin;
        admin.name = QStringLiteral("admin");
        admin.role = Role::Admin;
        if (!id || !tenants.createUser(*id, admin))
            return std::nullopt;
        return *fresh;
    }

    // A fresh workspace (as `heraldctl init` leaves it) opens the setup assistant; its pages
    // go through the core services, and once finished it does not open again.
    void setupAssistantOnAFreshWorkspace()
    {
        auto db = freshWorkspace(m_dir.filePath(QStringLiteral("fresh.herald")));
        QVERIFY(db);
        int opened = 0;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *wizard = qobject_cast<SetupAssistant *>(dialog);
            if (!wizard)
                return int(QDialog::Rejected);
            ++opened;
            wizard->show();
            wizard->findChild<QLineEdit *>(QStringLiteral("setupOrganisation"))->setText(QStringLiteral("Acme Outdoor"));
            wizard->findChild<QComboBox *>(QStringLiteral("setupTimeZone"))->setCurrentText(QStringLiteral("Europe/Dublin"));
            wizard->findChild<QCheckBox *>(QStringLiteral("setupWindowOn"))->setChecked(true);
            if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
                QCoreApplication::processEvents(), wizard->grab().save(shots + u"/setup-assistant.png");
            wizard->next();
            if (wizard->currentId() != SetupAssistant::You)
                return int(QDialog::Rejected);
            wizard->findChild<QLineEdit *>(QStringLiteral("setupAdminName"))->setText(QStringLiteral("Ada Admin"));
            wizard->findChild<QLineEdit *>(QStringLiteral("setupAdminEmail"))->setText(QStringLiteral("ada@acme.example"));
            wizard->next();
            // Email: SMTP, as typed in the form.
            auto *email = wizard->findChild<ProviderBox *>(QStringLiteral("setupEmail"));
            auto *provider = email->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
            provider->setCurrentIndex(provider->findText(QStringLiteral("smtp")));
            emit provider->activated(provider->currentIndex());
            auto *host = email->findChild<QLineEdit *>(QStringLiteral("setting_host"));
            host->setText(QStringLiteral("mail.acme.example"));
            emit host->textEdited(host->text());
            wizard->next();
            wizard->next(); // no SMS
            if (wizard->currentId() != SetupAssistant::Sender)
                return int(QDialog::Rejected);
            wizard->findChild<QLineEdit *>(QStringLiteral("setupSenderName"))->setText(QStringLiteral("Acme Outdoor"));
            wizard->findChild<QLineEdit *>(QStringLiteral("setupSenderAddress"))->setText(QStringLiteral("news@acme.example"));
            wizard->next();
            wizard->findChild<QPushButton *>(QStringLiteral("setupAddTeammate"))->click();
            auto *mates = wizard->findChild<QTableWidget *>(QStringLiteral("setupTeammates"));
            mates->item(0, 0)->setText(QStringLiteral("Rita Reviewer"));
            wizard->button(QWizard::FinishButton)->click();
            return wizard->result();
        });
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(opened, 1);
        const Tenant tenant = *TenantRepository(*db).byName(QStringLiteral("Acme Outdoor"));
        QCOMPARE(tenant.timeZone, QStringLiteral("Europe/Dublin"));
        QCOMPARE(tenant.defaultSendWindow, QStringLiteral("08:00-21:00"));
        QVERIFY(tenant.setUpAt.isValid());
        QTRY_COMPARE(window.session().user.name, QStringLiteral("Ada Admin"));
        QCOMPARE(window.session().tenantId, tenant.id);
        const Session session = window.session();
        QCOMPARE(SenderService(*session.db, session.tenantId, session.user).find(QStringLiteral("acme outdoor"))->address,
                 QStringLiteral("news@acme.example"));
        auto reviewers = PeopleService(*session.db, session.tenantId, session.user).reviewers();
        QVERIFY(std::any_of(reviewers->begin(), reviewers->end(), [](const User &u) { return u.name == u"Rita Reviewer"; }));
        bool smtp = false;
        for (const ProviderConfig &p : SenderRepository(*session.db, session.tenantId).providers().value_or({}))
            smtp = smtp || (p.kind == ChannelKind::Email && p.provider == u"smtp");
        QVERIFY(smtp);
        // The campaign list's checklist ticks what the assistant did, and links to the rest.
        auto *checklist = window.findChild<QLabel *>(QStringLiteral("gettingStarted"));
        QTRY_VERIFY(checklist->isVisible());
        QVERIFY2(checklist->text().contains(u"\u2611 <s>Add a sender"), qPrintable(checklist->text()));
        QVERIFY2(checklist->text().contains(u"\u2610 <a href=\"2\">Set Herald's listener"), qPrintable(checklist->text()));
        emit checklist->linkActivated(QStringLiteral("2")); // email through SMTP: Settings, Organisations
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(window.findChild<SettingsPage *>()));
        QVERIFY(window.findChild<TenantsView *>(QStringLiteral("tenantsView"))->isVisible());
        window.navigate(QStringLiteral("Campaigns"));
        QVERIFY2(checklist->text().contains(u"\u2610 <a href=\"4\">Import your contacts"), qPrintable(checklist->text()));
        emit checklist->linkActivated(QStringLiteral("4"));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(window.findChild<ContactsPage *>()));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.navigate(QStringLiteral("Campaigns"));
            QCoreApplication::processEvents(), window.grab().save(shots + u"/getting-started.png");
        }
        // New campaign channels start with the organisation's send window.
        QVERIFY(window.newCampaign());
        auto *emailBox = window.builder()->findChild<QGroupBox *>(QStringLiteral("builderChannel_email"));
        emailBox->setChecked(true);
        emit emailBox->clicked(true);
        QCOMPARE(window.builder()->findChild<QLineEdit *>(QStringLiteral("builderWindow_email"))->text(),
                 QStringLiteral("08:00-21:00"));
        Dialogs::answerNext(1); // leave the new campaign unsaved
        // Set up: a new window does not open it again.
        MainWindow again(*db);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCoreApplication::processEvents();
        QCOMPARE(opened, 1);
    }

    // The whole journey of a new organisation in the GUI, by objectName: the setup assistant
    // (email through postfix's smtp-sink, a sender, a reviewer), contacts imported, a goal,
    // a writer, a template, a campaign built and activated, approved by the reviewer in
    // their own window, run, and every message delivered to the sink.
    void newOrganisationJourney()
    {
        if (!test::SmtpSink::available())
            HERALD_PEER_MISSING("postfix's smtp-sink is not installed (scripts/install-deps.sh installs it)");
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        auto db = freshWorkspace(m_dir.filePath(QStringLiteral("journey.herald")));
        QVERIFY(db);
        const auto set = [](QLineEdit *edit, const QString &text) {
            edit->setText(text);
            emit edit->textEdited(text);
        };
        // 1. The setup assistant.
        bool assisted = false;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *wizard = qobject_cast<SetupAssistant *>(dialog);
            if (!wizard)
                return int(QDialog::Rejected);
            wizard->show();
            wizard->findChild<QLineEdit *>(QStringLiteral("setupOrganisation"))->setText(QStringLiteral("Acme Outdoor"));
            wizard->next();
            wizard->findChild<QLineEdit *>(QStringLiteral("setupAdminName"))->setText(QStringLiteral("Ada Admin"));
            wizard->next();
            auto *email = wizard->findChild<ProviderBox *>(QStringLiteral("setupEmail"));
            auto *provider = email->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
            provider->setCurrentIndex(provider->findText(QStringLiteral("smtp")));
            emit provider->activated(provider->currentIndex());
            set(email->findChild<QLineEdit *>(QStringLiteral("setting_host")), QStringLiteral("127.0.0.1"));
            set(email->findChild<QLineEdit *>(QStringLiteral("setting_port")), QString::number(sink.port()));
            auto *tls = email->findChild<QComboBox *>(QStringLiteral("setting_tls"));
            tls->setCurrentIndex(tls->findText(QStringLiteral("none")));
            emit tls->activated(tls->currentIndex());
            wizard->next();
            wizard->next(); // no SMS
            wizard->findChild<QLineEdit *>(QStringLiteral("setupSenderName"))->setText(QStringLiteral("Acme Outdoor"));
            wizard->findChild<QLineEdit *>(QStringLiteral("setupSenderAddress"))->setText(QStringLiteral("news@acme.example"));
            wizard->next();
            wizard->findChild<QPushButton *>(QStringLiteral("setupAddTeammate"))->click();
            wizard->findChild<QTableWidget *>(QStringLiteral("setupTeammates"))->item(0, 0)->setText(QStringLiteral("Rita Reviewer"));
            wizard->button(QWizard::FinishButton)->click();
            assisted = wizard->result() == QDialog::Accepted;
            return wizard->result();
        });
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(assisted);
        QTRY_COMPARE(window.session().user.name, QStringLiteral("Ada Admin"));

        // Mail to real mailboxes needs working unsubscribe links: the admin sets Herald's
        // listener in Settings.
        test::ReservedPort port;
        const QString listen = u"127.0.0.1:" + QString::number(port.port());
        port.release();
        TenantsView *tenants = firstOrganisation(window);
        QVERIFY(tenants);
        Dialogs::setDialogHook([&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("tenantListen"))->setText(listen);
            dialog->findChild<QLineEdit *>(QStringLiteral("tenantPublicUrl"))->setText(u"http://" + listen);
            return int(QDialog::Accepted);
        });
        QVERIFY(tenants->editListener());

        // 2. Contacts, imported from CSV on the Contacts page (Ctrl+I).
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("campers.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("first_name,last_name,email\n");
            for (int i = 1; i <= 5; ++i)
                f.write(QStringLiteral("Camper,No %1,camper%1@example.net\n").arg(i).toUtf8());
        }
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *d = qobject_cast<ImportDialog *>(dialog);
            if (!d || !d->loadFile(csv))
                return int(QDialog::Rejected);
            d->setListName(QStringLiteral("Newsletter"));
            d->findChild<QPushButton *>(QStringLiteral("importStart"))->click();
            if (!QTest::qWaitFor([d] { return d->result().id != 0; }, 20000))
                return int(QDialog::Rejected);
            d->findChild<QPushButton *>(QStringLiteral("importStart"))->click(); // now Close
            return int(QDialog::Accepted);
        });
        window.navigate(MainWindow::Destination::Contacts);
        auto *uploads = window.contactsPage()->findChild<QTableWidget *>(QStringLiteral("uploadsTable"));
        window.contactsPage()->findChild<QPushButton *>(QStringLiteral("contactsImport"))->click();
        QTRY_COMPARE(uploads->rowCount(), 1);

        // 3. A goal and a writer.
        window.navigate(MainWindow::Destination::Goals);
        GoalsPage *goals = window.goalsPage();
        goals->findChild<QPushButton *>(QStringLiteral("goalNew"))->click();
        goals->findChild<QLineEdit *>(QStringLiteral("goalName"))->setText(QStringLiteral("Spring replies"));
        goals->findChild<QPushButton *>(QStringLiteral("goalSave"))->click();
        goals->showWriters(true);
        goals->findChild<QPushButton *>(QStringLiteral("writerNew"))->click();
        goals->findChild<QLineEdit *>(QStringLiteral("writerName"))->setText(QStringLiteral("Friendly"));
        goals->findChild<QPushButton *>(QStringLiteral("writerSave"))->click();

        // 4. A template.
        window.navigate(MainWindow::Destination::Templates);
        TemplatesPage *templates = window.templatesPage();
        templates->newTemplate(ChannelKind::Email);
        templates->findChild<QLineEdit *>(QStringLiteral("templateName"))->setText(QStringLiteral("Spring news"));
        templates->findChild<QLineEdit *>(QStringLiteral("templateSubject"))->setText(QStringLiteral("Spring is here"));
        QVERIFY(templates->save());

        // 5. The campaign, built and activated.
        QVERIFY(window.newCampaign());
        CampaignBuilder *builder = window.builder();
        const auto choose = [&](const char *name, const QString &text) {
            auto *combo = builder->findChild<QComboBox *>(QString::fromLatin1(name));
            const int index = combo ? combo->findText(text, Qt::MatchStartsWith) : -1;
            if (index >= 0)
                combo->setCurrentIndex(index);
            return index >= 0;
        };
        builder->findChild<QLineEdit *>(QStringLiteral("builderName"))->setText(QStringLiteral("Spring tents"));
        QVERIFY(choose("builderGoal", QStringLiteral("Spring replies")));
        QVERIFY(choose("builderWriter", QStringLiteral("Friendly")));
        QVERIFY(choose("builderReviewer", QStringLiteral("Rita Reviewer")));
        QVERIFY(choose("builderContactList", QStringLiteral("Newsletter")));
        auto *launch = builder->findChild<QComboBox *>(QStringLiteral("builderLaunchType"));
        launch->setCurrentIndex(launch->findData(int(LaunchType::Manual)));
        builder->findChild<QGroupBox *>(QStringLiteral("builderChannel_email"))->setChecked(true);
        QVERIFY(choose("builderTemplate_email", QStringLiteral("Spring news")));
        QVERIFY(choose("builderSender_email", QStringLiteral("Acme Outdoor")));
        builder->findChild<QCheckBox *>(QStringLiteral("builderActivated"))->setChecked(true);
        builder->findChild<QPushButton *>(QStringLiteral("builderSave"))->click();
        const Session session = window.session();
        auto created = CampaignService(*session.db, session.tenantId, session.user).page({});
        QVERIFY(created && created->rows.size() == 1);
        const QString ref = created->rows.first().campaign.shortId;

        // 6. The reviewer approves in their own window.
        {
            MainWindow rita(*db, QStringLiteral("Rita Reviewer"));
            rita.show();
            QVERIFY(QTest::qWaitForWindowExposed(&rita));
            QTRY_COMPARE(rita.session().user.name, QStringLiteral("Rita Reviewer"));
            QVERIFY(rita.openCampaign(ref, QStringLiteral("review")));
            auto *approve = rita.detailPage()->findChild<QPushButton *>(QStringLiteral("reviewApprove"));
            QTRY_VERIFY(approve->isEnabled());
            Dialogs::setDialogHook([](QDialog *) { return int(QDialog::Accepted); });
            approve->click();
        }
        QTRY_COMPARE(CampaignService(*session.db, session.tenantId, session.user).overview(ref)->status,
                     CampaignStatus::Ready);

        // 7. Run it, and every message reaches the sink.
        SystemClock clock;
        DispatcherThread dispatcher(*db, clock);
        window.setDispatcher(&dispatcher);
        dispatcher.start();
        QVERIFY(window.openCampaign(ref));
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QCheckBox *>(QStringLiteral("runAccept"))->setChecked(true);
            dialog->findChild<QPushButton *>(QStringLiteral("runConfirm"))->click();
            const bool accepted = QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, 20000);
            return accepted ? int(QDialog::Accepted) : int(QDialog::Rejected);
        });
        window.detailPage()->findChild<QPushButton *>(QStringLiteral("draftRun"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.detailPage()->status(), CampaignStatus::Completed, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.messages().size()), 5, 10000);
        window.setDispatcher(nullptr);
        // The checklist is gone: the first live run reached someone.
        window.navigate(MainWindow::Destination::Campaigns);
        QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("gettingStarted"))->isVisible());
    }

    // A viewer, a support user and a reviewer find every change outside their rights
    // unavailable on every page, each saying why.
    void rolesSeeWhatTheyMayNotDo_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("viewer") << QStringLiteral("Tom Becker");
        QTest::newRow("support") << QStringLiteral("Sam Support");
        QTest::newRow("reviewer") << QStringLiteral("Priya Shah");
    }

    void rolesSeeWhatTheyMayNotDo()
    {
        QFETCH(QString, user);
        const Id tenant = TenantRepository(*m_db).byName(QStringLiteral("Northwind Outfitters"))->id;
        const User admin = *TenantRepository(*m_db).userByName(tenant, {});
        QVERIFY(PeopleService(*m_db, tenant, admin).add(QStringLiteral("Sam Support"), Role::Support));
        MainWindow window(*m_db, user);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QTRY_COMPARE(window.session().user.name, user);
        const auto unavailable = [&](const char *name) -> QString {
            auto *button = window.findChild<QPushButton *>(QString::fromLatin1(name));
            if (!button)
                return QStringLiteral("no button ") + QString::fromLatin1(name);
            if (button->isEnabled())
                return QString::fromLatin1(name) + u" is enabled";
            return button->toolTip().isEmpty() ? QString::fromLatin1(name) + u" does not say why" : QString();
        };
        QStringList wrong;
        for (const char *name : {"newCampaignButton", "goalNew", "goalSave", "writerNew", "writerSave", "templateNew",
                                 "contactsImport", "peopleAdd", "sendersAdd", "tenantsCreate", "settingsSave"})
            if (const QString problem = unavailable(name); !problem.isEmpty())
                wrong << problem;
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; ")));
        auto *newCampaign = window.findChild<QAction *>(QStringLiteral("actionNewCampaign"));
        QVERIFY(!newCampaign->isEnabled() && !newCampaign->toolTip().isEmpty());
        // Number pools are not even listed.
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav->findItems(QStringLiteral("Number Pools"), Qt::MatchExactly).first()->isHidden());
    }

    void viewerMayNotChangeTheOrganisation()
    {
        MainWindow window(*m_db, QStringLiteral("Tom Becker"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectTenant(QStringLiteral("Northwind Outfitters")));
        QVERIFY(window.navigate(QStringLiteral("Settings")));
        for (const char *name : {"peopleAdd", "sendersAdd", "settingsSave"}) {
            auto *button = window.findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button && !button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
        // Core refuses too, whatever the widgets show.
        auto *people = window.findChild<PeopleView *>(QStringLiteral("peopleView"));
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("personName"))->setText(QStringLiteral("Sneaky"));
            return int(QDialog::Accepted);
        });
        QVERIFY(!people->addPerson());
        QVERIFY2(Dialogs::lastText().contains(u"may not manage people"), qPrintable(Dialogs::lastText()));
    }
};

QTEST_MAIN(TestSetupAndRoles)
#include "tst_setupandroles.moc"
