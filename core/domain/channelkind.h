#pragma once

#include "enumnames.h"

#include <QList>

#include <optional>

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
// The same, for a Text sentence: in English and in the user interface's language.
class Text;
Text displayText(ChannelKind kind);

// Kinds that reach a contact at an address of their own (a Telegram chat, a Viber user,
// a browser's push subscription), which the channel hands over, not at the contact's
// email address or phone number.
constexpr bool hasOwnAddress(ChannelKind kind)
{
    return kind == ChannelKind::Telegram || kind == ChannelKind::Viber || kind == ChannelKind::WebPush;
}

// Which of a campaign's channels an operation covers: all of them (the default), or
// the ones named. Converts from one optional kind, as the command line names a channel.
class ChannelSet final
{
public:
    ChannelSet() = default;
    ChannelSet(std::nullopt_t) {}
    ChannelSet(ChannelKind kind) : m_kinds{kind} {}
    ChannelSet(std::optional<ChannelKind> kind)
    {
        if (kind)
            m_kinds = {*kind};
    }
    ChannelSet(QList<ChannelKind> kinds) : m_kinds(std::move(kinds)) {}

    bool all() const { return m_kinds.isEmpty(); }
    bool contains(ChannelKind kind) const { return m_kinds.isEmpty() || m_kinds.contains(kind); }
    // The kinds named; empty for all.
    const QList<ChannelKind> &named() const { return m_kinds; }

private:
    QList<ChannelKind> m_kinds;
};

} // namespace herald
