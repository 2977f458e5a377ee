#include "domain/labels.h"
#include "messagelifecycle.h"

#include <QHash>
#include <QSet>

namespace herald {

namespace {

using S = MessageStatus;
using Edge = std::pair<S, S>;

enum class Path { Email, Sms, Phone, Chat };

Path pathOf(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return Path::Email;
    case ChannelKind::Phone:
        return Path::Phone;
    case ChannelKind::Telegram:
    case ChannelKind::WebPush:
        return Path::Chat;
    case ChannelKind::Sms:
    case ChannelKind::Viber:
        return Path::Sms;
    }
    return Path::Sms;
}

const QList<Edge> &edges(Path path)
{
    // Common to all: opt-out at claim time, cancel by stop, expiry past the TTL
    // (Queued -> Failed "Expired") and retry of a pre-send error.
    static const QList<Edge> email{
        {S::Queued, S::Sending},     {S::Queued, S::OptedOut},      {S::Queued, S::Cancelled}, {S::Queued, S::Failed},
        {S::Sending, S::Delivered},  {S::Sending, S::Retrying},     {S::Sending, S::Failed},
        {S::Sending, S::TimedOut},   {S::Retrying, S::Sending},     {S::Retrying, S::OptedOut},
        {S::Retrying, S::Cancelled}, {S::Retrying, S::Failed},
        // A hard bounce read after the receiving server accepted the message.
        {S::Delivered, S::Failed},
    };
    static const QList<Edge> sms{
        {S::Queued, S::Sending},           {S::Queued, S::OptedOut},      {S::Queued, S::Cancelled}, {S::Queued, S::Failed},
        {S::Sending, S::Sent},             {S::Sending, S::Retrying},     {S::Sending, S::Failed},
        {S::Sending, S::TimedOut},         {S::Retrying, S::Sending},     {S::Retrying, S::OptedOut},
        {S::Retrying, S::Cancelled},       {S::Retrying, S::Failed},      {S::Sent, S::Delivered},
        {S::Sent, S::Failed},              {S::Sent, S::AssumedDelivered}, {S::AssumedDelivered, S::Delivered},
        {S::AssumedDelivered, S::Failed},
    };
    static const QList<Edge> phone{
        {S::Queued, S::Dialing},     {S::Queued, S::OptedOut},      {S::Queued, S::Cancelled}, {S::Queued, S::Failed},
        {S::Dialing, S::Ringing},    {S::Dialing, S::Busy},         {S::Dialing, S::Failed},
        {S::Dialing, S::Retrying},   {S::Dialing, S::TimedOut},     {S::Dialing, S::NoAnswer}, {S::Ringing, S::Answered},
        {S::Ringing, S::NoAnswer},   {S::Ringing, S::Busy},         {S::Ringing, S::Failed},
        {S::Ringing, S::TimedOut},   {S::Answered, S::Completed},   {S::Answered, S::Failed},
        {S::Answered, S::TimedOut},  {S::Retrying, S::Dialing},     {S::Retrying, S::OptedOut},
        {S::Retrying, S::Cancelled}, {S::Retrying, S::Failed},
    };
    // Telegram and Web Push: the SMS path (what the simulator and older workspaces have),
    // and the service's acceptance as the delivery (the message is in the chat, or with
    // the browser's push service); a blocked bot opts the recipient out.
    static const QList<Edge> chat = [] {
        QList<Edge> all = sms;
        all << Edge{S::Sending, S::Delivered} << Edge{S::Sending, S::OptedOut};
        return all;
    }();
    switch (path) {
    case Path::Chat:
        return chat;
    case Path::Email:
        return email;
    case Path::Sms:
        return sms;
    case Path::Phone:
        return phone;
    }
    return email;
}

} // namespace

bool MessageLifecycle::allowed(ChannelKind kind, MessageStatus from, MessageStatus to)
{
    return edges(pathOf(kind)).contains(Edge{from, to});
}

QList<MessageStatus> MessageLifecycle::next(ChannelKind kind, MessageStatus from)
{
    QList<MessageStatus> out;
    for (const Edge &e : edges(pathOf(kind)))
        if (e.first == from)
            out.append(e.second);
    return out;
}

QList<MessageStatus> MessageLifecycle::states(ChannelKind kind)
{
    QList<MessageStatus> out;
    for (MessageStatus s : allValues<MessageStatus>()) {
        for (const Edge &e : edges(pathOf(kind))) {
            if (e.first == s || e.second == s) {
                out.append(s);
                break;
            }
        }
    }
    return out;
}

Status MessageLifecycle::check(ChannelKind kind, MessageStatus from, MessageStatus to, const Text &subject)
{
    if (allowed(kind, from, to))
        return {};
    QStringList nextNames;
    for (MessageStatus s : next(kind, from))
        nextNames << nameOf(s);
    if (nextNames.isEmpty())
        return Error::refused(Text::tr("cannot move %1 (%2) from %3 to %4: it is final")
                                  .arg(subject, displayText(kind), labelText(from), labelText(to)));
    return Error::refused(Text::tr("cannot move %1 (%2) from %3 to %4: from %3 it may go to %5")
                              .arg(subject, displayText(kind), labelText(from), labelText(to), nextNames.join(u", ")));
}

Status MessageLifecycle::check(ChannelKind kind, MessageStatus from, MessageStatus to, const QString &subject)
{
    return check(kind, from, to, Text(subject));
}

std::optional<MessageLifecycle::Timeout> MessageLifecycle::timeout(ChannelKind kind, MessageStatus status,
                                                                  const QDateTime &changedAt, const QDateTime &now)
{
    if (!changedAt.isValid())
        return std::nullopt;
    const qint64 minutes = changedAt.secsTo(now) / 60;
    const Path path = pathOf(kind);
    if (status == S::Sent && path == Path::Sms && minutes >= kTimeoutMinutes)
        return Timeout{S::AssumedDelivered, QStringLiteral("no delivery report within 10 minutes")};
    if ((status == S::Sending || status == S::Dialing || status == S::Ringing) && minutes >= kTimeoutMinutes
        && allowed(kind, status, S::TimedOut))
        return Timeout{S::TimedOut, QStringLiteral("Timed Out: no answer from the provider within 10 minutes")};
    if (status == S::Answered && minutes >= kCallTimeoutMinutes)
        return Timeout{S::TimedOut, QStringLiteral("Timed Out: call still open after 4 hours")};
    return std::nullopt;
}

} // namespace herald
