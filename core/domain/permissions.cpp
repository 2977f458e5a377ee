#include "domain/labels.h"
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
    const char *description; // English; Text::tr translates it
};

// docs/permissions.md is this table; tst_permissions checks that they agree.
constexpr Rule kRules[] = {
    {Action::CreateCampaigns, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "create campaigns")},
    {Action::EditCampaigns, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change campaigns")},
    {Action::DeleteCampaigns, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "delete campaigns")},
    {Action::ApproveCampaigns, kAdmin | kReviewer, QT_TRANSLATE_NOOP("herald::Text", "approve or reject campaigns")},
    {Action::CommentOnCampaigns, kAdmin | kManager | kReviewer | kSupport,
     QT_TRANSLATE_NOOP("herald::Text", "comment on campaigns")},
    {Action::RunCampaigns, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "run campaigns")},
    {Action::ControlCampaigns, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "pause, resume or stop campaigns")},
    {Action::EditContacts, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change contacts and contact lists")},
    {Action::ImportContacts, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "import contacts")},
    {Action::EditOptOuts, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change the opt-out list")},
    {Action::EditTemplates, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change templates")},
    {Action::EditGoals, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change goals")},
    {Action::EditWriters, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change writers")},
    {Action::EditSegments, kAdmin | kManager, QT_TRANSLATE_NOOP("herald::Text", "change segments")},
    {Action::ConfigureProviders, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "configure providers")},
    {Action::ManagePeople, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "manage people and their roles")},
    {Action::ManageTenants, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "manage tenants")},
    {Action::ManageSenders, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "manage senders")},
    {Action::ManageNumberPools, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "manage number pools")},
    {Action::MaintainWorkspace, kAdmin, QT_TRANSLATE_NOOP("herald::Text", "maintain the workspace")},
    {Action::SeeProviderDiagnostics, kAdmin | kSupport, QT_TRANSLATE_NOOP("herald::Text", "see provider diagnostics")},
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
    return description(action).english();
}

Text Permissions::description(Action action)
{
    return Text::tr(ruleFor(action).description);
}

QString Permissions::rolesFor(Action action)
{
    return roles(action).english();
}

Text Permissions::roles(Action action)
{
    QStringList names;
    for (Role r : allValues<Role>())
        if (permits(r, action))
            names << nameOf(r);
    if (names.size() < 2)
        return Text(names.join(QString()));
    const QString last = names.takeLast();
    return Text::tr("%1 or %2", "the last of a list of roles").arg(names.join(QStringLiteral(", ")), last);
}

Status Permissions::require(const User &user, Action action)
{
    if (!user.active())
        return Error::refused(Text::tr("user '%1' is deactivated and may not %2: an admin can reactivate them")
                                  .arg(user.name, description(action)));
    if (permits(user.role, action))
        return {};
    return Error::refused(Text::tr("user '%1' (role %2) may not %3: that needs the role %4")
                              .arg(user.name, labelText(user.role), description(action), roles(action)));
}

} // namespace herald
