#include "dispatcherthread.h"

#include "mailbox/mailboxreader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace herald {

namespace {
constexpr int kDrainMs = 10000;
} // namespace

DispatcherThread::DispatcherThread(Database db, const Clock &clock, Dispatcher::Options options, QObject *parent)
    : QObject(parent), m_clock(&clock), m_db(db)
{
    m_thread.setObjectName(QStringLiteral("herald-dispatcher"));
    m_dispatcher = new Dispatcher(std::move(db), clock, options);
    m_dispatcher->moveToThread(&m_thread);
    connect(m_dispatcher, &Dispatcher::progress, this, &DispatcherThread::progress, Qt::QueuedConnection);
    connect(m_dispatcher, &Dispatcher::problem, this, &DispatcherThread::problem, Qt::QueuedConnection);
    connect(m_dispatcher, &Dispatcher::sendingHeld, this, &DispatcherThread::sendingHeld, Qt::QueuedConnection);
    connect(m_dispatcher, &Dispatcher::sendingResumed, this, &DispatcherThread::sendingResumed, Qt::QueuedConnection);
    m_thread.start();
}

DispatcherThread::~DispatcherThread()
{
    m_mailbox.reset();
    Dispatcher *d = m_dispatcher;
    Database db = m_db;
    QMetaObject::invokeMethod(
        d,
        [d, db] {
            // Drain: what is in flight finishes before the dispatcher goes.
            d->stopClaiming();
            QDeadlineTimer deadline(kDrainMs);
            while (d->inFlight() > 0 && !deadline.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                d->flush();
            }
            d->flush();
            delete d; // in its own thread, with its providers and timers
            db.closeThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_dispatcher = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void DispatcherThread::start()
{
    Dispatcher *d = m_dispatcher;
    QMetaObject::invokeMethod(d, [d] {
        if (auto recovered = d->recover(); !recovered)
            emit d->problem(recovered.error().shown());
        d->start();
    }, Qt::QueuedConnection);
    if (!m_mailbox) {
        m_mailbox = std::make_unique<MailboxThread>(m_db, *m_clock);
        connect(m_mailbox.get(), &MailboxThread::problem, this, &DispatcherThread::problem);
    }
}

void DispatcherThread::wake()
{
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::tick, Qt::QueuedConnection);
}

void DispatcherThread::recount(Id run)
{
    QMetaObject::invokeMethod(m_dispatcher, [d = m_dispatcher, run] { d->recount(run); }, Qt::QueuedConnection);
}

} // namespace herald
