#pragma once

#include <QQueue>

namespace herald {

// At most `perSecond` requests reach a service in any second. A request reaches it
// somewhere between its sending and its answer: counting those in flight and those
// answered in the last second keeps every second's arrivals within the limit, however
// the connections queue them. Times are a monotonic clock's milliseconds.
class PerSecondPacing final
{
public:
    explicit PerSecondPacing(int perSecond) : m_perSecond(perSecond) {}

    // Whether one more request may go at `now` with `inFlight` unanswered; when not,
    // `wake` is when one may (-1: at the next answer).
    bool allows(qint64 now, qsizetype inFlight, qint64 &wake)
    {
        while (!m_recent.isEmpty() && m_recent.head() <= now - 1000)
            m_recent.dequeue();
        if (m_recent.size() + inFlight < m_perSecond)
            return true;
        wake = m_recent.isEmpty() ? -1 : m_recent.head() + 1000;
        return false;
    }
    void answered(qint64 now) { m_recent.enqueue(now); }

private:
    int m_perSecond;
    QQueue<qint64> m_recent; // when the answers of the last second came
};

} // namespace herald
