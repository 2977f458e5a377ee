// heraldctl status | messages | export | report: what a campaign's runs did, message by
// message, as CSV and as a printable report.
#include "heraldctl.h"

#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignstatusrules.h"
#include "lifecycle/preflightservice.h"
#include "report/reportdocument.h"
#include "reporting/campaignreport.h"
#include "reporting/messageexport.h"
#include "reporting/reportcsv.h"
#include "runchannels.h"
#include "storage/messagerepository.h"
#include "storage/outputfile.h"
#include "storage/runrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

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

} // namespace herald::ctl
