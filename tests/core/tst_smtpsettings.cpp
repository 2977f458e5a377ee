// SMTP settings as stored in the workspace: defaults, validation, and passwords that
// only ever come from a private file or the environment.
#include "providers/smtp/smtpsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestSmtpSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        auto s = SmtpSettings::fromJson(QStringLiteral(R"({"host":"mail.example"})"));
        QVERIFY(s.ok());
        QCOMPARE(s->tls, SmtpSettings::Tls::StartTls); // verification and TLS on by default
        QCOMPARE(s->port, quint16(587));
        QCOMPARE(SmtpSettings::fromJson(QStringLiteral(R"({"tls":"implicit"})"))->port, quint16(465));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("password") << R"({"password":"hunter2"})" << "never stored";
        // A secret in any letter case or spelling is refused, with where it belongs.
        QTest::newRow("PASSWORD") << R"({"PASSWORD":"hunter2"})" << "looks like a secret";
        QTest::newRow("Password_File") << R"({"Password_File":"/etc/x"})" << "written exactly so";
        QTest::newRow("api key") << R"({"Api-Key":"k"})" << "system keyring";
        QTest::newRow("token") << R"({"smtp_token":"t"})" << "password_env";
        QTest::newRow("unknown") << R"({"hots":"mail.example"})" << "unknown setting \"hots\"";
        QTest::newRow("tls") << R"({"tls":"maybe"})" << "none, starttls, implicit";
        QTest::newRow("port") << R"({"port":70000})" << "\"port\" is 70000: it must be a whole number from 1 to 65535";
        QTest::newRow("huge port") << R"({"port":99999999999})" << "from 1 to 65535";
        QTest::newRow("port as text") << R"({"port":"25"})" << "\"port\" must be a whole number";
        QTest::newRow("half a port") << R"({"port":25.5})" << "whole number";
        QTest::newRow("host a number") << R"({"host":5})" << "\"host\" must be a text, not 5";
        QTest::newRow("no connections") << R"({"connections":0})" << "\"connections\" is 0";
        QTest::newRow("negative timeout") << R"({"timeout_ms":-5})" << "\"timeout_ms\" is -5";
        QTest::newRow("source not text") << R"({"password_env":7})" << "\"password_env\" must be a text";
        QTest::newRow("empty host") << R"({"host":""})" << "\"host\" is empty";
        QTest::newRow("json") << "[1]" << "not a JSON object";
        QTest::newRow("env") << R"({"password_env":"HERALD_TEST_NO_SUCH_VARIABLE"})" << "is not set";
        QTest::newRow("file") << R"({"password_file":"/nonexistent/secret"})" << "does not exist";
    }
    void rejects()
    {
        QFETCH(QString, json);
        QFETCH(QString, words);
        auto s = SmtpSettings::fromJson(json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(words), qPrintable(s.error().message));
    }

    void passwordFromPrivateFileOrEnvironment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret\n");
        f.close();
        const QString json = u"{\"password_file\":\"" + path + u"\"}";
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        auto refused = SmtpSettings::fromJson(json);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("chmod 600")));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(SmtpSettings::fromJson(json)->password, QStringLiteral("s3cret"));

        qputenv("HERALD_TEST_SMTP_PASSWORD", "from-env");
        QCOMPARE(SmtpSettings::fromJson(QStringLiteral(R"({"password_env":"HERALD_TEST_SMTP_PASSWORD"})"))->password,
                 QStringLiteral("from-env"));
    }
};

QTEST_MAIN(TestSmtpSettings)
#include "tst_smtpsettings.moc"
