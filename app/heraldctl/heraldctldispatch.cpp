// heraldctl worker | sweep: sending a workspace's queued messages in this process, and
// applying the time limits of messages that wait for an outcome.
#include "heraldctl.h"

#include "dispatch/dispatcher.h"
#include "dispatch/sweeper.h"
#include "dispatch/workspacelock.h"
#include "lifecycle/campaigndocument.h"
#include "mailbox/mailboxreader.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace herald::ctl {

Result<Heraldctl::DispatchEnd> Heraldctl::dispatchUntil(const std::function<bool()> &done,
                                                        const std::function<void()> &onProgress, bool waitForSpace,
                                                        const std::function<void()> &onStarted)
{
    // First, so that SIGTERM at any moment from here on drains rather than kills.
    SignalWatcher signals_;
    WorkspaceLock lock(*m_db);
    if (!lock.tryLock())
        return DispatchEnd::Busy;
    SystemClock clock;
    Dispatcher dispatcher(*m_db, clock, {});
    if (auto recovered = dispatcher.recover(); !recovered)
        return recovered.error();
    QEventLoop loop;
    bool interrupted = false;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &loop, [&] {
        interrupted = true;
        dispatcher.stopClaiming();
    });
    QTimer check;
    check.setInterval(100);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        onProgress();
        if ((interrupted && dispatcher.inFlight() == 0) || (!interrupted && done()))
            loop.quit();
    });
    QObject::connect(&dispatcher, &Dispatcher::problem, &loop,
                     [this](const QString &message) { m_err << "heraldctl: " << message << Qt::endl; });
    std::optional<Error> damage; // the workspace file is damaged: finish what is in flight, then stop
    QObject::connect(&dispatcher, &Dispatcher::damaged, &loop, [&](const QString &message) {
        damage = Error::runtime(message);
        interrupted = true;
    });
    // A full disk: a worker waits for space and goes on; a command waiting for its run
    // stops (the rest stays Queued for the next dispatcher) and says so.
    QObject::connect(&dispatcher, &Dispatcher::sendingHeld, &loop, [&](const QString &reason) {
        if (waitForSpace) {
            m_err << "heraldctl: sending held until there is space: " << reason << Qt::endl;
            return;
        }
        damage = Error::runtime(u"sending stopped: " + reason
                                + u". The messages not sent stay Queued and go out once a dispatcher runs with space "
                                  u"(heraldctl worker, or the desktop)");
        loop.quit(); // a full disk takes no outcomes: what is in flight ends Timed Out at the next start
    });
    QObject::connect(&dispatcher, &Dispatcher::sendingResumed, &loop,
                     [this] { m_err << "heraldctl: sending resumed: the workspace's disk has space again" << Qt::endl; });
    dispatcher.start();
    // The tenants' mailboxes (bounces, replies) are read beside sending, on their interval.
    MailboxThread mailbox(*m_db, clock);
    QObject::connect(&mailbox, &MailboxThread::problem, &loop,
                     [this](const QString &message) { m_err << "heraldctl: " << message << Qt::endl; });
    check.start();
    if (onStarted)
        onStarted();
    loop.exec();
    dispatcher.flush();
    if (damage)
        return *damage;
    return interrupted ? DispatchEnd::Interrupted : DispatchEnd::Done;
}

int Heraldctl::worker()
{
    auto sent = dispatchUntil([] { return false; }, [] {}, true, [this] {
        m_err << "heraldctl worker: sending workspace " << m_db->path() << " (pid "
              << QCoreApplication::applicationPid() << "); stop with Ctrl+C or SIGTERM" << Qt::endl;
    });
    if (!sent)
        return fail(sent.error());
    if (*sent == DispatchEnd::Busy) {
        WorkspaceLock lock(*m_db);
        return fail(lock.tryLock().error());
    }
    m_err << "heraldctl worker: stopped; in-flight messages finished, queued ones wait for the next dispatcher"
          << Qt::endl;
    return 0;
}

int Heraldctl::sweep()
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (m_cli.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(m_cli.value(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            return usage(u"--at takes an ISO 8601 date-time such as 2026-11-22T18:30:00Z, not '"
                         + m_cli.value(QStringLiteral("at")) + u"'");
    }
    const bool allTenants = m_cli.isSet(QStringLiteral("all-tenants"));
    if (auto st = Sweeper::mayRun(*m_db, m_tenant.id, m_user, allTenants); !st)
        return fail(st.error());
    const ManualClock clock(at.toUTC());
    auto counts = Sweeper(*m_db, clock, allTenants ? std::nullopt : std::optional(m_tenant.id)).sweep();
    if (!counts)
        return fail(counts.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("at"), CampaignDocument::time(clock.now())},
                              {QStringLiteral("assumed_delivered"), counts->assumedDelivered},
                              {QStringLiteral("timed_out"), counts->timedOut},
                              {QStringLiteral("expired"), counts->expired},
                              {QStringLiteral("channels_completed"), counts->channelsCompleted}});
        return 0;
    }
    m_out << "Swept as of " << clock.now().toString(Qt::ISODate) << ": " << counts->assumedDelivered
          << " assumed delivered, " << counts->timedOut << " timed out, " << counts->expired << " expired, "
          << counts->channelsCompleted << " channel(s) completed" << Qt::endl;
    return 0;
}

} // namespace herald::ctl
