// heraldctl import-contacts | uploads list | show | rejections: CSV imports as staged uploads.
#include "audience/contactimport.h"
#include "heraldctl.h"
#include "lifecycle/campaignservice.h"
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
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return fail(QFileInfo::exists(path) || path == u"-"
                        ? Error::runtime(u"cannot read " + path + u": " + file.errorString())
                        : Error::notFound(u"file " + path + u" does not exist"));
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
    for (qint64 after = 0;;) {
        auto page = repo.rows(id, {}, after, 5000);
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            break;
        for (const UploadRow &r : std::as_const(*page))
            if (r.outcome != UploadRow::Outcome::Accepted)
                notAccepted.append(r);
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

} // namespace herald::ctl
