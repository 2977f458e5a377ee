#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace herald {
class Database;
class MainWindow;
} // namespace herald

namespace herald::test {

// Shows every page of `window` (each destination and each of its visible tabs), each
// campaign of `campaignRefs` (short IDs) on each of its tabs, and the builder's sections,
// and calls `visit` with where it is ("settings → People") once each has loaded. Returns
// what could not be shown; empty when all was.
QStringList tourPages(MainWindow &window, const QStringList &campaignRefs,
                      const std::function<void(const QString &where)> &visit);

// The short ID of the demo tenant's campaign called `name`; empty when there is none.
QString demoShortId(Database &db, const QString &name);

} // namespace herald::test
