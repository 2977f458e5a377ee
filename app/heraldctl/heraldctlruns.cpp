// heraldctl run | retry-failed | remarket | pause | resume | stop: starting runs, following
// them to the end, and controlling them.
#include "heraldctl.h"

#include "dispatch/remarketing.h"
#include "dispatch/runservice.h"
#include "dispatch/workspacelock.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/preflightservice.h"
#include "progressbar.h"
#include "runchannels.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QTimeZone>

namespace herald::ctl {

namespace {

// Every started channel is final; a channel held Ready for a later start is not waited for.
bool allFinal(const Run &run)
{
    return std::all_of(run.channels.begin(), run.channels.end(),
                       [](const RunChannel &c) { return isFinal(c.status) || c.status == ChannelStatus::Ready; });
}

} // namespace

int Heraldctl::runCampaign()
{
    const QString reference = m_cli.positional().first();
    CampaignService campaigns(*m_db, m_tenant.id, m_user);
    auto overview = campaigns.overview(reference);
    if (!overview)
        return fail(overview.error());
    auto only = enumOptions<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!only)
        return fail(only.error());
    const RunKind kind = m_cli.isSet(QStringLiteral("test")) ? RunKind::Test : RunKind::Live;
    if (!m_cli.isSet(QStringLiteral("accept-disclaimer"))) {
        m_out << RunService::disclaimer(kind) << Qt::endl;
        return fail(Error::refused(u"the run disclaimer for " + PreflightService::subject(overview->campaign)
                                   + u" was not accepted: nothing was sent (add --accept-disclaimer)"));
    }
    SystemClock clock;
    // A campaign already going (a held channel starts into its run) arms no schedule.
    const bool active = overview->status == CampaignStatus::Running || overview->status == CampaignStatus::Paused;
    const bool scheduled = !active && (overview->campaign.launchType == LaunchType::Schedule
                                       || overview->campaign.launchType == LaunchType::Recurring);
    if (scheduled && !m_cli.isSet(QStringLiteral("now")) && kind == RunKind::Live) {
        if (m_cli.isSet(QStringLiteral("wait")))
            return usage(PreflightService::subject(overview->campaign)
                         + u" launches on a schedule: run it without --wait "
                           u"to arm the schedule, or with --now");
        auto next = RunService(*m_db, m_tenant.id, m_user, clock).schedule(reference, true);
        if (!next)
            return fail(next.error());
        if (m_cli.isSet(QStringLiteral("json")))
            printJson(QJsonObject{{QStringLiteral("campaign"), overview->campaign.shortId},
                                  {QStringLiteral("scheduled"), true},
                                  {QStringLiteral("next_launch"), CampaignDocument::time(*next)}});
        else
            m_out << "Scheduled " << PreflightService::subject(overview->campaign) << ": next launch "
                  << next->toTimeZone(QTimeZone(overview->campaign.timeZone.toUtf8())).toString(Qt::ISODate) << " ("
                  << overview->campaign.timeZone << ")" << Qt::endl;
        return 0;
    }
    ProgressBar bar(m_err);
    RunService::StartOptions options;
    options.kind = kind;
    options.only = *only;
    options.disclaimerAccepted = true;
    options.trigger = RunTrigger::Manual;
    options.progress = [&](qint64 queued, qint64 total) { bar.show(QStringLiteral("Queueing"), queued, total); };
    auto run = RunService(*m_db, m_tenant.id, m_user, clock).start(reference, options);
    bar.finish();
    if (!run)
        return fail(run.error());
    return followRun(*overview, *run);
}

int Heraldctl::retryFailed()
{
    const QString reference = m_cli.positional().first();
    CampaignService campaigns(*m_db, m_tenant.id, m_user);
    auto overview = campaigns.overview(reference);
    if (!overview)
        return fail(overview.error());
    if (!m_cli.isSet(QStringLiteral("accept-disclaimer"))) {
        m_out << RunService::disclaimer(RunKind::Live) << Qt::endl;
        return fail(Error::refused(u"the run disclaimer for " + PreflightService::subject(overview->campaign)
                                   + u" was not accepted: nothing was sent (add --accept-disclaimer)"));
    }
    SystemClock clock;
    ProgressBar bar(m_err);
    auto run =
        Remarketing(*m_db, m_tenant.id, m_user, clock).retryFailed(reference, true, [&](qint64 queued, qint64 total) {
            bar.show(QStringLiteral("Queueing"), queued, total);
        });
    bar.finish();
    if (!run)
        return fail(run.error());
    return followRun(*overview, *run);
}

int Heraldctl::remarket()
{
    Remarketing::Request request;
    request.campaign = m_cli.positional().first();
    const auto target = Remarketing::targetFromName(m_cli.value(QStringLiteral("target")));
    if (!target)
        return usage(QStringLiteral("'remarket' needs --target failed, no-reply, no-answer or selected"));
    request.target = *target;
    const QString contactIds = m_cli.value(QStringLiteral("contacts"));
    if ((request.target == Remarketing::Target::Selected) != !contactIds.isEmpty())
        return usage(QStringLiteral("--contacts goes with --target selected, and --target selected needs --contacts"));
    for (const QString &id : contactIds.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        request.contacts.append(id.trimmed().toLongLong(&ok));
        if (!ok)
            return usage(u"--contacts takes contact ids separated by commas, not '" + id + u"'");
    }
    auto from = enumOption<ChannelKind>(QStringLiteral("from"), QStringLiteral("channel"));
    if (!from)
        return fail(from.error());
    request.from = *from;
    auto channels = enumOptions<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channels)
        return fail(channels.error());
    request.channels = *channels;
    request.name = m_cli.value(QStringLiteral("name"));
    SystemClock clock;
    Remarketing remarketing(*m_db, m_tenant.id, m_user, clock);
    auto id = remarketing.remarket(request);
    if (!id)
        return fail(id.error());
    auto created = CampaignService(*m_db, m_tenant.id, m_user).overview(QString::number(*id));
    if (!created)
        return fail(created.error());
    const qint64 members =
        AudienceRepository(*m_db, m_tenant.id).listMembers(*created->campaign.contactListId).value_or({}).size();
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("campaign"), created->campaign.shortId},
                              {QStringLiteral("name"), created->campaign.name},
                              {QStringLiteral("contacts"), members},
                              {QStringLiteral("status"), nameOf(created->status)}});
        return 0;
    }
    m_out << "Created " << PreflightService::subject(created->campaign) << " (" << nameOf(created->status) << ") for "
          << members << " contacts; activate it and have the content approved to run it" << Qt::endl;
    return 0;
}

int Heraldctl::followRun(const CampaignOverview &overviewOfRun, const Run &run)
{
    const CampaignOverview *overview = &overviewOfRun;
    const RunKind kind = run.kind;
    const Id runId = run.id;
    ProgressBar bar(m_err);
    RunRepository runs(*m_db, m_tenant.id);
    MessageRepository messages(*m_db, m_tenant.id);
    const auto summary = [&]() -> Result<QJsonObject> {
        auto r = runs.get(runId);
        if (!r)
            return r.error();
        auto channels = channelCounts(messages, *r);
        if (!channels)
            return channels.error();
        return QJsonObject{{QStringLiteral("campaign"), overview->campaign.shortId},
                           {QStringLiteral("run"), runId},
                           {QStringLiteral("kind"), nameOf(kind)},
                           {QStringLiteral("channels"), *channels}};
    };
    if (!m_cli.isSet(QStringLiteral("wait"))) {
        if (m_cli.isSet(QStringLiteral("json"))) {
            auto result = summary();
            if (!result)
                return fail(result.error());
            printJson(*result);
        } else
            m_out << "Started run " << runId << " of " << PreflightService::subject(overview->campaign)
                  << ": queued for the workspace's dispatcher (the GUI or 'heraldctl worker')" << Qt::endl;
        return 0;
    }

    // --wait: done when every channel is final and reports for Sent messages had a moment to arrive.
    QElapsedTimer sinceFinal;
    const auto done = [&] {
        auto r = runs.get(runId);
        if (!r || !allFinal(*r))
            return false;
        if (!sinceFinal.isValid())
            sinceFinal.start();
        auto c = messages.counts(runId);
        qint64 sent = 0;
        if (c)
            for (const auto &byState : *c)
                sent += byState.value(MessageStatus::Sent);
        return sent == 0 || sinceFinal.elapsed() > 5000;
    };
    const auto showProgress = [&] {
        auto c = messages.counts(runId);
        if (!c)
            return;
        qint64 total = 0, pending = 0;
        for (const auto &byState : *c)
            for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
                total += it.value();
                pending += isPending(it.key()) ? it.value() : 0;
            }
        bar.show(QStringLiteral("Sending "), total - pending, total);
    };
    // Another dispatcher may hold the workspace: follow its progress, and send the rest
    // itself should that dispatcher stop before the run is done.
    for (bool told = false;;) {
        auto sent = dispatchUntil(done, showProgress);
        if (!sent) {
            bar.finish();
            return fail(sent.error());
        }
        if (*sent == DispatchEnd::Interrupted) {
            bar.finish();
            return fail(Error::runtime(u"interrupted: the rest of run " + QString::number(runId)
                                       + u" stays queued for the next dispatcher"));
        }
        if (*sent == DispatchEnd::Done)
            break;
        if (!told) {
            m_err << "heraldctl: another dispatcher is sending this workspace; following it, and sending the rest "
                     "if it stops"
                  << Qt::endl;
            told = true;
        }
        bool finished = false;
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            showProgress();
            if (done()) {
                finished = true;
                loop.quit();
            } else if (WorkspaceLock probe(*m_db); probe.tryLock()) {
                probe.unlock(); // the other dispatcher is gone: take over
                loop.quit();
            }
        });
        poll.start(500);
        loop.exec();
        if (finished)
            break;
    }
    bar.finish();
    auto result = summary();
    if (!result)
        return fail(result.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(*result);
        return 0;
    }
    m_out << "Run " << runId << " of " << PreflightService::subject(overview->campaign) << " finished:" << Qt::endl;
    printChannels(m_out, result->value(QLatin1StringView("channels")).toArray(), QStringLiteral("  "));
    return 0;
}

int Heraldctl::control()
{
    auto only = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!only)
        return fail(only.error());
    const QString command = m_cli.command();
    const RunService::Command which = command == QLatin1StringView("pause")    ? RunService::Command::Pause
                                      : command == QLatin1StringView("resume") ? RunService::Command::Resume
                                                                               : RunService::Command::Stop;
    SystemClock clock;
    if (which == RunService::Command::Stop && !*only) {
        // Stopping a Scheduled campaign stops its schedule.
        auto before = CampaignService(*m_db, m_tenant.id, m_user).overview(m_cli.positional().first());
        if (!before)
            return fail(before.error());
        if (before->status == CampaignStatus::Scheduled) {
            if (auto st = RunService(*m_db, m_tenant.id, m_user, clock).unschedule(m_cli.positional().first()); !st)
                return fail(st.error());
            auto after = CampaignService(*m_db, m_tenant.id, m_user).overview(m_cli.positional().first());
            if (!after)
                return fail(after.error());
            if (m_cli.isSet(QStringLiteral("json")))
                printJson(CampaignDocument::summary(*after));
            else
                m_out << "Stopped the schedule of " << PreflightService::subject(after->campaign) << ": it is "
                      << nameOf(after->status) << Qt::endl;
            return 0;
        }
    }
    auto changed = RunService(*m_db, m_tenant.id, m_user, clock).command(m_cli.positional().first(), which, *only);
    if (!changed)
        return fail(changed.error());
    auto overview = CampaignService(*m_db, m_tenant.id, m_user).overview(m_cli.positional().first());
    if (!overview)
        return fail(overview.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(CampaignDocument::summary(*overview));
        return 0;
    }
    QStringList kinds;
    for (ChannelKind k : *changed)
        kinds << displayName(k);
    const QString verb = which == RunService::Command::Pause    ? QStringLiteral("Paused")
                         : which == RunService::Command::Resume ? QStringLiteral("Resumed")
                                                                : QStringLiteral("Stopped");
    m_out << verb << ' ' << kinds.join(QStringLiteral(", ")) << " of " << PreflightService::subject(overview->campaign)
          << ": the campaign is " << nameOf(overview->status) << Qt::endl;
    return 0;
}

} // namespace herald::ctl
