#pragma once

#include "domain/enumnames.h"

#include <QString>

#include <initializer_list>

namespace herald {

// States in SQL text come from the one vocabulary (domain/*status.h), never restated:
// a state's name as a literal, 'Assumed Delivered' (no name holds a quote) ...
template <typename E>
QString sqlName(E value)
{
    return u'\'' + nameOf(value) + u'\'';
}

// ... and a set of them as an SQL list, "('Queued','Retrying')".
template <typename E>
QString sqlSet(std::initializer_list<E> values)
{
    QString out;
    for (const E v : values)
        out += (out.isEmpty() ? QStringLiteral("(") : QStringLiteral(",")) + sqlName(v);
    return out + u')';
}

// The states a predicate of the vocabulary holds for (isPending, isWaiting, isFinal...):
// sqlSet<MessageStatus>(isWaiting).
template <typename E>
QString sqlSet(bool (*in)(E))
{
    QString out;
    for (const E v : allValues<E>())
        if (in(v))
            out += (out.isEmpty() ? QStringLiteral("(") : QStringLiteral(",")) + sqlName(v);
    return out + u')';
}

} // namespace herald
