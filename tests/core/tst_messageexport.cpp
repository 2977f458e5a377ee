// The CSV export of a campaign's messages: every count equal to the messages stored,
// formula-looking cells defused, quoting that round-trips through a CSV parser, one run
// or all, cancel, and a million rows in constant memory.
#include "audience/csvreader.h"
#include "reporting/messageexport.h"
#include "storage/audiencerepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace herald;

namespace {

// Counts what is written and keeps nothing: the export's own memory is what is measured.
class Sink final : public QIODevice
{
public:
    Sink() { open(QIODevice::WriteOnly); }
    qint64 bytes = 0;
    qint64 lines = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        bytes += size;
        lines += QByteArrayView(data, size).count('\n');
        return size;
    }
};

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}

QList<QStringList> parse(QByteArray csv)
{
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvFormat::detect(csv.left(65536)));
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields))
        rows << fields;
    return rows;
}

} // namespace

class TestMessageExport final : public QObject
{
    Q_OBJECT

private slots:
    void formulaSafeAndRoundTrips()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Export"));
        AudienceRepository audience(ws.db(), t.tenantId);
        const QStringList names{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-1"),
                                QStringLiteral("@x"), QStringLiteral("\tTab"), QStringLiteral("Quote \"q\", comma"),
                                QStringLiteral("two\nlines"), QStringLiteral("Zo\u00eb \u2615")};
        QList<Contact> contacts;
        for (int i = 0; i < names.size(); ++i) {
            Contact c;
            c.firstName = names.at(i);
            c.email = QStringLiteral("odd%1@example.com").arg(i);
            contacts << c;
        }
        QVERIFY(audience.addToList(t.ids.value(QStringLiteral("list")), *audience.addContacts(contacts)).ok());
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("Export me"));
        const Id campaign = ws.create(t, c);
        SystemClock clock;
        const Run first = ws.startRun(t, campaign, clock);
        ws.exec(QStringLiteral("UPDATE run_channels SET status = 'Completed' WHERE run_id = ?"), {first.id});
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Failed', failure_reason = '=HYPERLINK(\"x\")' "
                               "WHERE run_id = ?"),
                {first.id});

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto rows = MessageExport::write(ws.db(), t.tenantId, campaign, {std::nullopt, true}, out);
        QVERIFY2(rows.ok(), rows ? "" : qPrintable(rows.error().message));
        SqlQuery q(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ?"));
        q.bind(first.id);
        QVERIFY(q.exec(u"counting").ok() && q.next());
        QCOMPARE(*rows, q.value(0).toLongLong());
        QVERIFY(out.data().startsWith("\xEF\xBB\xBF" "message_id,run_id,"));
        QVERIFY(!out.data().contains("\r\n\r\n"));
        // Times as ISO 8601 UTC, the same instant as stored.
        SqlQuery when(ws.db().connection(), QStringLiteral("SELECT queued_at FROM messages WHERE run_id = ? ORDER BY id LIMIT 1"));
        when.bind(first.id);
        QVERIFY(when.exec(u"reading").ok() && when.next());
        const QString queued = timeFromSql(when.value(0)).toString(Qt::ISODate);
        QVERIFY2(out.data().contains(queued.toLatin1()), qPrintable(queued));

        const QList<QStringList> parsed = parse(out.data());
        QCOMPARE(parsed.size(), *rows + 1);
        QCOMPARE(parsed.first(), MessageExport::columns());
        const int firstName = int(MessageExport::columns().indexOf(QStringLiteral("first_name")));
        const int address = int(MessageExport::columns().indexOf(QStringLiteral("address")));
        const int reason = int(MessageExport::columns().indexOf(QStringLiteral("failure_reason")));
        QSet<QString> seen;
        for (const QStringList &row : parsed.mid(1)) {
            QCOMPARE(row.size(), MessageExport::columns().size());
            seen.insert(row.at(firstName));
            QCOMPARE(row.at(reason), QStringLiteral("'=HYPERLINK(\"x\")"));
            if (row.at(address).contains(u'@'))
                QVERIFY(!row.at(address).startsWith(u'\''));
            else
                QVERIFY2(row.at(address).startsWith(u"'+"), qPrintable(row.at(address))); // E.164 starts with +
        }
        for (const QString &name : names) {
            const bool risky = QStringLiteral("=+-@\t").contains(name.front());
            QVERIFY2(seen.contains(risky ? u'\'' + name : name), qPrintable(name));
        }
    }

    void oneRunAndCancel()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Runs"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Twice")));
        SystemClock clock;
        const Run first = ws.startRun(t, campaign, clock, nullptr, RunKind::Test);
        const Run live = ws.startRun(t, campaign, clock);
        Sink all, one;
        const qint64 both = *MessageExport::write(ws.db(), t.tenantId, campaign, {}, all);
        const qint64 only = *MessageExport::write(ws.db(), t.tenantId, campaign, {live.id, false}, one);
        const qint64 testOnly = *MessageExport::write(ws.db(), t.tenantId, campaign, {first.id, false}, one);
        QVERIFY(only > testOnly && testOnly > 0);
        QCOMPARE(both, only + testOnly);
        QCOMPARE(one.lines, only + 1 + testOnly + 1);

        Sink cancelled;
        auto stopped = MessageExport::write(ws.db(), t.tenantId, campaign, {}, cancelled,
                                            [](qint64 done, qint64 total) { return done < total; });
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().message.contains(u"cancelled"));
    }

    // A million messages: written page by page, the process grows by a few megabytes at
    // most, whatever the count.
    void millionRowsInConstantMemory()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Big"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Big")));
        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        constexpr int kRows = 1'000'000;
        ws.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                               "INSERT INTO contacts (tenant_id, first_name, last_name, email, created_at) "
                               "SELECT ?, 'First' || i, 'Last', 'big' || i || '@example.com', 0 FROM n"),
                {kRows, t.tenantId});
        // As an import leaves them (BulkStatistics): the checks of the messages' contacts
        // are planned on a million contacts, not on the twenty there were.
        if (const QString refresh = ws.db().dialect().refreshStatistics(QStringLiteral("contacts")); !refresh.isEmpty())
            ws.exec(refresh);
        ws.exec(QStringLiteral("INSERT INTO messages (tenant_id, run_id, channel, contact_id, status, attempts, "
                               "provider_id, queued_at, sent_at, delivered_at, status_changed_at) "
                               "SELECT ?, ?, 'email', id, 'Delivered', 1, 'sim', 0, 1000, 2000, 2000 FROM contacts "
                               "WHERE tenant_id = ? AND email LIKE 'big%'"),
                {t.tenantId, run.id, t.tenantId});
        Sink out;
        QElapsedTimer timer;
        timer.start();
        const qint64 before = residentBytes();
        qint64 peak = before;
        int calls = 0;
        auto rows = MessageExport::write(ws.db(), t.tenantId, campaign, {}, out, [&](qint64, qint64) {
            peak = std::max(peak, residentBytes());
            ++calls;
            return true;
        });
        QVERIFY(rows.ok());
        QVERIFY(*rows > kRows);
        QCOMPARE(out.lines, *rows + 1);
        QVERIFY(calls > 100);
        qInfo("%lld rows, %lld MB written in %.1f s; resident memory grew by %lld MB", *rows, out.bytes >> 20,
              timer.elapsed() / 1000.0, (peak - before) >> 20);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer keeps freed memory in quarantine (256 MB): no bound to hold here.
#else
        QVERIFY2(peak - before < 48ll * 1024 * 1024, qPrintable(QString::number((peak - before) >> 20) + u" MB"));
#endif
    }
};

QTEST_MAIN(TestMessageExport)
#include "tst_messageexport.moc"
