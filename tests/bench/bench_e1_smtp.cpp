// E1: 100,000 emails of ~2 KB through Herald to postfix's smtp-sink on loopback, with 1
// and with 10 connections, every message state persisted (Queued -> Sending ->
// Delivered in the workspace), the dispatcher on its own thread. The reference is
// postfix's smtp-source sending as many 2 KB messages over as many reused connections
// (`smtp-source -d -s N -m 100000 -l 2000`) to the same sink. Targets: ratio >= 0.5 and
// never below 1,000 messages/s.
#include "dispatch/dispatcherthread.h"
#include "eventwait.h"
#include "smtpsink.h"
#include "storage/contentrepository.h"
#include "storage/senderrepository.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace herald;

class BenchE1 final : public QObject
{
    Q_OBJECT

    static inline const int kMessages = qEnvironmentVariableIntValue("HERALD_E1_MESSAGES") > 0
                                            ? qEnvironmentVariableIntValue("HERALD_E1_MESSAGES")
                                            : 100000;
    static constexpr int kPayload = 2000;

    // Messages per second of smtp-source with `sessions` connections.
    static double reference(quint16 port, int sessions)
    {
        QProcess source;
        QElapsedTimer timer;
        timer.start();
        source.start(QStringLiteral("/usr/sbin/smtp-source"),
                     {QStringLiteral("-d"), QStringLiteral("-s"), QString::number(sessions), QStringLiteral("-m"),
                      QString::number(kMessages), QStringLiteral("-l"), QString::number(kPayload), QStringLiteral("-f"),
                      QStringLiteral("news@bench.example"), QStringLiteral("-t"), QStringLiteral("rcpt@example.com"),
                      u"127.0.0.1:" + QString::number(port)});
        if (!source.waitForFinished(600000) || source.exitCode() != 0)
            qFatal("smtp-source failed: %s", source.readAllStandardError().constData());
        return kMessages / (double(timer.nsecsElapsed()) / 1e9);
    }

    // Messages per second of Herald with `connections`, from the dispatcher's start until
    // every message is final in the workspace.
    static double herald(quint16 port, int connections)
    {
        test::TestWorkspace ws;
        const auto fixture = ws.addTenant(QStringLiteral("Bench"));
        const Id t = fixture.tenantId;
        ws.addContacts(fixture, kMessages, /*inList=*/true);
        SenderRepository senders(ws.db(), t);
        const QString settings = QStringLiteral(R"({"host":"127.0.0.1","port":%1,"tls":"none","connections":%2})")
                                     .arg(port)
                                     .arg(connections);
        if (!senders.setProvider({0, t, ChannelKind::Email, QStringLiteral("smtp"), settings, true}).ok())
            qFatal("provider");
        // ~2 KB of text after the merge, like the reference's payload.
        QString body = QStringLiteral("Hello {{first_name}},\n");
        while (body.size() < kPayload - 80)
            body += QStringLiteral("Spring is here and so are our best offers of the season, in every store. \n");
        body += QStringLiteral("Unsubscribe: {{unsubscribe_url}}\n");
        MessageTemplate tmpl{0,    t,    QStringLiteral("E1"), ChannelKind::Email, QStringLiteral("Spring offers"),
                             body, false, {}, {}, {}, {}};
        const Id templateId = *ContentRepository(ws.db(), t).addTemplate(tmpl);
        Campaign c = ws.readyCampaign(fixture, {ChannelKind::Email}, QStringLiteral("E1"));
        c.channels[0].templateId = templateId;
        c.channels[0].sendWindow = QStringLiteral("none"); // whatever the hour
        const Id campaign = ws.create(fixture, c);

        ws.serveLinks(fixture); // each message gets its signed unsubscribe link
        SystemClock clock;
        const Run run = ws.startRun(fixture, campaign, clock);

        DispatcherThread dispatcher(ws.db(), clock);
        qint64 finals = 0, delivered = 0, total = 0, tenth = 0; // the fixture's own contacts come too
        QElapsedTimer timer;
        bool ended = false;
        QObject::connect(&dispatcher, &DispatcherThread::progress, [&](const ProgressSnapshot &s) {
            for (const ChannelProgress &p : s.channels)
                if (p.runId == run.id) {
                    finals = 0;
                    for (MessageStatus st : allValues<MessageStatus>())
                        finals += isFinal(st) ? p.count(st) : 0;
                    delivered = p.count(MessageStatus::Delivered);
                    total = p.total();
                    // The pace per tenth of the run: whether it slows down as the run grows.
                    if (total > 0 && finals * 10 / total > tenth) {
                        tenth = finals * 10 / total;
                        qInfo("E1: %lld%% final after %.1f s (retrying %lld, timed out %lld, failed %lld)",
                              qlonglong(tenth * 10), double(timer.nsecsElapsed()) / 1e9,
                              qlonglong(p.count(MessageStatus::Retrying)), qlonglong(p.count(MessageStatus::TimedOut)),
                              qlonglong(p.count(MessageStatus::Failed)));
                    }
                    ended = isFinal(p.status) || (total > 0 && finals >= total);
                }
        });
        timer.start();
        dispatcher.start();
        dispatcher.wake();
        test::waitUntil([&] { return ended; }, 900000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (delivered < kMessages)
            qFatal("E1: %lld of %lld delivered", qlonglong(delivered), qlonglong(total));
        qInfo("E1: %lld messages final in %.1f s with %d connection(s)", qlonglong(finals), seconds, connections);
        return double(finals) / seconds;
    }

private slots:
    void smtp_data()
    {
        QTest::addColumn<int>("connections");
        QTest::newRow("1 connection") << 1;
        QTest::newRow("10 connections") << 10;
    }
    void smtp()
    {
        QFETCH(int, connections);
        if (!test::SmtpSink::available())
            QSKIP("postfix's smtp-sink is not installed");
        test::SmtpSink sink({}, /*dump=*/false);
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        const double ref = reference(sink.port(), connections);
        qInfo("E1 reference: %.0f msg/s", ref);
        const double ours = herald(sink.port(), connections);
        qInfo("BENCH e1_smtp_%d herald=%.0f reference=%.0f ratio=%.2f unit=msg/s", connections, ours, ref, ours / ref);
        QVERIFY2(ours >= 1000, "E1 below 1,000 messages/s");
        QVERIFY2(ours / ref >= 0.5, "E1 ratio below 0.5");
    }
};

QTEST_MAIN(BenchE1)
#include "bench_e1_smtp.moc"
