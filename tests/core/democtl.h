#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace herald::test {

// The demo workspace (heraldctl init --demo) in a temporary folder (or, with
// HERALD_TEST_BACKEND=postgres, a team database), driven through the built heraldctl
// (HERALDCTL) as tenant Northwind Outfitters: what a script does.
class DemoCtl final
{
public:
    DemoCtl();
    bool isUp() const { return m_up; }
    // Runs heraldctl with `args`; the JSON it printed when it exited with `expectedExit`,
    // a null document otherwise (with its output logged).
    QJsonDocument run(const QStringList &args, int expectedExit = 0, int timeoutMs = 180000);
    // Runs heraldctl with `args`: its exit code; what it wrote to stderr goes to `error`,
    // to stdout to `output`.
    int exitCode(const QStringList &args, QString *error = nullptr, QByteArray *output = nullptr,
                 int timeoutMs = 180000);
    // The id of the demo's campaign named `name` (empty when there is not one such).
    QString campaign(const QString &name);
    // `status ID --json`: the counts by status of the latest run's first channel.
    QJsonObject lastRunCounts(const QString &campaignId);
    // --workspace FILE or --database CONNINFO: for a heraldctl the test starts itself.
    const QStringList &where() const { return m_where; }

private:
    void start(QProcess &p, const QStringList &args) const;
    QTemporaryDir m_dir;
    QStringList m_where; // --workspace FILE or --database CONNINFO
    bool m_up = false;
};

} // namespace herald::test
