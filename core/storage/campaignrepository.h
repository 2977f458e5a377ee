#pragma once

#include "database.h"
#include "domain/campaign.h"
#include "domain/reviewer.h"

#include <QList>

namespace herald {

// Campaigns of one tenant with their channels and segment links. Status is not stored:
// lifecycle/CampaignStatusRules derives it.
class CampaignRepository final
{
public:
    CampaignRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts the campaign, its channels and segment links in one transaction.
    // An empty shortId gets a fresh one. Returns the new id.
    Result<Id> create(const Campaign &campaign);
    // Rewrites the campaign row, its channels and its segment links.
    Status update(const Campaign &campaign);
    Result<Campaign> get(Id id);
    // By short ID ("C-7K2QM", case-insensitive) or numeric id.
    Result<Campaign> find(const QString &reference);
    Result<QList<Campaign>> list(bool includeArchived = true);
    // The given campaigns (newest first); ids of other tenants are simply not found.
    Result<QList<Campaign>> getMany(const QList<Id> &ids);
    Status addReview(const CampaignReview &review);
    // Oldest first.
    Result<QList<CampaignReview>> reviews(Id campaignId);
    Status setArchived(Id id, bool archived);
    Status setActivated(Id id, bool activated);
    // Deletes the campaign with its runs and messages.
    Status remove(Id id);

    static QString newShortId();

private:
    Status writeChildren(const QSqlDatabase &db, Id campaignId, const Campaign &campaign);
    Result<QList<Campaign>> query(const QString &where, const QVariant &arg);
    Status setFlag(Id id, const char *column, bool value);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
