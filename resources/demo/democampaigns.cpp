// The demo tenants' campaigns: what each one is, and creating it with its history.
#include "content/contenthash.h"
#include "demobuild.h"
#include "storage/campaignrepository.h"

#include <QTimeZone>

namespace herald::demo {

namespace {

ChannelSpec email(const char *tmpl, const char *sender = "Newsletter")
{
    return {ChannelKind::Email, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}
ChannelSpec sms(const char *tmpl, const char *sender = "SMS")
{
    return {ChannelKind::Sms, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}
ChannelSpec phone(const char *tmpl)
{
    return {ChannelKind::Phone, QString::fromUtf8(tmpl), {}, QStringLiteral("Phone")};
}
ChannelSpec other(ChannelKind kind, const char *tmpl, const char *sender)
{
    return {kind, QString::fromUtf8(tmpl), {}, QString::fromUtf8(sender)};
}

CampaignSpec spec(const char *name, const char *description, QList<ChannelSpec> channels, History h = History::None)
{
    CampaignSpec s;
    s.name = QString::fromUtf8(name);
    s.description = QString::fromUtf8(description);
    s.channels = std::move(channels);
    s.history = h;
    return s;
}

} // namespace

QList<CampaignSpec> northwindCampaigns()
{
    QList<CampaignSpec> out;
    auto add = [&](CampaignSpec s, auto &&tweak) {
        tweak(s);
        out.append(std::move(s));
    };
    // Ready: one per channel kind with a real provider, so a newcomer's first Run works.
    add(spec("Spring Collection Launch", "Announce the spring range to newsletter subscribers",
             {email("Seasonal launch email")}, History::TestOnly),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.exclude = {QStringLiteral("Lapsed buyers")};
            s.tags = {QStringLiteral("spring"), QStringLiteral("launch")};
            s.createdDaysAgo = 3;
        });
    add(spec("Flash Sale SMS Alert", "24-hour flash sale to loyalty members", {sms("Flash sale SMS")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Loyalty members")};
            s.launch = LaunchType::Now;
            s.writer = QStringLiteral("Urgent promo");
            s.tags = {QStringLiteral("promo")};
            s.createdDaysAgo = 2;
        });
    add(spec("Loyalty Callback Programme", "Thank-you calls to VIP customers", {phone("Satisfaction call script")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("VIP customers")};
            s.goal = QStringLiteral("Event attendance");
            s.reviewer.clear(); // phone needs no reviewer
            s.tags = {QStringLiteral("vip")};
            s.createdDaysAgo = 4;
        });
    add(spec("Telegram Community Launch", "Invite newsletter readers to the Telegram channel",
             {other(ChannelKind::Telegram, "Telegram digest", "Telegram")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.createdDaysAgo = 5;
        });
    add(spec("Viber Loyalty Launch", "Invite newsletter readers to the Viber loyalty club",
             {other(ChannelKind::Viber, "Viber weekend deals", "Viber")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.createdDaysAgo = 4;
        });
    // Scheduled.
    add(spec("Weekly Newsletter", "The Monday newsletter", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Newsletter subscribers")};
            s.launch = LaunchType::Recurring;
            s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9");
            s.sendInDays = 2;
            s.schedulePending = true;
            s.tags = {QStringLiteral("newsletter")};
            s.createdDaysAgo = 60;
            s.audience = 300;
        });
    add(spec("Black Friday Teaser", "Early look at Black Friday deals", {email("Plain promo email"), sms("Flash sale SMS")}),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.sendInDays = 4;
            s.schedulePending = true;
            s.writer = QStringLiteral("Urgent promo");
            s.tags = {QStringLiteral("black-friday"), QStringLiteral("promo")};
            s.createdDaysAgo = 6;
        });
    // Running and Paused (on kinds that leave email, SMS and phone free to run).
    add(spec("Viber Weekend Deals", "Weekend offers to Viber users", {other(ChannelKind::Viber, "Viber weekend deals", "Viber")},
             History::Running),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Now;
            s.audience = 900;
            s.tags = {QStringLiteral("weekend")};
            s.createdDaysAgo = 1;
        });
    add(spec("Web Push Price Drops", "Price-drop alerts for wish-listed items",
             {other(ChannelKind::WebPush, "Web push price drop", "WebPush")}, History::Paused),
        [](CampaignSpec &s) {
            s.audience = 600;
            s.createdDaysAgo = 2;
        });
    // Completed.
    add(spec("Summer Clearance", "End-of-season clearance by email and SMS",
             {email("Seasonal launch email"), sms("Flash sale SMS")}, History::Completed),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.tags = {QStringLiteral("summer"), QStringLiteral("clearance")};
            s.createdDaysAgo = 90;
            s.audience = 700;
        });
    add(spec("Customer Satisfaction Calls", "Quarterly satisfaction survey by phone",
             {phone("Satisfaction call script")}, History::Completed),
        [](CampaignSpec &s) {
            s.reviewer.clear();
            s.include = {QStringLiteral("VIP customers")};
            s.createdDaysAgo = 45;
            s.audience = 250;
        });
    // Stopped.
    add(spec("Autumn Preview", "Preview of the autumn range, stopped after a pricing error",
             {email("Seasonal launch email")}, History::Stopped),
        [](CampaignSpec &s) {
            s.tags = {QStringLiteral("autumn")};
            s.createdDaysAgo = 30;
            s.audience = 500;
            s.trackClicks = true;
        });
    // Failed: could not start.
    add(spec("Back in Stock SMS", "Tell waiting customers a product is back", {sms("Retired SMS", "SMS retired")},
             History::FailedStart),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Schedule;
            s.tags = {QStringLiteral("restock")};
            s.createdDaysAgo = 8;
        });
    // Archived.
    add(spec("Winter Warmers 2025", "Last winter's knitwear campaign", {email("Seasonal launch email")}, History::Completed),
        [](CampaignSpec &s) {
            s.archived = true;
            s.createdDaysAgo = 320;
            s.audience = 400;
            s.tags = {QStringLiteral("winter")};
        });
    add(spec("Easter Weekend SMS 2025", "Easter offers", {sms("Flash sale SMS")}, History::Completed), [](CampaignSpec &s) {
        s.archived = true;
        s.launch = LaunchType::Now;
        s.createdDaysAgo = 230;
        s.audience = 300;
    });
    // Drafts, each missing something different.
    add(spec("Holiday Gift Guide", "Gift ideas for the holidays (goal not chosen yet)", {email("Seasonal launch email")}),
        [](CampaignSpec &s) {
            s.goal.clear();
            s.tags = {QStringLiteral("holiday")};
            s.createdDaysAgo = 1;
        });
    add(spec("VIP Early Access", "Early access for VIPs, not activated yet", {sms("Flash sale SMS")}), [](CampaignSpec &s) {
        s.include = {QStringLiteral("VIP customers")};
        s.activated = false;
        s.createdDaysAgo = 2;
    });
    add(spec("Store Opening Invite", "Invite event sign-ups to the new store; content awaiting approval",
             {email("Reminder email"), phone("Event invitation script")}),
        [](CampaignSpec &s) {
            s.approved = false;
            s.list = QStringLiteral("Event sign-ups");
            s.goal = QStringLiteral("Event attendance");
            s.createdDaysAgo = 3;
        });
    add(spec("Win-back Offer", "Lapsed buyers, but the exclusions leave nobody", {email("Plain promo email")}),
        [](CampaignSpec &s) {
            s.goal = QStringLiteral("Win back lapsed customers");
            s.include = {QStringLiteral("Lapsed buyers")};
            s.exclude = {QStringLiteral("Everyone")};
            s.createdDaysAgo = 5;
        });
    add(spec("Legacy Customers Reconnect", "Segment from an old import that matches nobody",
             {email("Newsletter email", "Old promo")}),
        [](CampaignSpec &s) {
            s.include = {QStringLiteral("Legacy 2019 import")};
            s.writer.clear();
            s.createdDaysAgo = 12;
        });
    return out;
}

QList<CampaignSpec> bluebirdCampaigns()
{
    QList<CampaignSpec> out;
    auto add = [&](CampaignSpec s, auto &&tweak) {
        tweak(s);
        s.goal = s.goal == QLatin1StringView("Grow repeat purchases") ? QStringLiteral("Appointment reminders") : s.goal;
        s.writer = s.writer == QLatin1StringView("Friendly retail voice") ? QStringLiteral("Clinical and calm") : s.writer;
        out.append(std::move(s));
    };
    add(spec("Flu Vaccine Reminder", "Invite patients to book a flu jab", {email("Reminder email")}), [](CampaignSpec &s) {
        s.createdDaysAgo = 2;
        s.tags = {QStringLiteral("flu")};
    });
    add(spec("Appointment Reminders SMS", "Day-before reminders", {sms("Reminder SMS")}), [](CampaignSpec &s) {
        s.launch = LaunchType::Now;
        s.createdDaysAgo = 3;
    });
    add(spec("Missed Appointment Calls", "Call patients who missed an appointment", {phone("Event invitation script")}),
        [](CampaignSpec &s) {
            s.reviewer.clear();
            s.createdDaysAgo = 4;
        });
    add(spec("Monthly Health Tips", "Monthly newsletter", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.launch = LaunchType::Recurring;
            s.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=8");
            s.sendInDays = 9;
            s.schedulePending = true;
            s.createdDaysAgo = 100;
            s.audience = 300;
        });
    add(spec("Clinic Telegram Updates", "Opening hours and news on Telegram",
             {other(ChannelKind::Telegram, "Telegram digest", "Telegram")}, History::Running),
        [](CampaignSpec &s) {
            s.audience = 500;
            s.createdDaysAgo = 1;
        });
    add(spec("Patient Survey SMS", "Post-visit survey", {sms("Reminder SMS")}, History::Paused), [](CampaignSpec &s) {
        s.audience = 400;
        s.createdDaysAgo = 2;
    });
    add(spec("Dental Check-up Drive", "Check-up reminders by email and phone",
             {email("Reminder email"), phone("Satisfaction call script")}, History::Completed),
        [](CampaignSpec &s) {
            s.createdDaysAgo = 40;
            s.audience = 300;
        });
    add(spec("Holiday Hours Notice", "Opening hours over the holidays", {email("Reminder email")}, History::Stopped),
        [](CampaignSpec &s) {
            s.createdDaysAgo = 20;
            s.audience = 300;
        });
    add(spec("Weekend Clinic SMS", "Weekend opening announcement", {sms("Retired SMS", "SMS retired")}, History::FailedStart),
        [](CampaignSpec &s) { s.createdDaysAgo = 6; });
    add(spec("Allergy Season 2025", "Last spring's allergy advice", {email("Newsletter email")}, History::Completed),
        [](CampaignSpec &s) {
            s.archived = true;
            s.createdDaysAgo = 200;
            s.audience = 200;
        });
    add(spec("New Patient Welcome", "Welcome series, still being written", {email("Reminder email")}), [](CampaignSpec &s) {
        s.activated = false;
        s.createdDaysAgo = 1;
    });
    add(spec("Viber Pilot", "Pilot on Viber, no provider decided", {other(ChannelKind::Viber, "Viber weekend deals", "Viber")}),
        [](CampaignSpec &s) {
            s.goal.clear();
            s.createdDaysAgo = 7;
        });
    return out;
}

Status TenantBuilder::campaign(const CampaignSpec &spec)
{
    const auto id = [&](const char *kind, const QString &name) -> std::optional<Id> {
        if (name.isEmpty())
            return std::nullopt;
        const QString key = QString::fromLatin1(kind) + u':' + name;
        if (!m_ids.contains(key))
            qFatal("demo workspace: unknown %s", qPrintable(key));
        return m_ids.value(key);
    };
    Campaign c;
    c.tenantId = m_tenant;
    c.shortId = shortId();
    c.name = spec.name;
    c.description = spec.description;
    c.tags = spec.tags;
    c.goalId = id("goal", spec.goal);
    c.writerId = id("writer", spec.writer);
    c.reviewerId = id("reviewer", spec.reviewer);
    c.createdAt = ago(spec.createdDaysAgo);
    if (spec.approved && c.reviewerId) {
        c.approvedRevision = c.contentRevision;
        c.approvedAt = c.createdAt.addSecs(3600);
    }
    c.contactListId = id("list", spec.list);
    for (const QString &s : spec.include)
        c.sendToSegments << *id("segment", s);
    for (const QString &s : spec.exclude)
        c.excludeSegments << *id("segment", s);
    c.testRecipients = m_staffAddresses.mid(0, 2);
    c.launchType = spec.launch;
    if (spec.sendInDays != 0) {
        const QDateTime day = m_now.addDays(spec.sendInDays);
        c.sendAt = QDateTime(day.date(), QTime(9, 0), QTimeZone(QByteArrayLiteral("Europe/London"))).toUTC();
        c.timeZone = QStringLiteral("Europe/London");
    }
    if (!c.sendAt.isValid() && (spec.launch == LaunchType::Schedule || spec.launch == LaunchType::Recurring))
        c.sendAt = QDateTime(c.createdAt.date().addDays(1), QTime(9, 0), Qt::UTC); // a past launch
    c.recurrence = spec.rrule;
    c.schedulePending = spec.schedulePending;
    if (spec.schedulePending) { // armed by the manager, who accepted the run disclaimer then
        c.scheduleAcceptedBy = m_manager.id;
        c.scheduleAcceptedAt = c.createdAt.addSecs(7200);
    }
    c.ttlMinutes = 24 * 60;
    c.trackClicks = spec.trackClicks;
    c.activated = spec.activated;
    c.archived = spec.archived;
    c.createdBy = m_manager.id;
    for (const ChannelSpec &ch : spec.channels) {
        CampaignChannel channel;
        channel.kind = ch.kind;
        channel.templateId = id("template", ch.templateName);
        channel.messageText = ch.text;
        channel.senderId = id("sender", ch.sender);
        // Email at the provider's pace; SMS and calls throttled as gateways and call centres would.
        channel.ratePerMinute = ch.kind == ChannelKind::Email ? 0 : ch.kind == ChannelKind::Phone ? 1200 : 6000;
        // Northwind sends around the clock, so a first run moves whatever the hour; the
        // clinics keep the default 08:00-21:00 window for SMS and calls.
        channel.sendWindow = m_roundTheClock ? QStringLiteral("none") : QString();
        c.channels.append(channel);
    }
    if (c.approvedAt.isValid()) { // approved as it is
        auto hash = ContentHash::of(m_db, m_tenant, c);
        if (!hash)
            return hash.error();
        c.approvedContentHash = *hash;
    }
    auto newId = CampaignRepository(m_db, m_tenant).create(c);
    if (!newId)
        return newId.error();
    c.id = *newId;
    return history(spec, c);
}

} // namespace herald::demo
