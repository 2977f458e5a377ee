// The demo campaigns' past and current runs: their messages in every state, clicks and replies.
#include "audience/audiencequery.h"
#include "demobuild.h"
#include "dispatch/runservice.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/preflightservice.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/runrepository.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"

namespace herald::demo {

namespace {

using S = MessageStatus;

struct Mix
{
    S status;
    int weight;
};

// Outcome mix of a demo run by history and channel kind; weights add up to 100.
QList<Mix> mixFor(History h, ChannelKind kind)
{
    const bool phone = kind == ChannelKind::Phone;
    const bool email = kind == ChannelKind::Email;
    switch (h) {
    case History::Completed:
    case History::TestOnly:
        if (phone)
            return {{S::Completed, 45}, {S::NoAnswer, 25}, {S::Busy, 10}, {S::Failed, 10}, {S::OptedOut, 5}, {S::TimedOut, 5}};
        if (email)
            return {{S::Delivered, 89}, {S::Failed, 5}, {S::TimedOut, 2}, {S::OptedOut, 4}};
        return {{S::Delivered, 80}, {S::AssumedDelivered, 7}, {S::Failed, 6}, {S::TimedOut, 2}, {S::OptedOut, 5}};
    case History::Stopped:
        if (phone)
            return {{S::Completed, 20}, {S::NoAnswer, 10}, {S::Busy, 5}, {S::Cancelled, 65}};
        return {{S::Delivered, 38}, {S::Failed, 3}, {S::OptedOut, 2}, {S::Cancelled, 57}};
    case History::Running:
        return {{S::Delivered, 30}, {S::Sent, 12}, {S::Sending, 4}, {S::Retrying, 3}, {S::Queued, 46},
                {S::Failed, 3},     {S::OptedOut, 2}};
    case History::Paused:
        return {{S::Delivered, 33}, {S::AssumedDelivered, 2}, {S::Queued, 60}, {S::Failed, 3}, {S::OptedOut, 2}};
    case History::None:
    case History::FailedStart:
        break;
    }
    return {};
}

} // namespace

Status TenantBuilder::history(const CampaignSpec &spec, const Campaign &c)
{
    switch (spec.history) {
    case History::None:
        return {};
    case History::FailedStart: {
        const ManualClock clock(ago(spec.createdDaysAgo - 1));
        CampaignService service(m_db, m_tenant, m_manager, &clock);
        auto findings = service.preflight(c.shortId, RunKind::Live);
        if (!findings)
            return findings.error();
        auto run = service.recordFailedStart(c, *findings, c.launchType);
        if (!run)
            return run.error();
        return {};
    }
    case History::TestOnly:
        return runWithMessages(spec, c, RunKind::Test, ago(spec.createdDaysAgo - 1));
    case History::Completed:
    case History::Stopped:
        if (auto st = runWithMessages(spec, c, RunKind::Test, ago(spec.createdDaysAgo - 1, 2)); !st)
            return st;
        return runWithMessages(spec, c, RunKind::Live, ago(spec.createdDaysAgo - 2));
    case History::Running:
    case History::Paused:
        return runWithMessages(spec, c, RunKind::Live, m_now.addSecs(-45 * 60));
    }
    return {};
}

Status TenantBuilder::runWithMessages(const CampaignSpec &spec, const Campaign &c, RunKind kind, const QDateTime &start)
{
    ChannelStatus channelStatus = ChannelStatus::Completed;
    History h = spec.history;
    if (kind == RunKind::Test) {
        h = History::TestOnly;
    } else if (h == History::Running) {
        channelStatus = ChannelStatus::Running;
    } else if (h == History::Paused) {
        channelStatus = ChannelStatus::Paused;
    } else if (h == History::Stopped) {
        channelStatus = ChannelStatus::Stopped;
    }

    Run run;
    run.campaignId = c.id;
    run.kind = kind;
    run.trigger = kind == RunKind::Test ? RunTrigger::Manual : c.launchType;
    // Frozen the way a real run freezes it, so history and reports read the same.
    auto overview = CampaignService(m_db, m_tenant, m_manager).overview(c.shortId);
    if (!overview)
        return overview.error();
    auto frozen = RunService::frozenConfiguration(m_db, m_tenant, *overview);
    if (!frozen)
        return frozen.error();
    run.configuration = *frozen;
    run.startedBy = m_manager.id;
    run.disclaimerAcceptedBy = m_manager.id;
    run.disclaimerAcceptedAt = start.addSecs(-30);
    run.createdAt = start;
    const bool ended = isFinal(channelStatus);
    if (ended)
        run.finishedAt = start.addSecs(2 * 3600);
    for (const CampaignChannel &ch : c.channels)
        run.channels.append({0, ch.kind, channelStatus, start, ended ? run.finishedAt : QDateTime(), m_manager.id,
                             run.disclaimerAcceptedAt});
    auto runId = RunRepository(m_db, m_tenant).create(run);
    if (!runId)
        return runId.error();

    QList<Message> messages;
    AudienceQuery audience(m_db, m_tenant);
    for (const CampaignChannel &ch : c.channels) {
        QList<Id> recipients;
        if (kind == RunKind::Test) {
            recipients = m_staff.mid(0, 2);
        } else {
            AudienceSpec spec2;
            spec2.contactListId = c.contactListId;
            spec2.channel = ch.kind;
            spec2.dropOptedOut = false; // opted-out contacts show up as Opted Out messages
            auto ids = audience.ids(spec2, spec.audience);
            if (!ids)
                return ids.error();
            recipients = *ids;
        }
        const QList<Mix> mix = mixFor(h, ch.kind);
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            int pick = m_rng.bounded(100);
            S status = mix.first().status;
            for (const Mix &m : mix) {
                if (pick < m.weight) {
                    status = m.status;
                    break;
                }
                pick -= m.weight;
            }
            Message m;
            m.runId = *runId;
            m.channel = ch.kind;
            m.contactId = recipients.at(i);
            m.status = status;
            m.queuedAt = start;
            const QDateTime t = start.addMSecs(qint64(i) * 1500 + m_rng.bounded(1000));
            const bool recent = h == History::Running || h == History::Paused;
            const QDateTime changed = recent ? m_now.addSecs(-m_rng.bounded(240) - 30) : t.addSecs(20);
            m.attempts = status == S::Queued || status == S::OptedOut || status == S::Cancelled ? 0 : 1;
            switch (status) {
            case S::Retrying:
                m.attempts = 2;
                m.failureReason = QStringLiteral("451 4.7.1 Try again later");
                break;
            case S::Failed:
                if (i % 3 == 0) { // the provider could not be reached, three times
                    m.attempts = 3;
                    m.retriesUsedUp = true;
                    m.failureReason = ch.kind == ChannelKind::Email
                                        ? QStringLiteral("421 4.3.2 Service not available (3 attempts)")
                                        : QStringLiteral("Gateway unreachable: connection refused (3 attempts)");
                } else {
                    m.failureReason = ch.kind == ChannelKind::Email ? QStringLiteral("550 5.1.1 Mailbox unavailable")
                                                                    : QStringLiteral("Delivery report: undeliverable");
                }
                break;
            case S::TimedOut:
                m.failureReason = QStringLiteral("Timed Out: no answer from the provider within 10 minutes");
                break;
            case S::OptedOut:
                m.failureReason = QStringLiteral("Recipient is on the opt-out list");
                break;
            case S::Cancelled:
                m.failureReason = QStringLiteral("Channel stopped before this message was sent");
                break;
            default:
                break;
            }
            if (m.attempts > 0) {
                m.sendingAt = t;
                if (!m.retriesUsedUp) // never handed over
                    m.providerId = u"sim-" + QString::number(*runId) + u'-' + QString::number(i);
            }
            if (status == S::Sent || status == S::Delivered || status == S::AssumedDelivered)
                m.sentAt = t.addSecs(1);
            if (status == S::Delivered)
                m.deliveredAt = t.addSecs(5);
            if (isFinal(status))
                m.finishedAt = recent ? changed : t.addSecs(20);
            m.statusChangedAt = status == S::Queued ? start : changed;
            messages.append(m);
        }
    }
    if (auto st = MessageRepository(m_db, m_tenant).insert(messages); !st)
        return st;
    // A tracked run's clicks: every ninth delivered email opened the shop, every
    // twenty-third the store finder (some both), within the hours after the run.
    if (kind == RunKind::Live && spec.trackClicks) {
        const std::pair<const char *, int> links[] = {{"https://shop.northwind.example/new?utm_campaign=autumn", 9},
                                                      {"https://northwind.example/stores", 23}};
        for (const auto &[url, every] : links) {
            SqlQuery click(m_db.connection(),
                           QStringLiteral("INSERT INTO link_clicks (tenant_id, run_id, message_id, contact_id, url, "
                                          "clicked_at) SELECT tenant_id, run_id, id, contact_id, ?, ? + (id % 360) * 30000 "
                                          "FROM messages WHERE tenant_id = ? AND run_id = ? AND channel = 'email' "
                                          "AND status = ")
                               + sqlName(MessageStatus::Delivered) + QStringLiteral(" AND id % ? = 0"));
            click.bind(QString::fromUtf8(url)).bind(start.addSecs(600).toMSecsSinceEpoch()).bind(m_tenant).bind(*runId);
            click.bind(every);
            if (auto st = click.exec(QStringLiteral("adding the demo's link clicks")); !st)
                return st;
        }
    }
    // Some recipients of a live SMS answered (Communications shows them); every 40th
    // delivered text, so the demo's random draws stay as they were.
    static const QStringList answers{QStringLiteral("Thanks, see you Saturday!"), QStringLiteral("Is this in my size?"),
                                     QStringLiteral("Can I order by phone?"), QStringLiteral("Great offer")};
    QList<Id> answering;
    for (qsizetype i = 0; i < messages.size(); ++i)
        if (kind == RunKind::Live && messages.at(i).channel == ChannelKind::Sms
            && messages.at(i).status == MessageStatus::Delivered && i % 40 == 0)
            answering.append(messages.at(i).contactId);
    auto contacts = AudienceRepository(m_db, m_tenant).contactsByIds(answering);
    if (!contacts)
        return contacts.error();
    ReplyRepository replies(m_db, m_tenant);
    for (qsizetype i = 0; i < contacts->size(); ++i) {
        Reply r;
        r.channel = ChannelKind::Sms;
        r.fromAddress = contacts->at(i).phone;
        r.body = answers.at(i % answers.size());
        r.receivedAt = start.addSecs(1800 + i * 60);
        if (auto stored = replies.store(r); !stored)
            return stored.error();
    }
    return {};
}

} // namespace herald::demo
