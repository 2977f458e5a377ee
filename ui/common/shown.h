#pragma once

#include "domain/result.h"

#include <QCoreApplication>

namespace herald {

// A read for display: its value, or when it failed an empty one, with the failure said
// where the person looks (the page's status message), so a list that could not be read
// never passes for an empty one. `page` is any widget with a statusMessage(QString) signal.
template <typename T, typename Page>
T shown(Result<T> result, Page *page)
{
    if (result)
        return std::move(*result);
    emit page->statusMessage(QCoreApplication::translate("herald::Shown", "Could not read everything shown: %1")
                                 .arg(result.error().shown()));
    return T{};
}

} // namespace herald
