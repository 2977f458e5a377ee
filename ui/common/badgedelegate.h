#pragma once

#include "common/tones.h"

#include <QStyledItemDelegate>

#include <functional>

namespace herald {

// Draws a cell's text as a filled badge in the colours `colors` gives for its index: a
// campaign's status in the list, a message's state in the task table (Tones::badge).
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    using Colors = std::function<Tones::Colors(const QModelIndex &index)>;
    BadgeDelegate(Colors colors, QObject *parent);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Colors m_colors;
};

} // namespace herald
