#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace herald {

// What a list or table says when it has nothing to show: a title ("No campaigns yet"), how
// something gets there, and optionally a button for that next step ("New campaign…").
// Put over an item view (over()), it covers the view's viewport while the view's model has
// no rows (and the caller's condition holds, e.g. not while loading) and hides otherwise;
// the view's header stays. The caller sets every text (tr()) and may change it at any time,
// e.g. "No campaigns match …" with "Clear the filter" while a filter is on. Its accessible
// name is the title, its description the explanation; its button is named objectName + "Action".
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(const QString &objectName, QWidget *parent = nullptr);

    // An empty state over `view`, following the rows of its model (set the model first).
    static EmptyState *over(QAbstractItemView *view, const QString &objectName);

    // The title, the explanation and the button's text with what it does (an empty text
    // hides the button); the same as setTitle, setExplanation and setAction.
    void setTexts(const QString &title, const QString &explanation, const QString &actionText = {},
                  std::function<void()> action = {});
    void setTitle(const QString &title);
    void setExplanation(const QString &explanation);
    void setAction(const QString &text, std::function<void()> action = {});
    // The button stays, greyed, with `why` as its tooltip.
    void setActionEnabled(bool enabled, const QString &why = {});
    QString title() const;
    QString explanation() const;
    QPushButton *actionButton() const { return m_action; }

    // Over a view: shown only while `condition` also holds. Call updateVisibility() when
    // what it reads changes without the model saying so (a read that finished empty).
    void setCondition(std::function<bool()> condition);
    void updateVisibility();

signals:
    // The button was pressed (after its action ran).
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void attach(QAbstractItemView *view);
    void followViewport();
    void applyPalette();

    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_action = nullptr;
    std::function<void()> m_do;
    std::function<bool()> m_condition;
    QPointer<QWidget> m_view; // a QAbstractItemView; read through qobject_cast, which is null while it dies
    QPointer<QWidget> m_viewport; // null once the view, dying, has deleted it
};

} // namespace herald
