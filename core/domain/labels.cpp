#include "labels.h"

#include "lifecycle/finding.h"

#include <QCoreApplication>

namespace herald {

namespace {

// Every name, for lupdate: a context per kind of name, since a word such as "Completed"
// may need another form for a campaign than for a call.
[[maybe_unused]] constexpr const char *kNames[] = {
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Draft"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Ready"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Scheduled"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Running"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Paused"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Completed"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Stopped"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Failed"),
    QT_TRANSLATE_NOOP("herald::CampaignStatus", "Archived"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Ready"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Running"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Paused"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Completed"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Stopped"),
    QT_TRANSLATE_NOOP("herald::ChannelStatus", "Failed"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Queued"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Sending"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Sent"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Delivered"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Assumed Delivered"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Retrying"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Failed"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Timed Out"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Opted Out"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Dialing"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Ringing"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Answered"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Completed"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "No Answer"),
    QT_TRANSLATE_NOOP("herald::MessageStatus", "Busy"),
    QT_TRANSLATE_NOOP("herald::LaunchType", "now"),
    QT_TRANSLATE_NOOP("herald::LaunchType", "manual"),
    QT_TRANSLATE_NOOP("herald::LaunchType", "schedule"),
    QT_TRANSLATE_NOOP("herald::LaunchType", "recurring"),
    QT_TRANSLATE_NOOP("herald::RunKind", "test"),
    QT_TRANSLATE_NOOP("herald::RunKind", "live"),
    QT_TRANSLATE_NOOP("herald::Role", "admin"),
    QT_TRANSLATE_NOOP("herald::Role", "manager"),
    QT_TRANSLATE_NOOP("herald::Role", "reviewer"),
    QT_TRANSLATE_NOOP("herald::Role", "viewer"),
    QT_TRANSLATE_NOOP("herald::Role", "support"),
    QT_TRANSLATE_NOOP("herald::FindingGroup", "Plan"),
    QT_TRANSLATE_NOOP("herald::FindingGroup", "Templates"),
    QT_TRANSLATE_NOOP("herald::FindingGroup", "Sender details"),
    QT_TRANSLATE_NOOP("herald::FindingGroup", "Audience"),
    QT_TRANSLATE_NOOP("herald::FindingGroup", "Balance & permissions"),
};

template <typename E>
QString translated(const char *context, E value)
{
    return QCoreApplication::translate(context, nameOf(value).toUtf8().constData());
}

} // namespace

QString label(CampaignStatus status)
{
    return translated("herald::CampaignStatus", status);
}

QString label(ChannelStatus status)
{
    return translated("herald::ChannelStatus", status);
}

QString label(MessageStatus status)
{
    return translated("herald::MessageStatus", status);
}

QString label(LaunchType type)
{
    return translated("herald::LaunchType", type);
}

QString label(RunKind kind)
{
    return translated("herald::RunKind", kind);
}

QString label(Role role)
{
    return translated("herald::Role", role);
}

QString label(FindingGroup group)
{
    return translated("herald::FindingGroup", group);
}

} // namespace herald
