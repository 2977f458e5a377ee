#pragma once

#include <QString>
#include <QVariantList>

namespace herald {

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
