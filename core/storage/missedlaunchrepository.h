#pragma once

#include "database.h"
#include "domain/tenant.h"

#include <QList>

namespace herald {

// A scheduled launch whose time passed while no dispatcher was running. It is never
// sent silently: a person resolves it (send now, reschedule or skip).
struct MissedLaunch
{
    Id id = 0;
    Id tenantId = 0;
    Id campaignId = 0;
    QDateTime dueAt;
    QDateTime detectedAt;
    QString resolution; // empty while pending; sent, rescheduled, skipped
};

class MissedLaunchRepository final
{
public:
    MissedLaunchRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Records the alert once per (campaign, due time).
    Status add(Id campaignId, const QDateTime &dueAt, const QDateTime &detectedAt);
    Result<QList<MissedLaunch>> pending();
    Result<MissedLaunch> get(Id id);
    // The latest due time alerted for a campaign, resolved or not.
    Result<QDateTime> lastDue(Id campaignId);
    Status resolve(Id id, const QString &resolution, Id userId, const QDateTime &at);

private:
    Result<QList<MissedLaunch>> query(const QString &where, const QVariant &arg);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
