#include "campaignservice.h"

#include "campaignstatusrules.h"
#include "domain/inputtext.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "editpolicy.h"
#include "failurereasons.h"
#include "preflightservice.h"
#include "schedule/scheduler.h"
#include "storage/campaignrepository.h"
#include "storage/runrepository.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace herald {

CampaignService::CampaignService(Database db, Id tenantId, User user, const Clock *clock)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user)), m_clock(clock ? clock : &m_systemClock),
      m_preflight(std::make_unique<PreflightService>(m_db, m_tenantId, m_user))
{}

CampaignService::~CampaignService() = default;

Status CampaignService::mayChange() const
{
    return Permissions::require(m_user, Action::EditCampaigns);
}

Result<CampaignOverview> CampaignService::derive(const Campaign &c, std::optional<Run> lastLiveRun)
{
    CampaignStatusInputs in;
    in.archived = c.archived;
    in.schedulePending = c.schedulePending;
    in.activated = c.activated;
    if (lastLiveRun) {
        in.lastLiveRunFailedToStart = lastLiveRun->failedToStart();
        for (const RunChannel &rc : lastLiveRun->channels)
            in.liveChannels.append(rc.status);
    }
    // Preflight only decides between Ready and Draft; skip it when an earlier rule wins.
    const bool needsPreflight = [&] {
        CampaignStatusInputs probe = in;
        probe.hasBlockers = false;
        probe.activated = true;
        return CampaignStatusRules::derive(probe) == CampaignStatus::Ready && c.activated;
    }();
    if (needsPreflight) {
        auto findings = m_preflight->check(c, RunKind::Live);
        if (!findings)
            return findings.error();
        // A campaign's status does not depend on who looks at it: role findings aside.
        QList<Finding> relevant;
        for (const Finding &f : std::as_const(*findings))
            if (f.code != QLatin1StringView("role.forbidden"))
                relevant.append(f);
        in.hasBlockers = Preflight::hasBlockers(relevant, /*ignoreBusy=*/true);
    }

    CampaignOverview o;
    o.campaign = c;
    o.status = CampaignStatusRules::derive(in);
    o.lastLiveRun = std::move(lastLiveRun);
    for (const CampaignChannel &ch : c.channels) {
        ChannelState state{ch.kind, {}};
        if (o.lastLiveRun) {
            for (const RunChannel &rc : o.lastLiveRun->channels)
                if (rc.kind == ch.kind)
                    state.status = nameOf(rc.status);
        }
        if (state.status.isEmpty())
            state.status =
                o.status == CampaignStatus::Draft ? nameOf(CampaignStatus::Draft) : nameOf(ChannelStatus::Ready);
        o.channels.append(state);
    }
    return o;
}

Result<QList<CampaignOverview>> CampaignService::list(const Filter &filter)
{
    using Archived = Filter::Archived;
    const bool wantsArchived = filter.archived != Archived::Exclude || filter.status == CampaignStatus::Archived;
    auto campaigns = CampaignRepository(m_db, m_tenantId).list(wantsArchived);
    if (!campaigns)
        return campaigns.error();
    auto lastRuns = RunRepository(m_db, m_tenantId).latestLiveRuns();
    if (!lastRuns)
        return lastRuns.error();
    QList<CampaignOverview> out;
    const QString search = filter.search.trimmed();
    for (const Campaign &c : std::as_const(*campaigns)) {
        if (filter.archived == Archived::Only && !c.archived)
            continue;
        if (!search.isEmpty() && !c.name.contains(search, Qt::CaseInsensitive) &&
            !c.shortId.contains(search, Qt::CaseInsensitive))
            continue;
        if (filter.channel && std::none_of(c.channels.begin(), c.channels.end(),
                                           [&](const CampaignChannel &ch) { return ch.kind == *filter.channel; }))
            continue;
        const auto run = lastRuns->constFind(c.id);
        auto o = derive(c, run == lastRuns->constEnd() ? std::nullopt : std::optional<Run>(*run));
        if (!o)
            return o.error();
        if (filter.status && o->status != *filter.status)
            continue;
        out.append(*o);
    }
    return out;
}

Result<CampaignService::Page> CampaignService::page(const CampaignPageQuery::Request &request)
{
    auto rows = CampaignPageQuery(m_db, m_tenantId).rows(request);
    if (!rows)
        return rows.error();
    QList<Id> ids;
    for (const auto &row : std::as_const(*rows))
        ids.append(row.id);
    auto campaigns = CampaignRepository(m_db, m_tenantId).getMany(ids);
    if (!campaigns)
        return campaigns.error();
    auto lastRuns = RunRepository(m_db, m_tenantId).latestLiveRuns(ids);
    if (!lastRuns)
        return lastRuns.error();
    QHash<Id, const Campaign *> byId;
    for (const Campaign &c : std::as_const(*campaigns))
        byId.insert(c.id, &c);

    Page page;
    const QDateTime now = m_clock->now();
    for (const auto &row : std::as_const(*rows)) {
        const Campaign *c = byId.value(row.id);
        if (!c)
            continue; // deleted between the two reads
        const auto run = lastRuns->constFind(c->id);
        auto o = derive(*c, run == lastRuns->constEnd() ? std::nullopt : std::optional<Run>(*run));
        if (!o)
            return o.error();
        if (request.status && o->status != *request.status)
            continue;
        auto sendTime = Scheduler::sendTime(m_db, m_tenantId, *o, now);
        if (!sendTime)
            return sendTime.error();
        if (sendTime->isValid())
            page.sendTimes.insert(c->id, *sendTime);
        page.rows.append(*o);
    }
    if (rows->size() == request.limit)
        page.next = rows->last().cursor;
    return page;
}

Result<CampaignOverview> CampaignService::overview(const QString &reference)
{
    auto c = CampaignRepository(m_db, m_tenantId).find(reference);
    if (!c)
        return c.error();
    auto runs = RunRepository(m_db, m_tenantId).forCampaign(c->id);
    if (!runs)
        return runs.error();
    std::optional<Run> last;
    for (const Run &r : std::as_const(*runs))
        if (r.kind == RunKind::Live)
            last = r;
    return derive(*c, last);
}

Result<QList<Run>> CampaignService::runs(Id campaignId)
{
    return RunRepository(m_db, m_tenantId).forCampaign(campaignId);
}

namespace {

// What a person may keep in a campaign's text: bounded, no control characters, and no
// commas in list items (tags and test recipients are stored comma-separated).
Status checkFields(const Campaign &c)
{
    struct Limit
    {
        const QString &text;
        Text what;
        qsizetype max;
        bool multiLine;
    };
    for (const Limit &l : {Limit{c.name, Text::tr("the campaign name"), 200, false},
                           Limit{c.description, Text::tr("the description"), 10000, true},
                           Limit{c.recurrence, Text::tr("the recurrence rule"), 1000, false}})
        if (auto st = checkText(l.text, l.what, l.max, l.multiLine); !st)
            return st;
    // `tooMany` has %1 the limit and %2 the count; `what` and `comma` have %1 the item.
    const auto items = [](const QStringList &list, qsizetype count, qsizetype max, const Text &tooMany,
                          const Text &what, const Text &comma) -> Status {
        if (list.size() > count)
            return Error::usage(tooMany.arg(QString::number(count), QString::number(list.size())));
        for (const QString &item : list) {
            if (auto st = checkText(item, what.arg(quotedInput(item, 30)), max); !st)
                return st;
            if (item.contains(u','))
                return Error::usage(comma.arg(quotedInput(item)));
        }
        return {};
    };
    if (auto st = items(c.tags, 50, 50, Text::tr("a campaign has at most %1 tags, not %2"), Text::tr("the tag %1"),
                        Text::tr("the tag %1 has a comma: give each one on its own"));
        !st)
        return st;
    if (auto st = items(c.testRecipients, 100, 254, Text::tr("a campaign has at most %1 test recipients, not %2"),
                        Text::tr("the test recipient %1"),
                        Text::tr("the test recipient %1 has a comma: give each one on its own"));
        !st)
        return st;
    if (c.ttlMinutes < 0 || c.ttlMinutes > 525600)
        return Error::usage(
            Text::tr("the time to live is %1 minutes: give 0 (none) to 525600 (a year)").arg(c.ttlMinutes));
    for (const CampaignChannel &ch : c.channels) {
        if (auto st = checkText(ch.messageText, Text::tr("the %1 text").arg(displayText(ch.kind)), 20000, true); !st)
            return st;
        if (ch.ratePerMinute < 0 || ch.ratePerMinute > 1000000)
            return Error::usage(Text::tr("the %1 rate is %2 a minute: give 0 (no limit) to 1000000")
                                    .arg(displayText(ch.kind), QString::number(ch.ratePerMinute)));
    }
    return {};
}

} // namespace

Result<CampaignOverview> CampaignService::create(Campaign c)
{
    if (auto st = Permissions::require(m_user, Action::CreateCampaigns); !st)
        return st.error();
    if (c.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a campaign needs a name"));
    if (auto st = checkFields(c); !st)
        return st.error();
    c.tenantId = m_tenantId;
    c.createdBy = m_user.id;
    c.createdAt = m_clock->now();
    c.archived = false;
    c.schedulePending = false;
    c.scheduleAcceptedBy.reset();
    c.scheduleAcceptedAt = {};
    c.approvedRevision = 0;
    c.approvedAt = {};
    c.approvedContentHash.clear();
    CampaignRepository repo(m_db, m_tenantId);
    Result<Id> id = Error::runtime(QString());
    for (int attempt = 0; attempt < 5; ++attempt) { // a fresh short ID could collide
        c.shortId = CampaignRepository::newShortId();
        id = repo.create(c);
        if (id || id.error().kind != Error::Kind::Refused ||
            !id.error().message.contains(QLatin1StringView("short_id")))
            break;
    }
    if (!id)
        return id.error();
    return overview(QString::number(*id));
}

namespace {

// The campaign with its content (templates, message text, scripts) taken out, so two
// versions compare equal when only their content differs.
Campaign withoutContent(Campaign c)
{
    for (CampaignChannel &ch : c.channels) {
        ch.templateId.reset();
        ch.messageText.clear();
    }
    return c;
}

bool contentDiffers(const Campaign &a, const Campaign &b)
{
    for (const CampaignChannel &ch : b.channels) {
        const auto same = std::find_if(a.channels.cbegin(), a.channels.cend(),
                                       [&](const CampaignChannel &o) { return o.kind == ch.kind; });
        if (same == a.channels.cend() || same->templateId != ch.templateId || same->messageText != ch.messageText)
            return true;
    }
    return false;
}

} // namespace

Result<CampaignOverview> CampaignService::update(const Campaign &edited)
{
    if (auto st = mayChange(); !st)
        return st.error();
    auto current = overview(QString::number(edited.id));
    if (!current)
        return current.error();
    const Campaign &stored = current->campaign;
    if (edited.name.trimmed().isEmpty())
        return Error::usage(Text::tr("%1 needs a name").arg(PreflightService::subjectText(stored)));
    if (auto st = checkFields(edited); !st)
        return Error::usage(Text::tr("%1: %2").arg(PreflightService::subjectText(stored), st.error().text()));

    Campaign c = edited;
    c.tenantId = stored.tenantId;
    c.shortId = stored.shortId;
    c.createdAt = stored.createdAt;
    c.createdBy = stored.createdBy;
    c.archived = stored.archived;
    c.schedulePending = stored.schedulePending;
    c.scheduleAcceptedBy = stored.scheduleAcceptedBy;
    c.scheduleAcceptedAt = stored.scheduleAcceptedAt;
    c.approvedAt = stored.approvedAt;
    c.approvedRevision = stored.approvedRevision;
    c.approvedContentHash = stored.approvedContentHash;
    c.contentRevision = stored.contentRevision;

    const bool content = contentDiffers(stored, c);
    const bool configuration = withoutContent(stored) != withoutContent(c);
    if (!content && !configuration)
        return current;
    const Text subject = PreflightService::subjectText(stored);
    if (configuration)
        if (auto st = EditPolicy::mayEdit(current->status, EditPolicy::Edit::Configuration, subject); !st)
            return st.error();
    if (content) {
        if (auto st = EditPolicy::mayEdit(current->status, EditPolicy::Edit::Content, subject); !st)
            return st.error();
        if (EditPolicy::editVoidsApproval(current->status, EditPolicy::Edit::Content))
            ++c.contentRevision; // the approval covered the previous revision
    }
    if (auto st = CampaignRepository(m_db, m_tenantId).update(c); !st)
        return st.error();
    return overview(QString::number(c.id));
}

Result<CampaignOverview> CampaignService::clone(const QString &reference)
{
    auto source = overview(reference);
    if (!source)
        return source.error();
    Campaign c = source->campaign;
    c.name = c.name + QStringLiteral(" (copy)");
    c.activated = false;
    return create(c);
}

Result<CampaignOverview> CampaignService::archive(const QString &reference)
{
    if (auto st = mayChange(); !st)
        return st.error();
    auto o = overview(reference);
    if (!o)
        return o.error();
    if (auto st = EditPolicy::mayArchive(o->status, PreflightService::subjectText(o->campaign)); !st)
        return st.error();
    if (auto st = CampaignRepository(m_db, m_tenantId).setArchived(o->campaign.id, true); !st)
        return st.error();
    return overview(reference);
}

Result<CampaignOverview> CampaignService::activate(const QString &reference)
{
    if (auto st = mayChange(); !st)
        return st.error();
    auto o = overview(reference);
    if (!o)
        return o.error();
    if (o->campaign.activated)
        return o;
    if (auto st = EditPolicy::mayActivate(o->status, PreflightService::subjectText(o->campaign)); !st)
        return st.error();
    if (auto st = CampaignRepository(m_db, m_tenantId).setActivated(o->campaign.id, true); !st)
        return st.error();
    return overview(reference);
}

Result<CampaignOverview> CampaignService::review(const QString &reference, const QString &action, const QString &comment)
{
    auto o = overview(reference);
    if (!o)
        return o.error();
    const Text subject = PreflightService::subjectText(o->campaign);
    const bool decides = action != QLatin1StringView("commented");
    if (auto st = Permissions::require(m_user, decides ? Action::ApproveCampaigns : Action::CommentOnCampaigns); !st)
        return st.error();
    if (!decides || action == QLatin1StringView("rejected"))
        if (comment.trimmed().isEmpty())
            return Error::usage(decides ? Text::tr("say what to change when rejecting %1").arg(subject)
                                        : Text::tr("a comment on %1 needs some text").arg(subject));
    if (decides && !o->campaign.reviewerId)
        return Error::refused(Text::tr("%1 has no reviewer: choose one first").arg(subject));
    if (decides && (o->status == CampaignStatus::Archived || o->status == CampaignStatus::Completed))
        return Error::refused(Text::tr("%1 is %2: there is nothing to decide").arg(subject, labelText(o->status)));
    CampaignRepository repo(m_db, m_tenantId);
    const QDateTime now = m_clock->now();
    if (decides) {
        Campaign c = o->campaign;
        const bool approve = action == QLatin1StringView("approved");
        c.approvedRevision = approve ? c.contentRevision : 0;
        c.approvedAt = approve ? now : QDateTime();
        c.approvedContentHash = approve ? c.contentHash : QString();
        if (auto st = repo.update(c); !st)
            return st.error();
    }
    if (auto st = repo.addReview({0, o->campaign.id, now, m_user.name, action, comment.trimmed(), o->campaign.contentHash});
        !st)
        return st.error();
    return overview(reference);
}

Result<CampaignOverview> CampaignService::approve(const QString &reference, const QString &comment)
{
    return review(reference, QStringLiteral("approved"), comment);
}

Result<CampaignOverview> CampaignService::reject(const QString &reference, const QString &comment)
{
    return review(reference, QStringLiteral("rejected"), comment);
}

Status CampaignService::comment(const QString &reference, const QString &text)
{
    auto done = review(reference, QStringLiteral("commented"), text);
    return done ? Status() : Status(done.error());
}

Result<QList<CampaignReview>> CampaignService::reviews(const QString &reference)
{
    auto o = overview(reference);
    if (!o)
        return o.error();
    return CampaignRepository(m_db, m_tenantId).reviews(o->campaign.id);
}

Status CampaignService::remove(const QString &reference)
{
    if (auto st = Permissions::require(m_user, Action::DeleteCampaigns); !st)
        return st;
    // The status that allows the delete is read under the write lock: a run starting at
    // the same moment either comes first (and the delete is refused) or finds no campaign.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    auto o = overview(reference);
    if (!o)
        return o.error();
    if (auto st = EditPolicy::mayDelete(o->status, PreflightService::subjectText(o->campaign)); !st)
        return st;
    if (auto st = CampaignRepository(m_db, m_tenantId).remove(o->campaign.id); !st)
        return st;
    return tx.commit();
}

Result<QList<Finding>> CampaignService::preflight(const QString &reference, RunKind kind,
                                                  const ChannelSet &only)
{
    auto c = CampaignRepository(m_db, m_tenantId).find(reference);
    if (!c)
        return c.error();
    for (ChannelKind named : only.named())
        if (std::none_of(c->channels.begin(), c->channels.end(),
                         [&](const CampaignChannel &ch) { return ch.kind == named; }))
            return Error::notFound(
                Text::tr("%1 has no %2 channel").arg(PreflightService::subjectText(*c), displayText(named)));
    return m_preflight->check(*c, kind, only);
}

Result<QList<Finding>> CampaignService::preflight(const Campaign &campaign, RunKind kind)
{
    return m_preflight->check(campaign, kind);
}

Result<Id> CampaignService::recordFailedStart(const Campaign &c, const QList<Finding> &findings, RunTrigger trigger)
{
    Run run;
    run.campaignId = c.id;
    run.kind = RunKind::Live;
    run.trigger = trigger;
    run.startedBy = m_user.id;
    run.createdAt = m_clock->now();
    run.finishedAt = run.createdAt;
    run.failureReasons = FailureReasons::toJsonText(findings);
    for (const CampaignChannel &ch : c.channels)
        run.channels.append({0, ch.kind, ChannelStatus::Failed, {}, run.createdAt, {}, {}});
    return RunRepository(m_db, m_tenantId).create(run);
}

} // namespace herald
