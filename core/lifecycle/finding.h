#pragma once

#include "domain/channelkind.h"
#include "domain/enumnames.h"

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

// How failure reasons are grouped for people (campaign list "Info", run failure reasons).
enum class FindingGroup { Templates, SenderDetails, Audience, BalancePermissions };

template <>
struct EnumNames<FindingGroup>
{
    static constexpr std::array<std::pair<FindingGroup, std::string_view>, 4> table{{
        {FindingGroup::Templates, "Templates"},
        {FindingGroup::SenderDetails, "Sender details"},
        {FindingGroup::Audience, "Audience"},
        {FindingGroup::BalancePermissions, "Balance & permissions"},
    }};
};

// One preflight result. `code` is stable (scripts match on it); `message` names the
// object; `fix` says what to do.
struct Finding
{
    QString code;
    Severity severity = Severity::Blocker;
    std::optional<ChannelKind> channel; // empty: about the whole campaign
    QString message;
    QString fix;

    FindingGroup group() const;
    bool operator==(const Finding &) const = default;
};

} // namespace herald
