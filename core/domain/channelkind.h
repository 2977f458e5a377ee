#pragma once

#include "enumnames.h"

namespace herald {

enum class ChannelKind { Email, Sms, Phone, Telegram, WebPush, Viber };

template <>
struct EnumNames<ChannelKind>
{
    static constexpr std::array<std::pair<ChannelKind, std::string_view>, 6> table{{
        {ChannelKind::Email, "email"},
        {ChannelKind::Sms, "sms"},
        {ChannelKind::Phone, "phone"},
        {ChannelKind::Telegram, "telegram"},
        {ChannelKind::WebPush, "webpush"},
        {ChannelKind::Viber, "viber"},
    }};
};

// The name shown to people in filters and tables ("SMS", "WebPush").
QString displayName(ChannelKind kind);

// Kinds that have a real delivery protocol; the others exist in the model and the
// filters and can only be served by the simulator.
constexpr bool hasRealProvider(ChannelKind kind)
{
    return kind == ChannelKind::Email || kind == ChannelKind::Sms || kind == ChannelKind::Phone;
}

} // namespace herald
