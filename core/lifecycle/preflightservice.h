#pragma once

#include "domain/campaign.h"
#include "domain/user.h"
#include "preflight.h"
#include "storage/database.h"

#include <QHash>

#include <memory>

namespace herald {

// Gathers a PreflightInput from the workspace and evaluates it. Reads the tenant's
// catalog once (goals, templates, senders, providers, segments, running channels), so
// checking a whole campaign list costs the audience counts and little else.
class PreflightService final
{
public:
    PreflightService(Database db, Id tenantId, User user);
    ~PreflightService();
    PreflightService(const PreflightService &) = delete;
    PreflightService &operator=(const PreflightService &) = delete;

    Result<PreflightInput> input(const Campaign &campaign);
    Result<QList<Finding>> check(const Campaign &campaign, RunKind kind,
                                 const ChannelSet &only = {});

    // "campaign 'Spring sale' (C-7K2QM)"
    static QString subject(const Campaign &campaign);
    // The same as Text, to name the campaign in a translated message.
    static Text subjectText(const Campaign &campaign);

private:
    struct Catalog;
    Status load();

    Database m_db;
    Id m_tenantId;
    User m_user;
    std::unique_ptr<Catalog> m_catalog;
};

} // namespace herald
