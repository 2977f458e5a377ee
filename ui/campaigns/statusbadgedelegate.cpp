#include "statusbadgedelegate.h"

#include "campaignlistmodel.h"
#include "domain/campaignstatus.h"

#include <QApplication>
#include <QPainter>

namespace herald {

QColor StatusBadgeDelegate::colorFor(int status)
{
    switch (CampaignStatus(status)) {
    case CampaignStatus::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case CampaignStatus::Ready:
        return QColor(0x1f, 0x7a, 0xe0);
    case CampaignStatus::Scheduled:
        return QColor(0x7b, 0x4d, 0xd8);
    case CampaignStatus::Running:
        return QColor(0x1e, 0x9e, 0x5a);
    case CampaignStatus::Paused:
        return QColor(0xe0, 0x8a, 0x00);
    case CampaignStatus::Completed:
        return QColor(0x2f, 0x6f, 0x4f);
    case CampaignStatus::Stopped:
        return QColor(0x9a, 0x5b, 0x2e);
    case CampaignStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case CampaignStatus::Archived:
        return QColor(0x5f, 0x63, 0x68);
    }
    return Qt::gray;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 16;
    const int h = fm.height() + 4;
    const QRect badge(opt.rect.left() + 6, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(index.data(CampaignListModel::StatusRole).toInt()));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 28);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    return s;
}

} // namespace herald
