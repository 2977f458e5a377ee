#pragma once

// Shared by the campaign builder's sources only: how its combo boxes carry what they offer.

#include "domain/channelkind.h"
#include "domain/tenant.h"

#include <QComboBox>

#include <optional>

namespace herald::builder {

// The data of a combo box's first entry, "(no goal)", "(no sender)" and the like.
constexpr int kNoneId = 0;
constexpr int kTemplateBodyRole = Qt::UserRole + 1; // a template's text, to measure it

inline std::optional<Id> comboId(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id == kNoneId ? std::nullopt : std::optional<Id>(id);
}

// Email content comes from a template only; the other channels may have text typed instead.
inline bool usesText(ChannelKind kind)
{
    return kind != ChannelKind::Email;
}

} // namespace herald::builder
