#pragma once

#include "tenant.h"

namespace herald {

// The person who approves a campaign's content before it runs.
struct Reviewer
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    QString email;
    bool deleted = false;
};

// One entry of a campaign's review history: an approval, a rejection or a comment on its
// content, with the content hash it was about.
struct CampaignReview
{
    Id id = 0;
    Id campaignId = 0;
    QDateTime at;
    QString actor;  // the user's name
    QString action; // "approved", "rejected" or "commented"
    QString comment;
    QString contentHash;
};

} // namespace herald
