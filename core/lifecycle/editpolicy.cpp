#include "editpolicy.h"

namespace herald {

Status EditPolicy::mayEdit(CampaignStatus status, Edit edit, const QString &subject)
{
    const QString is = subject + u" is " + nameOf(status);
    switch (status) {
    case CampaignStatus::Draft:
    case CampaignStatus::Ready:
    case CampaignStatus::Failed:
    case CampaignStatus::Stopped:
        return {};
    case CampaignStatus::Scheduled:
        return Error::refused(is + u": stop the schedule first, then edit");
    case CampaignStatus::Running:
        return Error::refused(is + u": it cannot be edited while sending; pause it to change its content");
    case CampaignStatus::Paused:
        if (edit == Edit::Content)
            return {};
        return Error::refused(is + u": only its content can be edited (which needs the reviewer's approval again); "
                                   u"stop it to change anything else");
    case CampaignStatus::Completed:
        return Error::refused(is + u": a completed campaign cannot be edited or relaunched; clone it instead");
    case CampaignStatus::Archived:
        return Error::refused(is + u": archived campaigns are read-only; clone it to reuse it");
    }
    return {};
}

bool EditPolicy::editVoidsApproval(CampaignStatus status, Edit edit)
{
    return edit == Edit::Content && status != CampaignStatus::Archived && status != CampaignStatus::Completed;
}

Status EditPolicy::mayArchive(CampaignStatus status, const QString &subject)
{
    if (status == CampaignStatus::Completed || status == CampaignStatus::Stopped || status == CampaignStatus::Failed)
        return {};
    if (status == CampaignStatus::Archived)
        return Error::refused(subject + u" is already Archived");
    return Error::refused(subject + u" is " + nameOf(status)
                          + u": only Completed, Stopped or Failed campaigns can be archived");
}

Status EditPolicy::mayDelete(CampaignStatus status, const QString &subject)
{
    if (status == CampaignStatus::Running || status == CampaignStatus::Paused || status == CampaignStatus::Scheduled)
        return Error::refused(subject + u" is " + nameOf(status) + u": stop it before deleting it");
    return {};
}

Status EditPolicy::mayActivate(CampaignStatus status, const QString &subject)
{
    return mayEdit(status, Edit::Configuration, subject);
}

} // namespace herald
