#pragma once

#include "domain/channelkind.h"

#include <QString>

namespace herald {

// The SQL condition that contact `c` has an address on `channel`, with two placeholders
// both bound to that address: Telegram's chat and Viber's user for those channels (never
// an empty one), the email address (in any letter case) or phone number for any other.
inline QString addressMatch(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Telegram:
        return QStringLiteral("(c.telegram_chat = ? AND ? <> '')");
    case ChannelKind::Viber:
        return QStringLiteral("(c.viber_user = ? AND ? <> '')");
    default:
        return QStringLiteral("(lower(c.email) = lower(?) OR c.phone = ?)");
    }
}

} // namespace herald
