#pragma once

#include "domain/channelkind.h"
#include "domain/enumnames.h"
#include "domain/text.h"

#include <QString>

#include <optional>

namespace herald {

enum class Severity { Blocker, Warning };

template <>
struct EnumNames<Severity>
{
    static constexpr std::array<std::pair<Severity, std::string_view>, 2> table{{
        {Severity::Blocker, "blocker"},
        {Severity::Warning, "warning"},
    }};
};

// How findings and failure reasons are grouped for people (readiness, campaign list
// "Info", run failure reasons): the plan (goal, writer, reviewer, channels), content,
// senders and providers, audience, and what the account allows.
enum class FindingGroup { Plan, Templates, SenderDetails, Audience, BalancePermissions };

template <>
struct EnumNames<FindingGroup>
{
    static constexpr std::array<std::pair<FindingGroup, std::string_view>, 5> table{{
        {FindingGroup::Plan, "Plan"},
        {FindingGroup::Templates, "Templates"},
        {FindingGroup::SenderDetails, "Sender details"},
        {FindingGroup::Audience, "Audience"},
        {FindingGroup::BalancePermissions, "Balance & permissions"},
    }};
};

// One preflight result. `code` is stable (scripts match on it); `message` names the
// object, campaign included; `fix` says what to do.
struct Finding
{
    QString code;
    Severity severity = Severity::Blocker;
    std::optional<ChannelKind> channel; // empty: about the whole campaign
    // In English and in the user interface's language (stored failure reasons are English).
    Text message;
    Text fix;
    // The message as a view of the campaign itself says it, without naming the campaign
    // ("The Email channel has no sender"); empty when it has none (stored failure reasons).
    Text brief;

    FindingGroup group() const;
    // What a view of the campaign shows, in the user interface's language: the brief
    // message when there is one, as a sentence.
    QString shown() const;
    bool operator==(const Finding &) const = default;
};

} // namespace herald
