#pragma once

#include "tenant.h"

namespace herald {

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
