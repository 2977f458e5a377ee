#include "numberrotation.h"

#include <algorithm>

namespace herald {

QStringList NumberPool::rotations()
{
    return {QStringLiteral("round-robin"), QStringLiteral("least-used"), QStringLiteral("sticky"),
            QStringLiteral("local-presence")};
}

NumberRotation::NumberRotation(const NumberPool &pool, const QList<PhoneNumber> &numbers, const QString &day)
    : m_pool(pool), m_numbers(numbers), m_day(day)
{
    std::sort(m_numbers.begin(), m_numbers.end(), [](const PhoneNumber &a, const PhoneNumber &b) { return a.id < b.id; });
    // Round-robin carries on after the number used last, across restarts.
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_numbers.size(); ++i)
        if (m_numbers.at(i).lastUsedAt.isValid()
            && (last < 0 || m_numbers.at(i).lastUsedAt > m_numbers.at(last).lastUsedAt))
            last = i;
    m_next = last + 1;
}

QString NumberRotation::localPrefix(const QString &e164)
{
    // "+1" and the area code in North America; elsewhere the country code and the
    // leading area digits, four digits in all.
    if (!e164.startsWith(u'+') || e164.size() < 8)
        return {};
    return e164.left(5);
}

bool NumberRotation::usable(const PhoneNumber &n) const
{
    return n.state == PhoneNumber::State::Active && (n.dailyCap <= 0 || n.usesOn(m_day) < n.dailyCap);
}

bool NumberRotation::hasUsableNumber() const
{
    return std::any_of(m_numbers.cbegin(), m_numbers.cend(), [this](const PhoneNumber &n) { return usable(n); });
}

std::optional<qsizetype> NumberRotation::leastUsed(const QString &prefix) const
{
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < m_numbers.size(); ++i) {
        const PhoneNumber &n = m_numbers.at(i);
        if (!usable(n) || (!prefix.isEmpty() && localPrefix(n.e164) != prefix))
            continue;
        if (!best)
            best = i;
        else if (const PhoneNumber &b = m_numbers.at(*best); n.usesOn(m_day) < b.usesOn(m_day))
            best = i; // ties keep the lower id: picks are reproducible
    }
    return best;
}

std::optional<Id> NumberRotation::use(qsizetype index)
{
    PhoneNumber &n = m_numbers[index];
    if (n.usedDay != m_day) {
        n.usedDay = m_day;
        n.usedToday = 0;
    }
    ++n.usedToday;
    ++n.attempts;
    return n.id;
}

std::optional<Id> NumberRotation::pick(const QString &contactPhone, std::optional<Id> sticky)
{
    if (m_numbers.isEmpty())
        return std::nullopt;
    const QString &rotation = m_pool.rotation;
    if (rotation == u"sticky" && sticky) {
        for (qsizetype i = 0; i < m_numbers.size(); ++i)
            if (m_numbers.at(i).id == *sticky && usable(m_numbers.at(i)))
                return use(i);
        // The contact's number is paused, quarantined or capped: another one, which
        // becomes theirs.
    }
    if (rotation == u"round-robin") {
        for (qsizetype step = 0; step < m_numbers.size(); ++step) {
            const qsizetype i = (m_next + step) % m_numbers.size();
            if (usable(m_numbers.at(i))) {
                m_next = i + 1;
                return use(i);
            }
        }
        return std::nullopt;
    }
    if (rotation == u"local-presence")
        if (const auto local = leastUsed(localPrefix(contactPhone)))
            return use(*local);
    if (const auto any = leastUsed())
        return use(*any);
    return std::nullopt;
}

std::optional<QString> NumberRotation::quarantineReason(const NumberPool &pool, const PhoneNumber &n, bool phone)
{
    const qint64 finished = n.successes + n.failures;
    if (pool.quarantineBelowPercent <= 0 || n.state != PhoneNumber::State::Active || finished < pool.quarantineMinSample
        || finished == 0 || n.successes * 100 >= qint64(pool.quarantineBelowPercent) * finished)
        return std::nullopt;
    return QStringLiteral("%1 rate %2% over %3 messages, below the pool's %4%")
        .arg(phone ? QStringLiteral("answer") : QStringLiteral("delivery"))
        .arg(qRound(100.0 * double(n.successes) / double(finished)))
        .arg(finished)
        .arg(pool.quarantineBelowPercent);
}

} // namespace herald
