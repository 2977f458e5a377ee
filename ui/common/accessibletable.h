#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace herald {

class AccessibleTableData;
void AccessibleTableChanged(AccessibleTableData *data);

// A widget that draws its data itself (the calendar, the charts) and hands it to screen
// readers as a table: one row per entry or sample, a header per column. The widget
// implements this beside QWidget and calls AccessibleTable::changed(this) when its data
// changes; AccessibleTable::install() makes Qt's accessibility ask it.
class AccessibleTableData
{
public:
    virtual ~AccessibleTableData() = default;
    virtual QStringList accessibleHeaders() const = 0;
    virtual QList<QStringList> accessibleRows() const = 0;
    // Counts AccessibleTable::changed() calls, so a table read earlier is read again.
    int accessibleGeneration() const { return m_accessibleGeneration; }

private:
    friend void AccessibleTableChanged(AccessibleTableData *data);
    int m_accessibleGeneration = 0;
};

namespace AccessibleTable {

// Registers the interface factory (once; MainWindow does it).
void install();
// Tells assistive technology that `widget`'s table changed.
void changed(QWidget *widget);

} // namespace AccessibleTable

} // namespace herald
