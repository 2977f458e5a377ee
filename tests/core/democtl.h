#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

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
    // The id of the demo's campaign named `name` (empty when there is not one such).
    QString campaign(const QString &name);
    // `status ID --json`: the counts by status of the latest run's first channel.
    QJsonObject lastRunCounts(const QString &campaignId);
    // --workspace FILE or --database CONNINFO: for a heraldctl the test starts itself.
    const QStringList &where() const { return m_where; }

private:
    QTemporaryDir m_dir;
    QStringList m_where; // --workspace FILE or --database CONNINFO
    bool m_up = false;
};

} // namespace herald::test
