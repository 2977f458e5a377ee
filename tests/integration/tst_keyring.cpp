// Provider passwords in a real system keyring: a private D-Bus session bus and GNOME
// Keyring's Secret Service, started by the test (tests/core/keyringpeer.h). The keyring
// calls themselves, from the main thread and from another one (the dispatcher's case);
// ProviderSettings keeping a typed password there and never in the workspace; the
// Settings page testing with a typed password against a real Kannel gateway and saving
// it; heraldctl, another process, reading it back to connect, and keeping one given on
// standard input.
#include "content/writerendpoint.h"
#include "domain/providerconfig.h"
#include "kannelpeer.h"
#include "peers.h"
#include "keyringpeer.h"
#include "providers/kannel/kannelsettings.h"
#include "providers/keyring.h"
#include "providers/providersettings.h"
#include "providers/smtp/smtpsession.h"
#include "settings/settingspage.h"
#include "smtpsink.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace herald;

namespace {

QString keyOf(const QString &settingsJson)
{
    return QJsonDocument::fromJson(settingsJson.toUtf8())
        .object()
        .value(QLatin1StringView("password_keychain"))
        .toString();
}

ProviderConfig storedProvider(Database &db, Id tenant, ChannelKind kind)
{
    for (const ProviderConfig &c : SenderRepository(db, tenant).providers().value_or({}))
        if (c.kind == kind)
            return c;
    return {};
}

} // namespace

class TestKeyring final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::KeyringPeer> m_keyring;

private slots:
    void initTestCase()
    {
        if (!test::KeyringPeer::available())
            HERALD_PEER_MISSING("dbus-daemon or gnome-keyring-daemon is not installed (packages dbus-daemon, gnome-keyring)");
        m_keyring = std::make_unique<test::KeyringPeer>();
        QVERIFY2(m_keyring->isUp(), qPrintable(m_keyring->errors()));
    }

    void writeReadRemove()
    {
        const QString key = keyring::newKey(QStringLiteral("test"));
        QVERIFY(key.startsWith(u"test password "));
        const auto written = keyring::write(key, QStringLiteral("sécret ☂"));
        QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
        QCOMPARE(*keyring::read(key), QStringLiteral("sécret ☂"));
        QVERIFY(keyring::write(key, QStringLiteral("changed")).ok());
        QCOMPARE(*keyring::read(key), QStringLiteral("changed"));
        QVERIFY(keyring::remove(key).ok());
        const auto gone = keyring::read(key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY2(gone.error().message.contains(key), qPrintable(gone.error().message));
        QVERIFY(keyring::remove(key).ok()); // not there: nothing to do
    }

    // The writer endpoint's API key: in the keyring, named by the settings, replaced and
    // forgotten with them; never sent in clear to another machine; admins only.
    void writerEndpointKeyInTheKeyring()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Writers"));
        WriterEndpointSettings settings(ws.db(), t.tenantId, t.admin);
        WriterEndpoint e{QUrl(QStringLiteral("https://api.example.com/v1")), QStringLiteral("gpt-test"), 30, {}};
        auto saved = settings.save(e, QStringLiteral("sk-secret-1"));
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        QVERIFY(!saved->keyKeychain.isEmpty());
        QCOMPARE(*keyring::read(saved->keyKeychain), QStringLiteral("sk-secret-1"));
        const WriterEndpoint loaded = *settings.load();
        QCOMPARE(loaded.url, e.url);
        QCOMPARE(loaded.model, e.model);
        QCOMPARE(loaded.timeoutSecs, 30);
        QCOMPARE(loaded.keyKeychain, saved->keyKeychain);
        QCOMPARE(WriterEndpointSettings::chatSettings(loaded)->apiKey, QStringLiteral("sk-secret-1"));
        QCOMPARE(WriterEndpointSettings::chatSettings(loaded, QStringLiteral("typed"))->apiKey, QStringLiteral("typed"));
        SqlQuery q(ws.db().connection(), QStringLiteral("SELECT writer_endpoint FROM tenants WHERE id = ?"));
        q.bind(t.tenantId);
        QVERIFY(q.exec(u"reading").ok() && q.next());
        QVERIFY(!q.text(0).contains(u"sk-secret"));

        // Saved again without a key: the stored one stays; with a key: replaced in place.
        QCOMPARE(settings.save(loaded, {})->keyKeychain, loaded.keyKeychain);
        QVERIFY(settings.save(loaded, QStringLiteral("sk-secret-2")).ok());
        QCOMPARE(*keyring::read(loaded.keyKeychain), QStringLiteral("sk-secret-2"));

        WriterEndpoint clear = loaded;
        clear.url = QUrl(QStringLiteral("http://api.example.com/v1"));
        auto refused = settings.save(clear, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"https only"));
        clear.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(settings.save(clear, {}).ok()); // this machine: fine
        QVERIFY(!WriterEndpointSettings(ws.db(), t.tenantId, t.manager).save(clear, {}).ok());

        auto forgotten = settings.save(clear, {}, true);
        QVERIFY(forgotten.ok());
        QVERIFY(forgotten->keyKeychain.isEmpty());
        QCOMPARE(keyring::read(loaded.keyKeychain).error().kind, Error::Kind::NotFound);
        QVERIFY(settings.save(WriterEndpoint{}, {}).ok()); // off: the built-in writer
        QVERIFY(!settings.load()->configured());
    }

    // The dispatcher reads passwords in its own thread: the job runs in the main thread.
    void readFromAnotherThread()
    {
        const QString key = keyring::newKey(QStringLiteral("thread"));
        QVERIFY(keyring::write(key, QStringLiteral("from the main thread")).ok());
        Result<QString> read = Error::runtime(QStringLiteral("not read"));
        std::unique_ptr<QThread> thread(QThread::create([&] { read = keyring::read(key); }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 30000);
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, QStringLiteral("from the main thread"));
        // What a provider's settings do with it, from that thread too.
        Result<SmtpSettings> settings = Error::runtime(QStringLiteral("not read"));
        thread.reset(
            QThread::create([&] { settings = SmtpSettings::fromJson(u"{\"password_keychain\":\"" + key + u"\"}"); }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 30000);
        QVERIFY(settings.ok());
        QCOMPARE(settings->password, QStringLiteral("from the main thread"));
        QVERIFY(keyring::remove(key).ok());
    }

    void settingsNameOneSource()
    {
        const auto both = SmtpSettings::fromJson(QStringLiteral(R"({"password_keychain":"k","password_env":"HOME"})"));
        QVERIFY(!both);
        QVERIFY2(both.error().message.contains(u"give one of"), qPrintable(both.error().message));
        const auto missing = SmtpSettings::fromJson(QStringLiteral(R"({"password_keychain":"no such entry"})"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.error().message.contains(u"type the password again in Settings"),
                 qPrintable(missing.error().message));
    }

    // No keyring reachable (a server without a session bus): a typed password is refused
    // with what to do instead, and nothing is stored.
    void noKeyringStoresNothing()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("w.herald"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), u"unix:path=" + dir.filePath(QStringLiteral("no-bus")));
        const auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("HERALDCTL"), QStringList{QStringLiteral("--workspace"), workspace} + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--demo")}).first, 0);
        const QStringList tenant{QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters")};
        const auto before =
            ctl(tenant + QStringList{QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")});
        const auto set =
            ctl(tenant
                    + QStringList{QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"),
                                  QStringLiteral("email"), QStringLiteral("--provider"), QStringLiteral("smtp"),
                                  QStringLiteral("--settings"), QStringLiteral(R"({"host":"127.0.0.1"})"),
                                  QStringLiteral("--password-stdin")},
                "secret\n");
        QCOMPARE(set.first, 1);
        QVERIFY2(set.second.contains(u"cannot keep the Email password") && set.second.contains(u"password file"),
                 qPrintable(set.second));
        QCOMPARE(
            ctl(tenant + QStringList{QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")}),
            before);
        const auto empty =
            ctl(tenant
                    + QStringList{QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"),
                                  QStringLiteral("email"), QStringLiteral("--provider"), QStringLiteral("smtp"),
                                  QStringLiteral("--password-stdin")},
                "\n");
        QCOMPARE(empty.first, 2);
    }

    // Saving with a password keeps it in the keyring and only its key in the workspace;
    // a new password replaces it under the same key; another source removes the entry.
    void providerSettingsKeepThePasswordInTheKeyring()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Keyring"));
        ProviderSettings settings(ws.db(), t.tenantId, t.admin);
        const QString json = QStringLiteral(R"({"host":"127.0.0.1","port":2525,"tls":"none","user":"news",)"
                                            R"("password_file":"/nonexistent/secret"})");
        auto saved = settings.save(ChannelKind::Email, QStringLiteral("smtp"), json, QStringLiteral("w0rkspace-never"));
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        const QString key = keyOf(saved->settings);
        QVERIFY2(!key.isEmpty(), qPrintable(saved->settings));
        QVERIFY(!saved->settings.contains(u"password_file")); // the typed password is the source now
        QCOMPARE(storedProvider(ws.db(), t.tenantId, ChannelKind::Email).settings, saved->settings);
        QCOMPARE(*keyring::read(key), QStringLiteral("w0rkspace-never"));
        QCOMPARE(SmtpSettings::fromJson(saved->settings)->password, QStringLiteral("w0rkspace-never"));
        ws.db().closeThreadConnection(); // everything written to the file
        QFile file(ws.db().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("w0rkspace-never"));
        file.close();

        auto again =
            settings.save(ChannelKind::Email, QStringLiteral("smtp"), saved->settings, QStringLiteral("second"));
        QVERIFY(again.ok());
        QCOMPARE(keyOf(again->settings), key);
        QCOMPARE(*keyring::read(key), QStringLiteral("second"));

        // Not an admin: refused, the keyring untouched.
        auto refused = ProviderSettings(ws.db(), t.tenantId, t.manager)
                           .save(ChannelKind::Email, QStringLiteral("smtp"), again->settings, QStringLiteral("third"));
        QVERIFY(!refused);
        QCOMPARE(*keyring::read(key), QStringLiteral("second"));

        auto env = settings.save(ChannelKind::Email, QStringLiteral("smtp"),
                                 QStringLiteral(R"({"host":"127.0.0.1","password_env":"HOME"})"));
        QVERIFY2(env.ok(), env ? "" : qPrintable(env.error().message));
        QCOMPARE(keyring::read(key).error().kind, Error::Kind::NotFound);
    }

    // An admin types the gateway's password: Test connection uses it as typed (wrong,
    // then right), Save keeps it in the keyring, and heraldctl, another process, reads it
    // back from there to connect.
    void settingsPageAndHeraldctl()
    {
        if (!test::KannelPeer::available())
            HERALD_PEER_MISSING("Kannel is not installed (packages kannel, kannel-extras)");
        test::KannelPeer kannel;
        QVERIFY2(kannel.isUp(), qPrintable(kannel.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Keyring"));
        Session session;
        session.db = ws.db();
        session.tenantId = t.tenantId;
        session.user = t.admin;
        SettingsPage page;
        page.setSession(session);
        auto *channel = page.findChild<QComboBox *>(QStringLiteral("settingsChannel"));
        channel->setCurrentIndex(channel->findData(int(ChannelKind::Sms)));
        auto *provider = page.findChild<QComboBox *>(QStringLiteral("settingsProvider"));
        provider->setCurrentIndex(provider->findText(QStringLiteral("kannel")));
        page.findChild<QLineEdit *>(QStringLiteral("setting_url"))->setText(kannel.sendsmsUrl().toString());
        page.findChild<QLineEdit *>(QStringLiteral("setting_user"))->setText(test::KannelPeer::user());
        page.findChild<QLineEdit *>(QStringLiteral("setting_listen"))
            ->setText(u"127.0.0.1:" + QString::number(test::freeLoopbackPort()));
        auto *password = page.findChild<QLineEdit *>(QStringLiteral("setting_password"));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        auto *result = page.findChild<QLabel *>(QStringLiteral("settingsResult"));
        auto *test = page.findChild<QPushButton *>(QStringLiteral("settingsTest"));

        password->setText(QStringLiteral("not the password"));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Failed"), 20000);
        QVERIFY2(result->text().contains(u"refused user"), qPrintable(result->text()));
        password->setText(test::KannelPeer::password());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Connected"), 20000);
        QVERIFY(!page.formJson().contains(test::KannelPeer::password()));

        page.findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(result->text(), QStringLiteral("Saved."));
        const ProviderConfig saved = storedProvider(ws.db(), t.tenantId, ChannelKind::Sms);
        QVERIFY(!saved.settings.contains(test::KannelPeer::password()));
        const QString key = keyOf(saved.settings);
        QCOMPARE(*keyring::read(key), test::KannelPeer::password());
        // The form shows the password is kept, and a save without typing keeps it.
        password = page.findChild<QLineEdit *>(QStringLiteral("setting_password"));
        QVERIFY(password->text().isEmpty());
        QVERIFY2(password->placeholderText().contains(u"type to replace"), qPrintable(password->placeholderText()));
        page.findChild<QLineEdit *>(QStringLiteral("setting_window"))->setText(QStringLiteral("20"));
        page.findChild<QPushButton *>(QStringLiteral("settingsSave"))->click();
        QCOMPARE(keyOf(storedProvider(ws.db(), t.tenantId, ChannelKind::Sms).settings), key);

        ws.db().closeThreadConnection();
        const auto ctl = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(qEnvironmentVariable("HERALDCTL"),
                    QStringList{QStringLiteral("--workspace"), ws.db().path(), QStringLiteral("--tenant"),
                                QStringLiteral("Keyring")}
                        + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
        };
        const auto probe = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                QStringLiteral("sms"), QStringLiteral("--json")});
        QCOMPARE(probe.first, 0);
        QCOMPARE(probe.second.value(QLatin1StringView("ok")).toBool(), true);

        // --password-stdin: a wrong one is kept (the settings are valid), and the test says so.
        const auto set =
            ctl({QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("sms"),
                 QStringLiteral("--provider"), QStringLiteral("kannel"), QStringLiteral("--settings"), saved.settings,
                 QStringLiteral("--password-stdin"), QStringLiteral("--json")},
                "typed-on-stdin\n");
        QCOMPARE(set.first, 0);
        QCOMPARE(keyOf(QString::fromUtf8(QJsonDocument(set.second.value(QLatin1StringView("settings")).toObject())
                                             .toJson(QJsonDocument::Compact))),
                 key);
        QCOMPARE(*keyring::read(key), QStringLiteral("typed-on-stdin"));
        const auto refused = ctl({QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("--channel"),
                                  QStringLiteral("sms"), QStringLiteral("--json")});
        QCOMPARE(refused.second.value(QLatin1StringView("ok")).toBool(), false);
        QVERIFY2(refused.second.value(QLatin1StringView("detail")).toString().contains(u"refused user"),
                 QJsonDocument(refused.second).toJson().constData());
    }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
