#include "democtl.h"

#include <QProcess>

namespace herald::test {

DemoCtl::DemoCtl() : m_workspace(m_dir.filePath(QStringLiteral("w.herald")))
{
    QProcess init;
    init.start(qEnvironmentVariable("HERALDCTL"),
               {QStringLiteral("--workspace"), m_workspace, QStringLiteral("init"), QStringLiteral("--demo")});
    m_up = init.waitForFinished(60000) && init.exitCode() == 0;
}

QJsonDocument DemoCtl::run(const QStringList &args, int expectedExit, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("HERALDCTL"), QStringList{QStringLiteral("--workspace"), m_workspace,
                                                           QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters")}
                                                   + args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != expectedExit)
        qWarning("heraldctl %s: exit %d\n%s%s", qPrintable(args.join(u' ')), p.exitCode(),
                 p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
    return p.exitCode() == expectedExit ? QJsonDocument::fromJson(p.readAllStandardOutput()) : QJsonDocument();
}

} // namespace herald::test
