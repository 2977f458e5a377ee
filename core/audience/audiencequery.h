#pragma once

#include "domain/channelkind.h"
#include "domain/tenant.h"
#include "domain/result.h"
#include "sqlfragment.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace herald {

class Database;

// Who a live run reaches: contact list ∩ (any send-to segment) − exclude segments
// − one-time rules − opted out − contacts without the channel's address.
// Preflight counts with the same query the run queues with, so they cannot disagree.
struct AudienceSpec
{
    std::optional<Id> contactListId;
    QStringList includeRules; // rules JSON of each send-to segment
    QStringList excludeRules;
    QString oneTimeRules;
    std::optional<ChannelKind> channel; // drop contacts without this channel's address, and its opt-outs
    bool dropOptedOut = true;
    std::optional<QList<Id>> contactIds; // only these contacts
};

class AudienceQuery final
{
public:
    AudienceQuery(const Database &db, Id tenantId);

    // SELECT c.id FROM contacts c WHERE ... ORDER BY c.id
    Result<SqlFragment> idsSql(const AudienceSpec &spec) const;
    Result<qint64> count(const AudienceSpec &spec) const;
    // The same count per contact time zone ("" for contacts in the tenant's zone).
    Result<QList<std::pair<QString, qint64>>> countByZone(const AudienceSpec &spec) const;
    Result<QList<Id>> ids(const AudienceSpec &spec, int limit = -1) const;
    // " AND ..." keeping the contacts `c` that have the channel's address: an email
    // address, a phone number, a Telegram chat, a Viber user or a push subscription.
    static QString addressCondition(ChannelKind kind);
    // For a channel with its own address (hasOwnAddress): the contacts a test run reaches,
    // those whose email address (any letter case) or phone number is one of `addresses` and
    // that have the channel's address, once each, in the order of `addresses`.
    Result<QList<Id>> testRecipients(ChannelKind kind, const QStringList &addresses) const;

private:
    Result<SqlFragment> whereClause(const AudienceSpec &spec) const;
    const Database &m_db;
    Id m_tenantId;
};

} // namespace herald
