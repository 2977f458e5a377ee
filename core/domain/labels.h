#pragma once

#include "domain/campaignstatus.h"
#include "domain/channelstatus.h"
#include "domain/launchtype.h"
#include "domain/messagestatus.h"
#include "domain/role.h"
#include "domain/text.h"

#include <QString>

namespace herald {

enum class FindingGroup;

// What a window or a printed report calls a state, a launch type or a role, in the user
// interface's language. nameOf() stays the English name that JSON, the command line and
// logs use; in English the two are the same.
QString label(CampaignStatus status);
QString label(ChannelStatus status);
QString label(MessageStatus status);
QString label(LaunchType type); // also a run's trigger
QString label(RunKind kind);
QString label(Role role);
QString label(FindingGroup group);

// The name as a Text for core's messages: nameOf() in English, label() shown.
template <typename E>
Text labelText(E value)
{
    return {nameOf(value), label(value)};
}

} // namespace herald
