#pragma once

#include "database.h"
#include "domain/tenant.h"

#include <QDateTime>
#include <QList>

namespace herald {

// Clicks on the tracked links of one tenant's messages (LinkTracking).
class LinkClickRepository final
{
public:
    LinkClickRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Records a click on `url` in message `messageId`, with its run and contact; NotFound
    // when the tenant has no such message (deleted since).
    Status record(Id messageId, const QString &url, const QDateTime &at);

    struct Link
    {
        QString url;
        qint64 clicks = 0;   // every click
        qint64 contacts = 0; // people who clicked it
    };
    // The run's clicked links, most clicked first.
    Result<QList<Link>> ofRun(Id runId);
    // The contacts who clicked a link of the run starting with `prefix` ("" : any link).
    Result<qint64> contactsWhoClicked(Id runId, const QString &prefix);

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
