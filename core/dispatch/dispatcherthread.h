#pragma once

#include "domain/clock.h"
#include "dispatcher.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace herald {

class MailboxThread;

// Runs a Dispatcher on its own QThread: the worker object is moved to the thread, its
// timers and providers live there, and it talks to the owner only through queued
// signals (progress at most ~10 times a second). Destruction drains what is in flight,
// then quits and waits for the thread. From start(), a MailboxThread reads the tenants'
// mailboxes beside it.
class DispatcherThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatcherThread)

public:
    DispatcherThread(Database db, const Clock &clock, Dispatcher::Options options = {}, QObject *parent = nullptr);
    ~DispatcherThread() override;

    // Recovers what a dead dispatcher left in flight, then starts sending.
    void start();
    // A run was queued or a command written: look now rather than at the next tick.
    void wake();
    // Others moved messages of `run` (a team workspace): report its progress afresh.
    void recount(Id run);

signals:
    void progress(const herald::ProgressSnapshot &snapshot);
    void problem(const QString &message);
    void sendingHeld(const QString &reason);
    void sendingResumed();

private:
    QThread m_thread;
    Dispatcher *m_dispatcher = nullptr;
    // The inbound mailboxes, read on a thread of their own (IMAP blocks), from start().
    std::unique_ptr<MailboxThread> m_mailbox;
    const Clock *m_clock = nullptr;
    Database m_db;
};

} // namespace herald
