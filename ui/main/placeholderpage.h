#pragma once

#include <QWidget>

namespace herald {

// A page that only says something: a title and what to do (the tenant chooser before a
// tenant is picked), instead of an empty window.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace herald
