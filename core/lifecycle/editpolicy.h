#pragma once

#include "domain/campaignstatus.h"
#include "domain/result.h"

namespace herald {

// What may be done to a campaign in each status (STATUS_MODEL.md, "Editing").
class EditPolicy final
{
public:
    enum class Edit {
        Configuration, // audience, channels, launch, goal, anything but content
        Content,       // templates, message text, scripts
    };

    // `subject` names the campaign, e.g. "campaign 'Spring sale' (C-7K2QM)"
    // (PreflightService::subjectText); a QString subject goes in verbatim.
    static Status mayEdit(CampaignStatus status, Edit edit, const Text &subject);
    static Status mayEdit(CampaignStatus status, Edit edit, const QString &subject);
    // A content edit while Paused voids the reviewer's approval (re-approval before resume).
    static bool editVoidsApproval(CampaignStatus status, Edit edit);
    static Status mayArchive(CampaignStatus status, const Text &subject);
    static Status mayArchive(CampaignStatus status, const QString &subject);
    static Status mayDelete(CampaignStatus status, const Text &subject);
    static Status mayDelete(CampaignStatus status, const QString &subject);
    static Status mayActivate(CampaignStatus status, const Text &subject);
    static Status mayActivate(CampaignStatus status, const QString &subject);
};

} // namespace herald
