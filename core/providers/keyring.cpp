#include "keyring.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace herald::keyring {

namespace {

const QString kService = QStringLiteral("Herald");

enum class Op
{
    Read,
    Write,
    Remove
};

struct Answer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString secret;
};

// One job's answer, shared between the thread that waits and the main thread that runs it.
struct Pending
{
    QMutex mutex;
    QWaitCondition answered;
    bool done = false;
    Answer answer;
    QPointer<QEventLoop> loop; // when the waiting thread is the main thread
};

// In the main thread: starts the job; `pending` gets its answer.
void startJob(Op op, const QString &key, const QString &secret, const std::shared_ptr<Pending> &pending)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(kService);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(kService);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(kService);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keyring
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [op, pending](QKeychain::Job *j) {
        QMutexLocker lock(&pending->mutex);
        pending->answer.error = j->error();
        pending->answer.errorString = j->errorString();
        if (op == Op::Read && j->error() == QKeychain::NoError)
            pending->answer.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        pending->done = true;
        pending->answered.wakeAll();
        if (pending->loop)
            pending->loop->quit();
    });
    job->start();
}

Result<Answer> run(Op op, const QString &key, const QString &secret = {})
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return Error::runtime(Text::tr("the system keyring is reached through a running application"));
    auto pending = std::make_shared<Pending>();
    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        pending->loop = &loop;
        startJob(op, key, secret, pending);
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents); // the job answers from the event loop, never before
        pending->loop = nullptr;
    } else {
        QMetaObject::invokeMethod(
            app, [op, key, secret, pending] { startJob(op, key, secret, pending); }, Qt::QueuedConnection);
        const QDeadlineTimer deadline(kTimeoutMs);
        QMutexLocker lock(&pending->mutex);
        while (!pending->done && !deadline.hasExpired())
            pending->answered.wait(&pending->mutex, deadline);
    }
    QMutexLocker lock(&pending->mutex);
    if (!pending->done)
        return Error::runtime(
            Text::tr("the system keyring did not answer within %1 s").arg(QString::number(kTimeoutMs / 1000)));
    return pending->answer;
}

Error failure(const Answer &a, const QString &key)
{
    const QString &detail = a.errorString;
    switch (a.error) {
    case QKeychain::EntryNotFound:
        return Error::notFound(Text::tr("the system keyring has no password \"%1\"").arg(key));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::refused(detail.isEmpty() ? Text::tr("the system keyring refused access")
                                               : Text::tr("the system keyring refused access (%1)").arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::runtime(detail.isEmpty() ? Text::tr("no system keyring is available")
                                               : Text::tr("no system keyring is available (%1)").arg(detail));
    default:
        return Error::runtime(detail.isEmpty() ? Text::tr("the system keyring failed")
                                               : Text::tr("the system keyring failed (%1)").arg(detail));
    }
}

} // namespace

Result<QString> read(const QString &key)
{
    auto answer = run(Op::Read, key);
    if (!answer)
        return answer.error();
    if (answer->error != QKeychain::NoError)
        return failure(*answer, key);
    return answer->secret;
}

Status write(const QString &key, const QString &secret)
{
    auto answer = run(Op::Write, key, secret);
    if (!answer)
        return answer.error();
    if (answer->error != QKeychain::NoError)
        return failure(*answer, key);
    return {};
}

Status remove(const QString &key)
{
    auto answer = run(Op::Remove, key);
    if (!answer)
        return answer.error();
    if (answer->error != QKeychain::NoError && answer->error != QKeychain::EntryNotFound)
        return failure(*answer, key);
    return {};
}

QString newKey(const QString &what)
{
    return what + u" password " + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace herald::keyring
