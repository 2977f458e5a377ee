#pragma once

#include <QObject>

class QSocketNotifier;

namespace herald::ctl {

// Turns SIGINT and SIGTERM into a Qt signal delivered by the event loop (the handler
// only writes a byte to a socket pair), so a worker can drain cleanly.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace herald::ctl
