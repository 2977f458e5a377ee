#pragma once

#include "domain/numberpool.h"
#include "domain/phonenumber.h"

#include <QHash>
#include <QList>

#include <optional>

namespace herald {

// Chooses the number each message of a pool goes out from, one day at a time. Only
// active numbers under their daily cap are used; each pick counts as a use. Pure: the
// dispatcher feeds it the pool's numbers and records what it picked.
class NumberRotation final
{
public:
    NumberRotation(const NumberPool &pool, const QList<PhoneNumber> &numbers, const QString &day);

    // The number for a message to `contactPhone`; `sticky` is the number the contact
    // heard from before (sticky rotation). Empty when no number may send today.
    std::optional<Id> pick(const QString &contactPhone, std::optional<Id> sticky = std::nullopt);
    bool hasUsableNumber() const;
    const QList<PhoneNumber> &numbers() const { return m_numbers; }
    const NumberPool &pool() const { return m_pool; }

    // The part of an E.164 number that places it: "+1" and the area code in North
    // America, the first four digits (country code and leading area digits) elsewhere.
    static QString localPrefix(const QString &e164);

    // Why `number` must be quarantined now, or empty: its success rate is below the
    // pool's threshold over at least the pool's minimum sample. `phone`: the rate is
    // of answered calls, else of delivered messages.
    static std::optional<QString> quarantineReason(const NumberPool &pool, const PhoneNumber &number, bool phone);

private:
    bool usable(const PhoneNumber &n) const;
    std::optional<qsizetype> leastUsed(const QString &prefix = {}) const;
    std::optional<Id> use(qsizetype index);

    NumberPool m_pool;
    QList<PhoneNumber> m_numbers; // in id order
    QString m_day;
    qsizetype m_next = 0; // round-robin: where the next search starts
};

} // namespace herald
