#pragma once

#include "audiencequery.h"
#include "domain/campaign.h"
#include "domain/contact.h"

namespace herald {

// Who a campaign's live run reaches on one channel: the spec RunService queues with and
// the GUI previews, so the number a person sees is the number that is sent.
Result<AudienceSpec> campaignAudienceSpec(const Database &db, Id tenantId, const Campaign &campaign, ChannelKind kind);

struct ChannelAudience
{
    ChannelKind kind = ChannelKind::Email;
    qint64 count = 0;
    QList<Contact> sample; // the first contacts by id
};

// Per channel of the campaign: how many messages a live run would queue now, and a sample.
Result<QList<ChannelAudience>> previewAudience(const Database &db, Id tenantId, const Campaign &campaign,
                                               int sampleSize = 5);

} // namespace herald
