#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Kills a real `heraldctl worker` with SIGKILL at 20 points spread over a run, restarts
// it each time, and checks the promise of the status model: nobody accepted twice,
// nothing left Queued, Sending or Retrying once the channel is final, counts adding up
// to the audience, and what the provider accepted is what Herald marks accepted plus at
// most the messages in flight at a kill (Timed Out, never re-sent).
class TestCrashSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_record;

    static QString binary()
    {
        const QString fromEnv = qEnvironmentVariable("HERALDCTL");
        return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/heraldctl") : fromEnv;
    }

    QByteArray ctl(const QStringList &args, int *code = nullptr)
    {
        QProcess p;
        p.start(binary(), QStringList{QStringLiteral("--workspace"), m_workspace} + args);
        p.waitForFinished(120000);
        if (code)
            *code = p.exitCode();
        return p.readAllStandardOutput();
    }

    QList<QByteArray> accepted() const
    {
        QFile f(m_record);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = f.readAll().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    // How many of the run's messages are worked through (no longer Queued, Sending or
    // Retrying), read straight from the workspace. Unlike the provider's record, this
    // always reaches the whole audience, however many messages end Timed Out at kills.
    // -1 while the workspace cannot be read (a restarted worker recovering it, say).
    static qint64 workedThrough(const QString &connection, const QString &runId)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND status NOT IN "
                                      "('Queued','Sending','Retrying','Dialing','Ringing','Answered')")))
            return -1;
        q.addBindValue(runId.toLongLong());
        const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        q.finish(); // end the read transaction: the next poll sees the worker's newest writes
        return n;
    }

    QString campaignId(const QString &name)
    {
        const QJsonArray list = QJsonDocument::fromJson(ctl({QStringLiteral("campaigns"), QStringLiteral("list"),
                                                             QStringLiteral("--search"), name, QStringLiteral("--json")}))
                                    .array();
        return list.isEmpty() ? QString() : list.first().toObject().value(QLatin1StringView("id")).toString();
    }

private slots:
    void killNineTwentyTimes()
    {
        m_workspace = m_dir.filePath(QStringLiteral("crash.herald"));
        m_record = m_dir.filePath(QStringLiteral("accepted.txt"));
        int code = -1;
        ctl({QStringLiteral("init"), QStringLiteral("--demo")}, &code);
        QCOMPARE(code, 0);
        {
            // The email simulator of the default tenant records every message it accepts.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(m_workspace);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE provider_configs SET settings = ? WHERE kind = 'email'")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("seed"), 11}, {QStringLiteral("latency_ms"), 8}, {QStringLiteral("window"), 8},
                {QStringLiteral("retry_delay_secs"), 0}, {QStringLiteral("record_file"), m_record},
                {QStringLiteral("mix"), QJsonObject{{QStringLiteral("accepted"), 94}, {QStringLiteral("deferred"), 3},
                                                    {QStringLiteral("unreachable"), 3}}}}).toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));

        const QString id = campaignId(QStringLiteral("Spring Collection Launch"));
        QVERIFY(!id.isEmpty());
        ctl({QStringLiteral("run"), id, QStringLiteral("--accept-disclaimer")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject started = QJsonDocument::fromJson(ctl({QStringLiteral("status"), id, QStringLiteral("--json")})).object();
        const QJsonObject run = started.value(QLatin1StringView("runs")).toArray().last().toObject();
        const qint64 audience = run.value(QLatin1StringView("channels")).toArray().first().toObject()
                                    .value(QLatin1StringView("total")).toInteger();
        QVERIFY(audience > 500);
        const QString runId = QString::number(run.value(QLatin1StringView("id")).toInteger());

        // The kill points are spread over the run by how many messages are worked through,
        // not by how many the provider accepted: every kill turns up to a window of messages
        // into Timed Out, accepted or not, so under load the provider may never reach a
        // late accepted-count target, while the worked-through count always reaches the
        // audience once the run goes on.
        const QString progress = QStringLiteral("progress");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), progress);
            db.setDatabaseName(m_workspace);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            QVERIFY(db.open());
        }
        QCOMPARE(workedThrough(progress, runId), 0); // no dispatcher has run yet
        const int kills = 20;
        for (int k = 1; k <= kills; ++k) {
            QProcess worker;
            worker.start(binary(), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("worker")});
            QVERIFY(worker.waitForStarted());
            const qint64 target = audience * k / (kills + 2);
            QTRY_VERIFY_WITH_TIMEOUT(workedThrough(progress, runId) >= target, 60000);
            worker.kill(); // SIGKILL: no chance to flush or clean up
            QVERIFY(worker.waitForFinished());
        }
        QSqlDatabase::database(progress).close();
        QSqlDatabase::removeDatabase(progress);

        // A last worker finishes the run; it is asked to stop once the channel is final.
        QProcess worker;
        worker.start(binary(), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("worker")});
        QVERIFY(worker.waitForStarted());
        const auto channel = [&] {
            const QJsonObject s = QJsonDocument::fromJson(ctl({QStringLiteral("status"), id, QStringLiteral("--json")})).object();
            return s.value(QLatin1StringView("runs")).toArray().last().toObject().value(QLatin1StringView("channels"))
                .toArray().first().toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(channel().value(QLatin1StringView("status")).toString(), QStringLiteral("Completed"), 120000);
        worker.terminate();
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitCode(), 0);

        // Nobody accepted twice.
        const QList<QByteArray> lines = accepted();
        const QByteArray prefix = runId.toLatin1() + ',';
        QSet<QByteArray> unique;
        for (const QByteArray &l : lines) {
            if (!l.startsWith(prefix))
                continue;
            QVERIFY2(!unique.contains(l), qPrintable(QStringLiteral("accepted twice: ") + QString::fromLatin1(l)));
            unique.insert(l);
        }

        // Every message final, counts adding up to the audience.
        const QJsonObject counts = channel().value(QLatin1StringView("counts")).toObject();
        qint64 sum = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            sum += it.value().toInteger();
        QCOMPARE(sum, audience);
        for (const char *pending : {"Queued", "Sending", "Retrying"})
            QCOMPARE(counts.value(QLatin1StringView(pending)).toInteger(), 0);

        // Accepted by the provider = marked Delivered, plus some of those Timed Out at a kill.
        const QJsonArray messages = QJsonDocument::fromJson(ctl({QStringLiteral("messages"), runId, QStringLiteral("--limit"),
                                                                 QStringLiteral("100000"), QStringLiteral("--json")}))
                                        .array();
        QCOMPARE(messages.size(), audience);
        qint64 timedOut = 0;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            const QByteArray key = runId.toLatin1() + ",email," + QByteArray::number(m.value(QLatin1StringView("contact_id")).toInteger());
            const QString status = m.value(QLatin1StringView("status")).toString();
            if (status == QLatin1StringView("Delivered"))
                QVERIFY2(unique.contains(key), "marked Delivered but never accepted by the provider");
            else if (status == QLatin1StringView("Timed Out"))
                ++timedOut;
            else
                QVERIFY2(!unique.contains(key), qPrintable(u"accepted by the provider but marked " + status));
        }
        QVERIFY(timedOut <= 8 * kills); // at most a provider window per kill
        qInfo("audience %lld, accepted %lld, timed out at kills %lld", audience, qint64(unique.size()), timedOut);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
