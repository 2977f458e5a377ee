#include "permissions.h"

#include <QStringList>

namespace herald {

namespace {

constexpr unsigned bit(Role r)
{
    return 1u << static_cast<unsigned>(r);
}

constexpr unsigned kAdmin = bit(Role::Admin), kManager = bit(Role::Manager), kReviewer = bit(Role::Reviewer),
                   kSupport = bit(Role::Support);

struct Rule
{
    Action action;
    unsigned roles;
    const char16_t *description;
};

// docs/permissions.md is this table; tst_permissions checks that they agree.
constexpr Rule kRules[] = {
    {Action::CreateCampaigns, kAdmin | kManager, u"create campaigns"},
    {Action::EditCampaigns, kAdmin | kManager, u"change campaigns"},
    {Action::DeleteCampaigns, kAdmin | kManager, u"delete campaigns"},
    {Action::ApproveCampaigns, kAdmin | kReviewer, u"approve or reject campaigns"},
    {Action::CommentOnCampaigns, kAdmin | kManager | kReviewer | kSupport, u"comment on campaigns"},
    {Action::RunCampaigns, kAdmin | kManager, u"run campaigns"},
    {Action::ControlCampaigns, kAdmin | kManager, u"pause, resume or stop campaigns"},
    {Action::EditContacts, kAdmin | kManager, u"change contacts and contact lists"},
    {Action::ImportContacts, kAdmin | kManager, u"import contacts"},
    {Action::EditOptOuts, kAdmin | kManager, u"change the opt-out list"},
    {Action::EditTemplates, kAdmin | kManager, u"change templates"},
    {Action::EditGoals, kAdmin | kManager, u"change goals"},
    {Action::EditWriters, kAdmin | kManager, u"change writers"},
    {Action::EditSegments, kAdmin | kManager, u"change segments"},
    {Action::ConfigureProviders, kAdmin, u"configure providers"},
    {Action::ManagePeople, kAdmin, u"manage people and their roles"},
    {Action::ManageTenants, kAdmin, u"manage tenants"},
    {Action::ManageSenders, kAdmin, u"manage senders"},
    {Action::ManageNumberPools, kAdmin, u"manage number pools"},
    {Action::MaintainWorkspace, kAdmin, u"maintain the workspace"},
    {Action::SeeProviderDiagnostics, kAdmin | kSupport, u"see provider diagnostics"},
};
static_assert(std::size(kRules) == EnumNames<Action>::table.size(), "every action has a rule");

constexpr const Rule &ruleFor(Action action)
{
    return kRules[static_cast<std::size_t>(action)];
}

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < std::size(kRules); ++i)
        if (static_cast<std::size_t>(kRules[i].action) != i)
            return false;
    return true;
}
static_assert(inOrder(), "kRules is indexed by Action");

} // namespace

bool Permissions::permits(Role role, Action action)
{
    return (ruleFor(action).roles & bit(role)) != 0;
}

QString Permissions::describe(Action action)
{
    return QString::fromUtf16(ruleFor(action).description);
}

QString Permissions::rolesFor(Action action)
{
    QStringList names;
    for (Role r : allValues<Role>())
        if (permits(r, action))
            names << nameOf(r);
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + u" or " + last;
}

Status Permissions::require(const User &user, Action action)
{
    if (!user.active())
        return Error::refused(u"user '" + user.name + u"' is deactivated and may not " + describe(action)
                              + u": an admin can reactivate them");
    if (permits(user.role, action))
        return {};
    return Error::refused(u"user '" + user.name + u"' (role " + nameOf(user.role) + u") may not " + describe(action)
                          + u": that needs the role " + rolesFor(action));
}

} // namespace herald
