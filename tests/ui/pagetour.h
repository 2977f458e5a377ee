#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

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

// The Alt+letter mnemonics visible in `window` that two different controls share, such as
// "&Tags: / &Tenant:" (the same command repeated, as on cards side by side, is no clash:
// Alt+letter moves between them). Each is "Alt+T: &Tags:, &Tenant:".
QStringList mnemonicClashes(QWidget *window);

// Shows `window` at 1240×760 on the demo's Northwind Outfitters, its campaigns loaded;
// false when it could not.
bool showOnDemo(MainWindow &window);

// tourPages on the demo with a campaign in each layout: draft, active and ended.
QStringList tourDemo(MainWindow &window, Database &db, const std::function<void(const QString &where)> &visit);

// tourDemo, collecting the mnemonic clashes of every place it shows: each clash once, with
// where it was first seen ("Alt+T: &Tags:, &Tenant: (contacts)"). What could not be shown
// goes to `notShown`.
QStringList demoMnemonicClashes(MainWindow &window, Database &db, QStringList &notShown);

// The short ID of the demo tenant's campaign called `name`; empty when there is none.
QString demoShortId(Database &db, const QString &name, const QString &tenant = QStringLiteral("Northwind Outfitters"));

} // namespace herald::test
