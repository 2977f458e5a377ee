#pragma once

#include "campaignservice.h"
#include "storage/database.h"

#include <QJsonObject>

namespace herald {

class CatalogRepository;
class MessageRepository;

// The JSON shape of a campaign: what `heraldctl campaigns show --json` prints and what
// `campaigns create --json FILE` reads, so show -> edit -> create round-trips.
// References (goal, writer, reviewer, contact list, segments, template, sender) are
// printed as names and read as a name or a numeric id.
class CampaignDocument final
{
public:
    CampaignDocument(Database db, Id tenantId);

    // The short form of `campaigns list --json`.
    static QJsonObject summary(const CampaignOverview &overview);
    // The full form, with runs and their message counts.
    Result<QJsonObject> toJson(const CampaignOverview &overview, const QList<Run> &runs);
    Result<Campaign> fromJson(const QJsonObject &json);

    static QJsonValue time(const QDateTime &t);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
