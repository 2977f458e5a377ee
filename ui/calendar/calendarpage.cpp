#include "calendarpage.h"

#include "calendarformat.h"
#include "common/dialogs.h"
#include "common/tones.h"
#include "dispatch/runservice.h"
#include "domain/labels.h"
#include "domain/permissions.h"
#include "schedule/scheduler.h"
#include "storage/campaignrepository.h"
#include "storage/missedlaunchrepository.h"
#include "storage/tenantrepository.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace herald {

namespace {

QFrame *banner(QWidget *parent, const char *objectName, Tones::Tone tone)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QString::fromLatin1(objectName));
    frame->setFrameShape(QFrame::StyledPanel);
    const Tones::Colors colors = Tones::banner(tone);
    frame->setStyleSheet(u"#" + QString::fromLatin1(objectName) + u" { background: " + colors.background.name()
                         + u"; border: 1px solid " + colors.border.name() + u"; border-radius: 4px; } QLabel { color: "
                         + colors.text.name() + u"; }");
    return frame;
}

} // namespace

CalendarPage::CalendarPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(QStringLiteral("calendarToday"));
    today->setToolTip(tr("Show today (Home)"));
    connect(today, &QPushButton::clicked, this, [this] {
        goTo(QDateTime::currentDateTimeUtc().toTimeZone(m_data.zone.isValid() ? m_data.zone : QTimeZone::utc()).date());
    });
    bar->addWidget(today);
    for (const auto &[text, tip, direction] : {std::tuple{"◀", QT_TR_NOOP("Previous (Page Up)"), -1},
                                               std::tuple{"▶", QT_TR_NOOP("Next (Page Down)"), 1}}) {
        auto *button = new QToolButton(this);
        button->setText(QString::fromUtf8(text));
        button->setToolTip(tr(tip));
        button->setAccessibleName(tr(tip));
        button->setObjectName(direction < 0 ? QStringLiteral("calendarPrevious") : QStringLiteral("calendarNext"));
        connect(button, &QToolButton::clicked, this, [this, direction] { step(direction); });
        bar->addWidget(button);
    }
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    bar->addSpacing(8);
    bar->addWidget(m_title);
    bar->addStretch(1);
    m_modes = new QButtonGroup(this);
    for (const auto &[text, tip, mode] :
         {std::tuple{QT_TR_NOOP("&Month"), QT_TR_NOOP("Month view (Alt+M)"), CalendarView::Mode::Month},
          std::tuple{QT_TR_NOOP("&Week"), QT_TR_NOOP("Week view (Alt+W)"), CalendarView::Mode::Week},
          std::tuple{QT_TR_NOOP("&Day"), QT_TR_NOOP("Day view (Alt+D)"), CalendarView::Mode::Day}}) {
        auto *button = new QToolButton(this);
        button->setText(tr(text));
        button->setToolTip(tr(tip));
        button->setCheckable(true);
        m_modes->addButton(button, int(mode));
        bar->addWidget(button);
    }
    m_modes->button(int(m_mode))->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(CalendarView::Mode(id)); });
    for (const auto &[key, direction] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, direction] { step(direction); });
    }
    auto *home = new QShortcut(QKeySequence(Qt::Key_Home), this);
    home->setContext(Qt::WidgetWithChildrenShortcut);
    connect(home, &QShortcut::activated, today, &QPushButton::click);
    layout->addLayout(bar);

    m_missed = banner(this, "missedLaunches", Tones::Tone::Warning);
    m_missedRows = new QVBoxLayout(m_missed);
    m_missed->hide();
    layout->addWidget(m_missed);

    m_warningsBox = banner(this, "calendarWarnings", Tones::Tone::Warning);
    auto *warningsLayout = new QVBoxLayout(m_warningsBox);
    auto *warningsTitle =
        new QLabel(tr("<b>Before it happens</b>: planned launches that would not go as planned."), m_warningsBox);
    warningsLayout->addWidget(warningsTitle);
    m_warnings = new QLabel(m_warningsBox);
    m_warnings->setObjectName(QStringLiteral("calendarWarningText"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextBrowserInteraction);
    warningsLayout->addWidget(m_warnings);
    connect(m_warnings, &QLabel::linkActivated, this, [this](const QString &link) { showWarning(link.toInt()); });
    m_warningsBox->hide();
    layout->addWidget(m_warningsBox);

    auto *splitter = new QSplitter(this);
    m_view = new CalendarView(this);
    m_scroll = new QScrollArea(splitter);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Calendar"));
    m_scroll->setAccessibleDescription(tr("Scrolls through the calendar's days and hours"));
    // The view keeps its header in sight: repaint it whole as the hours scroll.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_view, qOverload<>(&QWidget::update));
    splitter->addWidget(m_scroll);
    connect(m_view, &CalendarView::entryClicked, this, [this] { showDetails(); });
    connect(m_view, &CalendarView::entryActivated, this, [this](int entry) {
        const CalendarEntry &e = m_data.entries.at(entry);
        emit openCampaign(e.campaignId, e.runId);
    });
    connect(m_view, &CalendarView::dayActivated, this, [this](QDate day) {
        m_anchor = day;
        setMode(CalendarView::Mode::Day);
    });

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("calendarDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_details);
    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), side);
    m_open->setObjectName(QStringLiteral("calendarOpen"));
    m_edit = new QPushButton(tr("&Edit"), side);
    m_edit->setObjectName(QStringLiteral("calendarEdit"));
    m_stop = new QPushButton(tr("&Stop schedule…"), side);
    m_stop->setObjectName(QStringLiteral("calendarStopSchedule"));
    for (QPushButton *b : {m_open, m_edit})
        actions->addWidget(b);
    actions->addStretch(1);
    sideLayout->addLayout(actions);
    sideLayout->addWidget(m_stop, 0, Qt::AlignLeft);
    sideLayout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const CalendarEntry *e = selectedEntry())
            emit openCampaign(e->campaignId, e->runId);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const CalendarEntry *e = selectedEntry())
            emit editCampaign(e->campaignId);
    });
    connect(m_stop, &QPushButton::clicked, this, &CalendarPage::stopSchedule);
    side->setMinimumWidth(260);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // Launches are found missed when the dispatcher starts, which may be after this page
    // was read: look again now and then (one cheap query).
    auto *poll = new QTimer(this);
    poll->setInterval(30000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_session.valid())
            buildMissedBanner();
    });
    poll->start();

    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("calendarZone"));
    m_zone->setWordWrap(true); // a long sentence in some languages: it wraps, the window stays
    layout->addWidget(m_zone);
    showDetails();
}

void CalendarPage::showWarning(int index)
{
    if (index < 0 || index >= m_data.warnings.size() || m_data.warnings.at(index).entries.isEmpty())
        return;
    const CalendarEntry entry = m_data.entries.at(m_data.warnings.at(index).entries.first());
    goTo(entry.start.toTimeZone(m_data.zone).date());
    // Read again for the span that holds it: find the same entry.
    for (int i = 0; i < m_data.entries.size(); ++i)
        if (m_data.entries.at(i).campaignId == entry.campaignId && m_data.entries.at(i).start == entry.start)
            select(i);
}

void CalendarPage::setSession(const Session &session)
{
    m_session = session;
    m_anchor = {};
    // Forecasts read the workspace: the calendar is built when it is shown (refresh());
    // only the missed launches, one cheap query, are read now for the sidebar.
    m_data = {};
    m_data.zone = tenantZone();
    m_view->setData(m_data, m_mode, {}, {});
    buildMissedBanner();
}

QTimeZone CalendarPage::tenantZone() const
{
    if (!m_session.valid())
        return QTimeZone::utc();
    auto tenant = TenantRepository(*m_session.db).byId(m_session.tenantId);
    const QTimeZone zone(tenant ? tenant->timeZone.toUtf8() : QByteArray());
    return zone.isValid() ? zone : QTimeZone::utc();
}

void CalendarPage::setMode(CalendarView::Mode mode)
{
    m_mode = mode;
    m_modes->button(int(mode))->setChecked(true);
    refresh();
    if (mode != CalendarView::Mode::Month) // the working day in view
        m_scroll->verticalScrollBar()->setValue(7 * CalendarView::kHourHeight);
}

void CalendarPage::goTo(QDate day)
{
    m_anchor = day;
    refresh();
}

void CalendarPage::step(int direction)
{
    switch (m_mode) {
    case CalendarView::Mode::Month:
        m_anchor = m_anchor.addMonths(direction);
        break;
    case CalendarView::Mode::Week:
        m_anchor = m_anchor.addDays(7 * direction);
        break;
    case CalendarView::Mode::Day:
        m_anchor = m_anchor.addDays(direction);
        break;
    }
    refresh();
}

void CalendarPage::refresh()
{
    if (!m_session.valid()) {
        m_data = {};
        m_view->setData(m_data, m_mode, {}, {});
        return;
    }
    const QTimeZone zone = tenantZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_anchor.isValid())
        m_anchor = now.toTimeZone(zone).date();
    QDate first = m_anchor;
    int days = 1;
    const QLocale locale;
    switch (m_mode) {
    case CalendarView::Mode::Month: {
        const QDate firstOfMonth(m_anchor.year(), m_anchor.month(), 1);
        first = firstOfMonth.addDays(1 - firstOfMonth.dayOfWeek());
        days = 42;
        m_title->setText(locale.toString(firstOfMonth, QStringLiteral("MMMM yyyy")));
        break;
    }
    case CalendarView::Mode::Week:
        first = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        days = 7;
        m_title->setText(tr("Week of %1").arg(locale.toString(first, QStringLiteral("d MMMM yyyy"))));
        break;
    case CalendarView::Mode::Day:
        m_title->setText(locale.toString(m_anchor, QStringLiteral("dddd d MMMM yyyy")));
        break;
    }
    const QDateTime from = QDateTime(first, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(first.addDays(days), QTime(0, 0), zone).toUTC();
    auto data = Calendar::build(*m_session.db, m_session.tenantId, m_session.user, from, to, now);
    if (!data) {
        emit statusMessage(tr("The calendar could not be read: %1").arg(data.error().shown()));
        return;
    }
    m_data = *data;
    m_view->setData(m_data, m_mode, first, QDate(m_anchor.year(), m_anchor.month(), 1));
    m_zone->setText(tr("Times are in %1, the tenant's time zone. Planned launches are drawn to their forecast finish; "
                       "double-click an entry to open its campaign.")
                        .arg(QString::fromUtf8(m_data.zone.id())));

    QStringList lines;
    for (int i = 0; i < m_data.warnings.size(); ++i)
        lines << u"<a href=\"" + QString::number(i) + u"\">"
                     + CalendarFormat::dateTime(m_data.warnings.at(i).at, m_data.zone) + u"</a>&nbsp; "
                     + m_data.warnings.at(i).message.shown().toHtmlEscaped();
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warningsBox->setVisible(!m_data.warnings.isEmpty());
    buildMissedBanner();
    showDetails();
}

int CalendarPage::missedCount() const
{
    return int(m_missedIds.size());
}

void CalendarPage::buildMissedBanner()
{
    auto missed = m_session.valid() ? MissedLaunchRepository(*m_session.db, m_session.tenantId).pending()
                                    : Result<QList<MissedLaunch>>(QList<MissedLaunch>());
    if (!missed) {
        emit statusMessage(missed.error().shown());
        return;
    }
    QList<Id> ids;
    for (const MissedLaunch &m : std::as_const(*missed))
        ids.append(m.id);
    if (ids == m_missedIds && m_missedZone == m_data.zone)
        return; // unchanged: keep the buttons under the pointer
    m_missedIds = ids;
    m_missedZone = m_data.zone;
    while (QLayoutItem *item = m_missedRows->takeAt(0)) {
        if (QLayout *row = item->layout())
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        delete item;
    }
    const bool mayResolve = Permissions::permits(m_session.user.role, Action::RunCampaigns);
    for (const MissedLaunch &m : std::as_const(*missed)) {
        auto campaign = CampaignRepository(*m_session.db, m_session.tenantId).get(m.campaignId);
        if (!campaign)
            continue;
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(
            tr("<b>%1</b> (%2) was due %3, while Herald was not running: it was not sent.")
                .arg(campaign->name.toHtmlEscaped(), campaign->shortId, CalendarFormat::dateTime(m.dueAt, m_data.zone)),
            m_missed);
        text->setWordWrap(true);
        row->addWidget(text, 1);
        const Id alertId = m.id;
        auto *send = new QPushButton(tr("Send now"), m_missed);
        send->setObjectName(u"missedSend" + QString::number(alertId));
        connect(send, &QPushButton::clicked, this, [this, alertId] { sendNow(alertId); });
        auto *later = new QPushButton(tr("Reschedule…"), m_missed);
        later->setObjectName(u"missedReschedule" + QString::number(alertId));
        later->setVisible(campaign->launchType == LaunchType::Schedule); // recurring ones go on with the next
        connect(later, &QPushButton::clicked, this, [this, alertId] { reschedule(alertId); });
        auto *skipButton = new QPushButton(tr("Skip"), m_missed);
        skipButton->setObjectName(u"missedSkip" + QString::number(alertId));
        connect(skipButton, &QPushButton::clicked, this, [this, alertId] { skip(alertId); });
        for (QPushButton *b : {send, later, skipButton}) {
            b->setEnabled(mayResolve);
            if (!mayResolve)
                b->setToolTip(tr("%1 (role %2) may not resolve missed launches: ask a manager or an admin.")
                                  .arg(m_session.user.name, label(m_session.user.role)));
            row->addWidget(b);
        }
        m_missedRows->addLayout(row);
    }
    m_missed->setVisible(!missed->isEmpty());
    emit missedChanged(int(missed->size()));
}

const CalendarEntry *CalendarPage::selectedEntry() const
{
    const int i = m_view->selected();
    return i >= 0 && i < m_data.entries.size() ? &m_data.entries.at(i) : nullptr;
}

void CalendarPage::select(int entry)
{
    m_view->setSelected(entry);
    showDetails();
}

void CalendarPage::showDetails()
{
    const CalendarEntry *e = selectedEntry();
    m_details->setText(e ? CalendarFormat::details(*e, m_data.zone)
                         : tr("Select an entry to see its campaign, channels, status, launch type, time and "
                              "description."));
    const bool may = Permissions::permits(m_session.user.role, Action::ControlCampaigns);
    m_open->setEnabled(e);
    m_edit->setEnabled(e && Permissions::permits(m_session.user.role, Action::EditCampaigns));
    m_stop->setVisible(e && e->kind == CalendarEntry::Kind::Scheduled);
    m_stop->setEnabled(may);
}

void CalendarPage::stopSchedule()
{
    const CalendarEntry *e = selectedEntry();
    if (!e || e->kind != CalendarEntry::Kind::Scheduled)
        return;
    const QString name = e->name + u" (" + e->shortId + u')';
    const QString text = e->launchType == LaunchType::Recurring
                             ? tr("Stop the schedule of %1? None of its recurring launches will happen until it is "
                                  "scheduled again; runs already made keep their results.")
                                   .arg(name)
                             : tr("Stop the schedule of %1? It will not launch at %2; it can be scheduled again.")
                                   .arg(name, CalendarFormat::dateTime(e->start, m_data.zone));
    if (!Dialogs::confirm(this, tr("Stop schedule"), text, tr("Stop schedule")))
        return;
    SystemClock clock;
    if (auto st = RunService(*m_session.db, m_session.tenantId, m_session.user, clock).unschedule(e->shortId); !st)
        return Dialogs::warn(this, tr("Stop schedule"), st.error().shown());
    emit statusMessage(tr("The schedule of %1 is stopped.").arg(name));
    emit campaignsChanged();
    refresh();
}

void CalendarPage::resolveMissed(Id alertId, Scheduler::Resolution resolution, const QDateTime &at,
                                 const QString &title, const QString &done)
{
    SystemClock clock;
    if (auto st =
            Scheduler(*m_session.db, clock).resolve(m_session.tenantId, alertId, resolution, at, m_session.user);
        !st)
        return Dialogs::warn(this, title, st.error().shown());
    emit statusMessage(done);
    emit campaignsChanged();
    refresh();
}

void CalendarPage::sendNow(Id alertId)
{
    resolveMissed(alertId, Scheduler::Resolution::SendNow, {}, tr("Send now"),
                  tr("The missed launch is being sent now."));
}

void CalendarPage::reschedule(Id alertId)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reschedule missed launch"));
    auto *form = new QFormLayout(&dialog);
    auto *when = new QDateTimeEdit(&dialog);
    when->setObjectName(QStringLiteral("rescheduleTime"));
    when->setCalendarPopup(true);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime local = QDateTime::currentDateTimeUtc().addSecs(3600).toTimeZone(m_data.zone);
    when->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), 0)));
    form->addRow(tr("Launch &at (%1):").arg(QString::fromUtf8(m_data.zone.id())), when);
    form->addRow(Dialogs::saveCancel(&dialog));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const QDateTime at(when->date(), when->time(), m_data.zone); // the wall-clock time typed, in the tenant's zone
    resolveMissed(alertId, Scheduler::Resolution::Reschedule, at.toUTC(), tr("Reschedule"),
                  tr("Rescheduled for %1.").arg(CalendarFormat::dateTime(at, m_data.zone)));
}

void CalendarPage::skip(Id alertId)
{
    if (!Dialogs::confirm(this, tr("Skip missed launch"),
                          tr("Skip this launch? Nothing is sent for it; a recurring campaign goes on with its next "
                             "launch, a one-off schedule is stopped."),
                          tr("Skip")))
        return;
    resolveMissed(alertId, Scheduler::Resolution::Skip, {}, tr("Skip"), tr("The missed launch was skipped."));
}

} // namespace herald
