#pragma once

#include "common/accessibletable.h"
#include "schedule/calendar.h"

#include <QDate>
#include <QWidget>

namespace herald {

// Draws a tenant's CalendarData: a month grid of the day's launches, or a week or day
// with an hour scale where each entry is a bar from its start to its end (a planned
// launch to its forecast finish). Days and hours are the tenant's time zone.
// Screen readers read the entries of the days shown as a table (start, end, campaign,
// what, channels).
class CalendarView final : public QWidget, public AccessibleTableData
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    enum class Mode
    {
        Month,
        Week,
        Day
    };

    explicit CalendarView(QWidget *parent = nullptr);

    // `first` is the first day drawn: the Monday starting the month grid or the week, or the day.
    void setData(const CalendarData &calendar, Mode mode, QDate first, QDate month);
    void setSelected(int entry);
    int selected() const { return m_selected; }
    // The entry drawn at `pos`, or -1; where an entry is drawn first (tests, keyboard).
    int entryAt(const QPoint &pos) const;
    QRect entryRect(int entry) const;
    // Pixels per hour in the week and day views.
    static constexpr int kHourHeight = 34;

    QSize sizeHint() const override;
    QStringList accessibleHeaders() const override;
    QList<QStringList> accessibleRows() const override;

signals:
    void entryClicked(int entry);
    void entryActivated(int entry); // double-click or Enter
    void dayActivated(QDate day);   // double-click on a month day's free space

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        QRect rect;
        int entry = -1;
        QString text;
    };
    void relayout();
    void layoutMonth();
    void layoutDays(int days);
    QDate dayAt(const QPoint &pos) const;
    QRect dayRect(int index) const;

    CalendarData m_data;
    QSet<int> m_warned; // entries some warning is about
    Mode m_mode = Mode::Month;
    QDate m_first, m_month;
    QList<Item> m_items;
    QList<std::pair<QRect, int>> m_more; // "+N more" per month day
    int m_selected = -1;
};

} // namespace herald
