#include "campaignaudience.h"

#include "storage/audiencerepository.h"

namespace herald {

Result<AudienceSpec> campaignAudienceSpec(const Database &db, Id tenantId, const Campaign &c, ChannelKind kind)
{
    AudienceRepository audience(db, tenantId);
    AudienceSpec spec;
    spec.contactListId = c.contactListId;
    spec.oneTimeRules = c.oneTimeRules;
    spec.channel = kind;
    for (const auto &[segments, target] : {std::pair{&c.sendToSegments, &spec.includeRules},
                                           std::pair{&c.excludeSegments, &spec.excludeRules}}) {
        for (Id segmentId : *segments) {
            auto s = audience.segment(segmentId);
            if (!s)
                return s.error();
            target->append(s->rules);
        }
    }
    return spec;
}

Result<QList<ChannelAudience>> previewAudience(const Database &db, Id tenantId, const Campaign &c, int sampleSize)
{
    QList<ChannelAudience> out;
    if (!c.contactListId && c.sendToSegments.isEmpty())
        return out; // no audience source yet: preflight says what to fix
    AudienceQuery query(db, tenantId);
    for (const CampaignChannel &ch : c.channels) {
        auto spec = campaignAudienceSpec(db, tenantId, c, ch.kind);
        if (!spec)
            return spec.error();
        ChannelAudience a;
        a.kind = ch.kind;
        auto count = query.count(*spec);
        if (!count)
            return count.error();
        a.count = *count;
        auto ids = query.ids(*spec, sampleSize);
        if (!ids)
            return ids.error();
        auto contacts = AudienceRepository(db, tenantId).contactsByIds(*ids);
        if (!contacts)
            return contacts.error();
        a.sample = *contacts;
        out.append(a);
    }
    return out;
}

} // namespace herald
