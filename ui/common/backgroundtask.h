#pragma once

#include "storage/database.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace herald {

// Work that reads or writes the workspace off the GUI thread: it runs on Qt's thread pool
// with the workspace handle it is given, the pool thread's database connection is closed
// when it ends (pool threads outlive the work, their connections must not), and its result
// comes back on the GUI thread to `done`, called with the owner as its context. The owner
// waits for unfinished work when it goes, work replaced by a newer start() included: the
// work holds the workspace.
//
//     BackgroundTask<Result<Page>> m_read{this, [this](Result<Page> page) { show(page); }};
//     m_read.start(*session.db, [request](const Database &db) { return readPage(db, request); });
template <typename T>
class BackgroundTask final
{
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    template <typename Done>
    BackgroundTask(QObject *owner, Done done)
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, owner,
                         [this, done = std::move(done)]() mutable { done(m_watcher.result()); });
    }
    ~BackgroundTask()
    {
        m_watcher.waitForFinished();
        for (QFuture<T> &earlier : m_replaced)
            earlier.waitForFinished();
    }

    // `work(const Database &)` returns the T. Started while other work runs, it replaces
    // that work: `done` hears only of the newer one.
    template <typename Work>
    void start(Database db, Work work)
    {
        m_replaced.removeIf([](const QFuture<T> &f) { return f.isFinished(); });
        if (m_watcher.isRunning())
            m_replaced.append(m_watcher.future());
        m_watcher.setFuture(QtConcurrent::run([db = std::move(db), work = std::move(work)]() mutable -> T {
            T result = work(std::as_const(db));
            db.closeThreadConnection();
            return result;
        }));
    }

    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }
    // The finished work's result, for a caller that cannot wait for `done` (its event loop
    // ended early, say).
    T result() const { return m_watcher.result(); }

private:
    QFutureWatcher<T> m_watcher;
    QList<QFuture<T>> m_replaced;
};

} // namespace herald
