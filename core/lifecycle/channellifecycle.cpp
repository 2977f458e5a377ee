#include "channellifecycle.h"
#include "domain/labels.h"

namespace herald {

std::optional<ChannelStatus> ChannelLifecycle::target(ChannelStatus from, ChannelEvent event)
{
    using S = ChannelStatus;
    using E = ChannelEvent;
    switch (event) {
    case E::Start:
        return from == S::Ready ? std::optional(S::Running) : std::nullopt;
    case E::Pause:
        return from == S::Running ? std::optional(S::Paused) : std::nullopt;
    case E::Resume:
        return from == S::Paused ? std::optional(S::Running) : std::nullopt;
    case E::Complete:
        return from == S::Running ? std::optional(S::Completed) : std::nullopt;
    case E::Stop:
        // A channel held Ready inside a launched run may be stopped without ever starting.
        return from == S::Running || from == S::Paused || from == S::Ready ? std::optional(S::Stopped)
                                                                           : std::nullopt;
    case E::Fail:
        return from == S::Ready || from == S::Running ? std::optional(S::Failed) : std::nullopt;
    }
    return std::nullopt;
}

QList<ChannelEvent> ChannelLifecycle::allowedEvents(ChannelStatus from)
{
    QList<ChannelEvent> out;
    for (ChannelEvent e : allValues<ChannelEvent>())
        if (target(from, e))
            out.append(e);
    return out;
}

Result<ChannelStatus> ChannelLifecycle::apply(ChannelStatus from, ChannelEvent event, const Text &subject,
                                              bool workedThrough)
{
    const auto to = target(from, event);
    if (!to) {
        QStringList allowed;
        for (ChannelEvent e : allowedEvents(from))
            allowed << nameOf(e);
        if (allowed.isEmpty())
            return Error::refused(Text::tr("cannot %1 the %2: it is %3 and final (nothing more can happen to it)")
                                      .arg(nameOf(event), subject, labelText(from)));
        return Error::refused(Text::tr("cannot %1 the %2: it is %3; allowed: %4")
                                  .arg(nameOf(event), subject, labelText(from), allowed.join(u", ")));
    }
    if (event == ChannelEvent::Complete && !workedThrough)
        return Error::refused(Text::tr("cannot complete the %1: messages are still Queued, Sending or Retrying; it "
                                       "completes once they are done")
                                  .arg(subject));
    return *to;
}

Result<ChannelStatus> ChannelLifecycle::apply(ChannelStatus from, ChannelEvent event, const QString &subject,
                                              bool workedThrough)
{
    return apply(from, event, Text(subject), workedThrough);
}

} // namespace herald
