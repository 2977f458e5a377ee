#include "calendarview.h"

#include "calendarformat.h"
#include "common/tones.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace herald {

namespace {

constexpr int kGutter = 52; // hour labels in the week and day views
constexpr int kMinBar = 20;

int headerHeight(const QFontMetrics &fm)
{
    return fm.height() + 10;
}

} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarView"));
    setAccessibleName(tr("Calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CalendarView::setData(const CalendarData &calendar, Mode mode, QDate first, QDate month)
{
    m_data = calendar;
    m_mode = mode;
    m_first = first;
    m_month = month;
    m_warned.clear();
    for (const CalendarWarning &w : std::as_const(m_data.warnings))
        for (int i : w.entries)
            m_warned.insert(i);
    m_selected = -1;
    // The hours scroll in the week and day views; a month fits the page.
    setMinimumHeight(m_mode == Mode::Month ? 360 : sizeHint().height());
    updateGeometry();
    relayout();
    update();
    AccessibleTable::changed(this);
}

QStringList CalendarView::accessibleHeaders() const
{
    return {tr("Starts"), tr("Ends"), tr("Campaign"), tr("What"), tr("Channels")};
}

QList<QStringList> CalendarView::accessibleRows() const
{
    QList<QStringList> rows;
    for (const CalendarEntry &e : m_data.entries) {
        rows.append({CalendarFormat::dateTime(e.start, m_data.zone),
                     e.end > e.start ? CalendarFormat::dateTime(e.end, m_data.zone) : QString(),
                     e.name + u" (" + e.shortId + u')', CalendarFormat::what(e), CalendarFormat::channels(e.channels)});
    }
    return rows;
}

void CalendarView::setSelected(int entry)
{
    m_selected = entry;
    update();
}

QSize CalendarView::sizeHint() const
{
    if (m_mode == Mode::Month)
        return {760, 560};
    return {760, headerHeight(fontMetrics()) + 24 * kHourHeight + 1};
}

int CalendarView::entryAt(const QPoint &pos) const
{
    for (const Item &item : m_items)
        if (item.rect.contains(pos))
            return item.entry;
    return -1;
}

QRect CalendarView::entryRect(int entry) const
{
    for (const Item &item : m_items)
        if (item.entry == entry)
            return item.rect;
    return {};
}

QRect CalendarView::dayRect(int index) const
{
    const int top = headerHeight(fontMetrics());
    if (m_mode == Mode::Month) {
        const int w = width() / 7, h = (height() - top) / 6;
        return {(index % 7) * w, top + (index / 7) * h, w, h};
    }
    const int days = m_mode == Mode::Week ? 7 : 1;
    const int w = (width() - kGutter) / days;
    return {kGutter + index * w, top, w, 24 * kHourHeight};
}

QDate CalendarView::dayAt(const QPoint &pos) const
{
    const int days = m_mode == Mode::Month ? 42 : m_mode == Mode::Week ? 7 : 1;
    for (int i = 0; i < days; ++i)
        if (dayRect(i).contains(pos))
            return m_first.addDays(i);
    return {};
}

void CalendarView::relayout()
{
    m_items.clear();
    m_more.clear();
    if (!m_first.isValid())
        return;
    if (m_mode == Mode::Month)
        layoutMonth();
    else
        layoutDays(m_mode == Mode::Week ? 7 : 1);
}

void CalendarView::layoutMonth()
{
    const QFontMetrics fm = fontMetrics();
    const int chip = fm.height() + 4;
    for (int day = 0; day < 42; ++day) {
        const QDate date = m_first.addDays(day);
        QList<int> entries;
        for (int i = 0; i < m_data.entries.size(); ++i)
            if (m_data.entries.at(i).start.toTimeZone(m_data.zone).date() == date)
                entries.append(i);
        const QRect cell = dayRect(day);
        const int room = std::max(0, (cell.height() - fm.height() - 8) / (chip + 2));
        const int shown = int(entries.size()) > room ? std::max(0, room - 1) : int(entries.size());
        int y = cell.top() + fm.height() + 6;
        for (int k = 0; k < shown; ++k) {
            const int i = entries.at(k);
            const CalendarEntry &e = m_data.entries.at(i);
            m_items.append({QRect(cell.left() + 3, y, cell.width() - 6, chip), i,
                            CalendarFormat::localTime(e.start, m_data.zone) + u' ' + e.name});
            y += chip + 2;
        }
        if (shown < entries.size())
            m_more.append({QRect(cell.left() + 3, y, cell.width() - 6, chip), int(entries.size()) - shown});
    }
}

void CalendarView::layoutDays(int days)
{
    const QFontMetrics fm = fontMetrics();
    for (int day = 0; day < days; ++day) {
        const QDate date = m_first.addDays(day);
        const QDateTime dayStart(date, QTime(0, 0), m_data.zone), dayEnd(date.addDays(1), QTime(0, 0), m_data.zone);
        const QRect column = dayRect(day);
        const auto yOf = [&](const QDateTime &t) {
            if (t <= dayStart)
                return column.top();
            if (t >= dayEnd)
                return column.bottom();
            const QTime local = t.toTimeZone(m_data.zone).time();
            return column.top() + int(qint64(local.msecsSinceStartOfDay()) * kHourHeight / 3600000);
        };
        struct Bar
        {
            int entry, top, bottom, lane = 0;
        };
        QList<Bar> bars;
        for (int i = 0; i < m_data.entries.size(); ++i) {
            const CalendarEntry &e = m_data.entries.at(i);
            if (e.start >= dayEnd || std::max(e.end, e.start.addSecs(1)) <= dayStart)
                continue;
            const int top = yOf(e.start);
            bars.append({i, top, std::max(yOf(e.end), top + kMinBar)});
        }
        // Bars that overlap share the column side by side.
        QList<int> laneEnds;
        for (Bar &b : bars) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > b.top)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(0);
            laneEnds[lane] = b.bottom;
            b.lane = lane;
        }
        const int lanes = std::max<int>(1, int(laneEnds.size()));
        const int laneWidth = (column.width() - 6) / lanes;
        for (const Bar &b : bars) {
            const CalendarEntry &e = m_data.entries.at(b.entry);
            QString text = CalendarFormat::span(e, m_data.zone) + u'\n' + e.name;
            if (b.bottom - b.top >= 3 * fm.height())
                text += u'\n' + CalendarFormat::channels(e.channels);
            m_items.append(
                {QRect(column.left() + 3 + b.lane * laneWidth, b.top, laneWidth - 2, b.bottom - b.top), b.entry, text});
        }
    }
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int top = headerHeight(fm);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_data.zone).date();
    const int days = m_mode == Mode::Month ? 42 : m_mode == Mode::Week ? 7 : 1;
    const QLocale locale;

    // Days: weekends and today tinted, other months' days dimmed.
    const Tones::Colors todayColors = Tones::highlight(pal);
    QRect todayCell;
    for (int d = 0; d < days; ++d) {
        const QDate date = m_first.addDays(d);
        const QRect cell = dayRect(d);
        if (date == today) {
            todayCell = cell;
            p.fillRect(cell, todayColors.background);
        }
        else if (date.dayOfWeek() >= 6)
            p.fillRect(cell, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        if (m_mode == Mode::Month) {
            const bool other = date.month() != m_month.month();
            if (date == today) // on the highlight, in its own text colour
                p.setPen(todayColors.text);
            else
                p.setPen(other ? pal.color(QPalette::Disabled, QPalette::WindowText) : pal.color(QPalette::WindowText));
            QFont f = font();
            f.setBold(date == today);
            p.setFont(f);
            p.drawText(cell.adjusted(5, 3, -5, 0), Qt::AlignLeft | Qt::AlignTop,
                       date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM")) : QString::number(date.day()));
            p.setFont(font());
        }
    }
    if (m_mode != Mode::Month) {
        p.setPen(pal.color(QPalette::Mid));
        for (int h = 0; h < 24; ++h) {
            const int y = top + h * kHourHeight;
            p.setPen(pal.color(QPalette::Midlight));
            p.drawLine(kGutter, y, width(), y);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRect(0, y - 1, kGutter - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                       QTime(h, 0).toString(QStringLiteral("HH:mm")));
        }
    }

    // Entries, coloured by what they are.
    for (const Item &item : std::as_const(m_items)) {
        const CalendarEntry &e = m_data.entries.at(item.entry);
        const QColor color = CalendarFormat::color(e);
        QColor fill = color;
        fill.setAlpha(e.kind == CalendarEntry::Kind::Scheduled ? 45 : 70);
        p.fillRect(item.rect, pal.color(QPalette::Base));
        p.fillRect(item.rect, fill);
        QPen border(color, item.entry == m_selected ? 3 : 1);
        if (m_warned.contains(item.entry))
            border = QPen(Tones::text(Tones::Tone::Error, pal), item.entry == m_selected ? 3 : 2, Qt::DashLine);
        p.setPen(border);
        p.drawRect(item.rect.adjusted(0, 0, -1, -1));
        p.fillRect(QRect(item.rect.topLeft(), QSize(4, item.rect.height())), color);
        p.setPen(pal.color(QPalette::Text)); // on the base, lightly tinted
        const QString text = (m_warned.contains(item.entry) ? QStringLiteral("⚠ ") : QString())
                             + (e.kind == CalendarEntry::Kind::Missed ? tr("Missed: ") : QString()) + item.text;
        const QRect textRect = item.rect.adjusted(7, 1, -3, -1);
        if (m_mode == Mode::Month) // one line per chip
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(text, Qt::ElideRight, textRect.width()));
        else
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    for (const auto &[rect, n] : std::as_const(m_more)) {
        p.setPen(todayCell.contains(rect) ? todayColors.text : pal.color(QPalette::WindowText));
        p.drawText(rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, n));
    }
    // Header: weekday names (month), or the days shown; it stays in view while the hours scroll.
    const int pinned = visibleRegion().boundingRect().top();
    p.fillRect(QRect(0, pinned, width(), top), pal.color(QPalette::Window));
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < (m_mode == Mode::Month ? 7 : days); ++c) {
        const QRect cell = dayRect(c);
        const QDate date = m_first.addDays(c);
        const QString label = m_mode == Mode::Month ? locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)
                                                    : locale.toString(date, QStringLiteral("ddd d MMM"));
        QFont f = font();
        f.setBold(m_mode != Mode::Month && date == today);
        p.setFont(f);
        p.drawText(QRect(cell.left(), pinned, cell.width(), top), Qt::AlignCenter, label);
    }
    p.setFont(font());

    if (hasFocus() && m_selected < 0) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    const int entry = entryAt(event->position().toPoint());
    if (entry >= 0) {
        setSelected(entry);
        emit entryClicked(entry);
    }
    QWidget::mousePressEvent(event);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const int entry = entryAt(pos); entry >= 0)
        return emit entryActivated(entry);
    if (m_mode == Mode::Month)
        if (const QDate day = dayAt(pos); day.isValid())
            emit dayActivated(day);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    // Tab-like stepping through what is drawn, in time order.
    QList<int> shown;
    for (const Item &item : std::as_const(m_items))
        if (!shown.contains(item.entry))
            shown.append(item.entry);
    std::sort(shown.begin(), shown.end());
    const qsizetype at = shown.indexOf(m_selected);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!shown.isEmpty()) {
            setSelected(shown.at(at < 0 ? 0 : std::min(at + 1, shown.size() - 1)));
            emit entryClicked(m_selected);
        }
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!shown.isEmpty()) {
            setSelected(shown.at(at <= 0 ? 0 : at - 1));
            emit entryClicked(m_selected);
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit entryActivated(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int entry = entryAt(help->pos());
        if (entry >= 0)
            QToolTip::showText(help->globalPos(), CalendarFormat::details(m_data.entries.at(entry), m_data.zone), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace herald
