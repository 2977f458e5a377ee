#include "uploadrepository.h"

#include "audience/csvreader.h"
#include "domain/messagestatus.h"
#include "statussql.h"

#include <QBuffer>

namespace herald {

namespace {

constexpr std::array kOutcomes{u"accepted", u"rejected", u"duplicate", u"skipped_opted_out"};

UploadRow::Outcome outcomeFrom(const QString &text)
{
    for (std::size_t i = 0; i < kOutcomes.size(); ++i)
        if (text == QStringView(kOutcomes[i]))
            return UploadRow::Outcome(i);
    return UploadRow::Outcome::Rejected;
}

} // namespace

QString UploadRow::outcomeName(Outcome o)
{
    return QString::fromUtf16(kOutcomes[std::size_t(o)]);
}

Result<QList<Upload>> UploadRepository::query(const QString &where, const QList<QVariant> &args)
{
    SqlQuery q(m_db.connection(),
               u"SELECT u.id, u.list_id, l.name, u.file_name, u.encoding, u.delimiter, u.created_at, u.created_by, "
               u"u.rows_read, u.accepted, u.rejected, u.duplicates, u.skipped_opted_out FROM uploads u "
               u"JOIN contact_lists l ON l.id = u.list_id WHERE u.tenant_id = ?"
                   + where + u" ORDER BY u.id DESC");
    q.bind(m_tenantId);
    for (const QVariant &a : args)
        q.bind(a);
    if (auto st = q.exec(u"reading uploads"); !st)
        return st.error();
    QList<Upload> out;
    while (q.next()) {
        Upload u;
        u.id = q.id(0);
        u.tenantId = m_tenantId;
        u.listId = q.id(1);
        u.listName = q.text(2);
        u.fileName = q.text(3);
        u.encoding = q.text(4);
        u.delimiter = q.text(5);
        u.createdAt = q.time(6);
        u.createdBy = q.text(7);
        u.rowsRead = q.id(8);
        u.accepted = q.id(9);
        u.rejected = q.id(10);
        u.duplicates = q.id(11);
        u.skippedOptedOut = q.id(12);
        out.append(u);
    }
    SqlQuery links(m_db.connection(),
                   QStringLiteral("SELECT campaign_id FROM upload_campaigns WHERE tenant_id = ? AND upload_id = ? "
                                  "ORDER BY campaign_id"));
    for (Upload &u : out) {
        links.bind(m_tenantId).bind(u.id);
        if (auto st = links.exec(u"reading the campaigns of upload " + QString::number(u.id)); !st)
            return st.error();
        while (links.next())
            u.campaigns.append(links.id(0));
    }
    return out;
}

Result<Upload> UploadRepository::upload(Id id)
{
    return singleRow(query(QStringLiteral(" AND u.id = ?"), {id}),
                     Text::tr("upload %1 not found in this tenant").arg(id));
}

Result<QList<Upload>> UploadRepository::uploads(Id campaignId)
{
    if (campaignId == 0)
        return query({}, {});
    return query(QStringLiteral(" AND u.id IN (SELECT upload_id FROM upload_campaigns WHERE tenant_id = u.tenant_id "
                                "AND campaign_id = ?)"),
                 {campaignId});
}

Result<QList<UploadRow>> UploadRepository::rows(Id uploadId, const QList<UploadRow::Outcome> &outcomes,
                                                qint64 afterRow, int limit)
{
    SqlQuery q(m_db.connection(),
               u"SELECT row_number, outcome, contact_id, reason, content FROM upload_rows WHERE tenant_id = ? "
               u"AND upload_id = ? AND row_number > ?"
                   + QString(outcomes.isEmpty() ? QString()
                                                : u" AND outcome IN (" + QStringList(outcomes.size(), QStringLiteral("?")).join(u',')
                                                      + u')')
                   // "+": with outcomes, SQLite reads their index and sorts the few rows it finds,
                   // instead of walking every row of the upload in order (an import of 1M rows)
                   + (outcomes.isEmpty() ? u" ORDER BY row_number LIMIT ?" : u" ORDER BY +row_number LIMIT ?"));
    q.bind(m_tenantId).bind(uploadId).bind(afterRow);
    for (const UploadRow::Outcome o : outcomes)
        q.bind(UploadRow::outcomeName(o));
    q.bind(limit);
    if (auto st = q.exec(u"reading the rows of upload " + QString::number(uploadId)); !st)
        return st.error();
    QList<UploadRow> out;
    while (q.next())
        out.append({q.id(0), outcomeFrom(q.text(1)), q.id(2), q.text(3), q.text(4)});
    return out;
}

Status UploadRepository::link(Id uploadId, Id campaignId)
{
    if (auto exists = upload(uploadId); !exists)
        return exists.error();
    SqlQuery campaign(m_db.connection(), QStringLiteral("SELECT 1 FROM campaigns WHERE tenant_id = ? AND id = ?"));
    campaign.bind(m_tenantId).bind(campaignId);
    if (auto st = campaign.exec(u"finding campaign " + QString::number(campaignId)); !st)
        return st;
    if (!campaign.next())
        return Error::notFound(Text::tr("campaign %1 not found in this tenant").arg(campaignId));
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO upload_campaigns (tenant_id, upload_id, campaign_id) "
                                                 "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.bind(m_tenantId).bind(uploadId).bind(campaignId);
    return q.exec(u"linking upload " + QString::number(uploadId) + u" to campaign " + QString::number(campaignId));
}

Result<QList<UploadFollowUp>> UploadRepository::followUp(Id campaignId)
{
    auto linked = uploads(campaignId);
    if (!linked)
        return linked.error();
    // Per accepted contact: any message of the campaign's live runs, and any that got through.
    const QString reached = sqlSet({MessageStatus::Delivered, MessageStatus::AssumedDelivered, MessageStatus::Answered});
    SqlQuery q(m_db.connection(),
               u"SELECT COUNT(m.contact_id), COUNT(CASE WHEN m.reached > 0 THEN 1 END) FROM upload_rows ur "
               u"JOIN (SELECT m.contact_id, MAX(CASE WHEN m.status IN "
                   + reached
                   + u" THEN 1 ELSE 0 END) AS reached FROM messages m JOIN runs r ON r.id = m.run_id "
                     u"WHERE m.tenant_id = ? AND r.campaign_id = ? AND r.kind = 'live' GROUP BY m.contact_id) m "
                     u"ON m.contact_id = ur.contact_id "
                     u"WHERE ur.tenant_id = ? AND ur.upload_id = ? AND ur.outcome = 'accepted'");
    QList<UploadFollowUp> out;
    for (const Upload &u : std::as_const(*linked)) {
        q.bind(m_tenantId).bind(campaignId).bind(m_tenantId).bind(u.id);
        if (auto st = q.exec(u"following up upload " + QString::number(u.id)); !st)
            return st.error();
        UploadFollowUp f{u, 0, 0};
        if (q.next()) {
            f.contacted = q.id(0);
            f.reached = q.id(1);
        }
        out.append(f);
    }
    return out;
}

Result<QByteArray> UploadRepository::rejectionsCsv(Id uploadId)
{
    if (auto exists = upload(uploadId); !exists)
        return exists.error();
    QString out = csvLine({QStringLiteral("row"), QStringLiteral("reason")}) + u"\r\n";
    for (qint64 after = 0;;) {
        auto page = rows(uploadId, {UploadRow::Outcome::Rejected}, after, 5000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const UploadRow &r : std::as_const(*page)) {
            QByteArray content = r.content.toUtf8();
            QBuffer buffer(&content);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(buffer, CsvFormat{});
            QStringList fields;
            reader.next(fields);
            QStringList cells{QString::number(r.row), r.reason};
            for (const QString &f : std::as_const(fields))
                cells.append(csvSafe(f));
            out += csvLine(cells) + u"\r\n";
            after = r.row;
        }
    }
    return out.toUtf8();
}

UploadRepository::Writer::Writer(const QSqlDatabase &db, Id tenantId)
    : m_db(db), m_tenantId(tenantId),
      m_row(db,
            QStringLiteral("INSERT INTO upload_rows (tenant_id, upload_id, row_number, outcome, contact_id, reason, "
                           "content) VALUES (?, ?, ?, ?, ?, ?, ?)"))
{}

Result<Id> UploadRepository::Writer::create(const Upload &u)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO uploads (tenant_id, list_id, file_name, encoding, delimiter, created_at, "
                              "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(u.listId).bind(u.fileName).bind(u.encoding).bind(u.delimiter).bindTime(u.createdAt);
    q.bind(u.createdBy);
    return q.execId(u"recording the upload of " + u.fileName);
}

Status UploadRepository::Writer::addRow(Id uploadId, const UploadRow &r)
{
    m_row.bind(m_tenantId).bind(uploadId).bind(r.row).bind(UploadRow::outcomeName(r.outcome));
    m_row.bind(r.contactId > 0 ? QVariant(r.contactId) : QVariant()).bind(r.reason).bind(r.content);
    return m_row.exec(u"recording row " + QString::number(r.row) + u" of upload " + QString::number(uploadId));
}

Status UploadRepository::Writer::finish(const Upload &u)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE uploads SET rows_read = ?, accepted = ?, rejected = ?, duplicates = ?, "
                                    "skipped_opted_out = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(u.rowsRead).bind(u.accepted).bind(u.rejected).bind(u.duplicates).bind(u.skippedOptedOut);
    q.bind(m_tenantId).bind(u.id);
    return q.exec(u"recording the counts of upload " + QString::number(u.id));
}

} // namespace herald
