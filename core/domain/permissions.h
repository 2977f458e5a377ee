#pragma once

#include "result.h"
#include "role.h"
#include "user.h"

namespace herald {

// What a user may do, by role: the one table of docs/permissions.md. Core services call
// Permissions::require before they change anything; the GUI asks permits() only to show
// an action as unavailable, never to decide.
enum class Action {
    CreateCampaigns,
    EditCampaigns, // change, activate, archive, clone, save as template
    DeleteCampaigns,
    ApproveCampaigns, // approve or reject content
    CommentOnCampaigns,
    RunCampaigns, // live and test runs, retry failed, a missed launch sent now
    ControlCampaigns, // pause, resume, stop
    EditContacts, // contacts and contact lists
    ImportContacts,
    EditOptOuts,
    EditTemplates,
    EditGoals,
    EditWriters,
    EditSegments,
    ConfigureProviders, // providers, the writer endpoint
    ManagePeople,
    ManageTenants,
    ManageSenders,
    ManageNumberPools,
    MaintainWorkspace, // sweep by hand, check, back up
    SeeProviderDiagnostics, // provider latency, telephony metrics
};

template <>
struct EnumNames<Action>
{
    static constexpr std::array<std::pair<Action, std::string_view>, 21> table{{
        {Action::CreateCampaigns, "campaigns.create"},
        {Action::EditCampaigns, "campaigns.edit"},
        {Action::DeleteCampaigns, "campaigns.delete"},
        {Action::ApproveCampaigns, "campaigns.approve"},
        {Action::CommentOnCampaigns, "campaigns.comment"},
        {Action::RunCampaigns, "campaigns.run"},
        {Action::ControlCampaigns, "campaigns.control"},
        {Action::EditContacts, "contacts.edit"},
        {Action::ImportContacts, "contacts.import"},
        {Action::EditOptOuts, "optouts.edit"},
        {Action::EditTemplates, "templates.edit"},
        {Action::EditGoals, "goals.edit"},
        {Action::EditWriters, "writers.edit"},
        {Action::EditSegments, "segments.edit"},
        {Action::ConfigureProviders, "providers.configure"},
        {Action::ManagePeople, "people.manage"},
        {Action::ManageTenants, "tenants.manage"},
        {Action::ManageSenders, "senders.manage"},
        {Action::ManageNumberPools, "pools.manage"},
        {Action::MaintainWorkspace, "workspace.maintain"},
        {Action::SeeProviderDiagnostics, "diagnostics.see"},
    }};
};

class Permissions final
{
public:
    static bool permits(Role role, Action action);
    // What the action is, for people: "edit templates" (in English).
    static QString describe(Action action);
    // The same, translated: for messages and windows.
    static Text description(Action action);
    // The roles that may, joined for a message: "admin or manager" (in English).
    static QString rolesFor(Action action);
    // The same, translated.
    static Text roles(Action action);
    // Refused (heraldctl exit 4) naming the user, the action and the roles that may.
    static Status require(const User &user, Action action);
};

} // namespace herald
