#include "badgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace herald {

BadgeDelegate::BadgeDelegate(Colors colors, QObject *parent) : QStyledItemDelegate(parent), m_colors(std::move(colors))
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 16;
    const int h = fm.height() + 4;
    const QRect badge(opt.rect.left() + 6, opt.rect.center().y() - h / 2, w, h);
    const Tones::Colors colors = m_colors(index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(colors.text);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 28);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    return s;
}

} // namespace herald
