#include "rowactionsdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace herald {

RowActionsDelegate::RowActionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent),
      m_labels{tr("Run"), tr("Analytics"), tr("Info"), tr("More ▾")}, m_unavailable(m_labels.size())
{
}

void RowActionsDelegate::setUnavailable(Action action, const QString &reason)
{
    m_unavailable[action] = reason;
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
    const QColor link = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Link);
    const QColor greyed = opt.palette.color(QPalette::Disabled, QPalette::Text);
    const QList<QRect> rects = linkRects(opt);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        painter->setPen(m_unavailable.at(i).isEmpty() ? link : greyed);
        painter->drawText(rects.at(i), Qt::AlignLeft | Qt::AlignVCenter, m_labels.at(i));
    }
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
                if (!m_unavailable.at(i).isEmpty())
                    return true;
                emit triggered(index, Action(i), mouse->globalPosition().toPoint());
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool RowActionsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QList<QRect> rects = linkRects(option);
        for (qsizetype i = 0; i < rects.size(); ++i)
            if (rects.at(i).contains(event->pos()) && !m_unavailable.at(i).isEmpty()) {
                QToolTip::showText(event->globalPos(), m_unavailable.at(i), view);
                return true;
            }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace herald
