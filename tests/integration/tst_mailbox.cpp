// The inbound mailbox against a real IMAP server: a live email run goes to postfix's
// smtp-sink, then bounces, complaints, automatic replies and replies to those very
// messages (tests/data/mail, in the shapes Postfix, Exim, Gmail and Microsoft send) are
// delivered into Dovecot (started by the test with a throw-away configuration) and read
// over IMAPS. Each message, opt-out, reply and flag is checked; reading again changes
// nothing.
#include "ctlprocess.h"
#include "dispatch/dispatcherthread.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflight.h"
#include "dovecotpeer.h"
#include "mailbox/inboundmailbox.h"
#include "mailbox/mailboxsettings.h"
#include "organisation/tenantservice.h"
#include "peers.h"
#include "reporting/campaignreport.h"
#include "smtpsink.h"
#include "storage/audiencerepository.h"
#include "storage/replyrepository.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace herald;

namespace {

const QString kFrom = QStringLiteral("news@example.com"); // the test workspace's email sender

struct Sent
{
    Id id = 0, contact = 0;
    QString address, messageId, verp;
};

QByteArray fixture(const QString &name, const Sent &m)
{
    QFile f(QStringLiteral(HERALD_MAIL_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    QByteArray raw = f.readAll();
    return raw.replace("{{VERP}}", m.verp.toUtf8())
        .replace("{{MESSAGE_ID}}", m.messageId.toUtf8())
        .replace("{{RECIPIENT}}", m.address.toUtf8())
        .replace("{{FROM}}", kFrom.toUtf8());
}

} // namespace

class TestMailbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::SmtpSink::available())
            HERALD_PEER_MISSING("postfix's smtp-sink is not installed (scripts/install-deps.sh installs it)");
        if (!test::DovecotPeer::available())
            HERALD_PEER_MISSING("Dovecot is not installed (scripts/install-deps.sh installs dovecot-imapd)");
    }

    void readsBouncesComplaintsAndReplies()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::DovecotPeer imap;
        QVERIFY2(imap.isUp(), qPrintable(imap.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Bounces"));
        ws.sendEmailTo(t, sink.port());
        ws.serveLinks(t);
        qputenv("HERALD_TEST_IMAP_PASSWORD", test::DovecotPeer::password().toUtf8());
        const QString tenant = TenantRepository(ws.db()).byId(t.tenantId)->name;
        const QString settings =
            QStringLiteral(R"({"host":"127.0.0.1","port":%1,"ca_file":"%2","user":"%3",)"
                           R"("password_env":"HERALD_TEST_IMAP_PASSWORD","bounce_address":"bounces@shop.example"})")
                .arg(imap.imapsPort())
                .arg(imap.certificate(), test::DovecotPeer::user());
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Winter sale"));
        c.channels[0].sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, c);
        // Without a mailbox a live run is warned that nothing coming back is read.
        const auto mailboxWarning = [&] {
            const auto all = *CampaignService(ws.db(), t.tenantId, t.manager).preflight(QString::number(campaign),
                                                                                         RunKind::Live);
            if (Preflight::hasBlockers(all))
                return qsizetype(-1);
            return qsizetype(std::count_if(all.cbegin(), all.cend(), [](const Finding &f) {
                return f.code == u"mailbox.unconfigured" && f.severity == Severity::Warning;
            }));
        };
        QCOMPARE(mailboxWarning(), 1);
        auto set = TenantService(ws.db(), t.admin).setMailbox(tenant, settings);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
        // Only admins configure it.
        QVERIFY(!TenantService(ws.db(), t.manager).setMailbox(tenant, settings));
        QCOMPARE(mailboxWarning(), 0);

        SystemClock clock;
        const Run run = ws.startRun(t, campaign, clock);
        {
            DispatcherThread dispatcher(ws.db(), clock);
            dispatcher.start();
            dispatcher.wake();
            // Every contact with an address not opted out: 17 of the test workspace's 20.
            QTRY_VERIFY2_WITH_TIMEOUT(delivered(ws, t.tenantId, run.id) == 17, qPrintable(statuses(ws, t.tenantId, run.id)),
                                      30000);
            QTRY_COMPARE_WITH_TIMEOUT(sink.messages().size(), 17, 10000); // the sink writes its file after answering
        }

        // Each message went out from its own signed bounce address, with the Message-ID
        // Herald kept.
        const Tenant saved = *TenantRepository(ws.db()).byId(t.tenantId);
        QList<Sent> sent;
        {
            SqlQuery q(ws.db().connection(),
                       QStringLiteral("SELECT m.id, m.contact_id, c.email, m.provider_id FROM messages m JOIN contacts c "
                                      "ON c.id = m.contact_id WHERE m.tenant_id = ? AND m.run_id = ? ORDER BY m.id"));
            q.bind(t.tenantId).bind(run.id);
            QVERIFY(q.exec(u"reading the run"));
            while (q.next())
                sent.append({q.id(0), q.id(1), q.text(2), q.text(3),
                             MailboxSettings::verp(QStringLiteral("bounces@shop.example"), saved.linkSecret,
                                                   t.tenantId, q.id(0))});
        }
        QCOMPARE(sent.size(), 17);
        const QStringList wire = sink.messages();
        for (const Sent &m : std::as_const(sent)) {
            QVERIFY2(m.messageId.startsWith(u"herald."), qPrintable(m.messageId));
            const auto it = std::find_if(wire.cbegin(), wire.cend(), [&](const QString &w) {
                return w.contains(u"Message-ID: <" + m.messageId + u'>');
            });
            QVERIFY2(it != wire.cend(), qPrintable(m.messageId));
            QVERIFY2(it->contains(m.verp), qPrintable(it->left(400))); // smtp-sink records MAIL FROM
            QVERIFY(it->contains(u"To: " + m.address));
        }

        // Into the mailbox, as the servers would send them.
        const auto deliver = [&](const QByteArray &mail) { QVERIFY(imap.deliver(mail)); };
        deliver(fixture(QStringLiteral("postfix-hard.eml"), sent[0]));
        deliver(fixture(QStringLiteral("exim-hard.eml"), sent[1]));
        deliver(fixture(QStringLiteral("gmail-hard.eml"), sent[2]));
        deliver(fixture(QStringLiteral("microsoft-hard.eml"), sent[3]));
        for (int i = 0; i < 3; ++i) // three soft bounces: suppressed
            deliver("X-Copy: " + QByteArray::number(i) + '\n' + fixture(QStringLiteral("postfix-soft.eml"), sent[4]));
        for (int i = 0; i < 2; ++i) // two: not yet
            deliver("X-Copy: " + QByteArray::number(i) + '\n' + fixture(QStringLiteral("postfix-soft.eml"), sent[5]));
        deliver(fixture(QStringLiteral("postfix-delayed.eml"), sent[6]));
        deliver(fixture(QStringLiteral("arf-complaint.eml"), sent[7]));
        deliver(fixture(QStringLiteral("exchange-out-of-office.eml"), sent[8]));
        deliver(fixture(QStringLiteral("gmail-vacation.eml"), sent[9]));
        deliver(fixture(QStringLiteral("reply.eml"), sent[10]));
        deliver(fixture(QStringLiteral("reply-html-to-bounce-address.eml"), sent[11]));
        deliver(fixture(QStringLiteral("unsubscribe-mailto.eml"), sent[12]));
        deliver(fixture(QStringLiteral("unrelated.eml"), sent[13]));
        // A forged bounce: the bounce address with another signature and a guessed
        // Message-ID name message 13, which stays as it is.
        Sent forged = sent[13];
        forged.verp = forged.verp.left(forged.verp.indexOf(u'@') - 4) + u"0000" + forged.verp.mid(forged.verp.indexOf(u'@'));
        forged.messageId = u"herald." + QString::number(run.id) + u'.' + QString::number(forged.id) + u".guess@shop.example";
        deliver(fixture(QStringLiteral("postfix-hard.eml"), forged));
        // A recipient writing a "bounce" of their own message that names somebody else:
        // it acts on the message's own address only.
        Sent crafted = sent[14];
        crafted.address = sent[15].address;
        deliver(fixture(QStringLiteral("postfix-hard.eml"), crafted));

        InboundMailbox mailbox(ws.db(), saved, t.manager);
        auto poll = mailbox.poll();
        QVERIFY2(poll, qPrintable(poll ? QString() : poll.error().message + u"\n" + imap.errors()));
        QCOMPARE(poll->toJson(), (QJsonObject{{QStringLiteral("read"), 19},
                                              {QStringLiteral("bounces_hard"), 5},
                                              {QStringLiteral("bounces_soft"), 5},
                                              {QStringLiteral("complaints"), 1},
                                              {QStringLiteral("replies"), 2},
                                              {QStringLiteral("auto_replies"), 2},
                                              {QStringLiteral("unmatched"), 2},
                                              {QStringLiteral("unsubscribes"), 1},
                                              {QStringLiteral("delays"), 1},
                                              {QStringLiteral("read_before"), 0}}));

        // Hard bounces: Delivered -> Failed with the server's words, and suppressed.
        const QStringList reasons{
            QStringLiteral("Bounced: 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"),
            QStringLiteral("Bounced: 5.2.1 The email account that you tried to reach is disabled"),
            QStringLiteral("Bounced: 5.1.1 The email account that you tried to reach does not exist."),
            QStringLiteral("Bounced: 5.5.0 Requested action not taken: mailbox unavailable")};
        for (int i = 0; i < 4; ++i) {
            const auto [status, reason] = stateOf(ws, t.tenantId, sent[i].id);
            QCOMPARE(status, QStringLiteral("Failed"));
            QVERIFY2(reason.startsWith(reasons[i]), qPrintable(reason));
            QCOMPARE(optOutSource(ws, t.tenantId, sent[i].contact), QStringLiteral("hard bounce"));
        }
        QCOMPARE(stateOf(ws, t.tenantId, sent[14].id).first, QStringLiteral("Failed"));
        QCOMPARE(optOutSource(ws, t.tenantId, sent[14].contact), QStringLiteral("hard bounce"));
        QCOMPARE(stateOf(ws, t.tenantId, sent[15].id).first, QStringLiteral("Delivered"));
        QCOMPARE(optOutSource(ws, t.tenantId, sent[15].contact), QString());
        QCOMPARE(stateOf(ws, t.tenantId, sent[4].id).first, QStringLiteral("Delivered"));
        QCOMPARE(optOutSource(ws, t.tenantId, sent[4].contact), QStringLiteral("soft bounces"));
        QCOMPARE(optOutSource(ws, t.tenantId, sent[5].contact), QString());
        QCOMPARE(optOutSource(ws, t.tenantId, sent[6].contact), QString());
        QCOMPARE(optOutSource(ws, t.tenantId, sent[7].contact), QStringLiteral("complaint"));
        QCOMPARE(optOutSource(ws, t.tenantId, sent[12].contact), QStringLiteral("unsubscribe email"));
        for (int i : {5, 6, 7, 8, 9, 10, 11, 12, 13})
            QCOMPARE(stateOf(ws, t.tenantId, sent[i].id).first, QStringLiteral("Delivered"));
        for (int i : {8, 9, 10, 11, 13})
            QCOMPARE(optOutSource(ws, t.tenantId, sent[i].contact), QString());
        // Every opt-out is audited, by whom.
        const auto fromMailbox = [&] {
            QList<OptOutEvent> out;
            for (const OptOutEvent &e : *AudienceRepository(ws.db(), t.tenantId).optOutEvents(100))
                if (QStringList{u"hard bounce"_qs, u"soft bounces"_qs, u"complaint"_qs, u"unsubscribe email"_qs}.contains(e.source))
                    out << e;
            return out;
        };
        QCOMPARE(fromMailbox().size(), 8);
        for (const OptOutEvent &e : fromMailbox())
            QCOMPARE(e.actor, e.source == u"complaint" || e.source == u"unsubscribe email" ? QStringLiteral("recipient")
                                                                                           : QStringLiteral("system"));

        // Replies tied to their message, run and contact; automatic replies kept apart.
        const auto replies = *ReplyRepository(ws.db(), t.tenantId).ofRun(run.id);
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].messageId, std::optional<Id>(sent[10].id));
        QCOMPARE(replies[0].contactId, std::optional<Id>(sent[10].contact));
        QCOMPARE(replies[0].channel, ChannelKind::Email);
        QVERIFY2(replies[0].body.startsWith(u"Sí, por favor: call me back on Monday."), qPrintable(replies[0].body));
        QCOMPARE(replies[1].messageId, std::optional<Id>(sent[11].id)); // by its bounce address
        QVERIFY2(replies[1].body.startsWith(u"Please send the catalogue too."), qPrintable(replies[1].body));

        // The report lists the bounces among its failure reasons.
        const auto report = CampaignReport::build(ws.db(), t.tenantId, t.manager, QString::number(campaign), run.id);
        QVERIFY(report);
        int bounced = 0;
        for (const CampaignReport::Reason &r : report->reasons)
            bounced += r.reason.startsWith(u"Bounced: ") ? int(r.count) : 0;
        QCOMPARE(bounced, 5);
        QCOMPARE(report->replies, 2);

        // Reports and automatic replies are read; replies and unmatched mail stay new for people.
        QCOMPARE(imap.withMaildirFlag('S'), 19 - 4);

        // Reading again finds nothing new; the same bounce delivered twice changes nothing.
        const auto again = mailbox.poll();
        QVERIFY(again);
        QCOMPARE(again->read, 0);
        deliver(fixture(QStringLiteral("postfix-hard.eml"), sent[0]));
        const auto duplicate = mailbox.poll();
        QVERIFY(duplicate);
        QCOMPARE(duplicate->read, 1);
        QCOMPARE(duplicate->readBefore, 1);
        QCOMPARE(duplicate->bouncesHard, 0);
        QCOMPARE(fromMailbox().size(), 8);

        // The record of what came in.
        const auto history = *mailbox.history(100);
        QCOMPARE(history.size(), 19);
        QCOMPARE(std::count_if(history.cbegin(), history.cend(),
                               [](const InboundMailbox::Record &r) { return r.kind == u"auto_reply"; }),
                 2);

        // heraldctl: the same, as a script sees it.
        if (!test::TestWorkspace::onPostgres()) {
            deliver(fixture(QStringLiteral("postfix-delayed.eml"), sent[16]));
            const auto ctl = [&](const QStringList &args) {
                QProcess p;
                p.start(test::heraldctlBinary(), QStringList{QStringLiteral("--workspace"),
                                                             ws.dir() + QStringLiteral("/test.herald"),
                                                             QStringLiteral("--tenant"), tenant,
                                                             QStringLiteral("--user"), t.manager.name}
                                                     + args);
                return test::finished(p);
            };
            const auto polled = ctl({QStringLiteral("mailbox"), QStringLiteral("poll"), QStringLiteral("--json")});
            QVERIFY2(polled.code == 0, polled.err.constData());
            QCOMPARE(polled.json().object().value(u"read").toInt(), 1);
            QCOMPARE(polled.json().object().value(u"delays").toInt(), 1);
            QCOMPARE(polled.json().object().keys(),
                     (QStringList{QStringLiteral("auto_replies"), QStringLiteral("bounces_hard"),
                                  QStringLiteral("bounces_soft"), QStringLiteral("complaints"), QStringLiteral("delays"),
                                  QStringLiteral("read"), QStringLiteral("read_before"), QStringLiteral("replies"),
                                  QStringLiteral("unmatched"), QStringLiteral("unsubscribes")}));
            const auto tested = ctl({QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("--json")});
            QCOMPARE(tested.code, 0);
            const auto listed = ctl({QStringLiteral("mailbox"), QStringLiteral("history"), QStringLiteral("--json")});
            QCOMPARE(listed.code, 0);
            QCOMPARE(listed.json().array().size(), 20);
            QCOMPARE(listed.json().array().first().toObject().value(u"kind").toString(), QStringLiteral("delay"));

            // A worker reads the mailbox too, from its start.
            deliver(fixture(QStringLiteral("exchange-out-of-office.eml"), sent[16]));
            QProcess worker;
            worker.start(test::heraldctlBinary(),
                         {QStringLiteral("--workspace"), ws.dir() + QStringLiteral("/test.herald"), QStringLiteral("worker")});
            QVERIFY(worker.waitForStarted());
            QTRY_COMPARE_WITH_TIMEOUT(mailbox.history(100)->size(), 21, 30000);
            QCOMPARE(mailbox.history(1)->first().kind, QStringLiteral("auto_reply"));
            worker.terminate(); // SIGTERM: drains and stops
            QVERIFY(worker.waitForFinished(30000));
            QCOMPARE(worker.exitCode(), 0);
        }
    }

    // Every dispatcher reads the mailboxes on their interval, on a thread of its own, and
    // says when one cannot be read.
    void dispatchersReadOnTheInterval()
    {
        test::SmtpSink sink({});
        QVERIFY2(sink.isUp(), qPrintable(sink.errors()));
        test::DovecotPeer imap;
        QVERIFY2(imap.isUp(), qPrintable(imap.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Interval"));
        ws.sendEmailTo(t, sink.port());
        ws.serveLinks(t);
        const QString tenant = TenantRepository(ws.db()).byId(t.tenantId)->name;
        const QString settings = QStringLiteral(R"({"host":"127.0.0.1","port":%1,"ca_file":"%2","user":"herald",)"
                                                R"("password_env":"HERALD_TEST_IMAP_PASSWORD","interval_secs":60})");
        qputenv("HERALD_TEST_IMAP_PASSWORD", test::DovecotPeer::password().toUtf8());
        QVERIFY(TenantService(ws.db(), t.admin).setMailbox(tenant, settings.arg(imap.imapsPort()).arg(imap.certificate())));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Interval"));
        c.channels[0].sendWindow = QStringLiteral("none");
        const Id campaign = ws.create(t, c);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        const Run run = ws.startRun(t, campaign, clock);
        DispatcherThread dispatcher(ws.db(), clock);
        QSignalSpy problems(&dispatcher, &DispatcherThread::problem);
        dispatcher.start();
        dispatcher.wake();
        QTRY_VERIFY_WITH_TIMEOUT(delivered(ws, t.tenantId, run.id) == 17, 30000);

        // Read at start (nothing there), then again once the interval has passed.
        Sent first;
        {
            // Scoped: a statement left on a row would keep this connection's read snapshot.
            SqlQuery q(ws.db().connection(), QStringLiteral("SELECT m.id, m.contact_id, c.email, m.provider_id FROM messages m "
                                                            "JOIN contacts c ON c.id = m.contact_id WHERE m.run_id = ? "
                                                            "ORDER BY m.id LIMIT 1"));
            q.bind(run.id);
            QVERIFY(q.exec(u"reading") && q.next());
            first = {q.id(0), q.id(1), q.text(2), q.text(3), {}};
        }
        QVERIFY(imap.deliver(fixture(QStringLiteral("reply.eml"), first)));
        clock.advanceSecs(61);
        const auto replies = [&] { return ReplyRepository(ws.db(), t.tenantId).ofRun(run.id)->size(); };
        const auto saidAll = [&] {
            QStringList out;
            for (const auto &args : std::as_const(problems))
                out << args.at(0).toString();
            return out.join(u'\n');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(replies() == 1, qPrintable(saidAll()), 30000);

        // A mailbox that cannot be read is the dispatcher's problem, said once.
        QVERIFY(TenantService(ws.db(), t.admin)
                    .setMailbox(tenant, settings.arg(test::freeLoopbackPort()).arg(imap.certificate())));
        clock.advanceSecs(61);
        const auto said = [&] {
            int n = 0;
            for (const auto &args : std::as_const(problems))
                n += args.at(0).toString().contains(u"check host and port") ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(said(), 1, 30000);
        clock.advanceSecs(61);
        QTest::qWait(0);
        QCOMPARE(replies(), 1);
    }

    // What a wrong setting says: the password, the certificate, the port.
    void namesWhatFailed()
    {
        test::DovecotPeer imap;
        QVERIFY2(imap.isUp(), qPrintable(imap.errors()));
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Probe"));
        const QString tenant = TenantRepository(ws.db()).byId(t.tenantId)->name;
        const auto probe = [&](const QString &json, const QString &password) {
            Tenant saved = *TenantService(ws.db(), t.admin).setMailbox(tenant, json, {});
            Q_UNUSED(password);
            return InboundMailbox(ws.db(), saved, t.admin).probe(password);
        };
        const QString base = QStringLiteral(R"({"host":"127.0.0.1","port":%1,"tls":"%2","ca_file":"%3","user":"herald"%4})");
        const QString withCa = base.arg(imap.imapsPort()).arg(QStringLiteral("implicit"), imap.certificate(), QString());
        QVERIFY(probe(withCa, test::DovecotPeer::password()));
        QVERIFY(probe(base.arg(imap.imapPort()).arg(QStringLiteral("starttls"), imap.certificate(), QString()),
                      test::DovecotPeer::password()));
        const Status wrong = probe(withCa, QStringLiteral("wrong"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"check the user 'herald' and its password"),
                 qPrintable(wrong.error().message));
        const Status untrusted = probe(base.arg(imap.imapsPort()).arg(QStringLiteral("implicit"), QString(), QString()),
                                       test::DovecotPeer::password());
        QVERIFY(!untrusted);
        QVERIFY2(untrusted.error().message.contains(u"certificate"), qPrintable(untrusted.error().message));
        const Status closed = probe(base.arg(test::freeLoopbackPort()).arg(QStringLiteral("implicit"), imap.certificate(),
                                                                            QString()),
                                    test::DovecotPeer::password());
        QVERIFY(!closed);
        QVERIFY2(closed.error().message.contains(u"check host and port"), qPrintable(closed.error().message));
        // Settings are refused before anything is kept.
        QVERIFY(!TenantService(ws.db(), t.admin).setMailbox(tenant, QStringLiteral(R"({"host":"x","tls":"none"})")));
        QVERIFY(!TenantService(ws.db(), t.admin).setMailbox(tenant, QStringLiteral(R"({"host":"x","password":"p"})")));
        QVERIFY(!TenantService(ws.db(), t.admin)
                     .setMailbox(tenant, QStringLiteral(R"({"host":"x","bounce_address":"a+b@shop.example"})")));
    }

private:
    static QString statuses(test::TestWorkspace &ws, Id tenant, Id run)
    {
        SqlQuery q(ws.db().connection(), QStringLiteral("SELECT status, failure_reason, COUNT(*) FROM messages WHERE "
                                                        "tenant_id = ? AND run_id = ? GROUP BY status, failure_reason"));
        q.bind(tenant).bind(run);
        QString out;
        if (q.exec(u"counting"))
            while (q.next())
                out += q.text(0) + u' ' + q.text(1) + u": " + q.text(2) + u"; ";
        return out;
    }

    static int delivered(test::TestWorkspace &ws, Id tenant, Id run)
    {
        SqlQuery q(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE tenant_id = ? AND run_id = ? "
                                                        "AND status = 'Delivered'"));
        q.bind(tenant).bind(run);
        return q.exec(u"counting") && q.next() ? q.value(0).toInt() : -1;
    }

    static std::pair<QString, QString> stateOf(test::TestWorkspace &ws, Id tenant, Id message)
    {
        SqlQuery q(ws.db().connection(),
                   QStringLiteral("SELECT status, failure_reason FROM messages WHERE tenant_id = ? AND id = ?"));
        q.bind(tenant).bind(message);
        if (!q.exec(u"reading") || !q.next())
            return {};
        return {q.text(0), q.text(1)};
    }

    static QString optOutSource(test::TestWorkspace &ws, Id tenant, Id contact)
    {
        const auto all = *AudienceRepository(ws.db(), tenant).optOuts(std::pair{contact, std::optional(ChannelKind::Email)});
        return all.isEmpty() ? QString() : all.first().source;
    }
};

QTEST_MAIN(TestMailbox)
#include "tst_mailbox.moc"
