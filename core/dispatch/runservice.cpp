#include "runservice.h"

#include "audience/audiencequery.h"
#include "audience/campaignaudience.h"
#include "content/emailcontent.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/channellifecycle.h"
#include "lifecycle/editpolicy.h"
#include "lifecycle/preflight.h"
#include "lifecycle/preflightservice.h"
#include "schedule/recurrence.h"
#include "schedule/sendwindow.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/contentrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/senderrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace herald {

namespace {

// "code (message); code (message)" of the findings that block, each message in both languages.
Text blockerList(const QList<Finding> &findings, bool ignoreBusy)
{
    Text out;
    for (const Finding &f : findings) {
        if (!Preflight::blocks(f, ignoreBusy))
            continue;
        if (!out.isEmpty())
            out = out + QStringLiteral("; ");
        out = out + Text(f.code + u" (") + f.message + QStringLiteral(")");
    }
    return out;
}
constexpr int kQueueBatch = 1000;
} // namespace

RunService::RunService(Database db, Id tenantId, User user, const Clock &clock)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user)), m_clock(clock)
{
}

QString RunService::disclaimer(RunKind kind)
{
    if (kind == RunKind::Test)
        return Text::tr("This test run sends real messages to the campaign's test recipients.").shown();
    return Text::tr("This run sends real messages to every recipient in the campaign's audience. You confirm "
                    "that they have agreed to hear from you, that the content is approved, and that you may "
                    "contact them on these channels. Messages cannot be recalled once sent.")
        .shown();
}

Result<QJsonObject> RunService::channelContent(const Database &db, Id tenantId, const Campaign &c,
                                               const CampaignChannel &ch)
{
    QString subjectText, body = ch.messageText, from, senderName, replyTo;
    MessageTemplate t; // the email-only parts stay empty without a template
    std::optional<Id> numberPool;
    if (ch.templateId) {
        auto found = ContentRepository(db, tenantId).messageTemplate(*ch.templateId);
        if (!found)
            return found.error();
        t = *found;
        subjectText = t.subject;
        body = t.body + (ch.messageText.isEmpty() ? QString() : u'\n' + ch.messageText);
    }
    if (ch.senderId) {
        auto s = SenderRepository(db, tenantId).sender(*ch.senderId);
        if (!s)
            return s.error();
        senderName = t.fromName.isEmpty() ? s->name : t.fromName;
        numberPool = s->numberPoolId;
        replyTo = s->replyTo;
        from = s->address.isEmpty() ? senderName : senderName + u" <" + s->address + u'>';
    }
    auto window = SendWindow::parse(ch.sendWindow, ch.kind);
    if (!window)
        return Error::usage(Text::tr("%1: the %2 channel's %3")
                                .arg(PreflightService::subjectText(c), displayText(ch.kind), window.error().text()));
    QJsonObject content{{QStringLiteral("kind"), nameOf(ch.kind)},
                       {QStringLiteral("send_window"), window->toString()},
                       {QStringLiteral("subject"), subjectText},
                       {QStringLiteral("body"), body},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("sender_name"), senderName},
                       {QStringLiteral("rate_per_minute"), ch.ratePerMinute}};
    if (ch.kind == ChannelKind::Email) {
        content.insert(QStringLiteral("reply_to"), replyTo);
        content.insert(QStringLiteral("preheader"), t.preheader);
        content.insert(QStringLiteral("text_body"), t.textBody);
    }
    // An email's files, a call script's recording, a Telegram message's photo.
    if (ch.kind == ChannelKind::Email || !t.attachments.isEmpty())
        content.insert(QStringLiteral("attachments"), EmailContent::toJson(t.attachments));
    // SMS and calls go out from the pool's numbers, chosen per message.
    if (numberPool && ch.kind != ChannelKind::Email)
        content.insert(QStringLiteral("number_pool_id"), *numberPool);
    return content;
}

QStringList RunService::disclaimerStatements()
{
    return {Text::tr("Every recipient has given consent to be contacted on these channels.").shown(),
            Text::tr("The content is lawful and approved for sending.").shown(),
            Text::tr("Every message includes a working opt-out mechanism.").shown(),
            Text::tr("No contact who opted out is targeted.").shown()};
}

Result<QString> RunService::frozenConfiguration(const Database &db, Id tenantId, const CampaignOverview &overview,
                                                const ChannelSet &only)
{
    // The plan as shown, plus the content and sender each channel sends with, so later
    // edits never change what a run sent.
    auto shown = CampaignDocument(db, tenantId).toJson(overview, {});
    if (!shown)
        return shown.error();
    QJsonObject frozen = *shown;
    QJsonArray frozenChannels;
    for (const CampaignChannel &ch : overview.campaign.channels) {
        if (!only.contains(ch.kind))
            continue;
        auto content = channelContent(db, tenantId, overview.campaign, ch);
        if (!content)
            return content.error();
        frozenChannels.append(*content);
    }
    frozen.insert(QStringLiteral("frozen_channels"), frozenChannels);
    frozen.insert(QStringLiteral("content_revision"), overview.campaign.contentRevision);
    frozen.remove(QStringLiteral("runs"));
    return QString::fromUtf8(QJsonDocument(frozen).toJson(QJsonDocument::Compact));
}

Result<Run> RunService::start(const QString &reference, const StartOptions &options)
{
    // The checks and the run they allow are one immediate transaction: a second start of
    // the same campaign (another process, the scheduler, a retry) waits for this one and
    // then sees its run, and a crash while queueing leaves no half-queued run behind.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto run = startChecked(reference, options);
    if (!run)
        return run;
    if (auto st = tx.commit(); !st)
        return st.error();
    return run;
}

namespace {

const RunChannel *channelOf(const Run &run, ChannelKind kind)
{
    for (const RunChannel &rc : run.channels)
        if (rc.kind == kind)
            return &rc;
    return nullptr;
}

} // namespace

Result<Run> RunService::startChecked(const QString &reference, const StartOptions &options)
{
    if (auto st = Permissions::require(m_user, Action::RunCampaigns); !st)
        return st.error();
    CampaignService campaigns(m_db, m_tenantId, m_user, &m_clock);
    auto overview = campaigns.overview(reference);
    if (!overview)
        return overview.error();
    const Campaign &c = overview->campaign;
    const Text subject = PreflightService::subjectText(c);
    // A channel held when the campaign launched starts later into the same live run.
    std::optional<Run> joining;
    if (options.retry) {
        switch (overview->status) {
        case CampaignStatus::Completed:
        case CampaignStatus::Stopped:
        case CampaignStatus::Failed:
            break;
        default:
            return Error::refused(Text::tr("%1 is %2: only a campaign that has ended (Completed, Stopped or Failed) "
                                           "retries its failed messages")
                                      .arg(subject, labelText(overview->status)));
        }
    } else if (options.kind == RunKind::Live) {
        switch (overview->status) {
        case CampaignStatus::Running:
        case CampaignStatus::Paused: {
            const Run &current = *overview->lastLiveRun;
            if (options.only.all() || options.fromSchedule) {
                Text held;
                for (const CampaignChannel &ch : c.channels)
                    if (const RunChannel *rc = channelOf(current, ch.kind); rc && rc->status == ChannelStatus::Ready)
                        held = held.isEmpty() ? displayText(ch.kind)
                                              : held + QStringLiteral(", ") + displayText(ch.kind);
                if (held.isEmpty())
                    return Error::refused(
                        Text::tr("%1 is %2: resume or stop its channels instead of starting another run")
                            .arg(subject, labelText(overview->status)));
                return Error::refused(Text::tr("%1 is %2: resume or stop its channels instead of starting another run; "
                                               "its held %3 channel can be started on its own")
                                          .arg(subject, labelText(overview->status), held));
            }
            for (ChannelKind kind : options.only.named()) {
                const RunChannel *rc = channelOf(current, kind);
                if (!rc || rc->status == ChannelStatus::Ready)
                    continue;
                if (isFinal(rc->status))
                    return Error::refused(Text::tr("the %1 channel of %2 is %3 in its current run: it has ended there; "
                                                   "clone the campaign to send it again")
                                              .arg(displayText(kind), subject, labelText(rc->status)));
                return Error::refused(Text::tr("the %1 channel of %2 is %3 in its current run: pause, resume or "
                                               "stop it instead")
                                          .arg(displayText(kind), subject, labelText(rc->status)));
            }
            joining = current;
            break;
        }
        case CampaignStatus::Scheduled:
            if (options.fromSchedule)
                break;
            return Error::refused(Text::tr("%1 is Scheduled: stop the schedule first, or let it launch").arg(subject));
        case CampaignStatus::Completed:
            return Error::refused(Text::tr("%1 is Completed and cannot be relaunched: clone it instead").arg(subject));
        case CampaignStatus::Archived:
            return Error::refused(Text::tr("%1 is Archived: clone it to run it again").arg(subject));
        default:
            break;
        }
    }
    auto findings = campaigns.preflight(reference, options.kind, options.only);
    if (!findings)
        return findings.error();
    if (Preflight::hasBlockers(*findings)) {
        return Error::blocked(Text::tr("%1 cannot run: %2").arg(subject, blockerList(*findings, false)));
    }
    if (!options.disclaimerAccepted)
        return Error::refused(Text::tr("the run disclaimer for %1 was not accepted: nothing was sent").arg(subject));

    RunRepository runs(m_db, m_tenantId);
    const QDateTime now = m_clock.now();
    Run run;
    QList<ChannelKind> starting;
    if (joining) {
        // The held channels' content is frozen now, beside what the run already sends.
        run = *joining;
        QJsonObject configuration = QJsonDocument::fromJson(run.configuration.toUtf8()).object();
        QJsonArray frozenChannels = configuration.value(QLatin1StringView("frozen_channels")).toArray();
        for (const CampaignChannel &ch : c.channels) {
            if (!options.only.contains(ch.kind))
                continue;
            if (!channelOf(run, ch.kind)) { // a run recorded before held channels were kept
                if (auto st = runs.addChannel(run.id, ch.kind); !st)
                    return st.error();
                run.channels.append({0, ch.kind, ChannelStatus::Ready, {}, {}, {}, {}});
            }
            auto content = channelContent(m_db, m_tenantId, c, ch);
            if (!content)
                return content.error();
            frozenChannels.append(*content);
            starting.append(ch.kind);
        }
        configuration.insert(QStringLiteral("frozen_channels"), frozenChannels);
        run.configuration = QString::fromUtf8(QJsonDocument(configuration).toJson(QJsonDocument::Compact));
        if (auto st = runs.setConfiguration(run.id, run.configuration); !st)
            return st.error();
    } else {
        auto frozen = frozenConfiguration(m_db, m_tenantId, *overview, options.only);
        if (!frozen)
            return frozen.error();
        if (options.retry) { // the run's configuration says what it was
            QJsonObject json = QJsonDocument::fromJson(frozen->toUtf8()).object();
            json.insert(QStringLiteral("retry_of_failed"), true);
            *frozen = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
        auto lastSeq = runs.lastLaunchSeq(c.id, options.kind);
        if (!lastSeq)
            return lastSeq.error();
        run.launchSeq = *lastSeq + 1;
        run.campaignId = c.id;
        run.kind = options.kind;
        run.trigger = options.trigger;
        run.configuration = *frozen;
        run.startedBy = m_user.id;
        run.disclaimerAcceptedBy = m_user.id;
        run.disclaimerAcceptedAt = now;
        run.createdAt = now;
        auto retried = [&](ChannelKind kind) -> const QList<Id> * {
            for (const auto &[k, ids] : *options.retry)
                if (k == kind && !ids.isEmpty())
                    return &ids;
            return nullptr;
        };
        // A live run records every channel of the campaign; those not started now stay
        // Ready, held for a later start into this run.
        const bool holds = options.kind == RunKind::Live && !options.retry;
        for (const CampaignChannel &ch : c.channels) {
            const bool starts = options.only.contains(ch.kind) && (!options.retry || retried(ch.kind));
            if (starts)
                starting.append(ch.kind);
            if (starts || holds)
                run.channels.append({0, ch.kind, ChannelStatus::Ready, {}, {}, {}, {}});
        }
        if (starting.isEmpty())
            return Error::refused(Text::tr("%1 has nobody to send to again: no message failed for a pre-send or "
                                           "transient reason")
                                      .arg(subject));
        auto runId = runs.create(run);
        if (!runId)
            return runId.error();
        run.id = *runId;
    }

    // Who each channel reaches: the audience (live) or the test recipients (test).
    QList<std::pair<ChannelKind, QList<Id>>> recipients;
    qint64 total = 0;
    AudienceRepository audience(m_db, m_tenantId);
    for (ChannelKind kind : std::as_const(starting)) {
        QList<Id> ids;
        if (options.kind == RunKind::Test && hasOwnAddress(kind)) {
            auto found = AudienceQuery(m_db, m_tenantId).testRecipients(kind, c.testRecipients);
            if (!found)
                return found.error();
            ids = *found;
        } else if (options.kind == RunKind::Test) {
            for (const QString &address : c.testRecipients) {
                if ((kind == ChannelKind::Email) != address.contains(u'@'))
                    continue;
                auto id = audience.contactForAddress(address);
                if (!id)
                    return id.error();
                if (!ids.contains(*id))
                    ids.append(*id);
            }
        } else {
            auto spec = campaignAudienceSpec(m_db, m_tenantId, c, kind);
            if (!spec)
                return spec.error();
            if (options.retry) { // these contacts, if they still have the address and are not opted out
                spec = AudienceSpec{};
                spec->channel = kind;
                for (const auto &[k, retriedIds] : *options.retry)
                    if (k == kind)
                        spec->contactIds = retriedIds;
            }
            auto found = AudienceQuery(m_db, m_tenantId).ids(*spec);
            if (!found)
                return found.error();
            ids = *found;
        }
        total += ids.size();
        recipients.append({kind, ids});
    }

    MessageRepository messages(m_db, m_tenantId);
    qint64 queued = 0;
    for (const auto &[kind, ids] : std::as_const(recipients)) {
        for (qsizetype i = 0; i < ids.size(); i += kQueueBatch) {
            QList<Message> batch;
            for (qsizetype j = i; j < qMin(i + kQueueBatch, ids.size()); ++j) {
                Message m;
                m.runId = run.id;
                m.channel = kind;
                m.contactId = ids.at(j);
                m.queuedAt = now;
                m.statusChangedAt = now;
                batch.append(m);
            }
            if (auto st = messages.insert(batch); !st)
                return st.error();
            queued += batch.size();
            if (options.progress)
                options.progress(queued, total);
        }
    }
    for (RunChannel &rc : run.channels) {
        if (!starting.contains(rc.kind))
            continue;
        auto to = ChannelLifecycle::apply(rc.status, ChannelEvent::Start,
                                          Text::tr("%1 channel of %2").arg(displayText(rc.kind), subject));
        if (!to)
            return to.error();
        if (auto st = runs.setChannelStatus(run.id, rc.kind, *to, now); !st)
            return st.error();
        if (auto st = runs.recordChannelStart(run.id, rc.kind, m_user.id, now); !st)
            return st.error();
        rc.status = *to;
        rc.startedAt = now;
        rc.startedBy = m_user.id;
        rc.disclaimerAcceptedAt = now;
    }
    return run;
}

Result<QDateTime> RunService::schedule(const QString &reference, bool disclaimerAccepted)
{
    if (auto st = Permissions::require(m_user, Action::RunCampaigns); !st)
        return st.error();
    CampaignService campaigns(m_db, m_tenantId, m_user, &m_clock);
    auto overview = campaigns.overview(reference);
    if (!overview)
        return overview.error();
    Campaign c = overview->campaign;
    const Text subject = PreflightService::subjectText(c);
    if (c.launchType != LaunchType::Schedule && c.launchType != LaunchType::Recurring)
        return Error::refused(
            Text::tr("%1 launches %2, not on a schedule: run it instead").arg(subject, labelText(c.launchType)));
    if (overview->status == CampaignStatus::Scheduled)
        return Error::refused(Text::tr("%1 is already Scheduled").arg(subject));
    if (auto st = EditPolicy::mayEdit(overview->status, EditPolicy::Edit::Configuration, subject); !st)
        return st.error();
    if (!c.sendAt.isValid())
        return Error::usage(Text::tr("%1 has no send time: set %2 first").arg(subject, QStringLiteral("send_at")));
    auto findings = campaigns.preflight(reference, RunKind::Live);
    if (!findings)
        return findings.error();
    if (Preflight::hasBlockers(*findings, true))
        return Error::blocked(Text::tr("%1 cannot be scheduled: %2").arg(subject, blockerList(*findings, true)));
    if (!disclaimerAccepted)
        return Error::refused(
            Text::tr("the run disclaimer for %1 was not accepted: nothing was scheduled").arg(subject));
    const QDateTime now = m_clock.now();
    QDateTime first = c.sendAt;
    if (c.launchType == LaunchType::Recurring) {
        auto next = Recurrence::next(c.recurrence, c.sendAt, QTimeZone(c.timeZone.toUtf8()), now);
        if (!next)
            return next.error();
        first = *next;
    } else if (c.sendAt <= now) {
        return Error::refused(Text::tr("%1's send time %2 has passed: set a new one")
                                  .arg(subject, c.sendAt.toUTC().toString(Qt::ISODate)));
    }
    c.schedulePending = true;
    c.scheduleAcceptedBy = m_user.id;
    c.scheduleAcceptedAt = now;
    if (auto st = CampaignRepository(m_db, m_tenantId).update(c); !st)
        return st.error();
    return first;
}

Status RunService::unschedule(const QString &reference)
{
    if (auto st = Permissions::require(m_user, Action::ControlCampaigns); !st)
        return st;
    auto c = CampaignRepository(m_db, m_tenantId).find(reference);
    if (!c)
        return c.error();
    if (!c->schedulePending)
        return Error::refused(Text::tr("%1 has no schedule to stop").arg(PreflightService::subjectText(*c)));
    c->schedulePending = false;
    return CampaignRepository(m_db, m_tenantId).update(*c);
}

Result<QList<ChannelKind>> RunService::command(const QString &reference, Command command, std::optional<ChannelKind> only)
{
    CampaignService campaigns(m_db, m_tenantId, m_user, &m_clock);
    auto overview = campaigns.overview(reference);
    if (!overview)
        return overview.error();
    const Text subject = PreflightService::subjectText(overview->campaign);
    if (auto st = Permissions::require(m_user, Action::ControlCampaigns); !st)
        return st.error();
    if (!overview->lastLiveRun)
        return Error::refused(
            Text::tr("%1 has never been launched: there is nothing to pause, resume or stop").arg(subject));
    const Run &run = *overview->lastLiveRun;
    const ChannelEvent event = command == Command::Pause    ? ChannelEvent::Pause
                               : command == Command::Resume ? ChannelEvent::Resume
                                                            : ChannelEvent::Stop;
    if (command == Command::Resume && !overview->campaign.approvalCurrent() && overview->campaign.reviewerId)
        return Error::refused(Text::tr("the content of %1 changed while it was paused: the reviewer must approve it "
                                       "again before it resumes")
                                  .arg(subject));
    RunRepository runs(m_db, m_tenantId);
    const QDateTime now = m_clock.now();
    QList<ChannelKind> changed;
    std::optional<Error> refusal;
    for (const RunChannel &rc : run.channels) {
        if (only && rc.kind != *only)
            continue;
        auto to =
            ChannelLifecycle::apply(rc.status, event, Text::tr("%1 channel of %2").arg(displayText(rc.kind), subject));
        if (!to) {
            refusal = to.error();
            continue;
        }
        if (event == ChannelEvent::Stop) {
            if (auto cancelled = runs.stopChannel(run.id, rc.kind, now); !cancelled)
                return cancelled.error();
        } else if (auto st = runs.setChannelStatus(run.id, rc.kind, *to, now); !st) {
            return st.error();
        }
        changed.append(rc.kind);
    }
    if (only && changed.isEmpty() && !refusal)
        return Error::notFound(Text::tr("%1 has no %2 channel in its current run").arg(subject, displayText(*only)));
    if (changed.isEmpty() && refusal)
        return *refusal;
    return changed;
}

} // namespace herald
