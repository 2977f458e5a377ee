#include "accessibletable.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace herald {

namespace {

class DataTable;

// One cell: its text, and where it sits.
class Cell final : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    Cell(QWidget *view, int row, int column) : m_view(view), m_row(row), m_column(column) {}

    bool isValid() const override { return !m_view.isNull(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override { return {}; }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TableCellInterface ? static_cast<QAccessibleTableCellInterface *>(this) : nullptr;
    }

    bool isSelected() const override { return false; }
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

private:
    QPointer<QWidget> m_view;
    int m_row, m_column;
};

// The widget as a read-only table of its AccessibleTableData.
class DataTable final : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    DataTable(QWidget *widget, const AccessibleTableData *data) : QAccessibleWidget(widget, QAccessible::Table), m_data(data)
    {
    }
    ~DataTable() override { forgetCells(); }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableInterface)
            return static_cast<QAccessibleTableInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    // The widget's own children (a chart's views) first, then the cells.
    int childCount() const override { return QAccessibleWidget::childCount() + rowCount() * columnCount(); }
    QAccessibleInterface *child(int index) const override
    {
        const int own = QAccessibleWidget::childCount();
        if (index < own)
            return QAccessibleWidget::child(index);
        const int columns = columnCount();
        index -= own;
        return columns > 0 && index >= 0 ? cellAt(index / columns, index % columns) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child || child->role() != QAccessible::Cell)
            return QAccessibleWidget::indexOfChild(child);
        auto *cell = const_cast<QAccessibleInterface *>(child)->tableCellInterface();
        return cell ? QAccessibleWidget::childCount() + cell->rowIndex() * columnCount() + cell->columnIndex() : -1;
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Description && QAccessibleWidget::text(t).isEmpty())
            return QCoreApplication::translate("herald::AccessibleTable", "%n row(s)", nullptr, int(rows().size()));
        return QAccessibleWidget::text(t);
    }

    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override
    {
        if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
            return nullptr;
        const qint64 key = (qint64(row) << 32) | quint32(column);
        if (const auto id = m_cells.value(key, 0))
            return QAccessible::accessibleInterface(id);
        auto *cell = new Cell(widget(), row, column);
        m_cells.insert(key, QAccessible::registerAccessibleInterface(cell));
        return cell;
    }
    int selectedCellCount() const override { return 0; }
    QList<QAccessibleInterface *> selectedCells() const override { return {}; }
    QString columnDescription(int column) const override { return headers().value(column); }
    QString rowDescription(int) const override { return {}; }
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    int columnCount() const override { return int(headers().size()); }
    int rowCount() const override { return int(rows().size()); }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    // AccessibleTable::changed() counts a generation too, which refresh() follows (the
    // event only comes while assistive technology listens).
    void modelChange(QAccessibleTableModelChangeEvent *) override { refresh(); }

    QString cellText(int row, int column) const { return rows().value(row).value(column); }

private:
    // What was read before the data changed is read again. Cells stay: they read their
    // text by row and column when asked, and a client may still hold one.
    void refresh() const
    {
        if (m_generation != m_data->accessibleGeneration()) {
            m_generation = m_data->accessibleGeneration();
            m_rows.reset();
            m_headers.reset();
        }
    }
    const QStringList &headers() const
    {
        refresh();
        if (!m_headers)
            m_headers = m_data->accessibleHeaders();
        return *m_headers;
    }
    const QList<QStringList> &rows() const
    {
        refresh();
        if (!m_rows)
            m_rows = m_data->accessibleRows();
        return *m_rows;
    }
    void forgetCells()
    {
        for (const QAccessible::Id id : std::as_const(m_cells))
            QAccessible::deleteAccessibleInterface(id);
        m_cells.clear();
    }

    const AccessibleTableData *m_data;
    mutable int m_generation = 0;
    mutable QHash<qint64, QAccessible::Id> m_cells;
    mutable std::optional<QStringList> m_headers;
    mutable std::optional<QList<QStringList>> m_rows;
};

QString Cell::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || m_view.isNull())
        return {};
    auto *table = dynamic_cast<DataTable *>(QAccessible::queryAccessibleInterface(m_view));
    return table ? table->cellText(m_row, m_column) : QString();
}

QAccessibleInterface *factory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    auto *data = dynamic_cast<AccessibleTableData *>(object);
    return widget && data ? new DataTable(widget, data) : nullptr;
}

} // namespace

void AccessibleTable::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

void AccessibleTableChanged(AccessibleTableData *data)
{
    ++data->m_accessibleGeneration;
}

void AccessibleTable::changed(QWidget *widget)
{
    if (auto *data = dynamic_cast<AccessibleTableData *>(widget))
        AccessibleTableChanged(data);
    QAccessibleTableModelChangeEvent event(widget, QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&event);
}

} // namespace herald
