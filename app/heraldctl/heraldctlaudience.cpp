// heraldctl import-contacts | uploads list | show | rejections: CSV imports as staged uploads;
// optouts list | add | remove | history | export: the opt-out list.
#include "audience/contactimport.h"
#include "audience/optoutlist.h"
#include "heraldctl.h"
#include "lifecycle/campaignservice.h"
#include "storage/audiencerepository.h"
#include "storage/uploadrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QJsonObject uploadJson(const Upload &u)
{
    QJsonArray campaigns;
    for (Id c : u.campaigns)
        campaigns.append(c);
    return {{QStringLiteral("upload_id"), u.id},
            {QStringLiteral("list"), u.listName},
            {QStringLiteral("file_name"), u.fileName},
            {QStringLiteral("encoding"), u.encoding},
            {QStringLiteral("delimiter"), u.delimiter},
            {QStringLiteral("created_at"), u.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), u.createdBy},
            {QStringLiteral("rows_read"), u.rowsRead},
            {QStringLiteral("accepted"), u.accepted},
            {QStringLiteral("rejected"), u.rejected},
            {QStringLiteral("duplicates"), u.duplicates},
            {QStringLiteral("skipped_opted_out"), u.skippedOptedOut},
            {QStringLiteral("campaigns"), campaigns}};
}

// Opens the CSV a command reads: a file, or standard input for "-".
Status openInput(QFile &file, const QString &path)
{
    if (path == u"-")
        return file.open(stdin, QIODevice::ReadOnly) ? Status()
                                                      : Error::runtime(u"cannot read standard input: " + file.errorString());
    file.setFileName(path);
    if (file.open(QIODevice::ReadOnly))
        return {};
    return QFileInfo::exists(path) ? Error::runtime(u"cannot read " + path + u": " + file.errorString())
                                   : Error::notFound(u"file " + path + u" does not exist");
}

// The internal id of the campaign --campaign names (its short ID or number); 0 when none.
Result<Id> campaignOption(Database &db, Id tenant, const User &user, const QString &ref)
{
    if (ref.isEmpty())
        return Id(0);
    auto overview = CampaignService(db, tenant, user).overview(ref);
    if (!overview)
        return overview.error();
    return overview->campaign.id;
}

QJsonObject optOutJson(const OptOutList::Entry &e)
{
    return {{QStringLiteral("contact_id"), e.optOut.contactId},
            {QStringLiteral("email"), e.email},
            {QStringLiteral("phone"), e.phone},
            {QStringLiteral("channel"), e.optOut.channel ? nameOf(*e.optOut.channel) : QStringLiteral("all")},
            {QStringLiteral("source"), e.optOut.source},
            {QStringLiteral("created_at"), e.optOut.createdAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

int Heraldctl::importContacts()
{
    const QString path = m_cli.positional().first();
    if (!m_cli.isSet(QStringLiteral("list")))
        return usage(QStringLiteral("import-contacts needs --list NAME"));
    ContactImport::Options options;
    options.listName = m_cli.value(QStringLiteral("list"));
    options.fileName = path == u"-" ? QStringLiteral("standard input") : QFileInfo(path).fileName();
    if (m_cli.isSet(QStringLiteral("region")))
        options.defaultRegion = m_cli.value(QStringLiteral("region"));
    for (const QString &map : m_cli.values(QStringLiteral("map"))) {
        const qsizetype eq = map.lastIndexOf(u'=');
        if (eq <= 0 || eq == map.size() - 1)
            return usage(u"--map takes COLUMN=FIELD, not '" + map + u"'");
        options.mapping.insert(map.left(eq).trimmed(), map.mid(eq + 1).trimmed());
    }
    auto campaign = campaignOption(*m_db, m_tenant.id, m_user, m_cli.value(QStringLiteral("campaign")));
    if (!campaign)
        return fail(campaign.error());
    QFile file;
    if (auto st = openInput(file, path); !st)
        return fail(st.error());
    SystemClock clock;
    auto upload = ContactImport(*m_db, m_tenant.id, m_user, clock).run(file, options);
    if (!upload)
        return fail(upload.error());
    if (*campaign)
        if (auto st = UploadRepository(*m_db, m_tenant.id).link(upload->id, *campaign); !st)
            return fail(st.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("rows_read"), upload->rowsRead},
                              {QStringLiteral("accepted"), upload->accepted},
                              {QStringLiteral("rejected"), upload->rejected},
                              {QStringLiteral("duplicates"), upload->duplicates},
                              {QStringLiteral("skipped_opted_out"), upload->skippedOptedOut},
                              {QStringLiteral("upload_id"), upload->id}});
        return 0;
    }
    m_out << "Upload " << upload->id << ": " << upload->rowsRead << " rows read from " << options.fileName << " ("
          << upload->encoding << ", " << upload->delimiter << ") into list " << upload->listName << Qt::endl;
    m_out << "  accepted           " << upload->accepted << Qt::endl;
    m_out << "  rejected           " << upload->rejected << Qt::endl;
    m_out << "  duplicates         " << upload->duplicates << Qt::endl;
    m_out << "  skipped_opted_out  " << upload->skippedOptedOut << Qt::endl;
    if (upload->rejected > 0)
        m_out << "The rejected rows, to correct: heraldctl uploads rejections " << upload->id << Qt::endl;
    return 0;
}

int Heraldctl::uploadsList()
{
    auto campaign = campaignOption(*m_db, m_tenant.id, m_user, m_cli.value(QStringLiteral("campaign")));
    if (!campaign)
        return fail(campaign.error());
    auto uploads = UploadRepository(*m_db, m_tenant.id).uploads(*campaign);
    if (!uploads)
        return fail(uploads.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Upload &u : std::as_const(*uploads))
            out.append(uploadJson(u));
        printJson(out);
        return 0;
    }
    for (const Upload &u : std::as_const(*uploads))
        m_out << QString::number(u.id).leftJustified(7) << u.createdAt.toUTC().toString(Qt::ISODate) << "  "
              << u.fileName << " -> " << u.listName << ": " << u.rowsRead << " read, " << u.accepted << " accepted, "
              << u.rejected << " rejected, " << u.duplicates << " duplicates, " << u.skippedOptedOut
              << " skipped (opted out)" << Qt::endl;
    return 0;
}

int Heraldctl::uploadsShow()
{
    bool ok = false;
    const Id id = m_cli.positional().first().toLongLong(&ok);
    if (!ok)
        return usage(u"'" + m_cli.positional().first() + u"' is not an upload id (see heraldctl uploads list)");
    UploadRepository repo(*m_db, m_tenant.id);
    auto upload = repo.upload(id);
    if (!upload)
        return fail(upload.error());
    QList<UploadRow> notAccepted;
    for (qint64 after = 0;;) { // only these outcomes: the accepted rows may be millions
        using O = UploadRow::Outcome;
        auto page = repo.rows(id, {O::Rejected, O::Duplicate, O::SkippedOptedOut}, after, 5000);
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            break;
        notAccepted += *page;
        after = page->last().row;
    }
    if (m_cli.isSet(QStringLiteral("json"))) {
        QJsonObject out = uploadJson(*upload);
        QJsonArray rows;
        for (const UploadRow &r : std::as_const(notAccepted))
            rows.append(
                QJsonObject{{QStringLiteral("row"), r.row},
                            {QStringLiteral("outcome"), UploadRow::outcomeName(r.outcome)},
                            {QStringLiteral("reason"), r.reason},
                            {QStringLiteral("contact_id"), r.contactId > 0 ? QJsonValue(r.contactId) : QJsonValue()},
                            {QStringLiteral("content"), r.content}});
        out.insert(QStringLiteral("rows_not_accepted"), rows);
        printJson(out);
        return 0;
    }
    const QJsonObject j = uploadJson(*upload);
    for (const char *key : {"upload_id", "list", "file_name", "encoding", "delimiter", "created_at", "created_by",
                            "rows_read", "accepted", "rejected", "duplicates", "skipped_opted_out"})
        m_out << QString::fromLatin1(key).leftJustified(19) << j.value(QLatin1StringView(key)).toVariant().toString()
              << Qt::endl;
    for (const UploadRow &r : std::as_const(notAccepted))
        m_out << "row " << r.row << ": " << UploadRow::outcomeName(r.outcome) << ": " << r.reason << Qt::endl;
    return 0;
}

int Heraldctl::uploadsRejections()
{
    bool ok = false;
    const Id id = m_cli.positional().first().toLongLong(&ok);
    if (!ok)
        return usage(u"'" + m_cli.positional().first() + u"' is not an upload id (see heraldctl uploads list)");
    auto csv = UploadRepository(*m_db, m_tenant.id).rejectionsCsv(id);
    if (!csv)
        return fail(csv.error());
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(Error::runtime(u"cannot write to standard output: " + out.errorString()));
    out.write(*csv);
    return 0;
}

int Heraldctl::optOuts()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    OptOutList list(*m_db, m_tenant.id, m_user);
    if (command == u"optouts export") {
        auto csv = list.exportCsv();
        if (!csv)
            return fail(csv.error());
        m_out << QString::fromUtf8(*csv);
        return 0;
    }
    if (command == u"optouts list") {
        auto entries = list.entries();
        if (!entries)
            return fail(entries.error());
        if (json) {
            QJsonArray out;
            for (const OptOutList::Entry &e : std::as_const(*entries))
                out.append(optOutJson(e));
            printJson(out);
        } else {
            for (const OptOutList::Entry &e : std::as_const(*entries))
                m_out << (e.email.isEmpty() ? e.phone : e.email).leftJustified(32) << ' '
                      << (e.optOut.channel ? nameOf(*e.optOut.channel) : QStringLiteral("all")).leftJustified(9)
                      << e.optOut.source.leftJustified(18) << e.optOut.createdAt.toUTC().toString(Qt::ISODate) << Qt::endl;
        }
        return 0;
    }
    if (command == u"optouts history") {
        bool ok = true;
        const int limit = m_cli.isSet(QStringLiteral("limit")) ? m_cli.value(QStringLiteral("limit")).toInt(&ok) : 1000;
        if (!ok || limit < 1)
            return usage(u"--limit takes a positive number, not '" + m_cli.value(QStringLiteral("limit")) + u"'");
        auto events = AudienceRepository(*m_db, m_tenant.id).optOutEvents(limit);
        if (!events)
            return fail(events.error());
        QJsonArray out;
        for (const OptOutEvent &e : std::as_const(*events)) {
            const QJsonObject o{{QStringLiteral("contact_id"), e.contactId},
                                {QStringLiteral("channel"), e.channel ? nameOf(*e.channel) : QStringLiteral("all")},
                                {QStringLiteral("action"), e.added ? QStringLiteral("added") : QStringLiteral("removed")},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)}};
            if (json)
                out.append(o);
            else
                m_out << o.value(u"at").toString() << "  contact " << e.contactId << ' ' << o.value(u"action").toString()
                      << ' ' << o.value(u"channel").toString() << " by " << e.actor
                      << (e.source.isEmpty() ? QString() : u" (" + e.source + u')') << Qt::endl;
        }
        if (json)
            printJson(out);
        return 0;
    }
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel)
        return usage(channel.error().message);
    const QString address = m_cli.positional().first();
    const QString region = m_cli.isSet(QStringLiteral("region")) ? m_cli.value(QStringLiteral("region")) : QStringLiteral("US");
    if (command == u"optouts import") {
        QFile file;
        if (auto st = openInput(file, address); !st)
            return fail(st.error());
        auto summary = list.importCsv(file, *channel, region);
        if (!summary)
            return fail(summary.error());
        if (json) {
            printJson(QJsonObject{{QStringLiteral("rows_read"), summary->rowsRead},
                                  {QStringLiteral("added"), summary->added},
                                  {QStringLiteral("already"), summary->already},
                                  {QStringLiteral("rejected"), summary->rejected},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(summary->problems)}});
        } else {
            m_out << summary->rowsRead << " rows: " << summary->added << " added, " << summary->already
                  << " already on the list, " << summary->rejected << " rejected" << Qt::endl;
            for (const QString &p : std::as_const(summary->problems))
                m_out << "  " << p << Qt::endl;
        }
        return 0;
    }
    if (command == u"optouts add") {
        const QString source = m_cli.isSet(QStringLiteral("source")) ? m_cli.value(QStringLiteral("source"))
                                                                      : QStringLiteral("manual");
        auto added = list.add(address, *channel, source, region);
        if (!added)
            return fail(added.error());
        if (json)
            printJson(optOutJson(*added));
        else
            m_out << (added->email.isEmpty() ? added->phone : added->email) << " is opted out of "
                  << (*channel ? displayName(**channel) : QStringLiteral("every channel")) << Qt::endl;
        return 0;
    }
    if (!m_cli.isSet(QStringLiteral("yes")))
        return usage(u"optouts remove lets " + address + u" be messaged again: add --yes to confirm");
    if (auto st = list.remove(address, *channel, region); !st)
        return fail(st.error());
    if (json)
        printJson(QJsonObject{{QStringLiteral("removed"), address.trimmed()},
                              {QStringLiteral("channel"), *channel ? nameOf(**channel) : QStringLiteral("all")}});
    else
        m_out << address.trimmed() << " is off the opt-out list for "
              << (*channel ? displayName(**channel) : QStringLiteral("every channel")) << Qt::endl;
    return 0;
}

} // namespace herald::ctl
