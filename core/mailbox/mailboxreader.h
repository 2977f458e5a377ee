#pragma once

#include "domain/clock.h"
#include "domain/tenant.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace herald {

// The dispatcher's side of the inbound mailboxes: every tenant's mailbox read on its
// interval (MailboxSettings::intervalSecs), first when it starts. IMAP is blocking, so it
// lives on a thread of its own (DispatcherThread gives it one) and never holds up
// sending. A mailbox that cannot be read is reported once until its error changes.
class MailboxReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxReader)

public:
    // `checkMs`: how often it looks whether a mailbox is due.
    MailboxReader(Database db, const Clock &clock, int checkMs = 5000, QObject *parent = nullptr);
    ~MailboxReader() override;

    // In its thread: starts checking.
    void start();
    // From any thread: a read under way stops at once (before the thread is asked to end).
    void cancel() { m_cancel = true; }

signals:
    void problem(const QString &message);

private:
    void check();

    Database m_db;
    const Clock &m_clock;
    QTimer m_timer;
    QHash<Id, QDateTime> m_lastRead;  // tenant -> when its mailbox was last read
    QHash<Id, QString> m_reported;    // tenant -> the error said last
    std::atomic<bool> m_cancel{false};
};

// A MailboxReader on a thread of its own, for as long as this lives: what every
// dispatcher runs beside itself (DispatcherThread, heraldctl worker and run --wait).
// Destruction stops a read under way and waits for the thread.
class MailboxThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxThread)

public:
    MailboxThread(Database db, const Clock &clock, QObject *parent = nullptr);
    ~MailboxThread() override;

signals:
    void problem(const QString &message);

private:
    Database m_db;
    QThread m_thread;
    MailboxReader *m_reader = nullptr;
};

} // namespace herald
