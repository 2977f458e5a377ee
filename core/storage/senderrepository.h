#pragma once

#include "database.h"
#include "domain/numberpool.h"
#include "domain/phonenumber.h"
#include "domain/providerconfig.h"
#include "domain/senderidentity.h"

#include <QDateTime>
#include <QList>

namespace herald {

// Who sends and through what: sender identities, number pools with their numbers,
// and the provider configured for each channel kind, in one tenant.
class SenderRepository final
{
public:
    SenderRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    Result<Id> addPool(const NumberPool &pool);
    Status updatePool(const NumberPool &pool);
    // Those not deleted.
    Result<QList<NumberPool>> pools();
    // Calls from the pool's numbers in progress now (dialing, ringing, answered), of every
    // run and dispatcher.
    Result<qint64> callsInProgress(Id poolId);
    Result<NumberPool> pool(Id poolId);
    // Deleted pools stay for history; their numbers are removed.
    Status deletePool(Id poolId);
    Result<Id> addNumber(const PhoneNumber &number);
    // Back in a pool, with its counters, after it was removed.
    Status restoreNumber(Id numberId, Id poolId);
    // Out of its pool, its counters kept for the messages it sent.
    Status removeNumber(Id numberId);
    // The pool's numbers that are not removed.
    Result<QList<PhoneNumber>> numbers(Id poolId);
    // By id, removed ones too.
    Result<PhoneNumber> number(Id numberId);
    // Every number of the tenant, removed ones too.
    Result<QList<PhoneNumber>> allNumbers();
    // The id of the tenant's number `e164`, 0 when it has none.
    Result<Id> numberByE164(const QString &e164);
    // Pause, resume or release (Active), or quarantine a number, saying why.
    Status setNumberState(Id numberId, PhoneNumber::State state, const QString &reason, const QDateTime &at);
    Status setDailyCap(Id numberId, int cap);

    // Messages handed over from pool numbers: their counters, today's uses (`day` in
    // the tenant's zone), the number each message and contact went out from.
    struct NumberUse
    {
        Id poolId = 0;
        Id numberId = 0;
        Id messageId = 0;
        Id contactId = 0;
    };
    Status recordNumberUse(const QList<NumberUse> &uses, const QString &day, const QDateTime &at);
    // The number each contact heard from last in a pool.
    Result<QHash<Id, Id>> stickyNumbers(Id poolId, const QList<Id> &contactIds);
    // What became of messages from numbers; quarantines those whose rate fell below their
    // pool's threshold and returns them with their pool's name and the reason.
    struct NumberResults
    {
        qint64 attempts = 0; // handed over without recordNumberUse (history brought in)
        qint64 successes = 0;
        qint64 failures = 0;
        qint64 optOuts = 0;
        bool phone = false;
        QDateTime lastUsed; // with `attempts`: when the newest of them went out
    };
    Result<QList<std::pair<PhoneNumber, QString>>> recordNumberResults(const QHash<Id, NumberResults> &results,
                                                                      const QDateTime &at);

    Result<Id> addSender(const SenderIdentity &sender);
    Status updateSender(const SenderIdentity &sender);
    // Kept for the campaigns and runs that used it.
    Status deleteSender(Id id);
    // Those not deleted.
    Result<QList<SenderIdentity>> senders();
    // By id, deleted ones too.
    Result<SenderIdentity> sender(Id id);
    // One not deleted, by id or name (any letter case); `kind` tells apart senders of one
    // name on several channels (a usage error asks for it when it is needed).
    Result<SenderIdentity> find(const QString &reference, std::optional<ChannelKind> kind);

    // Saving a provider's settings forgets its last check: they are new.
    Status setProvider(const ProviderConfig &config);
    Result<QList<ProviderConfig>> providers();

    // The last Test connection of the saved settings of a channel's provider.
    struct ProviderCheck
    {
        ChannelKind kind = ChannelKind::Email;
        bool ok = true;
        QString detail; // what the provider said
        QDateTime at;
    };
    Status recordCheck(const ProviderCheck &check);
    // The channels whose provider was tested since its settings were saved.
    Result<QList<ProviderCheck>> providerChecks();

private:
    Result<QList<SenderIdentity>> querySenders(const QString &where, const QVariant &arg);
    Result<QList<PhoneNumber>> queryNumbers(const QString &where, Id arg);
    Database m_db;
    Id m_tenantId;
};

QString nameOf(PhoneNumber::State state);

} // namespace herald
