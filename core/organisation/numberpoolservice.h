#pragma once

#include "domain/numberpool.h"
#include "domain/phonenumber.h"
#include "domain/senderidentity.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace herald {

// The numbers SMS and phone senders use, in pools. Changing them needs the right to
// manage number pools. Lists of numbers are taken whole or not at all: every line is
// checked first (E.164, twice in the list, in a pool already) and one problem keeps every
// number out. Removed numbers and deleted pools keep their history; a removed number
// added again comes back with its counters.
class NumberPoolService final
{
public:
    NumberPoolService(Database db, Id tenantId, User actor);

    // One line of a list that cannot be taken, and why.
    struct LineProblem
    {
        int line = 0; // 1-based
        QString text;
        Text reason;
    };

    Result<QList<NumberPool>> list();
    // By id or name (any letter case).
    Result<NumberPool> find(const QString &reference);
    Result<NumberPool> create(const NumberPool &pool);
    // Its rotation and quarantine threshold (found by id).
    Status save(const NumberPool &pool);
    // Pause, resume or release a number of the tenant, saying why.
    Status setNumberState(Id numberId, PhoneNumber::State state, const QString &reason);
    Status setDailyCap(Id numberId, int cap);
    // Refused while a sender uses the pool, naming them.
    Result<NumberPool> remove(const QString &reference);
    // The senders (not deleted) sending from the pool, for people: "'NORTHWIND' (SMS)".
    Result<QStringList> sendersUsing(Id poolId);

    // `text` holds numbers one per line (commas, semicolons and tabs separate too; blank
    // lines and lines starting with # are skipped), each with + or 00 and the country code.
    Result<QList<LineProblem>> checkNumbers(const QString &pool, const QString &text);
    // All of them or none (a usage error listing the problems); returns those added.
    Result<QList<PhoneNumber>> addNumbers(const QString &pool, const QString &text);
    // Each must be in the pool; all of them or none.
    Result<QList<PhoneNumber>> removeNumbers(const QString &pool, const QString &text);
    // The SMS or phone sender sends from the pool's numbers from now on.
    Result<SenderIdentity> attach(const QString &pool, const QString &sender, std::optional<ChannelKind> kind);

    // The problems as one message: "2 of 5 numbers cannot be added, so none was: line 2 ...", from
    // `sentence` with %1 (the problems), %2 (the lines) and %3 (the problems listed).
    static Text describe(const QList<LineProblem> &problems, int lines, const Text &sentence);

private:
    struct Item
    {
        int line = 0;
        QString text;
        QString e164; // empty when it is not a number
    };
    static QList<Item> items(const QString &text);
    // A list checked against the pool and the tenant's numbers (removed ones too).
    struct Plan
    {
        NumberPool pool;
        QList<Item> items;
        QHash<QString, PhoneNumber> known; // by E.164
        QList<LineProblem> problems;
    };
    Result<Plan> plan(const QString &pool, const QString &text);

    Database m_db;
    Id m_tenantId;
    User m_actor;
};

} // namespace herald
