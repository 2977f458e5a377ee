#pragma once

#include "domain/channelkind.h"
#include "domain/result.h"

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace herald {

// The hours a channel may reach a recipient, in the recipient's own time zone. Written
// "08:00-21:00"; a window may wrap midnight ("22:00-06:00"); "none" means always open;
// empty means the kind's default: 08:00-21:00 for SMS and phone, none otherwise.
class SendWindow final
{
public:
    static Result<SendWindow> parse(const QString &text, ChannelKind kind);
    static SendWindow always() { return SendWindow(); }

    bool isAlways() const { return !m_start.isValid(); }
    // Whether a recipient in `zone` may be reached at the instant `now`.
    bool isOpen(const QDateTime &now, const QTimeZone &zone) const;
    // The next instant at or after `now` when the window opens in `zone` (now if open).
    QDateTime nextOpening(const QDateTime &now, const QTimeZone &zone) const;
    // The next instant after `now` when the window opens or closes in `zone`, in UTC;
    // invalid when it is always open.
    QDateTime nextChange(const QDateTime &now, const QTimeZone &zone) const;
    QString toString() const;

private:
    QTime m_start;
    QTime m_end;
};

} // namespace herald
