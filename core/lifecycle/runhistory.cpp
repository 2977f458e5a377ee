#include "runhistory.h"

#include "storage/campaignrepository.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/tenantrepository.h"

#include <numeric>

namespace herald {

qint64 RunSummary::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
}

Result<QList<RunSummary>> recentRuns(const Database &db, Id tenantId, int limit)
{
    auto runs = RunRepository(db, tenantId).recent(limit);
    if (!runs)
        return runs.error();
    QList<Id> runIds, campaignIds;
    for (const Run &r : std::as_const(*runs)) {
        runIds << r.id;
        if (!campaignIds.contains(r.campaignId))
            campaignIds << r.campaignId;
    }
    auto campaigns = CampaignRepository(db, tenantId).getMany(campaignIds);
    if (!campaigns)
        return campaigns.error();
    auto users = TenantRepository(db).users(tenantId);
    if (!users)
        return users.error();
    auto counts = MessageRepository(db, tenantId).countsByRun(runIds);
    if (!counts)
        return counts.error();

    QHash<Id, const Campaign *> campaignById;
    for (const Campaign &c : std::as_const(*campaigns))
        campaignById.insert(c.id, &c);
    QHash<Id, QString> userName;
    for (const User &u : std::as_const(*users))
        userName.insert(u.id, u.name);
    auto nameOfUser = [&](const std::optional<Id> &id) { return id ? userName.value(*id) : QString(); };

    QList<RunSummary> out;
    out.reserve(runs->size());
    for (auto it = runs->crbegin(); it != runs->crend(); ++it) {
        RunSummary s;
        s.run = *it;
        s.run.configuration.clear(); // not listed; the campaign's report shows it
        if (const Campaign *c = campaignById.value(it->campaignId)) {
            s.campaignShortId = c->shortId;
            s.campaignName = c->name;
        }
        s.startedBy = nameOfUser(it->startedBy);
        s.disclaimerBy = nameOfUser(it->disclaimerAcceptedBy);
        s.counts = counts->value(it->id);
        out.append(std::move(s));
    }
    return out;
}

} // namespace herald
