#pragma once

#include <QWidget>

namespace herald {

// A destination that a later version fills: says so plainly instead of showing nothing.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace herald
