#pragma once

#include <QString>
#include <QVariantList>

namespace herald {

// The message states in which a campaign's message reached its recipient, as an SQL list
// ("received campaign X", and who a follow-up leaves out).
inline constexpr const char *kReachedStatusesSql = "('Sent', 'Delivered', 'Assumed Delivered', 'Answered', 'Completed')";

// A piece of SQL with its positional parameters, in order. Values are always bound,
// never pasted into the text.
struct SqlFragment
{
    QString sql;
    QVariantList params;

    void append(const SqlFragment &other)
    {
        sql += other.sql;
        params += other.params;
    }
};

} // namespace herald
