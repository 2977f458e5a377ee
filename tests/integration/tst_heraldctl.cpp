#include "ctlprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// heraldctl's commands, options, JSON shapes and exit codes, run as a script would.
class TestHeraldctl final : public QObject
{
    Q_OBJECT

    using Output = herald::test::CtlOutput;

    QTemporaryDir m_dir;
    QString m_demo;

    static QString binary() { return herald::test::heraldctlBinary(); }

    Output run(const QStringList &args, const QByteArray &input = {}) { return exec(binary(), args, input); }

    Output exec(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))); // never the real workspace
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Output ctl(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringList{QStringLiteral("--workspace"), m_demo} + args, input);
    }

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    QJsonObject campaignNamed(const QString &name)
    {
        for (const QJsonValue &v : ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")}).json().array())
            if (v.toObject().value(QLatin1StringView("name")).toString() == name)
                return v.toObject();
        return {};
    }

    // One line on stderr that names something, and nothing on stdout.
    static void isOneLineError(const Output &o)
    {
        QVERIFY(o.out.isEmpty());
        QCOMPARE(o.err.count('\n'), 1);
        QVERIFY(o.err.startsWith("heraldctl: "));
    }

private slots:
    // The desktop application beside heraldctl: --help and --version need no display, and
    // without one it says so in one line instead of aborting.
    void heraldWithoutADisplay()
    {
        const QString herald = QFileInfo(binary()).dir().filePath(QStringLiteral("herald"));
        QVERIFY(QFile::exists(herald));
        const auto launch = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QString::fromLatin1(variable));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
            p.setProcessEnvironment(env);
            p.start(herald, args);
            p.waitForFinished(60000);
            return Output{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                          p.readAllStandardError()};
        };
        Output o = launch({QStringLiteral("--version")});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.startsWith("Herald "), o.out.constData());
        o = launch({QStringLiteral("--help")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("--workspace") && o.out.contains("--screenshot"));
        o = launch({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("nodisplay.herald"))});
        QCOMPARE(o.code, 1);
        QVERIFY(o.out.isEmpty());
        QCOMPARE(o.err.count('\n'), 1);
        QVERIFY2(o.err.startsWith("herald: no display"), o.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nodisplay.herald")))); // nothing made
    }

    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "HERALDCTL must point at the built heraldctl");
        m_demo = m_dir.filePath(QStringLiteral("demo.herald"));
        const Output o = run({QStringLiteral("--workspace"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(o.code == 0, o.err.constData());
    }

    void listShapeAndEveryStatus()
    {
        const Output o = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.err.isEmpty());
        const QJsonArray list = o.json().array();
        QVERIFY(list.size() > 10);
        QSet<QString> statuses;
        const QStringList keys{QStringLiteral("channels"), QStringLiteral("created_at"), QStringLiteral("id"),
                               QStringLiteral("launch_type"), QStringLiteral("name"), QStringLiteral("status"),
                               QStringLiteral("tags")};
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.keys(), keys);
            QVERIFY(c.value(QLatin1StringView("id")).toString().startsWith(QLatin1StringView("C-")));
            QVERIFY(c.value(QLatin1StringView("tags")).isArray());
            for (const QJsonValue &ch : c.value(QLatin1StringView("channels")).toArray())
                QCOMPARE(ch.toObject().keys(), (QStringList{QStringLiteral("kind"), QStringLiteral("status")}));
            statuses.insert(c.value(QLatin1StringView("status")).toString());
        }
        for (const char *s : {"Draft", "Ready", "Scheduled", "Running", "Paused", "Completed", "Stopped", "Failed", "Archived"})
            QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
    }

    void listFilters()
    {
        const auto count = [&](const QStringList &args) {
            const Output o = ctl(QStringList{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")} + args);
            return o.code == 0 ? o.json().array().size() : -1;
        };
        QVERIFY(count({QStringLiteral("--status"), QStringLiteral("Running")}) >= 1);
        const Output running = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--status"),
                                    QStringLiteral("running"), QStringLiteral("--json")});
        for (const QJsonValue &v : running.json().array())
            QCOMPARE(v.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("Running"));
        QVERIFY(count({QStringLiteral("--channel"), QStringLiteral("phone")}) >= 2);
        QCOMPARE(count({QStringLiteral("--search"), QStringLiteral("FLASH SALE")}), 1);
        const Output archived = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--archived"),
                                     QStringLiteral("--json")});
        QVERIFY(!archived.json().array().isEmpty());
        for (const QJsonValue &v : archived.json().array())
            QCOMPARE(v.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("Archived"));
        QVERIFY(count({QStringLiteral("--search"), QStringLiteral("no campaign has this name")}) == 0);
        const Output other = ctl({QStringLiteral("--tenant"), QStringLiteral("Bluebird Health Clinics"), QStringLiteral("campaigns"),
                                  QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(other.code, 0);
        QVERIFY(other.out.contains("Flu Vaccine Reminder"));
        QVERIFY(!other.out.contains("Flash Sale SMS Alert"));
        const Output human = ctl({QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.startsWith("ID"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("campaigns"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-flag"), QStringLiteral("campaigns"), QStringLiteral("list")};
        QTest::newRow("option of another command") << QStringList{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--yes")};
        QTest::newRow("bad status") << QStringList{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Exploded")};
        QTest::newRow("bad channel") << QStringList{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--channel"), QStringLiteral("fax")};
        QTest::newRow("missing id") << QStringList{QStringLiteral("campaigns"), QStringLiteral("show")};
        QTest::newRow("two ids") << QStringList{QStringLiteral("campaigns"), QStringLiteral("show"), QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--status")};
        QTest::newRow("create without file") << QStringList{QStringLiteral("campaigns"), QStringLiteral("create")};
        QTest::newRow("preflight bad channel") << QStringList{QStringLiteral("preflight"), QStringLiteral("C-XXXXX"), QStringLiteral("--channel"), QStringLiteral("pigeon")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Output o = ctl(args);
        QCOMPARE(o.code, 2);
        isOneLineError(o);
    }

    void helpAndVersion()
    {
        const Output help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("campaigns list"));
        QVERIFY(help.out.contains("Exit codes"));
        const Output version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("heraldctl "));
    }

    void notFound()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("campaigns"), QStringLiteral("show"), QStringLiteral("C-NOPE0"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("campaigns"), QStringLiteral("archive"), QStringLiteral("C-NOPE0")},
                                        QStringList{QStringLiteral("preflight"), QStringLiteral("C-NOPE0"), QStringLiteral("--json")},
                                        QStringList{QStringLiteral("--tenant"), QStringLiteral("Nobody Inc"), QStringLiteral("campaigns"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("--user"), QStringLiteral("Nobody"), QStringLiteral("campaigns"), QStringLiteral("list")}}) {
            const Output o = ctl(args);
            QCOMPARE(o.code, 5);
            isOneLineError(o);
        }
        const Output o = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), QStringLiteral("C-NOPE0")});
        QVERIFY(o.err.contains("C-NOPE0"));
    }

    void showJson()
    {
        const QString id = campaignNamed(QStringLiteral("Back in Stock SMS")).value(QLatin1StringView("id")).toString();
        const Output o = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), id.toLower(), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject c = o.json().object();
        QCOMPARE(c.value(QLatin1StringView("id")).toString(), id);
        QCOMPARE(c.value(QLatin1StringView("status")).toString(), QStringLiteral("Failed"));
        QCOMPARE(c.value(QLatin1StringView("layout")).toString(), QStringLiteral("Ended"));
        for (const char *key : {"goal", "writer", "reviewer", "contact_list", "send_to_segments", "exclude_segments",
                                "one_time_rules", "launch_type", "send_at", "recurrence", "time_zone", "ttl_minutes",
                                "activated", "archived", "created_at", "created_by", "channels", "runs", "tags"})
            QVERIFY2(c.contains(QLatin1StringView(key)), key);
        const QJsonObject run = c.value(QLatin1StringView("runs")).toArray().first().toObject();
        const QJsonObject reasons = run.value(QLatin1StringView("failure_reasons")).toObject();
        QVERIFY(reasons.contains(QLatin1StringView("Templates")));
        QVERIFY(reasons.contains(QLatin1StringView("Sender details")));
        const Output human = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), id});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains("could not start"));
    }

    void preflightExitCodes()
    {
        const QString holiday = campaignNamed(QStringLiteral("Holiday Gift Guide")).value(QLatin1StringView("id")).toString();
        Output o = ctl({QStringLiteral("preflight"), holiday, QStringLiteral("--json")});
        QCOMPARE(o.code, 3);
        QJsonObject result = o.json().object();
        QCOMPARE(result.keys(), (QStringList{QStringLiteral("findings"), QStringLiteral("ok")}));
        QCOMPARE(result.value(QLatin1StringView("ok")).toBool(), false);
        const QJsonObject first = result.value(QLatin1StringView("findings")).toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("channel"), QStringLiteral("code"), QStringLiteral("fix"),
                                            QStringLiteral("message"), QStringLiteral("severity")}));
        QCOMPARE(first.value(QLatin1StringView("code")).toString(), QStringLiteral("goal.missing"));
        QCOMPARE(first.value(QLatin1StringView("severity")).toString(), QStringLiteral("blocker"));
        QVERIFY(o.err.isEmpty());

        const QString ready = campaignNamed(QStringLiteral("Spring Collection Launch")).value(QLatin1StringView("id")).toString();
        o = ctl({QStringLiteral("preflight"), ready, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("ok")).toBool(), true);
        o = ctl({QStringLiteral("preflight"), ready, QStringLiteral("--test"), QStringLiteral("--channel"), QStringLiteral("email")});
        QCOMPARE(o.code, 0);
        o = ctl({QStringLiteral("preflight"), ready, QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--json")});
        QCOMPARE(o.code, 5); // the campaign has no SMS channel
        // A viewer may not run campaigns.
        o = ctl({QStringLiteral("--user"), QStringLiteral("Tom Becker"), QStringLiteral("preflight"), ready, QStringLiteral("--json")});
        QCOMPARE(o.code, 3);
        QVERIFY(o.out.contains("role.forbidden"));
    }

    void createRoundTrip()
    {
        const QString id = campaignNamed(QStringLiteral("Summer Clearance")).value(QLatin1StringView("id")).toString();
        const Output shown = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QJsonObject json = shown.json().object();
        json.insert(QStringLiteral("name"), QStringLiteral("Summer Clearance 2027"));
        const QString file = m_dir.filePath(QStringLiteral("campaign.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
        }
        Output created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"), file});
        QVERIFY2(created.code == 0, created.err.constData());
        const QJsonObject c = created.json().object();
        QVERIFY(c.value(QLatin1StringView("id")).toString() != id);
        QCOMPARE(c.value(QLatin1StringView("name")).toString(), QStringLiteral("Summer Clearance 2027"));
        QCOMPARE(c.value(QLatin1StringView("goal")), json.value(QLatin1StringView("goal")));
        QCOMPARE(c.value(QLatin1StringView("channels")).toArray().size(), 2);
        QVERIFY(c.value(QLatin1StringView("runs")).toArray().isEmpty());

        // From standard input too.
        json.insert(QStringLiteral("name"), QStringLiteral("From stdin"));
        created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("-")},
                      QJsonDocument(json).toJson());
        QCOMPARE(created.code, 0);

        json.insert(QStringLiteral("goal"), QStringLiteral("No such goal"));
        created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("-")},
                      QJsonDocument(json).toJson());
        QCOMPARE(created.code, 5);
        isOneLineError(created);
        created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"), QStringLiteral("-")},
                      QByteArray("{not json"));
        QCOMPARE(created.code, 2);
        created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--json"),
                       m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(created.code, 5);
        created = ctl({QStringLiteral("--user"), QStringLiteral("Tom Becker"), QStringLiteral("campaigns"), QStringLiteral("create"),
                       QStringLiteral("--json"), file});
        QCOMPARE(created.code, 4);
    }

    void lifecycleCommands()
    {
        const QString ready = campaignNamed(QStringLiteral("Loyalty Callback Programme")).value(QLatin1StringView("id")).toString();
        Output o = ctl({QStringLiteral("campaigns"), QStringLiteral("archive"), ready});
        QCOMPARE(o.code, 4); // only Completed, Stopped or Failed campaigns are archived
        isOneLineError(o);
        QVERIFY(o.err.contains(ready.toUtf8()));

        o = ctl({QStringLiteral("campaigns"), QStringLiteral("clone"), ready, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QString clone = o.json().object().value(QLatin1StringView("id")).toString();
        QCOMPARE(o.json().object().value(QLatin1StringView("status")).toString(), QStringLiteral("Draft"));
        o = ctl({QStringLiteral("campaigns"), QStringLiteral("activate"), clone, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("status")).toString(), QStringLiteral("Ready"));

        o = ctl({QStringLiteral("campaigns"), QStringLiteral("delete"), clone});
        QCOMPARE(o.code, 2); // needs --yes
        QVERIFY(o.err.contains("--yes"));
        o = ctl({QStringLiteral("campaigns"), QStringLiteral("delete"), clone, QStringLiteral("--yes")});
        QCOMPARE(o.code, 0);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("show"), clone}).code, 5);

        const QString running = campaignNamed(QStringLiteral("Viber Weekend Deals")).value(QLatin1StringView("id")).toString();
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("delete"), running, QStringLiteral("--yes")}).code, 4);
        const QString completed = campaignNamed(QStringLiteral("Customer Satisfaction Calls")).value(QLatin1StringView("id")).toString();
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("activate"), completed}).code, 0); // already activated
        o = ctl({QStringLiteral("campaigns"), QStringLiteral("archive"), completed, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("status")).toString(), QStringLiteral("Archived"));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("archive"), completed}).code, 4);

        const QString unapproved = campaignNamed(QStringLiteral("Store Opening Invite")).value(QLatin1StringView("id")).toString();
        QCOMPARE(ctl({QStringLiteral("--user"), QStringLiteral("Marco Rossi"), QStringLiteral("campaigns"),
                      QStringLiteral("approve"), unapproved}).code,
                 4); // managers do not approve
        o = ctl({QStringLiteral("--user"), QStringLiteral("Priya Shah"), QStringLiteral("campaigns"), QStringLiteral("approve"), unapproved});
        QCOMPARE(o.code, 0);
    }

    void statusMessagesAndSweep()
    {
        // A copy of the demo, so the sweep does not change what other tests read.
        const QString copy = m_dir.filePath(QStringLiteral("sweep.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto on = [&](const QStringList &args) { return run(QStringList{QStringLiteral("--workspace"), copy} + args); };
        const QString id = campaignNamed(QStringLiteral("Viber Weekend Deals")).value(QLatin1StringView("id")).toString();
        Output o = on({QStringLiteral("status"), id, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QJsonObject status = o.json().object();
        QCOMPARE(status.value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Running"));
        QCOMPARE(status.value(QLatin1StringView("layout")).toString(), QStringLiteral("Active"));
        const QJsonObject run = status.value(QLatin1StringView("runs")).toArray().first().toObject();
        const QJsonObject channel = run.value(QLatin1StringView("channels")).toArray().first().toObject();
        const QJsonObject counts = channel.value(QLatin1StringView("counts")).toObject();
        QCOMPARE(counts.size(), 16); // every message state, zero when none
        qint64 sum = 0;
        for (const QJsonValue &v : counts)
            sum += v.toInteger();
        QCOMPARE(sum, channel.value(QLatin1StringView("total")).toInteger());
        QVERIFY(counts.value(QLatin1StringView("Queued")).toInteger() > 0);

        const QString runId = QString::number(run.value(QLatin1StringView("id")).toInteger());
        o = on({QStringLiteral("messages"), runId, QStringLiteral("--state"), QStringLiteral("Queued"), QStringLiteral("--limit"),
                QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonArray page = o.json().array();
        QCOMPARE(page.size(), 5);
        for (const QJsonValue &m : page)
            QCOMPARE(m.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("Queued"));
        const QString last = QString::number(page.last().toObject().value(QLatin1StringView("id")).toInteger());
        o = on({QStringLiteral("messages"), runId, QStringLiteral("--state"), QStringLiteral("Queued"), QStringLiteral("--after"),
                last, QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY(o.json().array().first().toObject().value(QLatin1StringView("id")).toInteger() > last.toLongLong());
        QCOMPARE(on({QStringLiteral("messages"), QStringLiteral("999999")}).code, 5);
        QCOMPARE(on({QStringLiteral("messages"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(on({QStringLiteral("messages"), runId, QStringLiteral("--state"), QStringLiteral("Lost")}).code, 2);
        QCOMPARE(on({QStringLiteral("sweep"), QStringLiteral("--at"), QStringLiteral("yesterday")}).code, 2);

        // Far in the future every time rule has applied: nothing is left in flight.
        o = on({QStringLiteral("sweep"), QStringLiteral("--at"), QStringLiteral("2099-01-01T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.json().object().value(QLatin1StringView("timed_out")).toInt() > 0);
        status = on({QStringLiteral("status"), id, QStringLiteral("--json")}).json().object();
        QCOMPARE(status.value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Completed"));
        const QJsonObject after = status.value(QLatin1StringView("runs")).toArray().first().toObject()
                                      .value(QLatin1StringView("channels")).toArray().first().toObject();
        for (const char *pending : {"Queued", "Sending", "Retrying", "Sent"})
            QCOMPARE(after.value(QLatin1StringView("counts")).toObject().value(QLatin1StringView(pending)).toInteger(), 0);
        QCOMPARE(after.value(QLatin1StringView("total")).toInteger(), channel.value(QLatin1StringView("total")).toInteger());
    }

    // The done-means of runs: run --wait ends with every message final and the campaign Completed.
    void runAndControl()
    {
        const QString copy = m_dir.filePath(QStringLiteral("runs.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto on = [&](const QStringList &args, const QByteArray &input = {}) {
            return run(QStringList{QStringLiteral("--workspace"), copy} + args, input);
        };
        const QString email = campaignNamed(QStringLiteral("Spring Collection Launch")).value(QLatin1StringView("id")).toString();
        Output o = on({QStringLiteral("run"), email});
        QCOMPARE(o.code, 4);
        QVERIFY(o.out.contains("disclaimer") || o.out.contains("recipient"));
        QVERIFY(o.err.contains("--accept-disclaimer"));
        QCOMPARE(on({QStringLiteral("status"), email, QStringLiteral("--json")}).json().object()
                     .value(QLatin1StringView("runs")).toArray().size(), 1); // the demo's test run only: nothing sent

        o = on({QStringLiteral("run"), email, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        const QJsonObject status = on({QStringLiteral("status"), email, QStringLiteral("--json")}).json().object();
        QCOMPARE(status.value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Completed"));
        const QJsonObject channel = status.value(QLatin1StringView("runs")).toArray().last().toObject()
                                        .value(QLatin1StringView("channels")).toArray().first().toObject();
        QCOMPARE(channel.value(QLatin1StringView("status")).toString(), QStringLiteral("Completed"));
        const QJsonObject counts = channel.value(QLatin1StringView("counts")).toObject();
        for (const char *pending : {"Queued", "Sending", "Sent", "Retrying", "Dialing", "Ringing", "Answered"})
            QCOMPARE(counts.value(QLatin1StringView(pending)).toInteger(), 0);
        QVERIFY(channel.value(QLatin1StringView("total")).toInteger() > 500);
        QCOMPARE(on({QStringLiteral("run"), email, QStringLiteral("--accept-disclaimer")}).code, 4); // Completed: clone instead

        // Queued without --wait, then controlled channel by channel.
        const QString sms = campaignNamed(QStringLiteral("Flash Sale SMS Alert")).value(QLatin1StringView("id")).toString();
        QCOMPARE(on({QStringLiteral("run"), sms, QStringLiteral("--accept-disclaimer")}).code, 0);
        QCOMPARE(on({QStringLiteral("status"), sms, QStringLiteral("--json")}).json().object()
                     .value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Running"));
        QCOMPARE(on({QStringLiteral("run"), sms, QStringLiteral("--accept-disclaimer")}).code, 4); // already Running
        o = on({QStringLiteral("pause"), sms, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("status")).toString(), QStringLiteral("Paused"));
        QCOMPARE(on({QStringLiteral("pause"), sms}).code, 4); // nothing Running to pause
        QCOMPARE(on({QStringLiteral("resume"), sms, QStringLiteral("--channel"), QStringLiteral("email")}).code, 5);
        QCOMPARE(on({QStringLiteral("resume"), sms}).code, 0);
        o = on({QStringLiteral("stop"), sms, QStringLiteral("--channel"), QStringLiteral("sms")});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains("Stopped"));
        const QJsonObject stopped = on({QStringLiteral("status"), sms, QStringLiteral("--json")}).json().object();
        QCOMPARE(stopped.value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Stopped"));
        const QJsonObject stoppedCounts = stopped.value(QLatin1StringView("runs")).toArray().last().toObject()
                                              .value(QLatin1StringView("channels")).toArray().first().toObject()
                                              .value(QLatin1StringView("counts")).toObject();
        QVERIFY(stoppedCounts.value(QLatin1StringView("Cancelled")).toInteger() > 0);
        QCOMPARE(stoppedCounts.value(QLatin1StringView("Queued")).toInteger(), 0);
        QCOMPARE(on({QStringLiteral("resume"), sms}).code, 4); // Stopped is final
        QCOMPARE(on({QStringLiteral("pause"), QStringLiteral("C-NOPE0")}).code, 5);
        const QString draft = campaignNamed(QStringLiteral("Holiday Gift Guide")).value(QLatin1StringView("id")).toString();
        o = on({QStringLiteral("run"), draft, QStringLiteral("--accept-disclaimer")});
        QCOMPARE(o.code, 3);
        QVERIFY(o.err.contains("goal.missing"));
    }

    void schedules()
    {
        const QString copy = m_dir.filePath(QStringLiteral("schedules.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        const auto on = [&](const QStringList &args) { return run(QStringList{QStringLiteral("--workspace"), copy} + args); };
        const QString teaser = campaignNamed(QStringLiteral("Black Friday Teaser")).value(QLatin1StringView("id")).toString();
        Output o = on({QStringLiteral("stop"), teaser, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("status")).toString(), QStringLiteral("Ready"));
        QCOMPARE(on({QStringLiteral("run"), teaser, QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait")}).code, 2);
        o = on({QStringLiteral("run"), teaser, QStringLiteral("--accept-disclaimer"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().object().value(QLatin1StringView("scheduled")).toBool(), true);
        QVERIFY(!o.json().object().value(QLatin1StringView("next_launch")).toString().isEmpty());
        QCOMPARE(on({QStringLiteral("status"), teaser, QStringLiteral("--json")}).json().object()
                     .value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Scheduled"));

        // Its launch time passes while nothing runs: the next worker raises an alert, sends nothing.
        const QString weekly = teaser;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("late"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE campaigns SET send_at = ? WHERE short_id = ?")));
            q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-3600).toMSecsSinceEpoch());
            q.addBindValue(weekly);
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("late"));
        QProcess worker;
        worker.start(binary(), {QStringLiteral("--workspace"), copy, QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!on({QStringLiteral("missed"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().isEmpty(),
                                 20000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(30000));
        const QJsonObject alert = on({QStringLiteral("missed"), QStringLiteral("list"), QStringLiteral("--json")}).json().array()
                                      .first().toObject();
        QCOMPARE(alert.value(QLatin1StringView("campaign")).toString(), weekly);
        const QString alertId = QString::number(alert.value(QLatin1StringView("id")).toInteger());
        QCOMPARE(on({QStringLiteral("missed"), QStringLiteral("resolve"), alertId}).code, 2); // choose one
        QCOMPARE(on({QStringLiteral("status"), weekly, QStringLiteral("--json")}).json().object()
                     .value(QLatin1StringView("runs")).toArray().size(), 0); // nothing was sent
        QCOMPARE(on({QStringLiteral("missed"), QStringLiteral("resolve"), alertId, QStringLiteral("--skip")}).code, 0);
        QCOMPARE(on({QStringLiteral("status"), weekly, QStringLiteral("--json")}).json().object()
                     .value(QLatin1StringView("campaign_status")).toString(), QStringLiteral("Ready"));
        QCOMPARE(on({QStringLiteral("missed"), QStringLiteral("resolve"), alertId, QStringLiteral("--skip")}).code, 4);
        QCOMPARE(on({QStringLiteral("missed"), QStringLiteral("resolve"), QStringLiteral("99999"), QStringLiteral("--skip")}).code, 5);
    }

    // retry-failed sends an ended campaign again only to those whose message failed after
    // its retries, and never twice; remarket makes a Draft for the contacts a target names.
    // report: the same PDF as the GUI's, headless; JSON and exit codes.
    void reportPdf()
    {
        const QString id = campaignNamed(QStringLiteral("Summer Clearance")).value(QLatin1StringView("id")).toString();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const Output done = ctl({QStringLiteral("report"), id, QStringLiteral("--pdf"), path, QStringLiteral("--page-size"),
                                 QStringLiteral("letter"), QStringLiteral("--json")});
        QVERIFY2(done.code == 0, done.err.constData());
        QVERIFY2(done.err.isEmpty(), done.err.constData()); // nothing on stderr but errors
        const QJsonObject o = done.json().object();
        QCOMPARE(o.value(QLatin1StringView("campaign")).toString(), id);
        QCOMPARE(o.value(QLatin1StringView("file")).toString(), path);
        QVERIFY(o.value(QLatin1StringView("run")).toInteger() > 0);
        QVERIFY(o.value(QLatin1StringView("pages")).toInt() >= 1);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(u"(letter)"), qPrintable(text));
        QVERIFY(text.contains(u"Pages:           " + QString::number(o.value(QLatin1StringView("pages")).toInt())));
        QCOMPARE(ctl({QStringLiteral("report"), id}).code, 2);
        QCOMPARE(ctl({QStringLiteral("report"), id, QStringLiteral("--pdf"), path, QStringLiteral("--page-size"),
                      QStringLiteral("a3")})
                     .code,
                 2);
        const QString draft = campaignNamed(QStringLiteral("Holiday Gift Guide")).value(QLatin1StringView("id")).toString();
        const Output none = ctl({QStringLiteral("report"), draft, QStringLiteral("--pdf"), path});
        QCOMPARE(none.code, 5);
        QVERIFY(none.err.contains("has not run yet"));

        // The report's tables as CSV, alone or with the PDF: JSON gains csv and csv_rows.
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        const Output tables = ctl({QStringLiteral("report"), id, QStringLiteral("--csv"), csv, QStringLiteral("--bom"),
                                   QStringLiteral("--json")});
        QVERIFY2(tables.code == 0, tables.err.constData());
        const QJsonObject t = tables.json().object();
        QCOMPARE(t.value(QLatin1StringView("csv")).toString(), csv);
        QVERIFY(t.value(QLatin1StringView("csv_rows")).toInt() > 10);
        QVERIFY(!t.contains(QLatin1StringView("pages")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRun\r\n"));
        QVERIFY(bytes.contains("\r\nFunnel\r\nchannel,queued,sent,delivered,replied,opted_out,failed,delivered_rate\r\n"));
        const Output both = ctl({QStringLiteral("report"), id, QStringLiteral("--csv"), QStringLiteral("-"),
                                 QStringLiteral("--pdf"), path});
        QCOMPARE(both.code, 0);
        QVERIFY(both.out.contains("Outcomes\r\n"));
    }

    // export: the contract's JSON, the file, and the exit codes of what is wrong.
    void exportCsv()
    {
        const QString id = campaignNamed(QStringLiteral("Summer Clearance")).value(QLatin1StringView("id")).toString();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const Output done = ctl({QStringLiteral("export"), id, QStringLiteral("--csv"), path, QStringLiteral("--json")});
        QVERIFY2(done.code == 0, done.err.constData());
        const QJsonObject o = done.json().object();
        QCOMPARE(o.value(QLatin1StringView("campaign")).toString(), id);
        QCOMPARE(o.value(QLatin1StringView("file")).toString(), path);
        QVERIFY(o.value(QLatin1StringView("run")).isNull());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("message_id,run_id,run_kind,channel,")); // no byte-order mark unless asked
        QCOMPARE(csv.count("\r\n"), o.value(QLatin1StringView("rows")).toInteger() + 1);
        QCOMPARE(ctl({QStringLiteral("export"), id}).code, 2);
        QCOMPARE(ctl({QStringLiteral("export"), id, QStringLiteral("--csv"), path, QStringLiteral("--run"),
                      QStringLiteral("999999")})
                     .code,
                 5);
        QCOMPARE(ctl({QStringLiteral("export"), QStringLiteral("C-NOPE0"), QStringLiteral("--csv"), path}).code, 5);
    }

    void retryFailedAndRemarket()
    {
        const QString id = campaignNamed(QStringLiteral("Summer Clearance")).value(QLatin1StringView("id")).toString();
        const Output unaccepted = ctl({QStringLiteral("retry-failed"), id});
        QCOMPARE(unaccepted.code, 4);
        QVERIFY(unaccepted.err.contains("disclaimer"));
        const Output retried = ctl({QStringLiteral("retry-failed"), id, QStringLiteral("--accept-disclaimer"),
                                    QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(retried.code == 0, retried.err.constData());
        const QJsonObject run = retried.json().object();
        QCOMPARE(run.value(QLatin1StringView("kind")).toString(), QStringLiteral("live"));
        qint64 total = 0;
        for (const QJsonValue &ch : run.value(QLatin1StringView("channels")).toArray()) {
            QCOMPARE(ch.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("Completed"));
            total += ch.toObject().value(QLatin1StringView("total")).toInteger();
        }
        QVERIFY(total > 0);
        // A second retry sends to none of those the first one did not fail for.
        const auto reached = [&](const QJsonValue &runId) {
            QSet<QPair<QString, qint64>> out;
            for (const QJsonValue &m : ctl({QStringLiteral("messages"), QString::number(runId.toInteger()),
                                            QStringLiteral("--json")})
                                           .json()
                                           .array()) {
                const QJsonObject o = m.toObject();
                if (o.value(QLatin1StringView("status")).toString() != u"Failed")
                    out.insert({o.value(QLatin1StringView("channel")).toString(),
                                o.value(QLatin1StringView("contact_id")).toInteger()});
            }
            return out;
        };
        const auto first = reached(run.value(QLatin1StringView("run")));
        const Output again = ctl({QStringLiteral("retry-failed"), id, QStringLiteral("--accept-disclaimer"),
                                  QStringLiteral("--wait"), QStringLiteral("--json")});
        if (again.code == 0) // the simulator failed some of them again
            QVERIFY(!first.intersects(reached(again.json().object().value(QLatin1StringView("run")))));
        else
            QVERIFY(again.err.contains("nobody to send to again"));

        const Output followUp = ctl({QStringLiteral("remarket"), id, QStringLiteral("--target"), QStringLiteral("no-reply"),
                                     QStringLiteral("--from"), QStringLiteral("sms"), QStringLiteral("--channel"),
                                     QStringLiteral("email"), QStringLiteral("--name"), QStringLiteral("No reply: email"),
                                     QStringLiteral("--json")});
        QVERIFY2(followUp.code == 0, followUp.err.constData());
        const QJsonObject created = followUp.json().object();
        QCOMPARE(created.keys(), (QStringList{QStringLiteral("campaign"), QStringLiteral("contacts"),
                                              QStringLiteral("name"), QStringLiteral("status")}));
        QCOMPARE(created.value(QLatin1StringView("status")).toString(), QStringLiteral("Draft"));
        QVERIFY(created.value(QLatin1StringView("contacts")).toInteger() > 0);
        const QJsonObject shown = ctl({QStringLiteral("campaigns"), QStringLiteral("show"),
                                       created.value(QLatin1StringView("campaign")).toString(), QStringLiteral("--json")})
                                      .json()
                                      .object();
        QCOMPARE(shown.value(QLatin1StringView("name")).toString(), QStringLiteral("No reply: email"));

        QCOMPARE(ctl({QStringLiteral("remarket"), id, QStringLiteral("--target"), QStringLiteral("everyone")}).code, 2);
        QCOMPARE(ctl({QStringLiteral("remarket"), id, QStringLiteral("--target"), QStringLiteral("selected")}).code, 2);
        const Output running = ctl({QStringLiteral("remarket"),
                                    campaignNamed(QStringLiteral("Viber Weekend Deals")).value(QLatin1StringView("id")).toString(),
                                    QStringLiteral("--target"), QStringLiteral("failed")});
        QCOMPARE(running.code, 4);
        QVERIFY(running.err.contains("Running"));
    }

    // One dispatcher per workspace: a second worker is refused, naming the first.
    // import-contacts: the JSON contract, the counts adding up, the upload's follow-up.
    void importContacts()
    {
        const QString file = m_dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFname;email;phone\r\n"
                "Ada Lovelace;ada@import.example;07700 900001\r\n"
                "Bad Email;not-an-address;\r\n"
                "Ada Again;ADA@import.example;\r\n"
                "Phone Only;;+44 7700 900002\r\n");
        f.close();
        const QString campaign = campaignNamed(QStringLiteral("Spring Collection Launch")).value(QLatin1StringView("id")).toString();
        const Output o = ctl({QStringLiteral("import-contacts"), file, QStringLiteral("--list"), QStringLiteral("Imported"),
                              QStringLiteral("--region"), QStringLiteral("GB"), QStringLiteral("--campaign"), campaign,
                              QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        const QJsonObject j = o.json().object();
        QCOMPARE(j.keys(), (QStringList{QStringLiteral("accepted"), QStringLiteral("duplicates"), QStringLiteral("rejected"),
                                        QStringLiteral("rows_read"), QStringLiteral("skipped_opted_out"),
                                        QStringLiteral("upload_id")}));
        QCOMPARE(j.value(QLatin1StringView("rows_read")).toInt(), 4);
        QCOMPARE(j.value(QLatin1StringView("accepted")).toInt(), 2);
        QCOMPARE(j.value(QLatin1StringView("rejected")).toInt(), 1);
        QCOMPARE(j.value(QLatin1StringView("duplicates")).toInt(), 1);
        QCOMPARE(j.value(QLatin1StringView("skipped_opted_out")).toInt(), 0);
        const QString upload = QString::number(j.value(QLatin1StringView("upload_id")).toInteger());

        const QJsonObject shown = ctl({QStringLiteral("uploads"), QStringLiteral("show"), upload, QStringLiteral("--json")})
                                      .json()
                                      .object();
        QCOMPARE(shown.value(QLatin1StringView("encoding")).toString(), QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(shown.value(QLatin1StringView("delimiter")).toString(), QStringLiteral("semicolon"));
        QCOMPARE(shown.value(QLatin1StringView("campaigns")).toArray().size(), 1);
        const QJsonArray notAccepted = shown.value(QLatin1StringView("rows_not_accepted")).toArray();
        QCOMPARE(notAccepted.size(), 2);
        QCOMPARE(notAccepted.at(0).toObject().value(QLatin1StringView("row")).toInt(), 3);
        QCOMPARE(notAccepted.at(0).toObject().value(QLatin1StringView("outcome")).toString(), QStringLiteral("rejected"));
        const Output rejections = ctl({QStringLiteral("uploads"), QStringLiteral("rejections"), upload});
        QCOMPARE(rejections.code, 0);
        QVERIFY2(rejections.out.startsWith("row,reason\r\n3,"), rejections.out.constData());
        QVERIFY(rejections.out.contains("Bad Email,not-an-address,"));
        const QJsonArray listed = ctl({QStringLiteral("uploads"), QStringLiteral("list"), QStringLiteral("--campaign"),
                                       campaign, QStringLiteral("--json")})
                                      .json()
                                      .array();
        QCOMPARE(listed.size(), 1);

        // From standard input; plain text summary.
        const Output piped = ctl({QStringLiteral("import-contacts"), QStringLiteral("-"), QStringLiteral("--list"),
                                  QStringLiteral("Imported")},
                                 "email\nnew@import.example\n");
        QCOMPARE(piped.code, 0);
        QVERIFY2(piped.out.contains("accepted           1"), piped.out.constData());

        // Errors: one line, the contract's exit codes, nothing stored.
        const Output noList = ctl({QStringLiteral("import-contacts"), file});
        QCOMPARE(noList.code, 2);
        isOneLineError(noList);
        const Output missing = ctl({QStringLiteral("import-contacts"), m_dir.filePath(QStringLiteral("nope.csv")),
                                    QStringLiteral("--list"), QStringLiteral("X")});
        QCOMPARE(missing.code, 5);
        isOneLineError(missing);
        const Output badMap = ctl({QStringLiteral("import-contacts"), file, QStringLiteral("--list"), QStringLiteral("X"),
                                   QStringLiteral("--map"), QStringLiteral("email=mail")});
        QCOMPARE(badMap.code, 2);
        QVERIFY(badMap.err.contains("'mail' (for column email) is not a field"));
        QCOMPARE(ctl({QStringLiteral("uploads"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);
    }

    // contacts: list, show, set (Telegram chat, Viber user), subscribe, unsubscribe; the
    // JSON shape and the exit codes.
    void contacts()
    {
        const auto S = [](const char *s) { return QString::fromUtf8(s); };
        const Output listed = ctl({S("contacts"), S("list"), S("--search"), S("marco.rossi@"), S("--json")});
        QVERIFY2(listed.code == 0, listed.err.constData());
        const QJsonArray found = listed.json().array();
        QCOMPARE(found.size(), 1); // a member of staff
        const QJsonObject marco = found.first().toObject();
        QCOMPARE(marco.keys(), (QStringList{S("created_at"), S("custom_fields"), S("email"), S("first_name"), S("id"),
                                            S("last_name"), S("phone"), S("push_subscriptions"), S("tags"),
                                            S("telegram_chat_id"), S("time_zone"), S("viber_user_id")}));
        // The demo's staff (its test recipients) have all three.
        QVERIFY(!marco.value(u"telegram_chat_id").toString().isEmpty());
        QVERIFY(!marco.value(u"viber_user_id").toString().isEmpty());
        QCOMPARE(marco.value(u"push_subscriptions").toArray().size(), 1);
        QCOMPARE(marco.value(u"push_subscriptions").toArray().first().toObject().keys(),
                 (QStringList{S("created_at"), S("endpoint"), S("id"), S("last_success_at")}));
        const QString email = marco.value(u"email").toString();
        const Output shown = ctl({S("contacts"), S("show"), email.toUpper(), S("--json")});
        QVERIFY2(shown.code == 0, shown.err.constData());
        QCOMPARE(shown.json().object().value(u"id"), marco.value(u"id"));
        QVERIFY(shown.json().object().value(u"lists").toArray().contains(S("Staff")));

        const Output bad = ctl({S("contacts"), S("set"), email, S("--telegram-chat"), S("12x")});
        QCOMPARE(bad.code, 2);
        isOneLineError(bad);
        QCOMPARE(ctl({S("contacts"), S("set"), email}).code, 2);
        const Output set = ctl({S("contacts"), S("set"), email, S("--telegram-chat"), S("987654321"), S("--viber-user"),
                                S(""), S("--json")});
        QVERIFY2(set.code == 0, set.err.constData());
        QCOMPARE(set.json().object().value(u"telegram_chat_id").toString(), S("987654321"));
        QCOMPARE(set.json().object().value(u"viber_user_id").toString(), QString());
        const QString other = QString::number(
            ctl({S("contacts"), S("list"), S("--limit"), S("1"), S("--json")}).json().array().first().toObject().value(u"id").toInteger());
        const Output taken = ctl({S("contacts"), S("set"), other, S("--telegram-chat"), S("987654321")});
        QCOMPARE(taken.code, 4);
        QVERIFY(taken.err.contains("belongs to contact"));

        const QByteArray key = QByteArray(1, '\x04') + QByteArray(64, 'k');
        const QByteArray subscription =
            R"({"endpoint":"https://push.example.net/ctl","keys":{"p256dh":")"
            + key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + R"(","auth":")"
            + QByteArray(16, 'a').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + R"("}})";
        const Output subscribed = ctl({S("contacts"), S("subscribe"), email, S("--subscription"), S("@-"), S("--json")},
                                      subscription);
        QVERIFY2(subscribed.code == 0, subscribed.err.constData());
        QCOMPARE(subscribed.json().object().value(u"push_subscriptions").toArray().size(), 2);
        QCOMPARE(ctl({S("contacts"), S("subscribe"), email, S("--subscription"), S("{}")}).code, 2);
        QCOMPARE(ctl({S("contacts"), S("unsubscribe"), email, S("https://push.example.net/ctl")}).code, 0);
        const Output gone = ctl({S("contacts"), S("unsubscribe"), email, S("https://push.example.net/ctl")});
        QCOMPARE(gone.code, 5);
        isOneLineError(gone);
        const Output nobody = ctl({S("contacts"), S("show"), S("nobody@nowhere.example")});
        QCOMPARE(nobody.code, 5);
        isOneLineError(nobody);
        const Output text = ctl({S("contacts"), S("show"), email});
        QVERIFY(text.out.contains("Telegram chat     987654321"));
    }

    // optouts: add, list, remove (with --yes), history, export; exit codes.
    void optOuts()
    {
        const auto list = [&] { return ctl({QStringLiteral("optouts"), QStringLiteral("list"), QStringLiteral("--json")}).json().array(); };
        const qsizetype before = list().size();
        const Output added = ctl({QStringLiteral("optouts"), QStringLiteral("add"), QStringLiteral("07700 900777"),
                                  QStringLiteral("--region"), QStringLiteral("GB"), QStringLiteral("--channel"),
                                  QStringLiteral("sms"), QStringLiteral("--json")});
        QVERIFY2(added.code == 0, added.err.constData());
        const QJsonObject entry = added.json().object();
        QCOMPARE(entry.keys(), (QStringList{QStringLiteral("channel"), QStringLiteral("contact_id"),
                                            QStringLiteral("created_at"), QStringLiteral("email"), QStringLiteral("phone"),
                                            QStringLiteral("source")}));
        QCOMPARE(entry.value(QLatin1StringView("phone")).toString(), QStringLiteral("+447700900777"));
        QCOMPARE(entry.value(QLatin1StringView("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(list().size(), before + 1);
        QVERIFY(ctl({QStringLiteral("optouts"), QStringLiteral("export")}).out.contains(",+447700900777,sms,manual,"));

        const Output unconfirmed = ctl({QStringLiteral("optouts"), QStringLiteral("remove"), QStringLiteral("+447700900777"),
                                        QStringLiteral("--channel"), QStringLiteral("sms")});
        QCOMPARE(unconfirmed.code, 2);
        isOneLineError(unconfirmed);
        const Output wrongChannel = ctl({QStringLiteral("optouts"), QStringLiteral("remove"),
                                         QStringLiteral("+447700900777"), QStringLiteral("--yes")});
        QCOMPARE(wrongChannel.code, 5);
        const Output removed = ctl({QStringLiteral("optouts"), QStringLiteral("remove"), QStringLiteral("+447700900777"),
                                    QStringLiteral("--channel"), QStringLiteral("sms"), QStringLiteral("--yes")});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QCOMPARE(list().size(), before);
        const QJsonArray history = ctl({QStringLiteral("optouts"), QStringLiteral("history"), QStringLiteral("--limit"),
                                        QStringLiteral("2"), QStringLiteral("--json")})
                                       .json()
                                       .array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toObject().value(QLatin1StringView("action")).toString(), QStringLiteral("removed"));
        QCOMPARE(history.at(1).toObject().value(QLatin1StringView("action")).toString(), QStringLiteral("added"));
        QVERIFY(!history.at(0).toObject().value(QLatin1StringView("actor")).toString().isEmpty());
        QCOMPARE(ctl({QStringLiteral("optouts"), QStringLiteral("add"), QStringLiteral("nonsense")}).code, 2);
        const Output imported = ctl({QStringLiteral("optouts"), QStringLiteral("import"), QStringLiteral("-"),
                                     QStringLiteral("--json")},
                                    "email,channel\nsup1@ctl.example,email\nsup2@ctl.example,\n");
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QJsonObject summary = imported.json().object();
        QCOMPARE(summary.keys(), (QStringList{QStringLiteral("added"), QStringLiteral("already"), QStringLiteral("problems"),
                                              QStringLiteral("rejected"), QStringLiteral("rows_read")}));
        QCOMPARE(summary.value(QLatin1StringView("added")).toInt(), 2);
        QCOMPARE(list().size(), before + 2);
    }

    void workerLock()
    {
        const QString copy = m_dir.filePath(QStringLiteral("lock.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        QProcess first;
        first.start(binary(), {QStringLiteral("--workspace"), copy, QStringLiteral("worker")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy + QStringLiteral(".lock")), 10000);
        const Output second = run({QStringLiteral("--workspace"), copy, QStringLiteral("worker")});
        QCOMPARE(second.code, 4);
        QVERIFY(second.err.contains("another dispatcher"));
        QVERIFY(second.err.contains(QByteArray::number(first.processId())));
        // run --wait while the worker holds the workspace: the worker sends, run follows it.
        const QString email = campaignNamed(QStringLiteral("Spring Collection Launch")).value(QLatin1StringView("id")).toString();
        const Output waited = run({QStringLiteral("--workspace"), copy, QStringLiteral("run"), email,
                                   QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY2(waited.code == 0, waited.err.constData());
        QVERIFY(waited.err.contains("another dispatcher is sending"));
        QCOMPARE(waited.json().object().value(QLatin1StringView("channels")).toArray().first().toObject()
                     .value(QLatin1StringView("status")).toString(), QStringLiteral("Completed"));
        first.terminate();
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".lock")));
    }

    // run --wait follows another dispatcher, and sends the rest itself once that one is gone.
    void runWaitTakesOverFromAStoppedDispatcher()
    {
        const QString copy = m_dir.filePath(QStringLiteral("takeover.herald"));
        QVERIFY(QFile::copy(m_demo, copy));
        QLockFile other(copy + QStringLiteral(".lock")); // a dispatcher that sends nothing
        QVERIFY(other.tryLock(0));
        const QString email = campaignNamed(QStringLiteral("Spring Collection Launch")).value(QLatin1StringView("id")).toString();
        QProcess waiting;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        waiting.setProcessEnvironment(env);
        waiting.start(binary(), {QStringLiteral("--workspace"), copy, QStringLiteral("run"), email,
                                 QStringLiteral("--accept-disclaimer"), QStringLiteral("--wait"), QStringLiteral("--json")});
        QVERIFY(waiting.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += waiting.readAllStandardError()).contains("following it"), 30000);
        QCOMPARE(waiting.state(), QProcess::Running);
        other.unlock();
        QVERIFY(waiting.waitForFinished(120000));
        QVERIFY2(waiting.exitCode() == 0, QByteArray(err + waiting.readAllStandardError()).constData());
        const QJsonObject summary = QJsonDocument::fromJson(waiting.readAllStandardOutput()).object();
        QCOMPARE(summary.value(QLatin1StringView("channels")).toArray().first().toObject()
                     .value(QLatin1StringView("status")).toString(), QStringLiteral("Completed"));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".lock")));
    }

    // An organisation set up from a shell: people and tenants, with the contract's shapes
    // and exit codes.
    // Senders and number pools from a shell: the JSON shapes, all-or-nothing number lists
    // from standard input, deletion refused while used, exit 4 for those without the right.
    void sendersAndPools()
    {
        const QString ws = m_dir.filePath(QStringLiteral("senders.herald"));
        const auto h = [&](const QString &line, const QByteArray &input = {}) {
            // Arguments split on spaces; '_' stands for a space inside one.
            QStringList args{QStringLiteral("--workspace"), ws};
            for (const QString &a : line.split(u' ', Qt::SkipEmptyParts))
                args << QString(a).replace(u'_', u' ');
            return run(args, input);
        };
        QCOMPARE(h(QStringLiteral("init")).code, 0);
        Output o = h(QStringLiteral("senders add --channel email --name Acme_News --address news@acme.example "
                                    "--reply-to help@acme.example --json"));
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().keys(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("channel"), QStringLiteral("deleted"),
                              QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("paused"),
                              QStringLiteral("pool"), QStringLiteral("reply_to")}));
        QCOMPARE(o.json().object().value(QLatin1StringView("reply_to")).toString(), QStringLiteral("help@acme.example"));
        QCOMPARE(h(QStringLiteral("senders add --channel email --name Bad --address nope")).code, 2);
        QCOMPARE(h(QStringLiteral("senders add --name NoChannel")).code, 2);
        QCOMPARE(h(QStringLiteral("pools create UK_mobiles --json")).code, 0);
        o = h(QStringLiteral("pools add-number uk_mobiles --file -"), "+44 7700 900123\nnot a number\n");
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("line 2 \"not a number\""), o.err.constData());
        o = h(QStringLiteral("pools add-number UK_mobiles +447700900124 --file - --json"), "+44 7700 900123\n");
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("added")).toArray().size(), 2);
        QCOMPARE(h(QStringLiteral("senders add --channel sms --name Acme_SMS --pool UK_mobiles")).code, 0);
        o = h(QStringLiteral("pools delete UK_mobiles"));
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("'Acme SMS' (SMS)"), o.err.constData());
        o = h(QStringLiteral("pools list --json"));
        QCOMPARE(o.json().array().first().toObject().value(QLatin1StringView("active_numbers")).toInt(), 2);
        o = h(QStringLiteral("pools remove-number UK_mobiles +447700900124 --json"));
        QVERIFY2(o.code == 0, o.err.constData());
        o = h(QStringLiteral("pools show UK_mobiles --json"));
        QCOMPARE(o.json().object().value(QLatin1StringView("number_list")).toArray().size(), 1);
        QCOMPARE(o.json().object().value(QLatin1StringView("max_calls")).toInt(), 0);
        o = h(QStringLiteral("pools edit uk_mobiles --max-calls 4 --rotation least-used --json"));
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("max_calls")).toInt(), 4);
        QCOMPARE(o.json().object().value(QLatin1StringView("rotation")).toString(), QStringLiteral("least-used"));
        QCOMPARE(h(QStringLiteral("pools show UK_mobiles --json")).json().object().value(QLatin1StringView("max_calls")).toInt(), 4);
        o = h(QStringLiteral("pools edit UK_mobiles --max-calls -1"));
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("calls at once"), o.err.constData());
        QCOMPARE(h(QStringLiteral("pools edit Nowhere --max-calls 2")).code, 5);
        QCOMPARE(h(QStringLiteral("senders pause acme_news")).code, 0);
        o = h(QStringLiteral("senders list --channel email --json"));
        QCOMPARE(o.json().array().size(), 1);
        QCOMPARE(o.json().array().first().toObject().value(QLatin1StringView("paused")).toBool(), true);
        QCOMPARE(h(QStringLiteral("senders delete Nobody")).code, 5);
        QCOMPARE(h(QStringLiteral("users add Mia --role manager")).code, 0);
        o = h(QStringLiteral("--user mia senders add --channel sms --name MIA"));
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("needs the role admin"), o.err.constData());
        QCOMPARE(h(QStringLiteral("--user mia pools create Other")).code, 4);
        QCOMPARE(h(QStringLiteral("senders delete Acme_News --json")).code, 0);
        QCOMPARE(h(QStringLiteral("senders list --json")).json().array().size(), 1);
    }

    // Goals, writers, templates and segments from a shell, with the GUI's checks.
    void library()
    {
        const QString ws = m_dir.filePath(QStringLiteral("library.herald"));
        const auto h = [&](const QStringList &args, const QByteArray &input = {}) {
            return run(QStringList{QStringLiteral("--workspace"), ws} + args, input);
        };
        QCOMPARE(h({QStringLiteral("init")}).code, 0);
        Output o = h({QStringLiteral("goals"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Replies"),
                      QStringLiteral("--metric"), QStringLiteral("replies"), QStringLiteral("--target"),
                      QStringLiteral("0.05"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("target")).toDouble(), 0.05);
        QCOMPARE(h({QStringLiteral("goals"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("REPLIES")}).code,
                 4);
        QCOMPARE(h({QStringLiteral("goals"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("T"),
                    QStringLiteral("--target"), QStringLiteral("lots")})
                     .code,
                 2);
        QFile instructions(m_dir.filePath(QStringLiteral("instructions.txt")));
        QVERIFY(instructions.open(QIODevice::WriteOnly));
        instructions.write("Warm and short.\nNo jargon.");
        instructions.close();
        o = h({QStringLiteral("writers"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Friendly"),
               QStringLiteral("--instructions"), u"@"_qs + instructions.fileName(), QStringLiteral("--key-point"),
               QStringLiteral("Free delivery"), QStringLiteral("--key-point"), QStringLiteral("Ends Friday"),
               QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("instructions")).toString(),
                 QStringLiteral("Warm and short.\nNo jargon."));
        QCOMPARE(o.json().object().value(QLatin1StringView("key_points")).toArray().size(), 2);
        // An email template from files; an SMS one from standard input.
        QFile html(m_dir.filePath(QStringLiteral("welcome.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<p>Hi {{first_name}}</p><p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>");
        html.close();
        o = h({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--channel"), QStringLiteral("email"),
               QStringLiteral("--name"), QStringLiteral("Welcome"), QStringLiteral("--subject"), QStringLiteral("Hello"),
               QStringLiteral("--html-file"), html.fileName(), QStringLiteral("--preheader"), QStringLiteral("Inside"),
               QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().keys(),
                 (QStringList{QStringLiteral("attachments"), QStringLiteral("body"), QStringLiteral("channel"),
                              QStringLiteral("from_name"), QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("preheader"), QStringLiteral("subject"), QStringLiteral("text_body")}));
        QVERIFY(o.json().object().value(QLatin1StringView("body")).toString().startsWith(u"<p>Hi"));
        o = h({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--channel"), QStringLiteral("sms"),
               QStringLiteral("--name"), QStringLiteral("Nudge"), QStringLiteral("--body-file"), QStringLiteral("-")},
              "Hi {{first_name}}. {{opt_out_text}}");
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(h({QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--channel"), QStringLiteral("sms"),
                    QStringLiteral("--name"), QStringLiteral("Empty"), QStringLiteral("--body-file"), QStringLiteral("-")})
                     .code,
                 2); // no body
        o = h({QStringLiteral("templates"), QStringLiteral("edit"), QStringLiteral("welcome"), QStringLiteral("--subject"),
               QStringLiteral("Hello again"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("subject")).toString(), QStringLiteral("Hello again"));
        QCOMPARE(h({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 2);
        // Segments: rules checked.
        o = h({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("VIP"),
               QStringLiteral("--rules"), QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"vip"}]})"),
               QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        o = h({QStringLiteral("segments"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad"),
               QStringLiteral("--rules"), QStringLiteral(R"({"rules":[{"field":"shoe_size","op":"is","value":"9"}]})")});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains("unknown field"), o.err.constData());
        // Deleted: gone from lists, and shown as gone.
        QCOMPARE(h({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("vip")}).code, 0);
        QCOMPARE(h({QStringLiteral("segments"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
        QCOMPARE(h({QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("VIP")}).code, 5);
        // Those without the right are refused.
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Rex"), QStringLiteral("--role"),
                    QStringLiteral("reviewer")})
                     .code,
                 0);
        o = h({QStringLiteral("--user"), QStringLiteral("Rex"), QStringLiteral("templates"), QStringLiteral("delete"),
               QStringLiteral("Welcome")});
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("may not change templates"), o.err.constData());
    }

    void peopleAndTenants()
    {
        const QString ws = m_dir.filePath(QStringLiteral("org.herald"));
        const auto h = [&](const QStringList &args) { return run(QStringList{QStringLiteral("--workspace"), ws} + args); };
        QCOMPARE(h({QStringLiteral("init"), QStringLiteral("--tenant"), QStringLiteral("Acme"), QStringLiteral("--user"),
                    QStringLiteral("Ada")})
                     .code,
                 0);
        Output o = h({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Rita"), QStringLiteral("--role"),
                      QStringLiteral("reviewer"), QStringLiteral("--email"), QStringLiteral("rita@acme.example"),
                      QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().keys(), (QStringList{QStringLiteral("active"), QStringLiteral("deactivated_at"),
                                                        QStringLiteral("email"), QStringLiteral("id"),
                                                        QStringLiteral("login"), QStringLiteral("name"),
                                                        QStringLiteral("role")}));
        QVERIFY(o.json()[QStringLiteral("login")].isNull()); // a workspace file has no logins
        QCOMPARE(o.json().object().value(QLatin1StringView("role")).toString(), QStringLiteral("reviewer"));
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("rita"), QStringLiteral("--role"),
                    QStringLiteral("viewer")})
                     .code,
                 4); // the same person in another letter case
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("Tom")}).code, 2);   // no --role
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("Rita")}).code, 2); // no role
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("Rita"), QStringLiteral("boss")}).code, 2);
        // A reviewer may not add people: refused, naming the role.
        o = h({QStringLiteral("--user"), QStringLiteral("RITA"), QStringLiteral("users"), QStringLiteral("add"),
               QStringLiteral("Tom"), QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("needs the role admin"), o.err.constData());
        // The last admin stays one.
        o = h({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("Ada"), QStringLiteral("viewer")});
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("last active admin"), o.err.constData());
        // Deactivated: listed, and refused as --user.
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("Rita")}).code, 0);
        o = h({QStringLiteral("--user"), QStringLiteral("Rita"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 4);
        QVERIFY2(o.err.contains("deactivated"), o.err.constData());
        const QJsonArray people = h({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(1).toObject().value(QLatin1StringView("active")).toBool(), false);
        QVERIFY(!people.at(1).toObject().value(QLatin1StringView("deactivated_at")).toString().isEmpty());
        QCOMPARE(h({QStringLiteral("users"), QStringLiteral("reactivate"), QStringLiteral("Rita")}).code, 0);
        // Tenants: the creator is the new tenant's admin at once.
        o = h({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("Acme Retail"), QStringLiteral("--time-zone"),
               QStringLiteral("Europe/Berlin"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--time-zone"),
                    QStringLiteral("Nowhere/Else")})
                     .code,
                 2);
        o = h({QStringLiteral("--tenant"), QStringLiteral("acme retail"), QStringLiteral("users"), QStringLiteral("list"),
               QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().array().first().toObject().value(QLatin1StringView("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("rename"), QStringLiteral("Acme Retail"),
                    QStringLiteral("Acme Stores")})
                     .code,
                 0);
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("rename"), QStringLiteral("Acme Stores")}).code, 2);
        // The listener: where it binds and the public URL, any letter case of the name.
        o = h({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("acme stores"), QStringLiteral("--listen"),
               QStringLiteral("127.0.0.1:8480"), QStringLiteral("--public-url"), QStringLiteral("https://herald.acme.example/"),
               QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("listen")).toString(), QStringLiteral("127.0.0.1:8480"));
        QCOMPARE(o.json().object().value(QLatin1StringView("public_url")).toString(),
                 QStringLiteral("https://herald.acme.example"));
        QVERIFY(!o.out.contains("secret"));
        o = h({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Acme Stores"), QStringLiteral("--listen"),
               QStringLiteral("")});
        QVERIFY2(o.code == 0, o.err.constData()); // off; the public URL is kept
        for (const QStringList &bad : {QStringList{QStringLiteral("--listen"), QStringLiteral("herald:80")},
                                       QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")},
                                       QStringList{QStringLiteral("--public-url"), QStringLiteral("ftp://x.example")},
                                       QStringList{QStringLiteral("--public-url"), QStringLiteral("https://x.example/?a=1")},
                                       QStringList{}}) {
            o = h(QStringList{QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Acme Stores")} + bad);
            QVERIFY2(o.code == 2, qPrintable(bad.join(u' ') + u": " + QString::fromUtf8(o.err)));
        }
        // SMS keywords of its own; a mistake in one option saves none of them.
        o = h({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Acme Stores"),
               QStringLiteral("--stop-words"), QStringLiteral("arr\u00eat, Stopp"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, o.err.constData());
        QCOMPARE(o.json().object().value(QLatin1StringView("stop_words")).toArray(),
                 (QJsonArray{QStringLiteral("ARRET"), QStringLiteral("STOPP")}));
        QCOMPARE(o.json().object().value(QLatin1StringView("sms_help")).toString(),
                 QStringLiteral("Acme Stores: reply STOP to opt out, START to opt back in."));
        o = h({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Acme Stores"), QStringLiteral("--sms-help"),
               QStringLiteral("Acme: STOP to opt out, 0800 123"), QStringLiteral("--stop-words"), QStringLiteral("help")});
        QVERIFY2(o.code == 2 && o.err.contains("HELP"), o.err.constData());
        o = h({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("Acme Stores"), QStringLiteral("--public-url"),
               QStringLiteral("https://other.example"), QStringLiteral("--stop-words"), QStringLiteral("two words")});
        QCOMPARE(o.code, 2);
        o = h({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject stores = o.json().array().at(1).toObject();
        QCOMPARE(stores.value(QLatin1StringView("public_url")).toString(), QStringLiteral("https://herald.acme.example"));
        QCOMPARE(stores.value(QLatin1StringView("stop_words")).toArray().size(), 2);
        QVERIFY(stores.value(QLatin1StringView("sms_help")).toString().startsWith(u"Acme Stores:"));
        o = h({QStringLiteral("--user"), QStringLiteral("Rita"), QStringLiteral("tenants"), QStringLiteral("edit"),
               QStringLiteral("Acme"), QStringLiteral("--public-url"), QStringLiteral("https://x.example")});
        QCOMPARE(o.code, 4); // a reviewer may not
        o = h({QStringLiteral("--user"), QStringLiteral("Rita"), QStringLiteral("tenants"), QStringLiteral("edit"),
               QStringLiteral("Acme"), QStringLiteral("--stop-words"), QStringLiteral("halt")});
        QCOMPARE(o.code, 4);
        o = h({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(o.json().array().at(1).toObject().value(QLatin1StringView("public_url")).toString(),
                 QStringLiteral("https://herald.acme.example"));
        QCOMPARE(o.json().array().at(1).toObject().value(QLatin1StringView("listen")).toString(), QString());
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("archive"), QStringLiteral("Acme")}).code, 4); // the default
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("archive"), QStringLiteral("Acme Stores")}).code, 0);
        QCOMPARE(h({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
        const QJsonArray all = h({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--all"),
                                  QStringLiteral("--json")})
                                   .json()
                                   .array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).toObject().value(QLatin1StringView("archived")).toBool(), true);
        QCOMPARE(h({QStringLiteral("--tenant"), QStringLiteral("Acme Stores"), QStringLiteral("campaigns"),
                    QStringLiteral("list")})
                     .code,
                 4);
    }

    void initRefusesExistingWorkspace()
    {
        const QByteArray before = digest(m_demo);
        const Output o = run({QStringLiteral("--workspace"), m_demo, QStringLiteral("init")});
        QCOMPARE(o.code, 4);
        isOneLineError(o);
        QCOMPARE(digest(m_demo), before);
        QCOMPARE(run({QStringLiteral("--workspace"), m_demo, QStringLiteral("init"), QStringLiteral("--seed"), QStringLiteral("x")}).code, 2);
    }

    void emptyWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.herald"));
        Output o = run({QStringLiteral("--workspace"), path, QStringLiteral("--tenant"), QStringLiteral("Acme"), QStringLiteral("init")});
        QCOMPARE(o.code, 0);
        o = run({QStringLiteral("--workspace"), path, QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.json().array().size(), 0);
        o = run({QStringLiteral("--workspace"), path, QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(o.json().array().first().toObject().value(QLatin1StringView("name")).toString(), QStringLiteral("Acme"));
    }

    // Permissions do not apply to root, so as root heraldctl is run as nobody.
    void unreadableWorkspace()
    {
        QTemporaryDir dir;
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), open));
        const QString path = dir.filePath(QStringLiteral("locked.herald"));
        QCOMPARE(run({QStringLiteral("--workspace"), path, QStringLiteral("init")}).code, 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const QStringList args{QStringLiteral("--workspace"), path, QStringLiteral("campaigns"), QStringLiteral("list")};
        Output o;
        if (::geteuid() == 0) {
            const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            const QStringList asNobody{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                       QStringLiteral("--clear-groups"), binary()};
            if (setpriv.isEmpty() || exec(setpriv, asNobody + QStringList{QStringLiteral("--version")}).code != 0)
                QSKIP("running as root and nobody cannot run heraldctl from this folder");
            o = exec(setpriv, asNobody + args);
        } else {
            o = run(args);
        }
        QCOMPARE(o.code, 1);
        isOneLineError(o);
        QVERIFY2(o.err.contains("cannot read workspace"), o.err.constData());
    }

    void badWorkspaceFiles()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.herald"));
        Output o = run({QStringLiteral("--workspace"), missing, QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(o.code, 5);
        isOneLineError(o);
        QVERIFY(o.err.contains(missing.toUtf8()));
        QVERIFY(!QFile::exists(missing));

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("shopping list: milk, eggs\n");
        }
        const QByteArray before = digest(text);
        o = run({QStringLiteral("--workspace"), text, QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 1);
        isOneLineError(o);
        QVERIFY(o.err.contains("not a Herald workspace"));
        QCOMPARE(digest(text), before);

        o = run({QStringLiteral("--workspace"), m_dir.path(), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 1);
        isOneLineError(o);

        // A workspace from a newer Herald is refused and left as it is.
        const QString newer = m_dir.filePath(QStringLiteral("newer.herald"));
        QCOMPARE(run({QStringLiteral("--workspace"), newer, QStringLiteral("init")}).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray newerBefore = digest(newer);
        o = run({QStringLiteral("--workspace"), newer, QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains("newer Herald"));
        QCOMPARE(digest(newer), newerBefore);
    }
};

QTEST_GUILESS_MAIN(TestHeraldctl)
#include "tst_heraldctl.moc"
