#pragma once

#include "calendarview.h"
#include "common/session.h"
#include "schedule/scheduler.h"

#include <QWidget>

class QButtonGroup;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace herald {

// Calendar: a tenant's launches by month, week or day in its time zone. Past runs,
// planned launches (recurring ones expanded) as bars to their forecast finish, and
// missed launches with Send now / Reschedule / Skip. Warnings say ahead of time when
// planned launches would collide on a channel or overrun a number pool's daily caps.
// Clicking an entry shows its details with Open, Edit and Stop schedule.
class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(QWidget *parent = nullptr);
    void setSession(const Session &session);
    void refresh();

    void setMode(CalendarView::Mode mode);
    // Shows the span holding `day` in the current mode.
    void goTo(QDate day);
    void step(int direction); // -1 previous span, +1 next
    CalendarView *view() const { return m_view; }
    const CalendarData &data() const { return m_data; }
    QDate anchor() const { return m_anchor; }
    // Selects an entry and shows its details.
    void select(int entry);
    int missedCount() const;

    // Resolving a missed launch (tests call these as the banner's buttons do).
    void sendNow(Id alertId);
    void reschedule(Id alertId);
    void skip(Id alertId);

signals:
    void openCampaign(herald::Id campaignId, herald::Id runId);
    void editCampaign(herald::Id campaignId);
    void campaignsChanged();
    void missedChanged(int count);
    void statusMessage(const QString &message);

private:
    void buildMissedBanner();
    void showDetails();
    // Shows the first entry warning `index` is about.
    void showWarning(int index);
    void stopSchedule();
    // Scheduler::resolve with `resolution`; `done` goes to the status bar.
    void resolveMissed(Id alertId, Scheduler::Resolution resolution, const QDateTime &at, const QString &title,
                       const QString &done);
    const CalendarEntry *selectedEntry() const;
    QTimeZone tenantZone() const;

    Session m_session;
    CalendarData m_data;
    CalendarView::Mode m_mode = CalendarView::Mode::Month;
    QDate m_anchor;
    CalendarView *m_view = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_zone = nullptr;
    QButtonGroup *m_modes = nullptr;
    QFrame *m_missed = nullptr;
    QList<Id> m_missedIds; // the alerts the banner shows
    QTimeZone m_missedZone;
    QVBoxLayout *m_missedRows = nullptr;
    QFrame *m_warningsBox = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace herald
