#include "audience/campaignaudience.h"
#include "audience/communications.h"
#include "dispatch/remarketing.h"
#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/replyrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

namespace {

QList<Id> queued(Database &db, Id run, ChannelKind kind)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT contact_id FROM messages WHERE run_id = ? AND channel = ? ORDER BY contact_id"));
    q.bind(run).bind(nameOf(kind));
    QList<Id> out;
    if (!q.exec(u"reading").ok())
        return out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

} // namespace

// A campaign on email, SMS and phone whose one live run ended with a result of every
// kind, then stopped: contact k is `c(k)`.
class TestRemarketing final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestWorkspace> m_ws;
    test::TestWorkspace::TenantFixture m_t;
    Id m_campaign = 0;
    QString m_ref;
    Run m_run;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};

    Id c(int k) const { return m_t.ids.value(QStringLiteral("contact:first")) + k; }
    void setStatus(ChannelKind kind, int k, const char *status, bool retriesUsedUp = false)
    {
        m_ws->exec(QStringLiteral("UPDATE messages SET status = ?, retries_used_up = ? WHERE run_id = ? AND channel = ? AND contact_id = ?"),
             {QString::fromLatin1(status), retriesUsedUp ? 1 : 0, m_run.id, nameOf(kind), c(k)});
    }
    Remarketing remarketing(const User *user = nullptr) { return Remarketing(m_ws->db(), m_t.tenantId, user ? *user : m_t.manager, m_clock); }

private slots:
    void init()
    {
        m_ws = std::make_unique<test::TestWorkspace>();
        m_t = m_ws->addTenant(QStringLiteral("A"));
        m_campaign = m_ws->create(m_t, m_ws->readyCampaign(m_t, {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone}));
        m_ref = QString::number(m_campaign);
        m_run = m_ws->startRun(m_t, m_campaign, m_clock);
        // Everyone queued is reached, then the exceptions (contact 1 is opted out, 9 and
        // 19 have no email, 4, 9, 14 and 19 no phone).
        m_ws->exec(QStringLiteral("UPDATE messages SET status = 'Delivered' WHERE run_id = ? AND channel <> 'phone'"), {m_run.id});
        m_ws->exec(QStringLiteral("UPDATE messages SET status = 'Completed' WHERE run_id = ? AND channel = 'phone'"), {m_run.id});
        setStatus(ChannelKind::Email, 2, "Failed", true); // retries used up: retried
        setStatus(ChannelKind::Email, 3, "Failed");       // a permanent bounce: not retried
        setStatus(ChannelKind::Email, 5, "Cancelled");    // stopped before sending: not a failure
        setStatus(ChannelKind::Sms, 2, "Timed Out");      // may have been sent: never again
        setStatus(ChannelKind::Sms, 6, "Failed", true);
        setStatus(ChannelKind::Phone, 7, "No Answer");
        setStatus(ChannelKind::Phone, 8, "Busy");
        setStatus(ChannelKind::Phone, 10, "Failed", true);
        Reply reply;
        reply.channel = ChannelKind::Sms;
        reply.fromAddress = QStringLiteral("+447700900010"); // contact 0
        reply.body = QStringLiteral("Thanks!");
        QVERIFY(ReplyRepository(m_ws->db(), m_t.tenantId).store(reply).ok());
        auto stopped = RunService(m_ws->db(), m_t.tenantId, m_t.manager, m_clock).command(m_ref, RunService::Command::Stop);
        QVERIFY(stopped.ok());
        QCOMPARE(CampaignService(m_ws->db(), m_t.tenantId, m_t.manager).overview(m_ref)->status, CampaignStatus::Stopped);
    }

    void targets()
    {
        Remarketing r = remarketing();
        Remarketing::Request req;
        req.campaign = m_ref;
        req.target = Remarketing::Target::Failed;
        // Across channels: every one of them was reached on another channel.
        QVERIFY(r.contacts(req)->isEmpty());
        req.from = ChannelKind::Email;
        QCOMPARE(*r.contacts(req), (QList<Id>{c(2), c(3)}));
        req.from = ChannelKind::Sms;
        QCOMPARE(*r.contacts(req), (QList<Id>{c(2), c(6)}));

        req.from.reset();
        req.target = Remarketing::Target::NoAnswer;
        QCOMPARE(*r.contacts(req), (QList<Id>{c(7), c(8)}));
        req.from = ChannelKind::Email;
        QVERIFY(!r.contacts(req).ok()); // emails are not answered

        req.from = ChannelKind::Sms;
        req.target = Remarketing::Target::NoReply;
        const QList<Id> noReply = *r.contacts(req);
        QVERIFY(!noReply.contains(c(0)));                            // replied
        QVERIFY(!noReply.contains(c(2)) && !noReply.contains(c(6))); // never reached
        QVERIFY(!noReply.contains(c(1)));                            // opted out: never queued
        QCOMPARE(noReply.size(), 16 - 1 - 2 - 1);                    // 16 with a phone, less 1, 2-6 and 0

        // Hand-picked: only contacts the campaign had a message for; another tenant's
        // contact is nobody here.
        const auto other = m_ws->addTenant(QStringLiteral("B"));
        req.from.reset();
        req.target = Remarketing::Target::Selected;
        req.contacts = {c(4), c(1), other.ids.value(QStringLiteral("contact:first"))};
        QCOMPARE(*r.contacts(req), QList<Id>{c(4)});
    }

    // Remarketing makes a Draft that reaches exactly the chosen contacts and none of those
    // who the message already reached.
    void remarketCreatesAFollowUp()
    {
        Remarketing::Request req;
        req.campaign = m_ref;
        req.target = Remarketing::Target::Failed;
        req.from = ChannelKind::Email;
        req.channels = {ChannelKind::Sms};
        req.name = QStringLiteral("Bounced: try SMS");
        auto id = remarketing().remarket(req);
        QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
        CampaignService campaigns(m_ws->db(), m_t.tenantId, m_t.manager);
        const CampaignOverview o = *campaigns.overview(QString::number(*id));
        QCOMPARE(o.status, CampaignStatus::Draft);
        QCOMPARE(o.campaign.name, QStringLiteral("Bounced: try SMS"));
        QVERIFY(!o.campaign.activated && !o.campaign.approvalCurrent());
        QCOMPARE(o.campaign.channels.size(), 1);
        QCOMPARE(o.campaign.channels.first().kind, ChannelKind::Sms);
        QVERIFY(o.campaign.channels.first().templateId); // the source's SMS content
        QVERIFY(o.campaign.sendToSegments.isEmpty() && o.campaign.oneTimeRules.isEmpty());
        QCOMPARE(*AudienceRepository(m_ws->db(), m_t.tenantId).listMembers(*o.campaign.contactListId),
                 (QList<Id>{c(2), c(3)}));
        const auto preview = *previewAudience(m_ws->db(), m_t.tenantId, o.campaign);
        QCOMPARE(preview.first().count, 2);

        // Nobody matching is refused, and so is a campaign still running or a viewer.
        req.target = Remarketing::Target::Selected;
        req.contacts = {c(1)};
        QVERIFY(!remarketing().remarket(req).ok());
        auto viewer = remarketing(&m_t.viewer).remarket(req);
        QCOMPARE(viewer.error().kind, Error::Kind::Refused);
        req.campaign = QString::number(*id);
        req.target = Remarketing::Target::Failed;
        QVERIFY(remarketing().remarket(req).error().message.contains(u"Draft"));
    }

    // Retry failed: a new live run to exactly those whose message failed after its retries,
    // then never again once it reached them.
    void retryFailedSendsOnlyTransientFailures()
    {
        Remarketing r = remarketing();
        const auto recipients = *r.retryRecipients(m_ref);
        QCOMPARE(recipients.size(), 3);
        QCOMPARE(recipients.at(0), (std::pair{ChannelKind::Email, QList<Id>{c(2)}}));
        QCOMPARE(recipients.at(1), (std::pair{ChannelKind::Sms, QList<Id>{c(6)}}));
        QCOMPARE(recipients.at(2), (std::pair{ChannelKind::Phone, QList<Id>{c(10)}}));

        QVERIFY(!r.retryFailed(m_ref, false).ok()); // the disclaimer first
        auto run = r.retryFailed(m_ref, true);
        QVERIFY2(run.ok(), run ? "" : qPrintable(run.error().message));
        QCOMPARE(run->channels.size(), 3);
        QVERIFY(run->configuration.contains(u"\"retry_of_failed\":true"));
        QCOMPARE(queued(m_ws->db(), run->id, ChannelKind::Email), QList<Id>{c(2)});
        QCOMPARE(queued(m_ws->db(), run->id, ChannelKind::Sms), QList<Id>{c(6)});
        QCOMPARE(queued(m_ws->db(), run->id, ChannelKind::Phone), QList<Id>{c(10)});
        // While it runs, no second retry.
        QVERIFY(!r.retryFailed(m_ref, true).ok());

        // The retry reached contact 2 by email; SMS failed again the same way; the call
        // was refused for good.
        m_ws->exec(QStringLiteral("UPDATE messages SET status = 'Delivered' WHERE run_id = ? AND channel = 'email'"), {run->id});
        m_ws->exec(QStringLiteral("UPDATE messages SET status = 'Failed', retries_used_up = 1 WHERE run_id = ? AND channel = 'sms'"), {run->id});
        m_ws->exec(QStringLiteral("UPDATE messages SET status = 'Failed' WHERE run_id = ? AND channel = 'phone'"), {run->id});
        QVERIFY(RunService(m_ws->db(), m_t.tenantId, m_t.manager, m_clock).command(m_ref, RunService::Command::Stop).ok());
        const auto again = *r.retryRecipients(m_ref);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first(), (std::pair{ChannelKind::Sms, QList<Id>{c(6)}}));

        QVERIFY(AudienceRepository(m_ws->db(), m_t.tenantId)
                    .addOptOut({0, m_t.tenantId, c(6), ChannelKind::Sms, QStringLiteral("manual"), {}, {}})
                    .ok());
        QVERIFY(r.retryRecipients(m_ref)->isEmpty()); // opted out since
        QVERIFY(r.retryFailed(m_ref, true).error().message.contains(u"nobody to send to again"));
    }

    void retryRefusedBeforeTheCampaignEnded()
    {
        const Id draft = m_ws->create(m_t, m_ws->readyCampaign(m_t, {ChannelKind::Email}, QStringLiteral("Fresh")));
        auto refused = remarketing().retryFailed(QString::number(draft), true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"only a campaign that has ended"), qPrintable(refused.error().message));
    }

    // A contact's communications across campaigns, and a campaign's replies and opt-outs.
    void communications()
    {
        const QString shortId = CampaignRepository(m_ws->db(), m_t.tenantId).get(m_campaign)->shortId;
        QVERIFY(AudienceRepository(m_ws->db(), m_t.tenantId)
                    .addOptOut({0, m_t.tenantId, c(3), ChannelKind::Sms, QStringLiteral("reply keyword"), {}, m_run.id})
                    .ok());
        const auto ofZero = *Communications::ofContact(m_ws->db(), m_t.tenantId, c(0));
        QCOMPARE(ofZero.size(), 4); // email, SMS and call, and the reply
        int messages = 0, replies = 0;
        for (const Communication &x : ofZero) {
            QCOMPARE(x.contactId, c(0));
            QCOMPARE(x.campaignShortId, shortId);
            QCOMPARE(x.runId, std::optional<Id>(m_run.id));
            messages += x.kind == Communication::Kind::Message;
            if (x.kind == Communication::Kind::Reply) {
                ++replies;
                QCOMPARE(x.text, QStringLiteral("Thanks!"));
                QCOMPARE(x.channel, std::optional<ChannelKind>(ChannelKind::Sms));
            }
        }
        QCOMPARE(messages, 3);
        QCOMPARE(replies, 1);
        for (qsizetype i = 1; i < ofZero.size(); ++i)
            QVERIFY(ofZero.at(i - 1).at >= ofZero.at(i).at); // newest first

        // Contact 1 is opted out of everything (not tied to a campaign) and was never sent to.
        const auto ofOne = *Communications::ofContact(m_ws->db(), m_t.tenantId, c(1));
        QCOMPARE(ofOne.size(), 1);
        QCOMPARE(ofOne.first().kind, Communication::Kind::OptOut);
        QVERIFY(!ofOne.first().channel);
        QVERIFY(ofOne.first().campaignShortId.isEmpty());

        const auto ofCampaign = *Communications::ofCampaign(m_ws->db(), m_t.tenantId, m_campaign);
        QCOMPARE(ofCampaign.size(), 2); // contact 0's reply, contact 3's STOP
        QSet<Id> who;
        for (const Communication &x : ofCampaign)
            who.insert(x.contactId);
        QCOMPARE(who, (QSet<Id>{c(0), c(3)}));
        QVERIFY(Communications::ofCampaign(m_ws->db(), m_t.tenantId, m_campaign + 1000)->isEmpty());
    }

    void contactSearchAndTags()
    {
        AudienceRepository audience(m_ws->db(), m_t.tenantId);
        QCOMPARE(audience.findContacts(QString())->size(), 20);
        QCOMPARE(audience.findContacts(QStringLiteral("contact1"))->size(), 11); // 1, 10-19, any case
        QCOMPARE(audience.findContacts(QStringLiteral("+44770090001"))->size(), 8); // 0-9, less 4 and 9 (no phone)
        QCOMPARE(audience.findContacts(QStringLiteral("%"))->size(), 0); // a literal percent sign
        QCOMPARE(audience.findContacts(QString(), c(17))->size(), 2);
        QVERIFY(audience.setTags(c(7), {QStringLiteral(" gold "), QStringLiteral("GOLD"), QStringLiteral("north")}).ok());
        QCOMPARE(audience.contactsByIds({c(7)})->first().tags, (QStringList{QStringLiteral("gold"), QStringLiteral("north")}));
        QCOMPARE(audience.findContacts(QStringLiteral("north"))->size(), 1);
        QCOMPARE(*audience.listsOf(c(7)), QStringList{QStringLiteral("Customers")});
        const auto other = m_ws->addTenant(QStringLiteral("B"));
        QCOMPARE(AudienceRepository(m_ws->db(), other.tenantId).setTags(c(7), {}).error().kind, Error::Kind::NotFound);
    }

    void targetNames()
    {
        for (auto t : {Remarketing::Target::Failed, Remarketing::Target::NoReply, Remarketing::Target::NoAnswer,
                       Remarketing::Target::Selected})
            QCOMPARE(Remarketing::targetFromName(Remarketing::targetName(t)), std::optional(t));
        QVERIFY(!Remarketing::targetFromName(QStringLiteral("everyone")));
    }
};

QTEST_GUILESS_MAIN(TestRemarketing)
#include "tst_remarketing.moc"
