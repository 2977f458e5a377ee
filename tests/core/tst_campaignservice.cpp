#include "storage/senderrepository.h"
#include "content/contenthash.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflight.h"
#include "dispatch/runservice.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCryptographicHash>
#include <QTest>

#include <functional>

using namespace herald;

// Status derivation and campaign operations against a real workspace.
class TestCampaignService final : public QObject
{
    Q_OBJECT

    static Id liveRun(test::TestWorkspace &ws, const test::TestWorkspace::TenantFixture &t, Id campaign,
                      QList<std::pair<ChannelKind, ChannelStatus>> channels)
    {
        Run r;
        r.campaignId = campaign;
        for (const auto &[kind, status] : channels)
            r.channels.append({0, kind, status, {}, {}, {}, {}});
        return *RunRepository(ws.db(), t.tenantId).create(r);
    }

    static QStringList codesOf(const QList<Finding> &findings)
    {
        QStringList out;
        for (const Finding &f : findings)
            out << f.code;
        return out;
    }

    static CampaignStatus statusOf(CampaignService &s, Id id)
    {
        auto o = s.overview(QString::number(id));
        if (!o)
            qFatal("%s", qPrintable(o.error().message));
        return o->status;
    }

private slots:
    void statusFollowsChannels()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}));
        QCOMPARE(statusOf(service, id), CampaignStatus::Ready);

        const Id run = liveRun(ws, t, id, {{ChannelKind::Email, ChannelStatus::Running}, {ChannelKind::Sms, ChannelStatus::Ready}});
        QCOMPARE(statusOf(service, id), CampaignStatus::Running);
        RunRepository runs(ws.db(), t.tenantId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(runs.setChannelStatus(run, ChannelKind::Email, ChannelStatus::Paused, now).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Paused);
        QVERIFY(runs.setChannelStatus(run, ChannelKind::Email, ChannelStatus::Stopped, now).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Paused); // the held SMS channel still waits
        QVERIFY(runs.setChannelStatus(run, ChannelKind::Sms, ChannelStatus::Stopped, now).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Stopped);
        QCOMPARE(runs.get(run)->channels.first().finishedAt.isValid(), true);

        const Id other = ws.create(t, ws.readyCampaign(t, {ChannelKind::Phone}, QStringLiteral("Calls")));
        liveRun(ws, t, other, {{ChannelKind::Phone, ChannelStatus::Completed}});
        QCOMPARE(statusOf(service, other), CampaignStatus::Completed);
    }

    void draftUntilActivatedAndApproved()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
        c.activated = false;
        c.approvedRevision = 0;
        const Id id = ws.create(t, c);
        CampaignService manager(ws.db(), t.tenantId, t.manager);
        QCOMPARE(statusOf(manager, id), CampaignStatus::Draft);
        QVERIFY(manager.activate(QString::number(id)).ok());
        QCOMPARE(statusOf(manager, id), CampaignStatus::Draft); // approval still missing
        QCOMPARE(manager.approve(QString::number(id)).error().kind, Error::Kind::Refused); // managers do not approve
        CampaignService reviewer(ws.db(), t.tenantId, t.reviewer);
        QVERIFY(reviewer.approve(QString::number(id)).ok());
        QCOMPARE(statusOf(manager, id), CampaignStatus::Ready);
        // The status does not depend on who looks: a viewer sees Ready too.
        CampaignService viewer(ws.db(), t.tenantId, t.viewer);
        QCOMPARE(statusOf(viewer, id), CampaignStatus::Ready);
    }

    void busyChannelDoesNotChangeStatus()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id running = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}, QStringLiteral("Running SMS")));
        liveRun(ws, t, running, {{ChannelKind::Sms, ChannelStatus::Running}});
        const Id second = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}, QStringLiteral("Second SMS")));
        const Id email = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Email")));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        QCOMPARE(statusOf(service, second), CampaignStatus::Ready);
        auto findings = service.preflight(QString::number(second), RunKind::Live);
        QVERIFY(std::any_of(findings->begin(), findings->end(), [](const Finding &f) { return f.code == QLatin1StringView("channel.busy"); }));
        auto emailFindings = service.preflight(QString::number(email), RunKind::Live);
        QVERIFY2(emailFindings->isEmpty(), "email and SMS run side by side");
    }

    void failedStartKeepsReasons()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Sms});
        c.goalId.reset();
        const Id id = ws.create(t, c);
        CampaignService service(ws.db(), t.tenantId, t.manager);
        auto findings = service.preflight(QString::number(id), RunKind::Live);
        QVERIFY(Preflight::hasBlockers(*findings));
        c.id = id;
        QVERIFY(service.recordFailedStart(c, *findings, RunTrigger::Schedule).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Failed);
        auto runs = service.runs(id);
        QCOMPARE(runs->size(), 1);
        QVERIFY(runs->first().failedToStart());
        QCOMPARE(runs->first().channels.first().status, ChannelStatus::Failed);
        auto json = CampaignDocument(ws.db(), t.tenantId).toJson(*service.overview(QString::number(id)), *runs);
        const QJsonObject reasons = json->value(QLatin1StringView("runs")).toArray().first().toObject()
                                        .value(QLatin1StringView("failure_reasons")).toObject();
        QVERIFY(reasons.contains(QLatin1StringView("Plan")));
        QCOMPARE(reasons.value(QLatin1StringView("Plan")).toArray().first().toObject().value(QLatin1StringView("code")).toString(),
                 QStringLiteral("goal.missing"));
    }

    void listFilters()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id email = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Spring email")));
        const Id sms = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}, QStringLiteral("Autumn sms")));
        liveRun(ws, t, sms, {{ChannelKind::Sms, ChannelStatus::Completed}});
        CampaignService service(ws.db(), t.tenantId, t.manager);
        QVERIFY(service.archive(QString::number(sms)).ok());
        CampaignService::Filter f;
        QCOMPARE(service.list(f)->size(), 2);
        f.archived = CampaignService::Filter::Archived::Exclude;
        QCOMPARE(service.list(f)->size(), 1);
        f.archived = CampaignService::Filter::Archived::Only;
        QCOMPARE(service.list(f)->first().campaign.id, sms);
        f = {};
        f.channel = ChannelKind::Email;
        QCOMPARE(service.list(f)->first().campaign.id, email);
        f = {};
        f.search = QStringLiteral("SPRING");
        QCOMPARE(service.list(f)->size(), 1);
        f.search = service.overview(QString::number(sms))->campaign.shortId.toLower();
        QCOMPARE(service.list(f)->first().campaign.id, sms);
        f = {};
        f.status = CampaignStatus::Archived;
        f.archived = CampaignService::Filter::Archived::Exclude;
        QCOMPARE(service.list(f)->size(), 1); // the Archived filter always shows archived campaigns
    }

    void operationsFollowRules()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        const QString ref = QString::number(id);
        QCOMPARE(service.archive(ref).error().kind, Error::Kind::Refused); // Ready cannot be archived
        const Id run = liveRun(ws, t, id, {{ChannelKind::Email, ChannelStatus::Running}});
        QCOMPARE(service.remove(ref).error().kind, Error::Kind::Refused); // Running cannot be deleted
        QVERIFY(RunRepository(ws.db(), t.tenantId).setChannelStatus(run, ChannelKind::Email, ChannelStatus::Completed,
                                                                   QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(service.activate(ref).ok(), true); // already activated: nothing to do
        auto clone = service.clone(ref);
        QVERIFY(clone.ok());
        QVERIFY(clone->campaign.shortId != service.overview(ref)->campaign.shortId);
        QCOMPARE(clone->status, CampaignStatus::Draft); // a clone is neither activated nor approved
        QVERIFY(clone->campaign.name.endsWith(QLatin1StringView("(copy)")));
        QVERIFY(service.archive(ref).ok());
        QCOMPARE(service.archive(ref).error().kind, Error::Kind::Refused);
        QVERIFY(service.remove(ref).ok());
        QCOMPARE(service.overview(ref).error().kind, Error::Kind::NotFound);
        QVERIFY(RunRepository(ws.db(), t.tenantId).forCampaign(id)->isEmpty());

        CampaignService viewer(ws.db(), t.tenantId, t.viewer);
        QCOMPARE(viewer.clone(clone->campaign.shortId).error().kind, Error::Kind::Refused);
        QCOMPARE(viewer.remove(clone->campaign.shortId).error().kind, Error::Kind::Refused);
    }

    // The builder's save: configuration and content are checked separately against the
    // status, a content change voids the approval, and what an edit cannot touch stays.
    void updateFollowsEditRules()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        const QString ref = QString::number(id);
        const Campaign stored = service.overview(ref)->campaign;

        Campaign edited = stored;
        edited.description = QStringLiteral("New words");
        edited.shortId = QStringLiteral("C-HIJACK"); // not editable: kept
        edited.approvedRevision = 99;                // not editable: kept
        auto saved = service.update(edited);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->campaign.description, QStringLiteral("New words"));
        QCOMPARE(saved->campaign.shortId, stored.shortId);
        QCOMPARE(saved->campaign.contentRevision, stored.contentRevision); // configuration only
        QCOMPARE(saved->status, CampaignStatus::Ready);                    // approval still current

        edited = saved->campaign;
        edited.channels[0].messageText = QStringLiteral("Changed text, reply STOP to opt out");
        edited.channels[0].templateId.reset();
        saved = service.update(edited);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->campaign.contentRevision, stored.contentRevision + 1);
        QVERIFY(!saved->campaign.approvalCurrent());
        QCOMPARE(saved->status, CampaignStatus::Draft); // needs the reviewer again
        QVERIFY(service.update(saved->campaign).ok());   // nothing changed: nothing bumped
        QCOMPARE(service.overview(ref)->campaign.contentRevision, stored.contentRevision + 1);

        edited = saved->campaign;
        edited.name = QStringLiteral("  ");
        QCOMPARE(service.update(edited).error().kind, Error::Kind::Usage);

        // Paused: content may change, configuration may not.
        const Id run = liveRun(ws, t, id, {{ChannelKind::Sms, ChannelStatus::Paused}});
        edited = service.overview(ref)->campaign;
        edited.ttlMinutes = 30;
        auto refused = service.update(edited);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(stored.shortId));
        edited = service.overview(ref)->campaign;
        edited.channels[0].messageText = QStringLiteral("Paused edit, reply STOP to opt out");
        QVERIFY(service.update(edited).ok());

        // Completed: nothing.
        QVERIFY(RunRepository(ws.db(), t.tenantId).setChannelStatus(run, ChannelKind::Sms, ChannelStatus::Completed,
                                                                   QDateTime::currentDateTimeUtc()).ok());
        edited = service.overview(ref)->campaign;
        edited.channels[0].messageText = QStringLiteral("Too late");
        QCOMPARE(service.update(edited).error().kind, Error::Kind::Refused);

        CampaignService viewer(ws.db(), t.tenantId, t.viewer);
        QCOMPARE(viewer.update(edited).error().kind, Error::Kind::Refused);
    }

    // The approval is bound to the content hash: every kind of content edit makes it
    // stale, putting the edit back makes it current again.
    void approvalStaleOnEveryContentEdit()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign draft = ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms});
        draft.approvedAt = {};
        draft.approvedContentHash.clear();
        const Id id = ws.create(t, draft);
        const QString ref = QString::number(id);
        CampaignService manager(ws.db(), t.tenantId, t.manager);
        CampaignService reviewer(ws.db(), t.tenantId, t.reviewer);
        ContentRepository content(ws.db(), t.tenantId);
        auto stale = [&] {
            return codesOf(*manager.preflight(ref, RunKind::Live)).contains(QStringLiteral("reviewer.stale"));
        };
        QVERIFY(stale());
        QVERIFY(reviewer.approve(ref, QStringLiteral("Looks good")).ok());
        QVERIFY(!stale());
        QVERIFY(manager.overview(ref)->campaign.approvalCurrent());

        // A template it uses: each of its parts; back as it was restores the approval.
        const MessageTemplate original = *content.messageTemplate(t.ids.value(QStringLiteral("template:email")));
        const auto file = [](const QByteArray &data) {
            return Attachment{QStringLiteral("terms.txt"), QStringLiteral("text/plain"),
                              QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                              data.size(), data};
        };
        const auto templateEdits = std::initializer_list<std::function<void(MessageTemplate &)>>{
            [](MessageTemplate &m) { m.subject = QStringLiteral("Hello again"); },
            [](MessageTemplate &m) { m.body += QStringLiteral(" P.S."); },
            [](MessageTemplate &m) { m.preheader = QStringLiteral("A preview line"); },
            [](MessageTemplate &m) { m.textBody = QStringLiteral("The plain words"); },
            [](MessageTemplate &m) { m.fromName = QStringLiteral("The Spring Team"); },
            [&](MessageTemplate &m) { m.attachments = {file("v1")}; },
        };
        for (const auto &change : templateEdits) {
            MessageTemplate edited = original;
            change(edited);
            QVERIFY(content.updateTemplate(edited).ok());
            QVERIFY(stale());
            QCOMPARE(manager.overview(ref)->status, CampaignStatus::Draft);
            QVERIFY(content.updateTemplate(original).ok());
            QVERIFY(!stale());
        }
        // The same file name with other content is another attachment.
        MessageTemplate attached = original;
        attached.attachments = {file("v1")};
        QVERIFY(content.updateTemplate(attached).ok());
        QVERIFY(reviewer.approve(ref).ok());
        attached.attachments = {file("v2")};
        QVERIFY(content.updateTemplate(attached).ok());
        QVERIFY(stale());
        attached.attachments = {file("v1")};
        QVERIFY(content.updateTemplate(attached).ok());
        QVERIFY(!stale());
        QVERIFY(content.updateTemplate(original).ok());
        QVERIFY(reviewer.approve(ref).ok());

        // The campaign's own content: text, a template switched, a channel added.
        const Campaign approved = manager.overview(ref)->campaign;
        const auto edits = std::initializer_list<std::function<void(Campaign &)>>{
            [](Campaign &c) { c.channels[1].messageText = QStringLiteral("Extra words, reply STOP to opt out"); },
            [&](Campaign &c) { c.channels[1].templateId = t.ids.value(QStringLiteral("template:email")); },
            [&](Campaign &c) {
                CampaignChannel phone;
                phone.kind = ChannelKind::Phone;
                phone.messageText = QStringLiteral("Hello, this is Herald calling.");
                phone.senderId = t.ids.value(QStringLiteral("sender:phone"));
                c.channels.append(phone);
            },
        };
        for (const auto &change : edits) {
            Campaign edited = manager.overview(ref)->campaign;
            change(edited);
            auto saved = manager.update(edited);
            QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
            QVERIFY(!saved->campaign.approvalCurrent());
            QVERIFY(stale());
            QVERIFY(reviewer.approve(ref).ok());
            QVERIFY(!stale());
        }
        QVERIFY(manager.overview(ref)->campaign.approvedContentHash != approved.approvedContentHash);
    }

    // Content without the email-only parts hashes as before they existed: approvals given
    // before an upgrade stay current.
    void contentHashOfPlainContentUnchanged()
    {
        const QByteArray before = QCryptographicHash::hash("5:email2:Hi4:Body0:", QCryptographicHash::Sha256).toHex();
        ChannelContent plain{ChannelKind::Email, QStringLiteral("Hi"), QStringLiteral("Body"), {}, {}, {}, {}, {}};
        QCOMPARE(ContentHash::of({plain}), QString::fromLatin1(before));
        plain.attachments = QStringLiteral("[]");
        QCOMPARE(ContentHash::of({plain}), QString::fromLatin1(before));
        plain.preheader = QStringLiteral("x");
        QVERIFY(ContentHash::of({plain}) != QString::fromLatin1(before));
    }

    // "Save as template": one template per channel with its content, all or nothing.
    void saveAsTemplates()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms});
        c.channels[1].templateId.reset();
        c.channels[1].messageText = QStringLiteral("Hi {{first_name}}, it's on. Reply STOP to opt out");
        c.name = QStringLiteral("Spring");
        ContentRepository content(ws.db(), t.tenantId);
        const QList<Id> ids = *content.saveAsTemplates(c, QStringLiteral("Spring 2027"));
        QCOMPARE(ids.size(), 2);
        const MessageTemplate email = *content.messageTemplate(ids.at(0));
        const MessageTemplate source = *content.messageTemplate(t.ids.value(QStringLiteral("template:email")));
        QCOMPARE(email.name, QStringLiteral("Spring 2027 (Email)"));
        QCOMPARE(email.kind, ChannelKind::Email);
        QCOMPARE(email.subject, source.subject);
        QCOMPARE(email.body, source.body);
        const MessageTemplate sms = *content.messageTemplate(ids.at(1));
        QCOMPARE(sms.name, QStringLiteral("Spring 2027 (SMS)"));
        QCOMPARE(sms.body, c.channels[1].messageText);

        const qsizetype before = content.templates()->size();
        c.channels.swapItemsAt(0, 1); // SMS first: it would be saved before the email clashes
        auto clash = content.saveAsTemplates(c, QStringLiteral("Spring 2027"));
        QCOMPARE(clash.error().kind, Error::Kind::Refused);
        QVERIFY(clash.error().message.contains(u"already exists"));
        QCOMPARE(content.templates()->size(), before); // nothing half-saved
        QCOMPARE(content.saveAsTemplates(c, QStringLiteral("  ")).error().kind, Error::Kind::Usage);
    }

    // Paused: a content edit (of the campaign or of its template) blocks Resume until the
    // reviewer approves again.
    void pausedEditBlocksResume()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}));
        const QString ref = QString::number(id);
        ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        ws.startRun(t, id, clock);
        RunService runs(ws.db(), t.tenantId, t.manager, clock);
        CampaignService manager(ws.db(), t.tenantId, t.manager);
        CampaignService reviewer(ws.db(), t.tenantId, t.reviewer);
        for (int kind = 0; kind < 2; ++kind) {
            QVERIFY(runs.command(ref, RunService::Command::Pause).ok());
            if (kind == 0) {
                Campaign edited = manager.overview(ref)->campaign;
                edited.channels[0].messageText = QStringLiteral("Paused edit %1, reply STOP").arg(kind);
                QVERIFY(manager.update(edited).ok());
            } else {
                ContentRepository content(ws.db(), t.tenantId);
                MessageTemplate sms = *content.messageTemplate(t.ids.value(QStringLiteral("template:sms")));
                sms.body += QStringLiteral(" (changed while paused)");
                QVERIFY(content.updateTemplate(sms).ok());
            }
            auto refused = runs.command(ref, RunService::Command::Resume);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"reviewer must approve"), qPrintable(refused.error().message));
            QCOMPARE(manager.overview(ref)->status, CampaignStatus::Paused);
            QVERIFY(reviewer.approve(ref).ok());
            QVERIFY(runs.command(ref, RunService::Command::Resume).ok());
        }
    }

    // "Start the phone channel today, hold SMS until later": the held channel stays Ready
    // in the same live run, keeps the campaign active (never Completed while it waits),
    // and starts later with its own preflight and disclaimer, recorded on the channel.
    void heldChannelStartsLaterIntoTheSameRun()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Phone, ChannelKind::Sms}));
        const QString ref = QString::number(id);
        ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        RunService runs(ws.db(), t.tenantId, t.manager, clock);
        CampaignService service(ws.db(), t.tenantId, t.manager);
        RunRepository repo(ws.db(), t.tenantId);
        MessageRepository messages(ws.db(), t.tenantId);

        RunService::StartOptions phone;
        phone.only = ChannelKind::Phone;
        phone.disclaimerAccepted = true;
        auto first = runs.start(ref, phone);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->channels.size(), 2);
        QCOMPARE(repo.get(first->id)->channels.at(1).status, ChannelStatus::Ready);
        QCOMPARE(statusOf(service, id), CampaignStatus::Running);
        const qint64 phoneMessages = messages.counts(first->id)->value(ChannelKind::Phone).value(MessageStatus::Queued);
        QVERIFY(phoneMessages > 0);
        QVERIFY(!messages.counts(first->id)->contains(ChannelKind::Sms));

        // Starting "the campaign" again while it runs is still refused, naming the held channel.
        RunService::StartOptions everything;
        everything.disclaimerAccepted = true;
        auto again = runs.start(ref, everything);
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QVERIFY2(again.error().message.contains(u"held SMS channel"), qPrintable(again.error().message));
        auto phoneAgain = runs.start(ref, phone);
        QCOMPARE(phoneAgain.error().kind, Error::Kind::Refused);
        QVERIFY2(phoneAgain.error().message.contains(u"Phone channel of") && phoneAgain.error().message.contains(u"Running"),
                 qPrintable(phoneAgain.error().message));

        // The phone channel works through its list: the campaign waits for SMS, it is not Completed.
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Completed' WHERE run_id = ?"), {first->id});
        QVERIFY(repo.setChannelStatus(first->id, ChannelKind::Phone, ChannelStatus::Completed, clock.now()).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Paused);
        QVERIFY(!repo.get(first->id)->finishedAt.isValid());

        // SMS a day later, by someone else: its own disclaimer, without it nothing is sent.
        clock.advanceSecs(24 * 3600);
        RunService admin(ws.db(), t.tenantId, t.admin, clock);
        RunService::StartOptions sms;
        sms.only = ChannelKind::Sms;
        QCOMPARE(admin.start(ref, sms).error().kind, Error::Kind::Refused);
        QVERIFY(!messages.counts(first->id)->contains(ChannelKind::Sms));
        sms.disclaimerAccepted = true;
        auto second = admin.start(ref, sms);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QCOMPARE(second->id, first->id); // the same live run
        QCOMPARE(service.runs(id)->size(), 1);
        const Run stored = *repo.get(first->id);
        QCOMPARE(stored.channels.at(0).startedBy, std::optional(t.manager.id));
        QCOMPARE(stored.channels.at(1).status, ChannelStatus::Running);
        QCOMPARE(stored.channels.at(1).startedBy, std::optional(t.admin.id));
        QCOMPARE(stored.channels.at(1).disclaimerAcceptedAt, clock.now());
        QCOMPARE(stored.channels.at(1).startedAt, clock.now());
        const QJsonArray frozen = QJsonDocument::fromJson(stored.configuration.toUtf8())
                                      .object().value(QLatin1StringView("frozen_channels")).toArray();
        QCOMPARE(frozen.size(), 2);
        QCOMPARE(frozen.at(1).toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("sms"));
        QVERIFY(messages.counts(first->id)->value(ChannelKind::Sms).value(MessageStatus::Queued) > 0);
        QCOMPARE(messages.counts(first->id)->value(ChannelKind::Phone).value(MessageStatus::Completed), phoneMessages);
        QCOMPARE(statusOf(service, id), CampaignStatus::Running);
        QCOMPARE(admin.start(ref, sms).error().kind, Error::Kind::Refused); // started once

        // Stopping the campaign ends it; a held channel may also be stopped without starting.
        QVERIFY(runs.command(ref, RunService::Command::Stop).ok());
        QCOMPARE(statusOf(service, id), CampaignStatus::Stopped);
        const Id other = ws.create(t, ws.readyCampaign(t, {ChannelKind::Phone, ChannelKind::Email}, QStringLiteral("Two")));
        auto held = runs.start(QString::number(other), phone);
        QVERIFY(held.ok());
        auto stopped = runs.command(QString::number(other), RunService::Command::Stop, ChannelKind::Email);
        QVERIFY2(stopped.ok(), stopped.ok() ? "" : qPrintable(stopped.error().message));
        QCOMPARE(repo.get(held->id)->channels.at(1).status, ChannelStatus::Stopped);
        QCOMPARE(statusOf(service, other), CampaignStatus::Running); // phone goes on
    }

    // Approvals, rejections and comments are kept, with who and which content.
    void reviewHistory()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id id = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        const QString ref = QString::number(id);
        CampaignService manager(ws.db(), t.tenantId, t.manager);
        CampaignService reviewer(ws.db(), t.tenantId, t.reviewer);
        CampaignService viewer(ws.db(), t.tenantId, t.viewer);
        QVERIFY(reviewer.approve(ref).ok());
        QCOMPARE(manager.approve(ref).error().kind, Error::Kind::Refused);
        QCOMPARE(manager.reject(ref, QStringLiteral("no")).error().kind, Error::Kind::Refused);
        QVERIFY(manager.comment(ref, QStringLiteral("Can we say 'spring'?")).ok());
        QCOMPARE(viewer.comment(ref, QStringLiteral("hi")).error().kind, Error::Kind::Refused);
        QCOMPARE(reviewer.reject(ref, QStringLiteral("  ")).error().kind, Error::Kind::Usage);
        auto rejected = reviewer.reject(ref, QStringLiteral("Say 'spring' in the subject"));
        QVERIFY(rejected.ok());
        QVERIFY(!rejected->campaign.approvalCurrent());
        QCOMPARE(rejected->status, CampaignStatus::Draft);
        const QList<CampaignReview> history = *manager.reviews(ref);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).action, QStringLiteral("approved"));
        QCOMPARE(history.at(0).actor, t.reviewer.name);
        QCOMPARE(history.at(1).action, QStringLiteral("commented"));
        QCOMPARE(history.at(1).actor, t.manager.name);
        QCOMPARE(history.at(2).action, QStringLiteral("rejected"));
        QCOMPARE(history.at(2).comment, QStringLiteral("Say 'spring' in the subject"));
        QCOMPARE(history.at(2).contentHash, rejected->campaign.contentHash);
        QVERIFY(!history.at(0).contentHash.isEmpty());
    }

    // The builder checks a campaign before it is saved.
    void preflightOfUnsavedCampaign()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
        auto findings = service.preflight(c, RunKind::Live);
        QVERIFY(findings.ok());
        QVERIFY(!Preflight::hasBlockers(*findings));
        c.channels[0].templateId.reset();
        c.contactListId.reset();
        c.sendToSegments.clear();
        findings = service.preflight(c, RunKind::Live);
        QVERIFY(findings.ok());
        QStringList codes;
        for (const Finding &f : std::as_const(*findings))
            codes << f.code;
        QVERIFY2(codes.contains(QStringLiteral("content.missing")) || codes.contains(QStringLiteral("template.missing")),
                 qPrintable(codes.join(u',')));
        QVERIFY2(codes.contains(QStringLiteral("segment.missing")), qPrintable(codes.join(u',')));
    }

    // show -> create round-trips: the created campaign has the same plan.
    void documentRoundTrip()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms}, QStringLiteral("Round trip"));
        c.sendToSegments = {t.ids.value(QStringLiteral("segment:vip"))};
        c.excludeSegments = {t.ids.value(QStringLiteral("segment:nobody"))};
        c.oneTimeRules = QStringLiteral(R"({"match":"all","rules":[{"field":"email","op":"is_set"}]})");
        c.tags = {QStringLiteral("a"), QStringLiteral("b")};
        c.launchType = LaunchType::Schedule;
        c.sendAt = QDateTime(QDate(2027, 1, 5), QTime(9, 30), Qt::UTC);
        c.timeZone = QStringLiteral("Europe/Berlin");
        const Id id = ws.create(t, c);
        CampaignService service(ws.db(), t.tenantId, t.manager);
        CampaignDocument doc(ws.db(), t.tenantId);
        const QJsonObject shown = *doc.toJson(*service.overview(QString::number(id)), {});
        auto parsed = doc.fromJson(shown);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        auto created = service.create(*parsed);
        QVERIFY(created.ok());
        QJsonObject again = *doc.toJson(*created, {});
        for (const char *volatileKey : {"id", "created_at", "status", "approved", "approved_at", "layout"}) {
            again.remove(QLatin1StringView(volatileKey));
        }
        QJsonObject expected = shown;
        for (const char *volatileKey : {"id", "created_at", "status", "approved", "approved_at", "layout"})
            expected.remove(QLatin1StringView(volatileKey));
        // Channels of the copy have not been launched and the copy is not approved yet.
        QJsonArray channels = expected.value(QLatin1StringView("channels")).toArray();
        for (qsizetype i = 0; i < channels.size(); ++i) {
            QJsonObject ch = channels.at(i).toObject();
            ch.insert(QStringLiteral("status"), QStringLiteral("Draft"));
            channels.replace(i, ch);
        }
        expected.insert(QStringLiteral("channels"), channels);
        QCOMPARE(again, expected);
    }

    void documentRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"channels":[]})") << int(Error::Kind::Usage) << QStringLiteral("name");
        QTest::newRow("typo key") << QByteArray(R"({"name":"x","gaol":"Goal"})") << int(Error::Kind::Usage) << QStringLiteral("gaol");
        QTest::newRow("unknown goal") << QByteArray(R"({"name":"x","goal":"Nope"})") << int(Error::Kind::NotFound)
                                      << QStringLiteral("goal 'Nope'");
        QTest::newRow("unknown kind") << QByteArray(R"({"name":"x","channels":[{"kind":"fax"}]})") << int(Error::Kind::Usage)
                                      << QStringLiteral("fax");
        QTest::newRow("twice") << QByteArray(R"({"name":"x","channels":[{"kind":"sms"},{"kind":"sms"}]})")
                               << int(Error::Kind::Usage) << QStringLiteral("twice");
        QTest::newRow("bad launch") << QByteArray(R"({"name":"x","launch_type":"asap"})") << int(Error::Kind::Usage)
                                    << QStringLiteral("asap");
        QTest::newRow("schedule without time") << QByteArray(R"({"name":"x","launch_type":"schedule"})")
                                               << int(Error::Kind::Usage) << QStringLiteral("send_at");
        QTest::newRow("bad zone") << QByteArray(R"({"name":"x","time_zone":"Mars/Olympus"})") << int(Error::Kind::Usage)
                                  << QStringLiteral("Mars/Olympus");
        QTest::newRow("bad rules") << QByteArray(R"({"name":"x","one_time_rules":{"rules":[{"field":"iq","op":"eq"}]}})")
                                   << int(Error::Kind::Usage) << QStringLiteral("iq");
        // Wrong types are said, never read as empty or zero.
        QTest::newRow("tags a text") << QByteArray(R"({"name":"x","tags":"a,b"})") << int(Error::Kind::Usage)
                                     << QStringLiteral("\"tags\" is a list");
        QTest::newRow("tag a number") << QByteArray(R"({"name":"x","tags":[5]})") << int(Error::Kind::Usage)
                                      << QStringLiteral("each of \"tags\" is a text");
        QTest::newRow("ttl a text") << QByteArray(R"({"name":"x","ttl_minutes":"60"})") << int(Error::Kind::Usage)
                                    << QStringLiteral("\"ttl_minutes\" is a whole number");
        QTest::newRow("negative rate") << QByteArray(R"({"name":"x","channels":[{"kind":"sms","rate_per_minute":-1}]})")
                                       << int(Error::Kind::Usage) << QStringLiteral("rate_per_minute");
        QTest::newRow("channel a text") << QByteArray(R"({"name":"x","channels":["sms"]})") << int(Error::Kind::Usage)
                                        << QStringLiteral("each channel is an object");
        QTest::newRow("huge id") << QByteArray(R"({"name":"x","goal":1e21})") << int(Error::Kind::NotFound)
                                 << QStringLiteral("goal");
        QTest::newRow("sender of another channel") << QByteArray(R"({"name":"x","channels":[{"kind":"email","sender":"Sender sms"}]})")
                                                   << int(Error::Kind::NotFound) << QStringLiteral("no Email sender");
        QTest::newRow("control in key") << QByteArray("{\"name\":\"x\",\"a\\u0001b\":1}") << int(Error::Kind::Usage)
                                        << QStringLiteral("\"a\\x01b\"");
    }
    void documentRejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        auto parsed = CampaignDocument(ws.db(), t.tenantId).fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().kind), kind);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }

    // A sender's name may repeat across channels: each channel takes its own kind's.
    void senderNamesRepeatAcrossChannels()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        SenderRepository senders(ws.db(), t.tenantId);
        const Id sms = *senders.addSender({0, t.tenantId, ChannelKind::Sms, QStringLiteral("Acme"), {}, std::nullopt, false, {}, false});
        const Id viber = *senders.addSender({0, t.tenantId, ChannelKind::Viber, QStringLiteral("Acme"), {}, std::nullopt, false, {}, false});
        auto parsed = CampaignDocument(ws.db(), t.tenantId)
                          .fromJson(QJsonDocument::fromJson(R"({"name":"x","channels":[{"kind":"sms","sender":"acme"},
                                                                {"kind":"viber","sender":"Acme"}]})")
                                        .object());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->channels.at(0).senderId, std::optional<Id>(sms));
        QCOMPARE(parsed->channels.at(1).senderId, std::optional<Id>(viber));
        auto wrong = CampaignDocument(ws.db(), t.tenantId)
                         .fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                               {QStringLiteral("channels"),
                                                QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("email")},
                                                                       {QStringLiteral("sender"), double(viber)}}}}});
        QCOMPARE(wrong.error().kind, Error::Kind::Usage);
        QVERIFY2(wrong.error().message.contains(u"is a Viber sender"), qPrintable(wrong.error().message));
    }

    // Every text a campaign keeps is bounded and free of control characters, whoever
    // writes it (the builder, campaigns create): the service says which and why.
    void textFieldsAreBounded()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        CampaignService service(ws.db(), t.tenantId, t.manager);
        const auto refused = [&](const std::function<void(Campaign &)> &change, const QString &words) {
            Campaign c = ws.readyCampaign(t, {ChannelKind::Sms});
            change(c);
            auto created = service.create(c);
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, Error::Kind::Usage);
            QVERIFY2(created.error().message.contains(words), qPrintable(created.error().message));
        };
        refused([](Campaign &c) { c.name = QString(50 * 1024 * 1024, u'n'); }, QStringLiteral("the campaign name has 52428800 characters: at most 200"));
        refused([](Campaign &c) { c.name = QStringLiteral("Spring\0sale"); }, QStringLiteral("control character at position 7"));
        refused([](Campaign &c) { c.name = QStringLiteral("two\nlines"); }, QStringLiteral("it is one line"));
        refused([](Campaign &c) { c.tags = QStringList(200000, QStringLiteral("t")); }, QStringLiteral("at most 50 tags, not 200000"));
        refused([](Campaign &c) { c.tags = {QStringLiteral("a,b")}; }, QStringLiteral("has a comma"));
        refused([](Campaign &c) { c.description = QString(10001, u'd'); }, QStringLiteral("at most 10000"));
        refused([](Campaign &c) { c.channels.first().messageText = QStringLiteral("Hi\x07"); }, QStringLiteral("the SMS text"));
        refused([](Campaign &c) { c.ttlMinutes = -5; }, QStringLiteral("time to live"));
        // Line breaks are text in a description.
        Campaign fine = ws.readyCampaign(t, {ChannelKind::Sms});
        fine.description = QStringLiteral("First line\nSecond line\twith a tab");
        QVERIFY(service.create(fine).ok());
    }

    void deletedReferencesAreReported()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
        c.sendToSegments = {t.ids.value(QStringLiteral("segment:vip"))};
        const Id id = ws.create(t, c);
        CatalogRepository catalog(ws.db(), t.tenantId);
        QVERIFY(catalog.softDelete(CatalogKind::Template, t.ids.value(QStringLiteral("template:email"))).ok());
        QVERIFY(catalog.softDelete(CatalogKind::Segment, t.ids.value(QStringLiteral("segment:vip"))).ok());
        CampaignService service(ws.db(), t.tenantId, t.manager);
        auto findings = service.preflight(QString::number(id), RunKind::Live);
        QStringList codes;
        for (const Finding &f : *findings)
            codes << f.code;
        QVERIFY2(codes.contains(QStringLiteral("template.deleted")), qPrintable(codes.join(u',')));
        QVERIFY2(codes.contains(QStringLiteral("segment.deleted")), qPrintable(codes.join(u',')));
        QCOMPARE(statusOf(service, id), CampaignStatus::Draft);
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "tst_campaignservice.moc"
