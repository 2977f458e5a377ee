#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace herald {

// A table of results a person reads but does not edit: named (for tests), with its column
// headers, no row numbers and the last column taking the remaining width. Selection is
// left to the caller.
QTableWidget *readOnlyTable(const QString &objectName, const QStringList &headers, QWidget *parent);

} // namespace herald
