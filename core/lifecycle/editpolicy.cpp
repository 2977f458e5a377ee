#include "domain/labels.h"
#include "editpolicy.h"

namespace herald {

Status EditPolicy::mayEdit(CampaignStatus status, Edit edit, const Text &subject)
{
    const Text state = labelText(status);
    switch (status) {
    case CampaignStatus::Draft:
    case CampaignStatus::Ready:
    case CampaignStatus::Failed:
    case CampaignStatus::Stopped:
        return {};
    case CampaignStatus::Scheduled:
        return Error::refused(Text::tr("%1 is %2: stop the schedule first, then edit").arg(subject, state));
    case CampaignStatus::Running:
        return Error::refused(Text::tr("%1 is %2: it cannot be edited while sending; pause it to change its content")
                                  .arg(subject, state));
    case CampaignStatus::Paused:
        if (edit == Edit::Content)
            return {};
        return Error::refused(Text::tr("%1 is %2: only its content can be edited (which needs the reviewer's "
                                       "approval again); stop it to change anything else")
                                  .arg(subject, state));
    case CampaignStatus::Completed:
        return Error::refused(
            Text::tr("%1 is %2: a completed campaign cannot be edited or relaunched; clone it instead")
                .arg(subject, state));
    case CampaignStatus::Archived:
        return Error::refused(
            Text::tr("%1 is %2: archived campaigns are read-only; clone it to reuse it").arg(subject, state));
    }
    return {};
}

Status EditPolicy::mayEdit(CampaignStatus status, Edit edit, const QString &subject)
{
    return mayEdit(status, edit, Text(subject));
}

bool EditPolicy::editVoidsApproval(CampaignStatus status, Edit edit)
{
    return edit == Edit::Content && status != CampaignStatus::Archived && status != CampaignStatus::Completed;
}

Status EditPolicy::mayArchive(CampaignStatus status, const Text &subject)
{
    if (status == CampaignStatus::Completed || status == CampaignStatus::Stopped || status == CampaignStatus::Failed)
        return {};
    if (status == CampaignStatus::Archived)
        return Error::refused(Text::tr("%1 is already Archived").arg(subject));
    return Error::refused(Text::tr("%1 is %2: only Completed, Stopped or Failed campaigns can be archived")
                              .arg(subject, labelText(status)));
}

Status EditPolicy::mayArchive(CampaignStatus status, const QString &subject)
{
    return mayArchive(status, Text(subject));
}

Status EditPolicy::mayDelete(CampaignStatus status, const Text &subject)
{
    if (status == CampaignStatus::Running || status == CampaignStatus::Paused || status == CampaignStatus::Scheduled)
        return Error::refused(Text::tr("%1 is %2: stop it before deleting it").arg(subject, labelText(status)));
    return {};
}

Status EditPolicy::mayDelete(CampaignStatus status, const QString &subject)
{
    return mayDelete(status, Text(subject));
}

Status EditPolicy::mayActivate(CampaignStatus status, const Text &subject)
{
    return mayEdit(status, Edit::Configuration, subject);
}

Status EditPolicy::mayActivate(CampaignStatus status, const QString &subject)
{
    return mayActivate(status, Text(subject));
}

} // namespace herald
