#include "channelkind.h"

#include "text.h"

#include <QCoreApplication>

namespace herald {

namespace {

const char *englishName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "Email");
    case ChannelKind::Sms:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "SMS");
    case ChannelKind::Phone:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "Phone");
    case ChannelKind::Telegram:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "Telegram");
    case ChannelKind::WebPush:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "WebPush");
    case ChannelKind::Viber:
        return QT_TRANSLATE_NOOP("herald::ChannelKind", "Viber");
    }
    return "";
}

} // namespace

QString displayName(ChannelKind kind)
{
    return QCoreApplication::translate("herald::ChannelKind", englishName(kind));
}

Text displayText(ChannelKind kind)
{
    return {QString::fromLatin1(englishName(kind)), displayName(kind)};
}

} // namespace herald
