// Drives Settings and the Number Pools page on the demo workspace, by objectName: people,
// senders and number pools, channel providers tested and saved, the phone trunk, the
// organisation's SMS keywords, mailbox and click tracking.
#include "builder/campaignbuilder.h"
#include "common/dialogs.h"
#include "demowindowtest.h"
#include "detail/campaigndetailpage.h"
#include "dovecotpeer.h"
#include "lifecycle/campaignservice.h"
#include "mailbox/mailboxsettings.h"
#include "main/mainwindow.h"
#include "organisation/peopleservice.h"
#include "organisation/senderservice.h"
#include "organisation/tenantservice.h"
#include "peers.h"
#include "pools/numberpoolspage.h"
#include "settings/mailboxdialog.h"
#include "settings/peopleview.h"
#include "settings/sendersview.h"
#include "settings/settingspage.h"
#include "settings/tenantsview.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace herald;

class TestSettingsPage final : public test::DemoWindowTest
{
    Q_OBJECT

private slots:
    // Settings → People and Senders, and the Number Pools page, driven as an admin would;
    // a viewer finds every change unavailable, saying why.
    void organisationPages()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->navigate(QStringLiteral("Settings")));
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        auto *people = window->findChild<PeopleView *>(QStringLiteral("peopleView"));
        tabs->setCurrentWidget(people);
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("personName"))->setText(QStringLiteral("Nia Okafor"));
            dialog->findChild<QLineEdit *>(QStringLiteral("personEmail"))->setText(QStringLiteral("nia@northwind.example"));
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("personRole"));
            role->setCurrentIndex(role->findData(int(Role::Reviewer)));
            return int(QDialog::Accepted);
        });
        window->findChild<QPushButton *>(QStringLiteral("peopleAdd"))->click();
        const Session session = window->session();
        auto reviewers = PeopleService(*session.db, session.tenantId, session.user).reviewers();
        QVERIFY(std::any_of(reviewers->begin(), reviewers->end(), [](const User &u) { return u.name == u"Nia Okafor"; }));
        auto *peopleTable = people->findChild<QTableWidget *>(QStringLiteral("peopleTable"));
        QVERIFY(!peopleTable->findItems(QStringLiteral("Nia Okafor"), Qt::MatchExactly).isEmpty());
        const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); // scripts/screenshots.sh
        if (!shots.isEmpty())
            QCoreApplication::processEvents(), window->grab().save(shots + u"/people.png");

        auto *senders = window->findChild<SendersView *>(QStringLiteral("sendersView"));
        tabs->setCurrentWidget(senders);
        int attempts = 0;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            if (++attempts > 2)
                return int(QDialog::Rejected);
            auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("senderChannel"));
            channel->setCurrentIndex(channel->findData(int(ChannelKind::Email)));
            dialog->findChild<QLineEdit *>(QStringLiteral("senderName"))->setText(QStringLiteral("Northwind Service"));
            // First with a bad address: refused, the dialog comes back with what was typed.
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("senderAddress"));
            address->setText(attempts == 1 ? QStringLiteral("service@") : QStringLiteral("service@northwind.example"));
            dialog->findChild<QLineEdit *>(QStringLiteral("senderReplyTo"))->setText(QStringLiteral("help@northwind.example"));
            return int(QDialog::Accepted);
        });
        QVERIFY(senders->addSender());
        QCOMPARE(attempts, 2);
        QVERIFY(Dialogs::lastText().contains(u"not an email address"));
        // Organisations: one created from Settings is offered in the tenant picker at once.
        auto *tenants = window->findChild<TenantsView *>(QStringLiteral("tenantsView"));
        tabs->setCurrentWidget(tenants);
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("tenantName"))->setText(QStringLiteral("Northwind Trade"));
            dialog->findChild<QComboBox *>(QStringLiteral("tenantTimeZone"))->setCurrentText(QStringLiteral("Europe/London"));
            return int(QDialog::Accepted);
        });
        QVERIFY(tenants->createTenant());
        auto *picker = window->findChild<QComboBox *>(QStringLiteral("tenantPicker"));
        QVERIFY(picker->findText(QStringLiteral("Northwind Trade")) >= 0);
        QCOMPARE(picker->currentText(), QStringLiteral("Northwind Outfitters"));
        auto found = SenderService(*session.db, session.tenantId, session.user).find(QStringLiteral("northwind service"));
        QVERIFY(found);
        QCOMPARE(found->replyTo, QStringLiteral("help@northwind.example"));
        if (!shots.isEmpty())
            QCoreApplication::processEvents(), window->grab().save(shots + u"/senders.png");

        // Number pools: a new pool, a pasted list with a bad line kept to correct, then added.
        QVERIFY(window->navigate(QStringLiteral("NumberPools")));
        auto *pools = window->findChild<NumberPoolsPage *>();
        Dialogs::setDialogHook([](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("newPoolName"))->setText(QStringLiteral("Ireland"));
            return int(QDialog::Accepted);
        });
        QVERIFY(pools->newPool());
        QString problems;
        attempts = 0;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("pasteNumbersText"));
            if (++attempts == 1) {
                text->setPlainText(QStringLiteral("+353 85 123 4567\nnot a number\n"));
            } else {
                problems = dialog->findChild<QLabel *>(QStringLiteral("pasteNumbersProblems"))->text();
                QString fixed = text->toPlainText();
                text->setPlainText(fixed.replace(QStringLiteral("not a number"), QStringLiteral("+353 85 123 4568")));
            }
            return int(QDialog::Accepted);
        });
        QVERIFY(pools->pasteNumbers());
        QVERIFY2(problems.contains(u"line 2 \"not a number\""), qPrintable(problems));
        auto *numbers = pools->findChild<QTableWidget *>(QStringLiteral("numberTable"));
        QCOMPARE(numbers->rowCount(), 2);
        // A deleted pool that a sender uses is refused, naming the sender.
        Dialogs::setDialogHook([](QDialog *dialog) {
            auto *sender = dialog->findChild<QComboBox *>(QStringLiteral("attachSender"));
            sender->setCurrentIndex(sender->findText(QStringLiteral("NORTHWIND (SMS)")));
            return int(QDialog::Accepted);
        });
        QVERIFY(pools->attachSender());
        QVERIFY(pools->findChild<QLabel *>(QStringLiteral("poolUsedBy"))->text().contains(u"NORTHWIND"));
        if (!shots.isEmpty())
            QCoreApplication::processEvents(), window->grab().save(shots + u"/number-pools.png");
        Dialogs::answerNext(0);
        QVERIFY(!pools->deletePool());
        QVERIFY2(Dialogs::lastText().contains(u"is used by the sender 'NORTHWIND' (SMS)"), qPrintable(Dialogs::lastText()));
        numbers->selectRow(0);
        Dialogs::answerNext(0);
        QVERIFY(pools->removeNumber());
        QCOMPARE(numbers->rowCount(), 1);

        // A link from a campaign's number pool health opens the number's record.
        emit window->detailPage()->numberRecordRequested(QStringLiteral("+353851234568"));
        QCOMPARE(window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(pools));
        QVERIFY(pools->findChild<QLabel *>(QStringLiteral("numberRecord"))->text().contains(u"+353851234568"));
    }

    // Admins' number pools: the quarantine notice, a bad number refused beside the field,
    // a good one added, pause, resume, and release that asks first; nobody else sees it.
    void numberPoolsPage()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::NumberPools);
        NumberPoolsPage *page = window->numberPoolsPage();
        QVERIFY(page->isVisible());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("poolNotice"))->text().contains(u"delivery rate 9%"));
        const Id t = window->session().tenantId;
        SenderRepository senders(*m_db, t);
        auto *pools = page->findChild<QListWidget *>(QStringLiteral("poolList"));
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("numberTable"));
        Id ukPool = 0;
        for (int i = 0; i < pools->count(); ++i)
            if (pools->item(i)->text().startsWith(u"UK mobile pool")) {
                pools->setCurrentRow(i);
                ukPool = pools->item(i)->data(Qt::UserRole).toString().toLongLong();
            }
        QVERIFY(ukPool);
        const qsizetype before = senders.numbers(ukPool)->size();
        QCOMPARE(table->rowCount(), int(before));
        // Calls at once: the pool's own limit, saved with the pool.
        auto *maxCalls = page->findChild<QSpinBox *>(QStringLiteral("poolMaxCalls"));
        QCOMPARE(maxCalls->value(), 0);
        QCOMPARE(maxCalls->text(), QStringLiteral("the trunk's limit"));
        maxCalls->setValue(3);
        page->findChild<QPushButton *>(QStringLiteral("poolSave"))->click();
        QCOMPARE(senders.pool(ukPool)->maxCalls, 3);

        auto *input = page->findChild<QLineEdit *>(QStringLiteral("newNumber"));
        input->setText(QStringLiteral("07700 900123"));
        page->findChild<QPushButton *>(QStringLiteral("addNumber"))->click();
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("newNumberError"))->text().contains(u"E.164"));
        QCOMPARE(input->text(), QStringLiteral("07700 900123")); // kept as typed
        QCOMPARE(senders.numbers(ukPool)->size(), before);
        input->setText(QStringLiteral("+44 7700 900123"));
        page->findChild<QPushButton *>(QStringLiteral("addNumber"))->click();
        QCOMPARE(senders.numbers(ukPool)->size(), before + 1);
        QCOMPARE(table->rowCount(), int(before + 1));

        const auto rowOf = [&](const QString &e164) {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == e164)
                    return r;
            return -1;
        };
        table->selectRow(rowOf(QStringLiteral("+447700900123")));
        page->findChild<QPushButton *>(QStringLiteral("pauseNumber"))->click();
        const auto added = [&] { return *senders.number(*senders.numberByE164(QStringLiteral("+447700900123"))); };
        QCOMPARE(added().state, PhoneNumber::State::Paused);
        QVERIFY(added().stateReason.contains(u"paused by"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("numberRecord"))->text().contains(u"Paused"));
        page->findChild<QPushButton *>(QStringLiteral("resumeNumber"))->click();
        QCOMPARE(added().state, PhoneNumber::State::Active);
        page->findChild<QSpinBox *>(QStringLiteral("numberCap"))->setValue(250);
        page->findChild<QPushButton *>(QStringLiteral("setNumberCap"))->click();
        QCOMPARE(added().dailyCap, 250);

        // Release asks first: Cancel changes nothing, Release sends again.
        for (int i = 0; i < pools->count(); ++i)
            if (pools->item(i)->text().startsWith(u"Retired short codes"))
                pools->setCurrentRow(i);
        table->selectRow(0);
        const QString quarantined = table->item(0, 0)->text();
        auto *release = page->findChild<QPushButton *>(QStringLiteral("releaseNumber"));
        QVERIFY(release->isEnabled());
        Dialogs::answerNext(1);
        release->click();
        QCOMPARE(senders.number(*senders.numberByE164(quarantined))->state, PhoneNumber::State::Quarantined);
        Dialogs::answerNext(0);
        release->click();
        QCOMPARE(senders.number(*senders.numberByE164(quarantined))->state, PhoneNumber::State::Active);
        QVERIFY(Dialogs::lastText().contains(u"delivery rate 9%"));
    }

    // Settings: the form as typed is tested for real (a closed port fails, saying so),
    // a bad setting is refused beside the buttons and nothing is stored, a good one is.
    void settingsPageTestsAndSaves()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Settings);
        SettingsPage *page = window->settingsPage();
        QVERIFY(page->isVisible());
        auto *channel = page->findChild<QComboBox *>(QStringLiteral("settingsChannel"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Sms)));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
        provider->setCurrentIndex(provider->findText(QStringLiteral("kannel")));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        page->findChild<QLineEdit *>(QStringLiteral("setting_url"))
            ->setText(u"http://127.0.0.1:" + QString::number(port) + u"/cgi-bin/sendsms");
        page->findChild<QLineEdit *>(QStringLiteral("setting_user"))->setText(QStringLiteral("herald"));
        page->findChild<QLineEdit *>(QStringLiteral("setting_window"))->setText(QStringLiteral("20"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("settingsResult"));
        page->findChild<QPushButton *>(QStringLiteral("settingsTest"))->click();
        QTRY_VERIFY(result->text().contains(u"Failed"));
        QVERIFY2(result->text().contains(u"cannot reach the SMS gateway"), qPrintable(result->text()));

        const Id t = window->session().tenantId;
        const auto stored = [&] { return storedProvider(t, ChannelKind::Sms); };
        const ProviderConfig before = stored();
        auto *listen = page->findChild<QLineEdit *>(QStringLiteral("setting_listen"));
        listen->setText(QStringLiteral("nowhere"));
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QVERIFY(result->text().contains(u"not an address and port"));
        QCOMPARE(stored().settings, before.settings);
        listen->setText(QStringLiteral("127.0.0.1:14013"));
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(stored().provider, QStringLiteral("kannel"));
        QVERIFY2(stored().settings.contains(u"\"window\":20"), qPrintable(stored().settings));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("settingsInbound"))->text().contains(u"/kannel/mo?token="));
        // Back to the demo's simulator, with its outcome mix as it was.
        QVERIFY(SenderRepository(*m_db, t).setProvider(before).ok());
    }

    // The phone trunk from Settings: the SIP form, Test connection naming the proxy that
    // did not answer, and a save keeping the keys' meanings as an object.
    void phoneTrunkFromSettings()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Settings);
        SettingsPage *page = window->settingsPage();
        auto *channel = page->findChild<QComboBox *>(QStringLiteral("settingsChannel"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Phone)));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
        provider->setCurrentIndex(provider->findText(QStringLiteral("sip")));
        emit provider->activated(provider->currentIndex());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        page->findChild<QLineEdit *>(QStringLiteral("setting_proxy"))->setText(u"sip:127.0.0.1:" + QString::number(port));
        auto *transport = page->findChild<QComboBox *>(QStringLiteral("setting_transport"));
        transport->setCurrentIndex(transport->findText(QStringLiteral("tcp")));
        page->findChild<QLineEdit *>(QStringLiteral("setting_keys"))->setText(QStringLiteral(R"({"1": "call me back"})"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("settingsResult"));
        page->findChild<QPushButton *>(QStringLiteral("settingsTest"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Failed"), 30000);
        QVERIFY2(result->text().contains(u"check proxy and transport"), qPrintable(result->text()));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            window->grab().save(shots + u"/settings-phone-trunk.png");

        const Id t = window->session().tenantId;
        const auto stored = [&] { return storedProvider(t, ChannelKind::Phone); };
        const ProviderConfig before = stored();
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(stored().provider, QStringLiteral("sip"));
        QVERIFY2(stored().settings.contains(u"\"keys\":{\"1\":\"call me back\"}"), qPrintable(stored().settings));
        QVERIFY2(stored().settings.contains(u"\"transport\":\"tcp\""), qPrintable(stored().settings));
        QVERIFY(SenderRepository(*m_db, t).setProvider(before).ok()); // back to the demo's simulator
    }

    // The Telegram bot from Settings: its form, Test connection naming the Bot API that did
    // not answer, and a save that keeps the token out of the workspace.
    void telegramBotFromSettings()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Settings);
        SettingsPage *page = window->settingsPage();
        auto *channel = page->findChild<QComboBox *>(QStringLiteral("settingsChannel"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Telegram)));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
        provider->setCurrentIndex(provider->findText(QStringLiteral("telegram")));
        emit provider->activated(provider->currentIndex());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        page->findChild<QLineEdit *>(QStringLiteral("setting_api_url"))->setText(u"http://127.0.0.1:" + QString::number(port));
        qputenv("HERALD_TEST_TELEGRAM_TOKEN", "123456:token");
        page->findChild<QLineEdit *>(QStringLiteral("setting_password_env"))->setText(QStringLiteral("HERALD_TEST_TELEGRAM_TOKEN"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("settingsResult"));
        page->findChild<QPushButton *>(QStringLiteral("settingsTest"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Failed"), 30000);
        QVERIFY2(result->text().contains(u"Bot API at http://127.0.0.1:"), qPrintable(result->text()));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            window->grab().save(shots + u"/settings-telegram.png");

        const Id t = window->session().tenantId;
        const auto stored = [&] { return storedProvider(t, ChannelKind::Telegram); };
        const ProviderConfig before = stored();
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(stored().provider, QStringLiteral("telegram"));
        QVERIFY2(stored().settings.contains(u"\"password_env\":\"HERALD_TEST_TELEGRAM_TOKEN\""), qPrintable(stored().settings));
        QVERIFY(SenderRepository(*m_db, t).setProvider(before).ok()); // back to the demo's simulator
    }

    // Viber: Test connection says which API did not answer. Web Push: saving makes the
    // organisation's VAPID key, shown for the site's code.
    void viberAndWebPushFromSettings()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->navigate(MainWindow::Destination::Settings);
        SettingsPage *page = window->settingsPage();
        auto *channel = page->findChild<QComboBox *>(QStringLiteral("settingsChannel"));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("settingsProvider"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("settingsResult"));
        const auto choose = [&](ChannelKind kind, const QString &name) {
            channel->setCurrentIndex(channel->findData(int(kind)));
            provider->setCurrentIndex(provider->findText(name));
            emit provider->activated(provider->currentIndex());
        };
        choose(ChannelKind::Viber, QStringLiteral("viber"));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        page->findChild<QLineEdit *>(QStringLiteral("setting_api_url"))->setText(u"http://127.0.0.1:" + QString::number(port) + u"/pa");
        qputenv("HERALD_TEST_VIBER_TOKEN", "viber-token");
        page->findChild<QLineEdit *>(QStringLiteral("setting_password_env"))->setText(QStringLiteral("HERALD_TEST_VIBER_TOKEN"));
        page->findChild<QPushButton *>(QStringLiteral("settingsTest"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Failed"), 30000);
        QVERIFY2(result->text().contains(u"Viber's API at http://127.0.0.1:"), qPrintable(result->text()));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty())
            window->grab().save(shots + u"/settings-viber.png");

        const Id t = window->session().tenantId;
        const ProviderConfig before = storedProvider(t, ChannelKind::WebPush);
        choose(ChannelKind::WebPush, QStringLiteral("webpush"));
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click(); // no subject: refused
        QCOMPARE(storedProvider(t, ChannelKind::WebPush).provider, before.provider);
        page->findChild<QLineEdit *>(QStringLiteral("setting_subject"))->setText(QStringLiteral("mailto:ops@northwind.example"));
        page->findChild<QLineEdit *>(QStringLiteral("setting_sites"))->setText(QStringLiteral("https://northwind.example"));
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(storedProvider(t, ChannelKind::WebPush).provider, QStringLiteral("webpush"));
        const QString key = TenantRepository(*m_db).byId(t)->vapidKey;
        QVERIFY(!key.isEmpty());
        auto *site = page->findChild<QLabel *>(QStringLiteral("settingsInbound"));
        QTRY_VERIFY2(site->text().contains(u"applicationServerKey = \""), qPrintable(site->text()));
        if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTRY_VERIFY(page->findChild<QLineEdit *>(QStringLiteral("setting_subject"))->isVisible()); // laid out
            window->grab().save(shots + u"/settings-webpush.png");
        }
        // Saved again: the same key (browsers subscribed with it stay reachable).
        page->findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(TenantRepository(*m_db).byId(t)->vapidKey, key);
        QVERIFY(SenderRepository(*m_db, t).setProvider(before).ok());
    }

    // The organisation's own SMS keywords, as an admin sets them in Settings: a mistake
    // reopens the dialog with what was typed; saved words are normalized.
    void smsKeywordsFromSettings()
    {
        auto window = openWindow();
        QVERIFY(window);
        TenantsView *tenants = firstOrganisation(*window);
        QVERIFY(tenants);
        int attempts = 0;
        QString kept, placeholder;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *words = dialog->findChild<QLineEdit *>(QStringLiteral("tenantStopWords"));
            auto *help = dialog->findChild<QPlainTextEdit *>(QStringLiteral("tenantSmsHelp"));
            if (++attempts == 1) {
                placeholder = help->placeholderText();
                words->setText(QStringLiteral("Arr\u00eat, please stop"));
                help->setPlainText(QStringLiteral("Northwind: reply STOP to opt out. Help: 0800 123 456"));
            } else {
                kept = help->toPlainText();
                words->setText(QStringLiteral("Arr\u00eat, Stopp"));
                if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    dialog->show();
                    QCoreApplication::processEvents();
                    dialog->grab().save(shots + u"/sms-keywords.png");
                }
            }
            return int(QDialog::Accepted);
        });
        QVERIFY(tenants->editSmsKeywords());
        QCOMPARE(attempts, 2);
        QVERIFY2(Dialogs::lastText().contains(u"please stop"), qPrintable(Dialogs::lastText()));
        QVERIFY2(placeholder.contains(u"reply STOP to opt out"), qPrintable(placeholder)); // what HELP gets by default
        QCOMPARE(kept, QStringLiteral("Northwind: reply STOP to opt out. Help: 0800 123 456"));
        const Tenant northwind = *TenantRepository(*m_db).byId(window->session().tenantId);
        QCOMPARE(northwind.smsStopWords, (QStringList{QStringLiteral("ARRET"), QStringLiteral("STOPP")}));
        QCOMPARE(northwind.helpText(), kept);
    }

    // The organisation's mailbox as an admin sets it in Settings, against a real Dovecot:
    // Test connection says what is wrong with what the form says, a mistake on saving
    // reopens the dialog with what was typed, Read now reads the saved mailbox.
    void mailboxFromSettings()
    {
        if (!test::DovecotPeer::available())
            HERALD_PEER_MISSING("Dovecot is not installed (scripts/install-deps.sh installs dovecot-imapd)");
        test::DovecotPeer imap;
        QVERIFY2(imap.isUp(), qPrintable(imap.errors()));
        QVERIFY(imap.deliver("From: Supplier <sales@supplier.example>\nSubject: Invoice\n\nAttached.\n"));
        auto window = openWindow();
        QVERIFY(window);
        TenantsView *tenants = firstOrganisation(*window);
        QVERIFY(tenants);
        // Saved once by a script, with the password in an environment variable.
        qputenv("HERALD_TEST_IMAP_PASSWORD", test::DovecotPeer::password().toUtf8());
        const Tenant before = *TenantRepository(*m_db).byId(window->session().tenantId);
        QVERIFY(TenantService(*m_db, window->session().user)
                    .setMailbox(before.name, QStringLiteral(R"({"host":"127.0.0.1","port":%1,"ca_file":"%2","user":"herald",)"
                                                            R"("password_env":"HERALD_TEST_IMAP_PASSWORD"})")
                                                 .arg(imap.imapsPort())
                                                 .arg(imap.certificate())));
        tenants->refresh();
        int attempts = 0;
        QStringList said;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *box = qobject_cast<MailboxDialog *>(dialog);
            if (!box)
                return int(QDialog::Rejected);
            auto *password = box->findChild<QLineEdit *>(QStringLiteral("mailboxPassword"));
            auto *bounce = box->findChild<QLineEdit *>(QStringLiteral("mailboxBounceAddress"));
            auto *status = box->findChild<QLabel *>(QStringLiteral("mailboxStatus"));
            QSignalSpy answered(box, &MailboxDialog::answered);
            const auto click = [&](const char *name) {
                answered.clear();
                box->findChild<QPushButton *>(QLatin1StringView(name))->click();
                return QTest::qWaitFor([&] { return !answered.isEmpty(); }, 30000);
            };
            if (++attempts == 1) {
                password->setText(QStringLiteral("wrong"));
                if (click("mailboxTest"))
                    said << status->text();
                password->clear();
                bounce->setText(QStringLiteral("bounces+x@shop.example"));
            } else {
                said << bounce->text(); // kept after the refusal
                bounce->setText(QStringLiteral("bounces@shop.example"));
                if (click("mailboxTest"))
                    said << status->text();
                if (click("mailboxReadNow"))
                    said << status->text();
                if (const QString shots = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    dialog->show();
                    QCoreApplication::processEvents();
                    dialog->grab().save(shots + u"/mailbox.png");
                }
            }
            return int(QDialog::Accepted);
        });
        QVERIFY(tenants->editMailbox());
        QCOMPARE(attempts, 2);
        QCOMPARE(said.size(), 4);
        QVERIFY2(said[0].contains(u"check the user 'herald' and its password"), qPrintable(said[0]));
        QVERIFY2(Dialogs::lastText().contains(u"bounce_address"), qPrintable(Dialogs::lastText()));
        QCOMPARE(said[1], QStringLiteral("bounces+x@shop.example"));
        QVERIFY2(said[2].startsWith(u"Connected"), qPrintable(said[2]));
        QVERIFY2(said[3].startsWith(u"Read 1 mail") && said[3].contains(u"1 unmatched"), qPrintable(said[3]));
        const auto saved = MailboxSettings::withoutPassword(TenantRepository(*m_db).byId(before.id)->mailbox);
        QVERIFY(saved);
        QCOMPARE(saved->bounceAddress, QStringLiteral("bounces@shop.example"));
        QVERIFY(TenantRepository(*m_db).byId(before.id)->mailbox.contains(u"password_env"));
    }

    // Click tracking as an admin sets it up and a manager reads it: the listener in
    // Settings (a mistake keeps what was typed), the builder's switch, and the report's
    // goal line with the clicked links.
    void clickTrackingFromSettingsToReport()
    {
        auto window = openWindow();
        QVERIFY(window);
        TenantsView *tenants = firstOrganisation(*window);
        QVERIFY(tenants);
        int attempts = 0;
        QString kept;
        Dialogs::setDialogHook([&](QDialog *dialog) {
            auto *listen = dialog->findChild<QLineEdit *>(QStringLiteral("tenantListen"));
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("tenantPublicUrl"));
            if (++attempts == 1) {
                listen->setText(QStringLiteral("herald:8480"));
                url->setText(QStringLiteral("https://herald.northwind.example"));
            } else {
                kept = url->text();
                listen->setText(QStringLiteral("127.0.0.1:18480"));
            }
            return int(QDialog::Accepted);
        });
        QVERIFY(tenants->editListener());
        QCOMPARE(attempts, 2);
        QVERIFY2(Dialogs::lastText().contains(u"HOST:PORT"), qPrintable(Dialogs::lastText()));
        QCOMPARE(kept, QStringLiteral("https://herald.northwind.example"));
        const Tenant northwind = *TenantRepository(*m_db).byId(window->session().tenantId);
        QCOMPARE(northwind.listen, QStringLiteral("127.0.0.1:18480"));
        QCOMPARE(northwind.publicUrl, QStringLiteral("https://herald.northwind.example"));
        QVERIFY(!northwind.linkSecret.isEmpty());

        // The builder's switch reaches the campaign.
        const QString spring = shortIdOf(QStringLiteral("Spring Collection Launch"));
        CampaignService campaigns(*m_db, window->session().tenantId, window->session().user);
        QVERIFY(window->editCampaign(campaigns.overview(spring)->campaign.id));
        auto *track = window->builder()->findChild<QCheckBox *>(QStringLiteral("builderTrackClicks"));
        QVERIFY(!track->isChecked());
        track->setChecked(true);
        window->builder()->save();
        QTRY_VERIFY(!window->builder()->isModified());
        QVERIFY(campaigns.overview(spring)->campaign.trackClicks);

        // The demo's Autumn Preview tracked its links: the report says how it did.
        QVERIFY(window->openCampaign(shortIdOf(QStringLiteral("Autumn Preview"))));
        CampaignDetailPage *detail = window->detailPage();
        QTRY_VERIFY(!detail->isLoading());
        QString conversion;
        int links = 0;
        for (const QLabel *l : detail->findChildren<QLabel *>(QStringLiteral("conversionText")))
            if (!l->text().isEmpty())
                conversion = l->text();
        for (const QTableWidget *t : detail->findChildren<QTableWidget *>(QStringLiteral("clickedLinksTable")))
            links = std::max(links, t->rowCount());
        QVERIFY2(conversion.startsWith(u"Clicked https://shop.northwind.example/: ") && conversion.contains(u"target 8.0%"),
                 qPrintable(conversion));
        QCOMPARE(links, 2);
        if (const QString shot = qEnvironmentVariable("HERALD_SCREENSHOT_DIR"); !shot.isEmpty())
            QCoreApplication::processEvents(), window->grab().save(shot + QStringLiteral("/report-goal.png"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
