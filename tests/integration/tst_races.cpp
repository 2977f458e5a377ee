#include "ctlprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// Every path that starts a run, raced by several heraldctl processes started at the same
// instant, 20 times: exactly one run each time, the others refused with the usual exit
// code, nothing queued twice.
class TestRaces final : public QObject
{
    Q_OBJECT

    static constexpr int kRounds = 20;
    static constexpr int kRacers = 4;

    using Output = herald::test::CtlOutput;

    QTemporaryDir m_dir;
    QString m_demo;

    static QString binary() { return herald::test::heraldctlBinary(); }

    // Starts every command before waiting for any: they race for the workspace.
    static QList<Output> atOnce(const QString &workspace, const QList<QStringList> &commands)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &args : commands) {
            auto p = std::make_unique<QProcess>();
            p->start(binary(), QStringList{QStringLiteral("--workspace"), workspace} + args);
            processes.push_back(std::move(p));
        }
        QList<Output> out;
        for (auto &p : processes)
            out.append(herald::test::finished(*p));
        return out;
    }

    static Output ctl(const QString &workspace, const QStringList &args)
    {
        return atOnce(workspace, {args}).first();
    }

    QString copyOfDemo(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }

    static QString campaignNamed(const QString &workspace, const QString &name)
    {
        const Output o = ctl(workspace, {QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : o.json().array())
            if (v.toObject().value(QLatin1StringView("name")).toString() == name)
                return v.toObject().value(QLatin1StringView("id")).toString();
        return {};
    }

    // The campaign's live runs, and how many messages each queued.
    static QList<qint64> liveRunTotals(const QString &workspace, const QString &campaign)
    {
        const Output o = ctl(workspace, {QStringLiteral("status"), campaign, QStringLiteral("--json")});
        QList<qint64> out;
        for (const QJsonValue &r : o.json().object().value(QLatin1StringView("runs")).toArray()) {
            if (r.toObject().value(QLatin1StringView("kind")).toString() != u"live")
                continue;
            qint64 total = 0;
            for (const QJsonValue &ch : r.toObject().value(QLatin1StringView("channels")).toArray())
                total += ch.toObject().value(QLatin1StringView("total")).toInteger();
            out.append(total);
        }
        return out;
    }

    // Exactly one racer succeeded and every other one was refused with `refused`.
    static bool oneWinner(const QList<Output> &outputs, const QList<int> &refused, QString &why)
    {
        int winners = 0;
        for (const Output &o : outputs) {
            if (o.code == 0)
                ++winners;
            else if (!refused.contains(o.code))
                why += u"exit " + QString::number(o.code) + u": " + QString::fromUtf8(o.err) + u'\n';
        }
        if (winners != 1)
            why += u"winners: " + QString::number(winners) + u'\n';
        return why.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "HERALDCTL must point at the built heraldctl");
        m_demo = m_dir.filePath(QStringLiteral("demo.herald"));
        const Output o = ctl(m_demo, {QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(o.code == 0, o.err.constData());
    }

    // `run ID --accept-disclaimer` by several processes at once: one run, the rest exit 4
    // as the campaign is Running. The run is stopped and the race starts again.
    void runStartedAtOnce()
    {
        const QString ws = copyOfDemo(QStringLiteral("run.herald"));
        const QString id = campaignNamed(ws, QStringLiteral("Flash Sale SMS Alert"));
        QVERIFY(!id.isEmpty());
        QList<QStringList> racers(kRacers, {QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer")});
        racers[1].append(QStringLiteral("--json")); // with and without --json alike
        qint64 audience = -1;
        for (int round = 0; round < kRounds; ++round) {
            QString why;
            QVERIFY2(oneWinner(atOnce(ws, racers), {4}, why), qPrintable(u"round " + QString::number(round) + u": " + why));
            const QList<qint64> runs = liveRunTotals(ws, id);
            QCOMPARE(runs.size(), round + 1);
            if (audience < 0)
                audience = runs.last();
            QVERIFY(audience > 0);
            QCOMPARE(runs.last(), audience); // the whole audience once, no more
            QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0);
        }
    }

    // A clone of `source`, activated and approved: a Ready campaign of the same channels.
    static QString readyClone(const QString &ws, const QString &source)
    {
        const Output clone = ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("clone"), source, QStringLiteral("--json")});
        const QString id = clone.json().object().value(QLatin1StringView("id")).toString();
        if (id.isEmpty() || ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("activate"), id}).code != 0
            || ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("approve"), id}).code != 0)
            return {};
        return id;
    }

    // The status --json of the campaign's newest live run's channel `kind`.
    static QJsonObject lastLiveChannel(const QString &ws, const QString &campaign, const QString &kind)
    {
        const Output o = ctl(ws, {QStringLiteral("status"), campaign, QStringLiteral("--json")});
        QJsonObject out;
        for (const QJsonValue &r : o.json().object().value(QLatin1StringView("runs")).toArray())
            if (r.toObject().value(QLatin1StringView("kind")).toString() == u"live")
                for (const QJsonValue &ch : r.toObject().value(QLatin1StringView("channels")).toArray())
                    if (ch.toObject().value(QLatin1StringView("kind")).toString() == kind)
                        out = ch.toObject();
        return out;
    }

    // A channel held at launch, started by several processes at once: it joins the same
    // run once; the others exit 4 as it is Running. Its audience is queued once.
    void heldChannelStartedAtOnce()
    {
        const QString ws = copyOfDemo(QStringLiteral("held.herald"));
        const QString id = readyClone(ws, campaignNamed(ws, QStringLiteral("Summer Clearance"))); // email and SMS
        QVERIFY(!id.isEmpty());
        const QList<QStringList> racers(kRacers, {QStringLiteral("run"), id, QStringLiteral("--channel"),
                                                  QStringLiteral("sms"), QStringLiteral("--accept-disclaimer"),
                                                  QStringLiteral("--now")});
        qint64 audience = -1;
        for (int round = 0; round < kRounds; ++round) {
            const Output email = ctl(ws, {QStringLiteral("run"), id, QStringLiteral("--channel"), QStringLiteral("email"),
                                          QStringLiteral("--accept-disclaimer"), QStringLiteral("--now")});
            QVERIFY2(email.code == 0, email.err.constData());
            QCOMPARE(lastLiveChannel(ws, id, QStringLiteral("sms")).value(QLatin1StringView("status")).toString(),
                     QStringLiteral("Ready"));
            QString why;
            QVERIFY2(oneWinner(atOnce(ws, racers), {4}, why), qPrintable(u"round " + QString::number(round) + u": " + why));
            QCOMPARE(liveRunTotals(ws, id).size(), round + 1); // the same run, not a new one
            const QJsonObject sms = lastLiveChannel(ws, id, QStringLiteral("sms"));
            QCOMPARE(sms.value(QLatin1StringView("status")).toString(), QStringLiteral("Running"));
            if (audience < 0)
                audience = sms.value(QLatin1StringView("total")).toInteger();
            QVERIFY(audience > 0);
            QCOMPARE(sms.value(QLatin1StringView("total")).toInteger(), audience); // once, no more
            QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0);
        }
    }

    // Two campaigns starting their SMS channel at the same instant: exclusivity per
    // channel kind holds, one starts and the other is blocked (exit 3, channel.busy).
    void sameKindAcrossCampaignsAtOnce()
    {
        const QString ws = copyOfDemo(QStringLiteral("kind.herald"));
        const QString source = campaignNamed(ws, QStringLiteral("Flash Sale SMS Alert"));
        const QString a = readyClone(ws, source), b = readyClone(ws, source);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        int aWon = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QList<Output> raced =
                atOnce(ws, {{QStringLiteral("run"), a, QStringLiteral("--accept-disclaimer"), QStringLiteral("--now")},
                            {QStringLiteral("run"), b, QStringLiteral("--accept-disclaimer"), QStringLiteral("--now")}});
            QString why;
            QVERIFY2(oneWinner(raced, {3}, why), qPrintable(u"round " + QString::number(round) + u": " + why));
            const Output &loser = raced.at(raced.at(0).code == 0 ? 1 : 0);
            QVERIFY2(loser.err.contains("channel.busy"), loser.err.constData());
            aWon += raced.at(0).code == 0 ? 1 : 0;
            QCOMPARE(ctl(ws, {QStringLiteral("stop"), raced.at(0).code == 0 ? a : b}).code, 0);
        }
        qInfo("the first campaign won %d of %d rounds", aWon, kRounds);
    }

    // retry-failed at once: one retry run, the rest refused as the campaign is Running.
    void retryFailedAtOnce()
    {
        const QString ws = copyOfDemo(QStringLiteral("retry.herald"));
        const QString id = campaignNamed(ws, QStringLiteral("Summer Clearance"));
        QVERIFY(!id.isEmpty());
        const int before = int(liveRunTotals(ws, id).size());
        const QList<QStringList> racers(kRacers, {QStringLiteral("retry-failed"), id, QStringLiteral("--accept-disclaimer")});
        for (int round = 0; round < kRounds; ++round) {
            QString why;
            QVERIFY2(oneWinner(atOnce(ws, racers), {4}, why), qPrintable(u"round " + QString::number(round) + u": " + why));
            QCOMPARE(liveRunTotals(ws, id).size(), before + round + 1);
            QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0); // Stopped: its failures may be retried again
        }
    }

    // missed resolve --send-now at once: one launch; the others find the alert resolved.
    void missedLaunchSentAtOnce()
    {
        const QString ws = copyOfDemo(QStringLiteral("missed.herald"));
        const QString id = campaignNamed(ws, QStringLiteral("Black Friday Teaser"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0); // disarm: only the alerts launch it
        for (int round = 0; round < kRounds; ++round) {
            qint64 alert = 0;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alerts"));
                db.setDatabaseName(ws);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO missed_launches (tenant_id, campaign_id, due_at, "
                                                 "detected_at) SELECT tenant_id, id, ?, ? FROM campaigns "
                                                 "WHERE short_id = ? RETURNING id")));
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                q.addBindValue(now - 3600000 - round);
                q.addBindValue(now);
                q.addBindValue(id);
                QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
                alert = q.value(0).toLongLong();
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("alerts"));
            const QList<QStringList> racers(kRacers, {QStringLiteral("missed"), QStringLiteral("resolve"),
                                                      QString::number(alert), QStringLiteral("--send-now")});
            QString why;
            QVERIFY2(oneWinner(atOnce(ws, racers), {4}, why), qPrintable(u"round " + QString::number(round) + u": " + why));
            QCOMPARE(liveRunTotals(ws, id).size(), round + 1);
            QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0);
        }
    }

    // run and campaigns delete at once: either the run comes first (and the delete is
    // refused) or the delete does (and the run finds no campaign); never a run reported
    // as started of a campaign that is gone.
    void runAgainstDelete()
    {
        const QString ws = copyOfDemo(QStringLiteral("delete.herald"));
        const QString source = campaignNamed(ws, QStringLiteral("Flash Sale SMS Alert"));
        QVERIFY(!source.isEmpty());
        int runsWon = 0, deletesWon = 0;
        for (int round = 0; round < kRounds; ++round) {
            const Output clone = ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("clone"), source, QStringLiteral("--json")});
            QVERIFY2(clone.code == 0, clone.err.constData());
            const QString id = clone.json().object().value(QLatin1StringView("id")).toString();
            QCOMPARE(ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("activate"), id}).code, 0);
            QCOMPARE(ctl(ws, {QStringLiteral("campaigns"), QStringLiteral("approve"), id}).code, 0);
            const QList<Output> raced =
                atOnce(ws, {{QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer")},
                            {QStringLiteral("campaigns"), QStringLiteral("delete"), id, QStringLiteral("--yes")}});
            const Output &run = raced.at(0), &del = raced.at(1);
            const Output shown = ctl(ws, {QStringLiteral("status"), id, QStringLiteral("--json")});
            if (run.code == 0) {
                ++runsWon;
                QVERIFY2(del.code == 4, del.err.constData());
                QCOMPARE(shown.code, 0);
                QCOMPARE(liveRunTotals(ws, id).size(), 1);
                QCOMPARE(ctl(ws, {QStringLiteral("stop"), id}).code, 0);
            } else {
                ++deletesWon;
                QVERIFY2(del.code == 0, del.err.constData());
                QVERIFY2(run.code == 5, run.err.constData());
                QCOMPARE(shown.code, 5);
            }
        }
        qInfo("run first %d times, delete first %d times", runsWon, deletesWon);
    }

    // A busy workspace delays outcomes, never drops them: while a worker sends, other
    // processes pause and resume another campaign over and over (each a write
    // transaction); every message still ends Delivered.
    void outcomesSurviveABusyWorkspace()
    {
        const QString ws = copyOfDemo(QStringLiteral("busy.herald"));
        const QString flash = campaignNamed(ws, QStringLiteral("Flash Sale SMS Alert"));
        const QString viber = campaignNamed(ws, QStringLiteral("Viber Weekend Deals")); // Running in the demo
        QVERIFY(!flash.isEmpty() && !viber.isEmpty());
        QCOMPARE(ctl(ws, {QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("--channel"), QStringLiteral("sms"),
                          QStringLiteral("--provider"), QStringLiteral("simulator"), QStringLiteral("--settings"),
                          QStringLiteral(R"({"mix":{"accepted":100},"latency_ms":5,"window":4})")})
                     .code,
                 0);
        QCOMPARE(ctl(ws, {QStringLiteral("run"), flash, QStringLiteral("--accept-disclaimer")}).code, 0);
        QProcess worker;
        worker.start(binary(), {QStringLiteral("--workspace"), ws, QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted());
        const auto status = [&] {
            return ctl(ws, {QStringLiteral("status"), flash, QStringLiteral("--json")}).json().object();
        };
        int storms = 0;
        while (status().value(QLatin1StringView("campaign_status")).toString() != u"Completed" && storms < 400) {
            const QList<Output> both = atOnce(ws, {{QStringLiteral("pause"), viber}, {QStringLiteral("resume"), viber},
                                                   {QStringLiteral("pause"), viber}, {QStringLiteral("resume"), viber}});
            for (const Output &o : both)
                QVERIFY2(o.code == 0 || o.code == 4, o.err.constData()); // never "database is locked"
            ++storms;
        }
        worker.terminate();
        QVERIFY(worker.waitForFinished(60000));
        const QByteArray workerLog = worker.readAllStandardError();
        QVERIFY2(!workerLog.contains("locked"), workerLog.constData());
        const QJsonObject counts = status().value(QLatin1StringView("runs")).toArray().last().toObject()
                                       .value(QLatin1StringView("channels")).toArray().first().toObject()
                                       .value(QLatin1StringView("counts")).toObject();
        qint64 total = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            total += it.value().toInteger();
        QVERIFY(total > 100);
        // Everyone is Delivered (the mix accepts all), or opted out before the run.
        QCOMPARE(counts.value(QLatin1StringView("Delivered")).toInteger() + counts.value(QLatin1StringView("Opted Out")).toInteger(),
                 total);
        qInfo("%d rounds of four pause/resume commands while %lld messages went out", storms, total);
    }
};

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
