#include "audience/csvreader.h"
#include "dispatch/dispatcher.h"
#include "mailbox/mailboxreader.h"
#include "dispatch/remarketing.h"
#include "dispatch/runservice.h"
#include "dispatch/sweeper.h"
#include "dispatch/workspacelock.h"
#include "heraldctl.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignstatusrules.h"
#include "lifecycle/preflightservice.h"
#include "progressbar.h"
#include "report/reportdocument.h"
#include "reporting/campaignreport.h"
#include "reporting/messageexport.h"
#include "reporting/reportcsv.h"
#include "schedule/scheduler.h"
#include "signalwatcher.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/messagerepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/outputfile.h"
#include "storage/runrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QTimeZone>


// Commands about runs: starting and controlling them, sending (worker), and reading
// their progress.
namespace herald::ctl {

namespace {

// [{kind, status, counts: {every message state: n}, total}] for each channel of a run.
Result<QJsonArray> channelCounts(MessageRepository &messages, const Run &run)
{
    auto counts = messages.counts(run.id);
    if (!counts)
        return counts.error();
    QJsonArray channels;
    for (const RunChannel &rc : run.channels) {
        QJsonObject perState;
        qint64 total = 0;
        const auto byState = counts->value(rc.kind);
        for (MessageStatus s : allValues<MessageStatus>()) {
            perState.insert(nameOf(s), byState.value(s));
            total += byState.value(s);
        }
        // started_at: null while the channel is held (Ready) for a later start.
        channels.append(QJsonObject{{QStringLiteral("kind"), nameOf(rc.kind)},
                                    {QStringLiteral("status"), nameOf(rc.status)},
                                    {QStringLiteral("started_at"), CampaignDocument::time(rc.startedAt)},
                                    {QStringLiteral("counts"), perState},
                                    {QStringLiteral("total"), total}});
    }
    return channels;
}

// "  sms      Completed Delivered 652, Failed 22": the states that have messages.
void printChannels(QTextStream &out, const QJsonArray &channels, const QString &indent)
{
    for (const QJsonValue &v : channels) {
        const QJsonObject channel = v.toObject();
        QStringList parts;
        const QJsonObject counts = channel.value(QLatin1StringView("counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (it.value().toInteger() > 0)
                parts << it.key() + u' ' + QString::number(it.value().toInteger());
        out << indent << channel.value(QLatin1StringView("kind")).toString().leftJustified(9)
            << channel.value(QLatin1StringView("status")).toString().leftJustified(10)
            << parts.join(QStringLiteral(", ")) << Qt::endl;
    }
}

// Every started channel is final; a channel held Ready for a later start is not waited for.
bool allFinal(const Run &run)
{
    return std::all_of(run.channels.begin(), run.channels.end(),
                       [](const RunChannel &c) { return isFinal(c.status) || c.status == ChannelStatus::Ready; });
}

} // namespace

int Heraldctl::status()
{
    auto loaded = campaignWithRuns();
    if (!loaded)
        return fail(loaded.error());
    const CampaignOverview *o = &loaded->overview;
    MessageRepository messages(*m_db, m_tenant.id);
    QJsonArray runArray;
    for (const Run &r : std::as_const(loaded->runs)) {
        auto channels = channelCounts(messages, r);
        if (!channels)
            return fail(channels.error());
        runArray.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("kind"), nameOf(r.kind)},
                                    {QStringLiteral("channels"), *channels}});
    }
    const QJsonObject json{{QStringLiteral("id"), o->campaign.shortId},
                           {QStringLiteral("campaign_status"), nameOf(o->status)},
                           {QStringLiteral("layout"), nameOf(CampaignStatusRules::layoutFor(o->status))},
                           {QStringLiteral("runs"), runArray}};
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(json);
        return 0;
    }
    m_out << PreflightService::subject(o->campaign) << ": " << nameOf(o->status) << Qt::endl;
    for (const QJsonValue &r : runArray) {
        const QJsonObject run = r.toObject();
        m_out << "  run " << run.value(QLatin1StringView("id")).toInteger() << " ("
              << run.value(QLatin1StringView("kind")).toString() << ")" << Qt::endl;
        printChannels(m_out, run.value(QLatin1StringView("channels")).toArray(), QStringLiteral("    "));
    }
    return 0;
}

int Heraldctl::exportMessages()
{
    if (!m_cli.isSet(QStringLiteral("csv")))
        return usage(QStringLiteral("export needs --csv FILE (- for standard output)"));
    auto campaign = campaignWithRuns();
    if (!campaign)
        return fail(campaign.error());
    MessageExport::Options options;
    options.bom = m_cli.isSet(QStringLiteral("bom"));
    if (m_cli.isSet(QStringLiteral("run"))) {
        bool ok = false;
        const Id run = m_cli.value(QStringLiteral("run")).toLongLong(&ok);
        const bool ofCampaign =
            std::any_of(campaign->runs.cbegin(), campaign->runs.cend(), [run](const Run &r) { return r.id == run; });
        if (!ok || !ofCampaign)
            return fail(Error::notFound(u"run " + m_cli.value(QStringLiteral("run")) + u" is not a run of "
                                        + campaign->overview.campaign.shortId + u" (see campaigns show)"));
        options.runId = run;
    }
    const QString path = m_cli.value(QStringLiteral("csv"));
    if (path == u"-" && m_cli.isSet(QStringLiteral("json")))
        return usage(QStringLiteral("--csv - writes the CSV to standard output: leave out --json, or write to a file"));
    const Id campaignId = campaign->overview.campaign.id;
    const Result<qint64> rows = writeFile(
        path, [&](QIODevice &out) { return MessageExport::write(*m_db, m_tenant.id, campaignId, options, out); });
    if (!rows)
        return fail(rows.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("campaign"), campaign->overview.campaign.shortId},
                              {QStringLiteral("run"), options.runId ? QJsonValue(*options.runId) : QJsonValue()},
                              {QStringLiteral("file"), path},
                              {QStringLiteral("rows"), *rows}});
    } else if (path != u"-") {
        m_out << "Exported " << *rows << " messages of " << campaign->overview.campaign.shortId << " to " << path
              << Qt::endl;
    }
    return 0;
}

int Heraldctl::report()
{
    const bool pdf = m_cli.isSet(QStringLiteral("pdf")), csv = m_cli.isSet(QStringLiteral("csv"));
    if (!pdf && !csv)
        return usage(QStringLiteral("report needs --pdf FILE or --csv FILE (or both)"));
    const QString size = m_cli.isSet(QStringLiteral("page-size")) ? m_cli.value(QStringLiteral("page-size")).toLower()
                                                                  : QStringLiteral("a4");
    if (size != u"a4" && size != u"letter")
        return usage(u"--page-size is a4 or letter, not '" + m_cli.value(QStringLiteral("page-size")) + u"'");
    // Standard output takes one document, and then no summary.
    const int toStdout = int(pdf && m_cli.value(QStringLiteral("pdf")) == u"-")
                         + int(csv && m_cli.value(QStringLiteral("csv")) == u"-");
    if (toStdout > 1)
        return usage(QStringLiteral("--pdf - and --csv - cannot both write to standard output: write one to a file"));
    if (toStdout > 0 && m_cli.isSet(QStringLiteral("json")))
        return usage(QStringLiteral("- writes the report to standard output: leave out --json, or write to a file"));
    QTextStream &says = toStdout > 0 ? m_err : m_out; // what was written, beside the document
    bool ok = true;
    const Id run = m_cli.isSet(QStringLiteral("run")) ? m_cli.value(QStringLiteral("run")).toLongLong(&ok) : 0;
    if (!ok)
        return usage(u"--run takes a run id, not '" + m_cli.value(QStringLiteral("run")) + u"'");
    auto data = CampaignReport::build(*m_db, m_tenant.id, m_user, m_cli.positional().first(), run);
    if (!data)
        return fail(data.error());
    QJsonObject json{{QStringLiteral("campaign"), data->shortId}, {QStringLiteral("run"), data->run.id}};
    if (pdf) {
        const QString path = m_cli.value(QStringLiteral("pdf"));
        auto pages = ReportDocument::writePdf(*data, path, size == u"letter" ? QPageSize::Letter : QPageSize::A4);
        if (!pages)
            return fail(pages.error());
        json.insert(QStringLiteral("file"), path);
        json.insert(QStringLiteral("pages"), *pages);
        if (!m_cli.isSet(QStringLiteral("json")) && path != u"-")
            says << "Wrote the report of run " << data->run.id << " of " << data->shortId << " to " << path << " ("
                  << *pages << (*pages == 1 ? " page)" : " pages)") << Qt::endl;
    }
    if (csv) {
        const QString path = m_cli.value(QStringLiteral("csv"));
        const bool bom = m_cli.isSet(QStringLiteral("bom"));
        auto rows = writeFile(path, [&](QIODevice &out) { return ReportCsv::write(*data, out, bom); });
        if (!rows)
            return fail(rows.error());
        json.insert(QStringLiteral("csv"), path);
        json.insert(QStringLiteral("csv_rows"), *rows);
        if (!m_cli.isSet(QStringLiteral("json")) && path != u"-")
            says << "Wrote the report tables of run " << data->run.id << " of " << data->shortId << " to " << path
                  << Qt::endl;
    }
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(json);
    return 0;
}

int Heraldctl::messages()
{
    bool ok = true;
    const Id runId = m_cli.positional().first().toLongLong(&ok);
    if (!ok)
        return usage(u"'" + m_cli.positional().first() + u"' is not a run id (runs are numbered, see campaigns show)");
    auto state = enumOption<MessageStatus>(QStringLiteral("state"), QStringLiteral("message state"));
    if (!state)
        return fail(state.error());
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel)
        return fail(channel.error());
    const int limit = m_cli.isSet(QStringLiteral("limit")) ? m_cli.value(QStringLiteral("limit")).toInt(&ok) : 1000;
    if (!ok || limit < 1)
        return usage(u"--limit takes a positive number, not '" + m_cli.value(QStringLiteral("limit")) + u"'");
    const Id after = m_cli.isSet(QStringLiteral("after")) ? m_cli.value(QStringLiteral("after")).toLongLong(&ok) : 0;
    if (!ok)
        return usage(u"--after takes a message id, not '" + m_cli.value(QStringLiteral("after")) + u"'");
    if (auto run = RunRepository(*m_db, m_tenant.id).get(runId); !run)
        return fail(run.error());
    auto list = MessageRepository(*m_db, m_tenant.id).forRun(runId, after, limit, *state, *channel);
    if (!list)
        return fail(list.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Message &m : std::as_const(*list))
            out.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("run"), m.runId},
                                   {QStringLiteral("channel"), nameOf(m.channel)},
                                   {QStringLiteral("contact_id"), m.contactId},
                                   {QStringLiteral("status"), nameOf(m.status)},
                                   {QStringLiteral("attempts"), m.attempts},
                                   {QStringLiteral("failure_reason"), m.failureReason},
                                   {QStringLiteral("provider_id"), m.providerId},
                                   {QStringLiteral("queued_at"), CampaignDocument::time(m.queuedAt)},
                                   {QStringLiteral("sending_at"), CampaignDocument::time(m.sendingAt)},
                                   {QStringLiteral("sent_at"), CampaignDocument::time(m.sentAt)},
                                   {QStringLiteral("delivered_at"), CampaignDocument::time(m.deliveredAt)},
                                   {QStringLiteral("finished_at"), CampaignDocument::time(m.finishedAt)}});
        printJson(out);
        return 0;
    }
    for (const Message &m : std::as_const(*list))
        m_out << m.id << ' ' << nameOf(m.channel).leftJustified(8) << nameOf(m.status).leftJustified(18) << "contact "
              << m.contactId << (m.failureReason.isEmpty() ? QString() : u"  " + m.failureReason) << Qt::endl;
    return 0;
}

int Heraldctl::sweep()
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (m_cli.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(m_cli.value(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            return usage(u"--at takes an ISO 8601 date-time such as 2026-11-22T18:30:00Z, not '"
                         + m_cli.value(QStringLiteral("at")) + u"'");
    }
    const bool allTenants = m_cli.isSet(QStringLiteral("all-tenants"));
    if (auto st = Sweeper::mayRun(*m_db, m_tenant.id, m_user, allTenants); !st)
        return fail(st.error());
    const ManualClock clock(at.toUTC());
    auto counts = Sweeper(*m_db, clock, allTenants ? std::nullopt : std::optional(m_tenant.id)).sweep();
    if (!counts)
        return fail(counts.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("at"), CampaignDocument::time(clock.now())},
                              {QStringLiteral("assumed_delivered"), counts->assumedDelivered},
                              {QStringLiteral("timed_out"), counts->timedOut},
                              {QStringLiteral("expired"), counts->expired},
                              {QStringLiteral("channels_completed"), counts->channelsCompleted}});
        return 0;
    }
    m_out << "Swept as of " << clock.now().toString(Qt::ISODate) << ": " << counts->assumedDelivered
          << " assumed delivered, " << counts->timedOut << " timed out, " << counts->expired << " expired, "
          << counts->channelsCompleted << " channel(s) completed" << Qt::endl;
    return 0;
}

Result<Heraldctl::DispatchEnd> Heraldctl::dispatchUntil(const std::function<bool()> &done,
                                                        const std::function<void()> &onProgress, bool waitForSpace,
                                                        const std::function<void()> &onStarted)
{
    // First, so that SIGTERM at any moment from here on drains rather than kills.
    SignalWatcher signals_;
    WorkspaceLock lock(*m_db);
    if (!lock.tryLock())
        return DispatchEnd::Busy;
    SystemClock clock;
    Dispatcher dispatcher(*m_db, clock, {});
    if (auto recovered = dispatcher.recover(); !recovered)
        return recovered.error();
    QEventLoop loop;
    bool interrupted = false;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&] {
        interrupted = true;
        dispatcher.stopClaiming();
    });
    QTimer check;
    check.setInterval(100);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        onProgress();
        if ((interrupted && dispatcher.inFlight() == 0) || (!interrupted && done()))
            loop.quit();
    });
    QObject::connect(&dispatcher, &Dispatcher::problem, &loop,
                     [this](const QString &message) { m_err << "heraldctl: " << message << Qt::endl; });
    std::optional<Error> damage; // the workspace file is damaged: finish what is in flight, then stop
    QObject::connect(&dispatcher, &Dispatcher::damaged, &loop, [&](const QString &message) {
        damage = Error::runtime(message);
        interrupted = true;
    });
    // A full disk: a worker waits for space and goes on; a command waiting for its run
    // stops (the rest stays Queued for the next dispatcher) and says so.
    QObject::connect(&dispatcher, &Dispatcher::sendingHeld, &loop, [&](const QString &reason) {
        if (waitForSpace) {
            m_err << "heraldctl: sending held until there is space: " << reason << Qt::endl;
            return;
        }
        damage = Error::runtime(u"sending stopped: " + reason
                                + u". The messages not sent stay Queued and go out once a dispatcher runs with space "
                                  u"(heraldctl worker, or the desktop)");
        loop.quit(); // a full disk takes no outcomes: what is in flight ends Timed Out at the next start
    });
    QObject::connect(&dispatcher, &Dispatcher::sendingResumed, &loop,
                     [this] { m_err << "heraldctl: sending resumed: the workspace's disk has space again" << Qt::endl; });
    dispatcher.start();
    // The tenants' mailboxes (bounces, replies) are read beside sending, on their interval.
    MailboxThread mailbox(*m_db, clock);
    QObject::connect(&mailbox, &MailboxThread::problem, &loop,
                     [this](const QString &message) { m_err << "heraldctl: " << message << Qt::endl; });
    check.start();
    if (onStarted)
        onStarted();
    loop.exec();
    dispatcher.flush();
    if (damage)
        return *damage;
    return interrupted ? DispatchEnd::Interrupted : DispatchEnd::Done;
}

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

int Heraldctl::worker()
{
    auto sent = dispatchUntil([] { return false; }, [] {}, true, [this] {
        m_err << "heraldctl worker: sending workspace " << m_db->path() << " (pid "
              << QCoreApplication::applicationPid() << "); stop with Ctrl+C or SIGTERM" << Qt::endl;
    });
    if (!sent)
        return fail(sent.error());
    if (*sent == DispatchEnd::Busy) {
        WorkspaceLock lock(*m_db);
        return fail(lock.tryLock().error());
    }
    m_err << "heraldctl worker: stopped; in-flight messages finished, queued ones wait for the next dispatcher"
          << Qt::endl;
    return 0;
}

int Heraldctl::missedList()
{
    auto alerts = MissedLaunchRepository(*m_db, m_tenant.id).pending();
    if (!alerts)
        return fail(alerts.error());
    CampaignRepository campaigns(*m_db, m_tenant.id);
    QJsonArray out;
    for (const MissedLaunch &m : std::as_const(*alerts)) {
        auto c = campaigns.get(m.campaignId);
        if (!c)
            return fail(c.error());
        out.append(QJsonObject{{QStringLiteral("id"), m.id},
                               {QStringLiteral("campaign"), c->shortId},
                               {QStringLiteral("name"), c->name},
                               {QStringLiteral("due_at"), CampaignDocument::time(m.dueAt)},
                               {QStringLiteral("detected_at"), CampaignDocument::time(m.detectedAt)}});
    }
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(out);
        return 0;
    }
    if (out.isEmpty())
        m_out << "No missed launches." << Qt::endl;
    for (const QJsonValue &v : std::as_const(out)) {
        const QJsonObject m = v.toObject();
        m_out << m.value(QLatin1StringView("id")).toInteger() << "  "
              << m.value(QLatin1StringView("campaign")).toString() << "  due "
              << m.value(QLatin1StringView("due_at")).toString() << "  "
              << m.value(QLatin1StringView("name")).toString() << Qt::endl;
    }
    return 0;
}

int Heraldctl::missedResolve()
{
    bool ok = false;
    const Id alertId = m_cli.positional().first().toLongLong(&ok);
    if (!ok)
        return usage(u"'" + m_cli.positional().first() + u"' is not an alert id (see heraldctl missed list)");
    const int chosen = int(m_cli.isSet(QStringLiteral("send-now"))) + int(m_cli.isSet(QStringLiteral("reschedule")))
                       + int(m_cli.isSet(QStringLiteral("skip")));
    if (chosen != 1)
        return usage(QStringLiteral("choose one of --send-now, --reschedule TIME or --skip"));
    QDateTime when;
    Scheduler::Resolution resolution = Scheduler::Resolution::Skip;
    if (m_cli.isSet(QStringLiteral("send-now"))) {
        resolution = Scheduler::Resolution::SendNow;
    } else if (m_cli.isSet(QStringLiteral("reschedule"))) {
        resolution = Scheduler::Resolution::Reschedule;
        when = QDateTime::fromString(m_cli.value(QStringLiteral("reschedule")), Qt::ISODateWithMs);
        if (!when.isValid())
            return usage(u"--reschedule takes an ISO 8601 date-time, not '" + m_cli.value(QStringLiteral("reschedule"))
                         + u"'");
    }
    SystemClock clock;
    if (auto st = Scheduler(*m_db, clock).resolve(m_tenant.id, alertId, resolution, when, m_user); !st)
        return fail(st.error());
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("resolved"), true}});
    else
        m_out << "Resolved missed launch " << alertId << Qt::endl;
    return 0;
}

} // namespace herald::ctl
