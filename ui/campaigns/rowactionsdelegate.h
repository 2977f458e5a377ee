#pragma once

#include <QStyledItemDelegate>

namespace herald {

// Paints a row's actions as links ("Run  Analytics  Info  More") and reports clicks.
class RowActionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowActionsDelegate)

public:
    enum Action { Run, Analytics, Info, More };

    explicit RowActionsDelegate(QObject *parent = nullptr);

    // An action shown greyed, ignoring clicks, with `reason` as its tooltip; an empty
    // reason enables it again.
    void setUnavailable(Action action, const QString &reason);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    void triggered(const QModelIndex &index, herald::RowActionsDelegate::Action action, const QPoint &globalPos);

private:
    QList<QRect> linkRects(const QStyleOptionViewItem &option) const;
    QStringList m_labels;
    QStringList m_unavailable; // per action: why it is unavailable, empty when it is not
};

} // namespace herald
