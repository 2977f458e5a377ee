#pragma once

#include "database.h"
#include "domain/upload.h"
#include "sqlquery.h"

#include <optional>

namespace herald {

// Staged uploads (CSV imports) of one tenant: their counts, rows and campaign links.
class UploadRepository final
{
public:
    UploadRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    Result<Upload> upload(Id id);
    // Newest first; with `campaignId`, those followed up in that campaign.
    Result<QList<Upload>> uploads(Id campaignId = 0);
    // Rows in file order after `afterRow`, of these outcomes (none given: all).
    Result<QList<UploadRow>> rows(Id uploadId, const QList<UploadRow::Outcome> &outcomes = {}, qint64 afterRow = 0,
                                  int limit = 1000);
    // Follows the upload up in the campaign's detail (both of this tenant; again: nothing).
    Status link(Id uploadId, Id campaignId);
    // The uploads linked to the campaign, newest first, with what its live runs did
    // with their accepted contacts.
    Result<QList<UploadFollowUp>> followUp(Id campaignId);
    // The rejected rows as a CSV file to correct and import again: "row", "reason", then
    // the row's own fields. A cell a spreadsheet would run as a formula (=, +, -, @ first)
    // is written with a ' before it.
    Result<QByteArray> rejectionsCsv(Id uploadId);

    // Writes one upload inside the caller's transaction, statements prepared once.
    class Writer final
    {
    public:
        Writer(const QSqlDatabase &db, Id tenantId);
        Result<Id> create(const Upload &upload);
        Status addRow(Id uploadId, const UploadRow &row);
        Status finish(const Upload &upload); // its counts

    private:
        QSqlDatabase m_db;
        Id m_tenantId;
        SqlQuery m_row;
    };

private:
    Result<QList<Upload>> query(const QString &where, const QList<QVariant> &args);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
