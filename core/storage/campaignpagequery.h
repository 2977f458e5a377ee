#pragma once

#include "domain/campaignstatus.h"
#include "domain/channelkind.h"
#include "domain/result.h"
#include "domain/tenant.h"
#include "storage/database.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace herald {

// One page of a tenant's campaign list, read by key (never OFFSET): the rows after a
// cursor in the chosen order. The status a campaign is sorted and filtered by is
// computed in SQL from its newest live run, exactly as CampaignStatusRules derives it,
// except that Ready and Draft need preflight: SQL only knows "activated, not launched"
// (a Ready candidate) from "not activated" (surely Draft); the service refines the rows.
class CampaignPageQuery final
{
public:
    enum class Sort
    {
        Name,
        LaunchType,
        DerivedStatus,
        Created
    };
    enum class Archived
    {
        Include,
        Exclude,
        Only
    };

    struct Cursor
    {
        QVariant key; // the sort key of the last row read
        Id id = 0;
    };

    struct Request
    {
        Sort sort = Sort::Created;
        bool descending = true;
        std::optional<CampaignStatus> status; // Ready and Draft are refined by the caller
        std::optional<ChannelKind> channel;
        QString search; // name or short ID, case-insensitive
        Archived archived = Archived::Exclude;
        std::optional<Cursor> after;
        int limit = 100;
    };

    struct Row
    {
        Id id = 0;
        CampaignStatus sqlStatus = CampaignStatus::Draft; // Ready means "Ready unless preflight blocks"
        Cursor cursor;
    };

    CampaignPageQuery(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    Result<QList<Row>> rows(const Request &request);
    // How many campaigns match the request's filters (cursor and limit ignored).
    Result<qint64> count(const Request &request);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
