#include "campaigndocument.h"

#include "domain/inputtext.h"

#include "audience/segmentrules.h"
#include "campaignstatusrules.h"
#include "failurereasons.h"
#include "schedule/recurrence.h"
#include "schedule/sendwindow.h"
#include "storage/catalogrepository.h"
#include "storage/messagerepository.h"
#include "storage/senderrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace herald {

namespace {

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{
        // read by create
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("tags"), QStringLiteral("goal"),
        QStringLiteral("writer"), QStringLiteral("reviewer"), QStringLiteral("contact_list"),
        QStringLiteral("send_to_segments"), QStringLiteral("exclude_segments"), QStringLiteral("one_time_rules"),
        QStringLiteral("test_recipients"), QStringLiteral("launch_type"), QStringLiteral("send_at"),
        QStringLiteral("recurrence"), QStringLiteral("time_zone"), QStringLiteral("ttl_minutes"),
        QStringLiteral("activated"), QStringLiteral("track_clicks"), QStringLiteral("channels"),
        // printed by show, ignored by create (they describe a campaign's history, not its plan)
        QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("layout"), QStringLiteral("archived"),
        QStringLiteral("approved"), QStringLiteral("approved_at"), QStringLiteral("schedule_pending"),
        QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("runs")};
    return keys;
}

const QSet<QString> &channelKeys()
{
    static const QSet<QString> keys{QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("template"),
                                    QStringLiteral("message_text"), QStringLiteral("sender"),
                                    QStringLiteral("rate_per_minute"), QStringLiteral("send_window")};
    return keys;
}

QJsonArray stringArray(const QStringList &items)
{
    QJsonArray out;
    for (const QString &s : items)
        out.append(s);
    return out;
}

QString referenceText(const QJsonValue &v)
{
    if (v.isDouble()) {
        // An id is a whole number an id can be; anything else is looked up as written,
        // and found by nothing (found by fuzz_campaign_json: 1e21 overflowed qint64).
        const double d = v.toDouble();
        if (std::trunc(d) == d && d >= 1 && d <= 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return v.toString();
}

} // namespace

CampaignDocument::CampaignDocument(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

QJsonValue CampaignDocument::time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject CampaignDocument::summary(const CampaignOverview &o)
{
    QJsonArray channels;
    for (const ChannelState &ch : o.channels)
        channels.append(QJsonObject{{QStringLiteral("kind"), nameOf(ch.kind)}, {QStringLiteral("status"), ch.status}});
    return QJsonObject{
        {QStringLiteral("id"), o.campaign.shortId},
        {QStringLiteral("name"), o.campaign.name},
        {QStringLiteral("status"), nameOf(o.status)},
        {QStringLiteral("launch_type"), nameOf(o.campaign.launchType)},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("tags"), stringArray(o.campaign.tags)},
        {QStringLiteral("created_at"), time(o.campaign.createdAt)},
    };
}

Result<QJsonObject> CampaignDocument::toJson(const CampaignOverview &o, const QList<Run> &runs)
{
    CatalogRepository catalog(m_db, m_tenantId);
    std::optional<Error> failure;
    const auto name = [&](CatalogKind kind, std::optional<Id> id) -> QJsonValue {
        if (!id)
            return {};
        auto e = catalog.byId(kind, *id);
        if (!e) {
            if (e.error().kind != Error::Kind::NotFound)
                failure = e.error();
            return {};
        }
        return e->name;
    };
    const auto names = [&](CatalogKind kind, const QList<Id> &ids) {
        QJsonArray out;
        for (Id id : ids)
            out.append(name(kind, id));
        return out;
    };
    const Campaign &c = o.campaign;
    QJsonObject json = summary(o);
    json.insert(QStringLiteral("description"), c.description);
    json.insert(QStringLiteral("layout"), nameOf(CampaignStatusRules::layoutFor(o.status)));
    json.insert(QStringLiteral("goal"), name(CatalogKind::Goal, c.goalId));
    json.insert(QStringLiteral("writer"), name(CatalogKind::Writer, c.writerId));
    json.insert(QStringLiteral("reviewer"), name(CatalogKind::Reviewer, c.reviewerId));
    json.insert(QStringLiteral("approved"), c.approvalCurrent());
    json.insert(QStringLiteral("approved_at"), time(c.approvedAt));
    json.insert(QStringLiteral("contact_list"), name(CatalogKind::ContactList, c.contactListId));
    json.insert(QStringLiteral("send_to_segments"), names(CatalogKind::Segment, c.sendToSegments));
    json.insert(QStringLiteral("exclude_segments"), names(CatalogKind::Segment, c.excludeSegments));
    json.insert(QStringLiteral("one_time_rules"), c.oneTimeRules.isEmpty()
                                                      ? QJsonValue()
                                                      : QJsonValue(QJsonDocument::fromJson(c.oneTimeRules.toUtf8()).object()));
    json.insert(QStringLiteral("test_recipients"), stringArray(c.testRecipients));
    json.insert(QStringLiteral("send_at"), time(c.sendAt));
    json.insert(QStringLiteral("recurrence"), c.recurrence);
    json.insert(QStringLiteral("time_zone"), c.timeZone);
    json.insert(QStringLiteral("schedule_pending"), c.schedulePending);
    json.insert(QStringLiteral("ttl_minutes"), c.ttlMinutes);
    json.insert(QStringLiteral("activated"), c.activated);
    json.insert(QStringLiteral("track_clicks"), c.trackClicks);
    json.insert(QStringLiteral("archived"), c.archived);
    json.insert(QStringLiteral("created_by"), name(CatalogKind::User, c.createdBy));

    QJsonArray channels;
    for (qsizetype i = 0; i < c.channels.size(); ++i) {
        const CampaignChannel &ch = c.channels.at(i);
        channels.append(QJsonObject{
            {QStringLiteral("kind"), nameOf(ch.kind)},
            {QStringLiteral("status"), i < o.channels.size() ? o.channels.at(i).status : QString()},
            {QStringLiteral("template"), name(CatalogKind::Template, ch.templateId)},
            {QStringLiteral("message_text"), ch.messageText},
            {QStringLiteral("sender"), name(CatalogKind::Sender, ch.senderId)},
            {QStringLiteral("rate_per_minute"), ch.ratePerMinute},
            {QStringLiteral("send_window"), ch.sendWindow},
        });
    }
    json.insert(QStringLiteral("channels"), channels);

    MessageRepository messages(m_db, m_tenantId);
    QJsonArray runArray;
    for (const Run &r : runs) {
        QJsonArray runChannels;
        for (const RunChannel &rc : r.channels)
            runChannels.append(QJsonObject{{QStringLiteral("kind"), nameOf(rc.kind)},
                                           {QStringLiteral("status"), nameOf(rc.status)},
                                           {QStringLiteral("started_at"), time(rc.startedAt)},
                                           {QStringLiteral("finished_at"), time(rc.finishedAt)}});
        auto counts = messages.counts(r.id);
        if (!counts)
            return counts.error();
        QJsonObject countJson;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            QJsonObject perStatus;
            for (auto s = it->cbegin(); s != it->cend(); ++s)
                perStatus.insert(nameOf(s.key()), s.value());
            countJson.insert(nameOf(it.key()), perStatus);
        }
        runArray.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), nameOf(r.kind)},
            {QStringLiteral("trigger"), nameOf(r.trigger)},
            {QStringLiteral("created_at"), time(r.createdAt)},
            {QStringLiteral("finished_at"), time(r.finishedAt)},
            {QStringLiteral("started_by"), name(CatalogKind::User, r.startedBy)},
            {QStringLiteral("disclaimer_accepted_by"), name(CatalogKind::User, r.disclaimerAcceptedBy)},
            {QStringLiteral("disclaimer_accepted_at"), time(r.disclaimerAcceptedAt)},
            {QStringLiteral("channels"), runChannels},
            {QStringLiteral("messages"), countJson},
            {QStringLiteral("failure_reasons"), FailureReasons::grouped(FailureReasons::fromJsonText(r.failureReasons))},
        });
    }
    json.insert(QStringLiteral("runs"), runArray);
    if (failure)
        return *failure;
    return json;
}

Result<Campaign> CampaignDocument::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!knownKeys().contains(it.key()))
            return Error::usage(Text::tr("campaign JSON: unknown key %1").arg(quotedInput(it.key())));
    // Each value of the type its key takes: a wrong one is said, never read as empty.
    const auto wrong = [](const QJsonObject &o, const char *key, QJsonValue::Type type) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return !v.isUndefined() && !v.isNull() && v.type() != type;
    };
    for (const char *key : {"name", "description", "launch_type", "recurrence", "time_zone", "send_at"})
        if (wrong(json, key, QJsonValue::String))
            return Error::usage(Text::tr("campaign JSON: \"%1\" is a text").arg(QString::fromLatin1(key)));
    for (const char *key : {"tags", "test_recipients", "send_to_segments", "exclude_segments", "channels"})
        if (wrong(json, key, QJsonValue::Array))
            return Error::usage(Text::tr("campaign JSON: \"%1\" is a list").arg(QString::fromLatin1(key)));
    for (const char *key : {"tags", "test_recipients"})
        for (const QJsonValue &item : json.value(QLatin1StringView(key)).toArray())
            if (!item.isString())
                return Error::usage(Text::tr("campaign JSON: each of \"%1\" is a text").arg(QString::fromLatin1(key)));
    if (wrong(json, "activated", QJsonValue::Bool))
        return Error::usage(Text::tr("campaign JSON: \"activated\" is true or false"));
    const auto wholeNumber = [](const QJsonValue &v, const char *key) -> Result<int> {
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || d < 0 || d > 1e9)
            return Error::usage(
                Text::tr("campaign JSON: \"%1\" is a whole number, 0 or more").arg(QString::fromLatin1(key)));
        return int(d);
    };
    CatalogRepository catalog(m_db, m_tenantId);
    const auto resolve = [&](CatalogKind kind, const QJsonValue &v) -> Result<std::optional<Id>> {
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            return std::optional<Id>();
        if (!v.isString() && !v.isDouble())
            return Error::usage(Text::tr("campaign JSON: a %1 is a name or an id").arg(CatalogRepository::nounText(kind)));
        auto e = catalog.resolve(kind, referenceText(v));
        if (!e)
            return e.error();
        return std::optional<Id>(e->id);
    };
    // A channel's sender is one of its own kind: names repeat across kinds ("Northwind"
    // on Web Push and Viber), and an id of another kind's sender is a mistake.
    const auto resolveSender = [&](const QJsonValue &v, ChannelKind kind) -> Result<std::optional<Id>> {
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            return std::optional<Id>();
        if (!v.isString() && !v.isDouble())
            return Error::usage(Text::tr("campaign JSON: a sender is a name or an id"));
        SenderRepository senders(m_db, m_tenantId);
        const QString reference = referenceText(v);
        auto found = senders.find(reference, kind);
        if (found)
            return std::optional<Id>(found->id);
        bool numeric = false;
        const Id id = reference.toLongLong(&numeric);
        if (auto other = numeric ? senders.sender(id) : Result<SenderIdentity>(found.error()); other && !other->deleted)
            return Error::usage(Text::tr("campaign JSON: sender %1 is a %2 sender, not one for the %3 channel")
                                    .arg(reference, displayText(other->kind), displayText(kind)));
        return Error{found.error().kind, Text::tr("campaign JSON: %1").arg(found.error().text())};
    };
    const auto resolveAll = [&](CatalogKind kind, const QJsonValue &v) -> Result<QList<Id>> {
        QList<Id> out;
        for (const QJsonValue &item : v.toArray()) {
            auto id = resolve(kind, item);
            if (!id)
                return id.error();
            if (*id)
                out.append(**id);
        }
        return out;
    };
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    };

    Campaign c;
    c.tenantId = m_tenantId;
    c.name = json.value(QLatin1StringView("name")).toString().trimmed();
    if (c.name.isEmpty())
        return Error::usage(Text::tr("campaign JSON: \"name\" is required"));
    c.description = json.value(QLatin1StringView("description")).toString();
    c.tags = strings(json.value(QLatin1StringView("tags")));
    const std::pair<CatalogKind, std::optional<Id> *> refs[] = {
        {CatalogKind::Goal, &c.goalId}, {CatalogKind::Writer, &c.writerId}, {CatalogKind::Reviewer, &c.reviewerId},
        {CatalogKind::ContactList, &c.contactListId}};
    static const char *const refKeys[] = {"goal", "writer", "reviewer", "contact_list"};
    for (int i = 0; i < 4; ++i) {
        auto id = resolve(refs[i].first, json.value(QLatin1StringView(refKeys[i])));
        if (!id)
            return id.error();
        *refs[i].second = *id;
    }
    auto include = resolveAll(CatalogKind::Segment, json.value(QLatin1StringView("send_to_segments")));
    if (!include)
        return include.error();
    c.sendToSegments = *include;
    auto exclude = resolveAll(CatalogKind::Segment, json.value(QLatin1StringView("exclude_segments")));
    if (!exclude)
        return exclude.error();
    c.excludeSegments = *exclude;
    const QJsonValue rules = json.value(QLatin1StringView("one_time_rules"));
    if (rules.isObject()) {
        c.oneTimeRules = QString::fromUtf8(QJsonDocument(rules.toObject()).toJson(QJsonDocument::Compact));
        if (auto st = SegmentRules::validate(c.oneTimeRules); !st)
            return Error::usage(Text::tr("campaign JSON: one_time_rules: %1").arg(st.error().text()));
    } else if (!rules.isNull() && !rules.isUndefined()) {
        return Error::usage(Text::tr("campaign JSON: one_time_rules is an object or null"));
    }
    c.testRecipients = strings(json.value(QLatin1StringView("test_recipients")));

    const QString launch = json.value(QLatin1StringView("launch_type")).toString(QStringLiteral("manual"));
    const auto launchType = fromString<LaunchType>(launch);
    if (!launchType)
        return Error::usage(Text::tr("campaign JSON: unknown launch_type %1 (use %2)")
                                .arg(quotedInput(launch), allNames<LaunchType>()));
    c.launchType = *launchType;
    c.recurrence = json.value(QLatin1StringView("recurrence")).toString();
    c.timeZone = json.value(QLatin1StringView("time_zone")).toString(QStringLiteral("UTC"));
    if (!QTimeZone(c.timeZone.toUtf8()).isValid())
        return Error::usage(Text::tr("campaign JSON: unknown time_zone %1 (use an IANA name such as Europe/Berlin)")
                                .arg(quotedInput(c.timeZone)));
    const QJsonValue sendAt = json.value(QLatin1StringView("send_at"));
    if (sendAt.isString()) {
        c.sendAt = QDateTime::fromString(sendAt.toString(), Qt::ISODate);
        // Without an offset, the time is wall-clock time in the campaign's time zone.
        if (c.sendAt.isValid() && c.sendAt.timeSpec() == Qt::LocalTime)
            c.sendAt = QDateTime(c.sendAt.date(), c.sendAt.time(), QTimeZone(c.timeZone.toUtf8()));
        if (!c.sendAt.isValid())
            return Error::usage(Text::tr("campaign JSON: send_at %1 is not an ISO 8601 date-time")
                                    .arg(quotedInput(sendAt.toString())));
    }
    if ((c.launchType == LaunchType::Schedule || c.launchType == LaunchType::Recurring) && !c.sendAt.isValid())
        return Error::usage(Text::tr("campaign JSON: launch_type %1 needs send_at").arg(launch));
    if (c.launchType == LaunchType::Recurring) {
        if (auto st = Recurrence::validate(c.recurrence); !st)
            return Error::usage(Text::tr("campaign JSON: %1").arg(st.error().text()));
    }
    auto ttl = wholeNumber(json.value(QLatin1StringView("ttl_minutes")), "ttl_minutes");
    if (!ttl)
        return ttl.error();
    c.ttlMinutes = *ttl;
    c.activated = json.value(QLatin1StringView("activated")).toBool();
    c.trackClicks = json.value(QLatin1StringView("track_clicks")).toBool();

    QSet<ChannelKind> seen;
    for (const QJsonValue &v : json.value(QLatin1StringView("channels")).toArray()) {
        if (!v.isObject())
            return Error::usage(Text::tr("campaign JSON: each channel is an object with a \"kind\""));
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!channelKeys().contains(it.key()))
                return Error::usage(Text::tr("campaign JSON: unknown channel key %1").arg(quotedInput(it.key())));
        for (const char *key : {"kind", "message_text", "send_window"})
            if (wrong(o, key, QJsonValue::String))
                return Error::usage(
                    Text::tr("campaign JSON: a channel's \"%1\" is a text").arg(QString::fromLatin1(key)));
        const QString kindText = o.value(QLatin1StringView("kind")).toString();
        const auto kind = fromString<ChannelKind>(kindText);
        if (!kind)
            return Error::usage(Text::tr("campaign JSON: unknown channel kind %1 (use %2)")
                                    .arg(quotedInput(kindText), allNames<ChannelKind>()));
        if (seen.contains(*kind))
            return Error::usage(Text::tr("campaign JSON: the %1 channel appears twice").arg(kindText));
        seen.insert(*kind);
        CampaignChannel ch;
        ch.kind = *kind;
        auto tmpl = resolve(CatalogKind::Template, o.value(QLatin1StringView("template")));
        if (!tmpl)
            return tmpl.error();
        ch.templateId = *tmpl;
        auto sender = resolveSender(o.value(QLatin1StringView("sender")), ch.kind);
        if (!sender)
            return sender.error();
        ch.senderId = *sender;
        ch.messageText = o.value(QLatin1StringView("message_text")).toString();
        auto rate = wholeNumber(o.value(QLatin1StringView("rate_per_minute")), "rate_per_minute");
        if (!rate)
            return rate.error();
        ch.ratePerMinute = *rate;
        ch.sendWindow = o.value(QLatin1StringView("send_window")).toString().trimmed();
        if (auto window = SendWindow::parse(ch.sendWindow, ch.kind); !window)
            return Error::usage(Text::tr("campaign JSON: the %1 channel's %2").arg(kindText, window.error().text()));
        c.channels.append(ch);
    }
    return c;
}

} // namespace herald
