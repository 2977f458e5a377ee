#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

// heraldctl run as a script runs it, for the integration tests.
namespace herald::test {

// What a finished command left: its exit code (-1 when it crashed or did not finish),
// standard output and standard error.
struct CtlOutput
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// ctest passes the built binary in HERALDCTL; run by hand, a test finds it in ../bin.
inline QString heraldctlBinary()
{
    const QString fromEnv = qEnvironmentVariable("HERALDCTL");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/heraldctl") : fromEnv;
}

// The output of a started process once it ends (waiting at most `timeoutMs`).
inline CtlOutput finished(QProcess &p, int timeoutMs = 180000)
{
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace herald::test
