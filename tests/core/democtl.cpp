#include "democtl.h"

#include "pgcluster.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QProcess>

namespace herald::test {

DemoCtl::DemoCtl()
{
    if (TestWorkspace::onPostgres()) {
        PgCluster *cluster = PgCluster::shared();
        if (!cluster)
            return;
        m_where = {QStringLiteral("--database"), cluster->createDatabase()};
    } else {
        m_where = {QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("w.herald"))};
    }
    QProcess init;
    init.start(qEnvironmentVariable("HERALDCTL"), m_where + QStringList{QStringLiteral("init"), QStringLiteral("--demo")});
    m_up = init.waitForFinished(120000) && init.exitCode() == 0;
}

void DemoCtl::start(QProcess &p, const QStringList &args) const
{
    p.start(qEnvironmentVariable("HERALDCTL"),
            m_where + QStringList{QStringLiteral("--tenant"), QStringLiteral("Northwind Outfitters")} + args);
}

QJsonDocument DemoCtl::run(const QStringList &args, int expectedExit, int timeoutMs)
{
    QProcess p;
    start(p, args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != expectedExit)
        qWarning("heraldctl %s: exit %d\n%s%s", qPrintable(args.join(u' ')), p.exitCode(),
                 p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
    return p.exitCode() == expectedExit ? QJsonDocument::fromJson(p.readAllStandardOutput()) : QJsonDocument();
}

int DemoCtl::exitCode(const QStringList &args, QString *error, QByteArray *output, int timeoutMs)
{
    QProcess p;
    start(p, args);
    if (!p.waitForFinished(timeoutMs))
        return -1;
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError());
    if (output)
        *output = p.readAllStandardOutput();
    return p.exitCode();
}

QString DemoCtl::campaign(const QString &name)
{
    const QJsonArray found = run({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--search"), name,
                                  QStringLiteral("--json")})
                                 .array();
    return found.size() == 1 ? found.first().toObject().value(QLatin1StringView("id")).toString() : QString();
}

QJsonObject DemoCtl::lastRunCounts(const QString &campaignId)
{
    return run({QStringLiteral("status"), campaignId, QStringLiteral("--json")})
        .object()
        .value(QLatin1StringView("runs"))
        .toArray()
        .last()
        .toObject()
        .value(QLatin1StringView("channels"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1StringView("counts"))
        .toObject();
}

} // namespace herald::test
