#pragma once

#include "database.h"
#include "domain/numberpool.h"
#include "domain/phonenumber.h"
#include "domain/providerconfig.h"
#include "domain/senderidentity.h"

#include <QList>

namespace herald {

// Who sends and through what: sender identities, number pools with their numbers,
// and the provider configured for each channel kind, in one tenant.
class SenderRepository final
{
public:
    SenderRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    Result<Id> addPool(const NumberPool &pool);
    Result<QList<NumberPool>> pools();
    Result<Id> addNumber(const PhoneNumber &number);
    Result<QList<PhoneNumber>> numbers(Id poolId);

    Result<Id> addSender(const SenderIdentity &sender);
    Result<QList<SenderIdentity>> senders();
    Result<SenderIdentity> sender(Id id);

    Status setProvider(const ProviderConfig &config);
    Result<QList<ProviderConfig>> providers();

private:
    Result<QList<SenderIdentity>> querySenders(const QString &where, const QVariant &arg);
    Database m_db;
    Id m_tenantId;
};

QString nameOf(PhoneNumber::State state);

} // namespace herald
