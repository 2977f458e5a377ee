#include "channelkind.h"

#include <QCoreApplication>

namespace herald {

QString displayName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QCoreApplication::translate("herald::ChannelKind", "Email");
    case ChannelKind::Sms:
        return QCoreApplication::translate("herald::ChannelKind", "SMS");
    case ChannelKind::Phone:
        return QCoreApplication::translate("herald::ChannelKind", "Phone");
    case ChannelKind::Telegram:
        return QCoreApplication::translate("herald::ChannelKind", "Telegram");
    case ChannelKind::WebPush:
        return QCoreApplication::translate("herald::ChannelKind", "WebPush");
    case ChannelKind::Viber:
        return QCoreApplication::translate("herald::ChannelKind", "Viber");
    }
    return {};
}

} // namespace herald
