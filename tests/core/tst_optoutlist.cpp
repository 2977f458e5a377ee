// The opt-out list as people manage it: by address and channel, each change audited,
// roles, export; and an import skipping what the list holds.
#include "audience/contactimport.h"
#include "audience/optoutlist.h"
#include "storage/audiencerepository.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QTest>

using namespace herald;

class TestOptOutList final : public QObject
{
    Q_OBJECT

private slots:
    void addRemoveAndAudit()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Opt"));
        OptOutList list(ws.db(), t.tenantId, t.manager);
        AudienceRepository audience(ws.db(), t.tenantId);
        const qsizetype before = audience.optOuts()->size(); // the fixture's one
        const qint64 contactsBefore = *audience.contactCount();
        const qsizetype eventsBefore = audience.optOutEvents()->size(); // the fixture's, by "system"

        // A known contact by email (any case), for SMS only; a phone nobody has, for all.
        const QString known = QStringLiteral("C0.%1@EXAMPLE.com").arg(t.tenantId);
        auto sms = list.add(known, ChannelKind::Sms, QStringLiteral("manual"));
        QVERIFY2(sms.ok(), sms ? "" : qPrintable(sms.error().message));
        QCOMPARE(sms->optOut.contactId, t.ids.value(QStringLiteral("contact:first")));
        QCOMPARE(sms->optOut.channel, std::optional(ChannelKind::Sms));
        auto stranger =
            list.add(QStringLiteral("07700 900999"), std::nullopt, QStringLiteral("import"), QStringLiteral("GB"));
        QVERIFY(stranger.ok());
        QCOMPARE(stranger->phone, QStringLiteral("+447700900999"));
        QCOMPARE(*audience.contactCount(), contactsBefore + 1); // kept as a suppressed contact
        QVERIFY(audience.contactsByIds({stranger->optOut.contactId})->first().tags.contains(u"suppressed"));
        QVERIFY(list.add(known, ChannelKind::Sms, QStringLiteral("manual")).ok()); // again: nothing new
        QCOMPARE(audience.optOuts()->size(), before + 2);

        QCOMPARE(list.remove(known, ChannelKind::Email).error().kind, Error::Kind::NotFound); // not for email
        QVERIFY(list.remove(known, ChannelKind::Sms).ok());
        QCOMPARE(audience.optOuts()->size(), before + 1);

        const QList<OptOutEvent> events = *audience.optOutEvents();
        QCOMPARE(events.size(), eventsBefore + 3); // added, added, removed: the repeated add left no trace
        QCOMPARE(events.last().actor, QStringLiteral("system"));
        QVERIFY(!events.at(0).added);
        QCOMPARE(events.at(0).actor, t.manager.name);
        QCOMPARE(events.at(1).source, QStringLiteral("import"));
        QCOMPARE(events.at(2).channel, std::optional(ChannelKind::Sms));

        // Errors name the fix; viewers read but do not change.
        QCOMPARE(list.add(QStringLiteral("not an address"), std::nullopt, QStringLiteral("manual")).error().kind,
                 Error::Kind::Usage);
        QCOMPARE(list.add(known, std::nullopt, QStringLiteral("rumour")).error().kind, Error::Kind::Usage);
        OptOutList viewer(ws.db(), t.tenantId, t.viewer);
        QCOMPARE(viewer.add(known, std::nullopt, QStringLiteral("manual")).error().kind, Error::Kind::Refused);
        QCOMPARE(viewer.remove(QStringLiteral("+447700900999"), std::nullopt).error().kind, Error::Kind::Refused);
        QCOMPARE(viewer.entries()->size(), before + 1);

        const QString csv = QString::fromUtf8(*list.exportCsv());
        QVERIFY2(csv.startsWith(u"email,phone,channel,source,created_at\r\n"), qPrintable(csv));
        QVERIFY2(csv.contains(u",+447700900999,all,import,"), qPrintable(csv));

        // An import skips the address the list holds for every channel.
        QByteArray file = "phone\n+447700900999\n+447700900998\n";
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        ContactImport::Options o;
        o.listName = QStringLiteral("After");
        o.fileName = QStringLiteral("after.csv");
        SystemClock clock;
        const Upload u = *ContactImport(ws.db(), t.tenantId, t.manager, clock).run(buffer, o);
        QCOMPARE(u.skippedOptedOut, 1);
        QCOMPARE(u.accepted, 1);
    }

    // A suppression list: per-row channels, the default channel, repeats, bad rows.
    void importSuppressionList()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Opt"));
        OptOutList list(ws.db(), t.tenantId, t.manager);
        const qsizetype before = list.entries()->size();
        QByteArray csv = "E-mail;Mobile;Channel\r\n"
                         "a@sup.example;;\r\n"      // line 2: default channel (sms)
                         ";07700 900111;all\r\n"    // line 3: every channel
                         "b@sup.example;;email\r\n" // line 4
                         "a@sup.example;;\r\n"      // line 5: already
                         "c@sup.example;;fax\r\n"   // line 6: unknown channel
                         ";;\r\n"                   // not a row
                         ";12ab;\r\n";              // line 8: not a number
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const auto summary = list.importCsv(buffer, ChannelKind::Sms, QStringLiteral("GB"));
        QVERIFY2(summary.ok(), summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->rowsRead, 6);
        QCOMPARE(summary->added, 3);
        QCOMPARE(summary->already, 1);
        QCOMPARE(summary->rejected, 2);
        QCOMPARE(summary->added + summary->already + summary->rejected, summary->rowsRead);
        QVERIFY2(summary->problems.value(0).startsWith(u"line 6: channel 'fax'"),
                 qPrintable(summary->problems.join(u'|')));
        QVERIFY2(summary->problems.value(1).startsWith(u"line 8: "), qPrintable(summary->problems.join(u'|')));
        QCOMPARE(list.entries()->size(), before + 3);
        for (const OptOutList::Entry &e : *list.entries()) {
            if (e.email == u"a@sup.example")
                QCOMPARE(e.optOut.channel, std::optional(ChannelKind::Sms));
            if (e.phone == u"+447700900111")
                QCOMPARE(e.optOut.channel, std::optional<ChannelKind>());
            if (!e.email.isEmpty() && e.email.endsWith(u"@sup.example"))
                QCOMPARE(e.optOut.source, QStringLiteral("import"));
        }
        QByteArray noAddress = "name\nAda\n";
        QBuffer other(&noAddress);
        other.open(QIODevice::ReadOnly);
        QCOMPARE(list.importCsv(other, std::nullopt).error().kind, Error::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestOptOutList)
#include "tst_optoutlist.moc"
