// heraldctl missed list | resolve: scheduled launches that were due while no dispatcher
// ran, and what to do about each.
#include "heraldctl.h"

#include "lifecycle/campaigndocument.h"
#include "schedule/scheduler.h"
#include "storage/campaignrepository.h"
#include "storage/missedlaunchrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

int Heraldctl::missedList()
{
    auto alerts = MissedLaunchRepository(*m_db, m_tenant.id).pending();
    if (!alerts)
        return fail(alerts.error());
    CampaignRepository campaigns(*m_db, m_tenant.id);
    QJsonArray out;
    for (const MissedLaunch &m : std::as_const(*alerts)) {
        auto c = campaigns.get(m.campaignId);
        if (!c)
            return fail(c.error());
        out.append(QJsonObject{{QStringLiteral("id"), m.id},
                               {QStringLiteral("campaign"), c->shortId},
                               {QStringLiteral("name"), c->name},
                               {QStringLiteral("due_at"), CampaignDocument::time(m.dueAt)},
                               {QStringLiteral("detected_at"), CampaignDocument::time(m.detectedAt)}});
    }
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(out);
        return 0;
    }
    if (out.isEmpty())
        m_out << "No missed launches." << Qt::endl;
    for (const QJsonValue &v : std::as_const(out)) {
        const QJsonObject m = v.toObject();
        m_out << m.value(QLatin1StringView("id")).toInteger() << "  "
              << m.value(QLatin1StringView("campaign")).toString() << "  due "
              << m.value(QLatin1StringView("due_at")).toString() << "  "
              << m.value(QLatin1StringView("name")).toString() << Qt::endl;
    }
    return 0;
}

int Heraldctl::missedResolve()
{
    bool ok = false;
    const Id alertId = m_cli.positional().first().toLongLong(&ok);
    if (!ok)
        return usage(u"'" + m_cli.positional().first() + u"' is not an alert id (see heraldctl missed list)");
    const int chosen = int(m_cli.isSet(QStringLiteral("send-now"))) + int(m_cli.isSet(QStringLiteral("reschedule")))
                       + int(m_cli.isSet(QStringLiteral("skip")));
    if (chosen != 1)
        return usage(QStringLiteral("choose one of --send-now, --reschedule TIME or --skip"));
    QDateTime when;
    Scheduler::Resolution resolution = Scheduler::Resolution::Skip;
    if (m_cli.isSet(QStringLiteral("send-now"))) {
        resolution = Scheduler::Resolution::SendNow;
    } else if (m_cli.isSet(QStringLiteral("reschedule"))) {
        resolution = Scheduler::Resolution::Reschedule;
        when = QDateTime::fromString(m_cli.value(QStringLiteral("reschedule")), Qt::ISODateWithMs);
        if (!when.isValid())
            return usage(u"--reschedule takes an ISO 8601 date-time, not '" + m_cli.value(QStringLiteral("reschedule"))
                         + u"'");
    }
    SystemClock clock;
    if (auto st = Scheduler(*m_db, clock).resolve(m_tenant.id, alertId, resolution, when, m_user); !st)
        return fail(st.error());
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), alertId}, {QStringLiteral("resolved"), true}});
    else
        m_out << "Resolved missed launch " << alertId << Qt::endl;
    return 0;
}

} // namespace herald::ctl
