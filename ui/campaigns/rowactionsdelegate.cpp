#include "rowactionsdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace herald {

RowActionsDelegate::RowActionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent),
      m_labels{tr("Run"), tr("Analytics"), tr("Info"), tr("More \u25BE")}
{
}

QList<QRect> RowActionsDelegate::linkRects(const QStyleOptionViewItem &option) const
{
    const QFontMetrics fm(option.font);
    QList<QRect> out;
    int x = option.rect.left() + 6;
    for (const QString &label : m_labels) {
        const int w = fm.horizontalAdvance(label);
        out.append(QRect(x, option.rect.top(), w, option.rect.height()));
        x += w + 12;
    }
    return out;
}

void RowActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Link));
    const QList<QRect> rects = linkRects(opt);
    for (qsizetype i = 0; i < rects.size(); ++i)
        painter->drawText(rects.at(i), Qt::AlignLeft | Qt::AlignVCenter, m_labels.at(i));
    painter->restore();
}

QSize RowActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QList<QRect> rects = linkRects(option);
    s.setWidth(rects.last().right() - option.rect.left() + 12);
    return s;
}

bool RowActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QList<QRect> rects = linkRects(option);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            if (rects.at(i).contains(mouse->position().toPoint())) {
                emit triggered(index, Action(i), mouse->globalPosition().toPoint());
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace herald
