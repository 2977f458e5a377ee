#include "emptystate.h"

#include "common/tones.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald {

EmptyState::EmptyState(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setObjectName(objectName + u"Title");
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setForegroundRole(QPalette::Text); // drawn over the view's base, not the window
    QFont bigger = m_title->font();
    bigger.setBold(true);
    if (bigger.pointSizeF() > 0)
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_title->setFont(bigger);
    layout->addWidget(m_title);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(objectName + u"Explanation");
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_action = new QPushButton(this);
    m_action->setObjectName(objectName + u"Action");
    m_action->hide();
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_action);
    row->addStretch(1);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // A copy: the action may set the next texts (and action) itself, as a cleared filter does.
        const std::function<void()> action = m_do;
        if (action)
            action();
        emit actionTriggered();
    });
    applyPalette();
}

EmptyState *EmptyState::over(QAbstractItemView *view, const QString &objectName)
{
    auto *state = new EmptyState(objectName, view);
    state->attach(view);
    return state;
}

void EmptyState::attach(QAbstractItemView *view)
{
    m_view = view;
    m_viewport = view->viewport();
    // A child of the view over its viewport, not of the viewport: scrolling does not move it.
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::updateVisibility);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::updateVisibility);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::updateVisibility);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::updateVisibility);
    }
    updateVisibility();
}

void EmptyState::setTexts(const QString &title, const QString &explanation, const QString &actionText,
                          std::function<void()> action)
{
    setTitle(title);
    setExplanation(explanation);
    setAction(actionText, std::move(action));
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    setAccessibleDescription(explanation);
}

void EmptyState::setAction(const QString &text, std::function<void()> action)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
    m_do = std::move(action);
}

void EmptyState::setActionEnabled(bool enabled, const QString &why)
{
    m_action->setEnabled(enabled);
    m_action->setToolTip(enabled ? QString() : why);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

void EmptyState::setCondition(std::function<bool()> condition)
{
    m_condition = std::move(condition);
    updateVisibility();
}

void EmptyState::updateVisibility()
{
    // While the view is destroyed its model may still say it was reset: by then it is no
    // item view any more (qobject_cast says so), or its viewport is gone.
    const auto *view = qobject_cast<const QAbstractItemView *>(m_view.data());
    if (!view || !m_viewport)
        return;
    const QAbstractItemModel *model = view->model();
    const bool empty = !model || model->rowCount(view->rootIndex()) == 0;
    const bool shown = empty && (!m_condition || m_condition());
    if (shown) {
        followViewport();
        raise();
    }
    setVisible(shown);
}

void EmptyState::followViewport()
{
    if (m_viewport)
        setGeometry(m_viewport->geometry());
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (m_viewport && watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        followViewport();
    return QWidget::eventFilter(watched, event);
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void EmptyState::applyPalette()
{
    // The explanation muted, as secondary text is elsewhere, in light and dark palettes.
    QPalette muted = m_explanation->palette();
    muted.setColor(QPalette::WindowText, Tones::text(Tones::Tone::Neutral, palette()));
    m_explanation->setPalette(muted);
}

} // namespace herald
