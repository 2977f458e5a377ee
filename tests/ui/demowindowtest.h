#pragma once

#include "domain/channelkind.h"
#include "domain/providerconfig.h"
#include "lifecycle/finding.h"
#include "storage/database.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>
#include <optional>

class QTableView;

namespace herald {
class MainWindow;
class TenantsView;
} // namespace herald

namespace herald::test {

class PgCluster;

// The real window on the demo workspace, for the GUI tests that derive from this class.
// The demo workspace is generated once per test process; every test gets its own copy of
// it, and settings of its own, so any test runs alone and in any order. A question the
// test did not expect fails it instead of waiting for a person. QTest runs this class's
// initTestCase, init and cleanup for each test class derived from it.
class DemoWindowTest : public QObject
{
    Q_OBJECT

protected:
    QTemporaryDir m_dir;
    std::optional<Database> m_db; // this test's own copy of the demo workspace

    // A window on a tenant with its list loaded.
    std::unique_ptr<MainWindow> openWindow(const QString &tenant = QStringLiteral("Northwind Outfitters"));

    // The provider stored for a channel of tenant `t`.
    ProviderConfig storedProvider(Id t, ChannelKind kind);

    // The short ID of the tenant's campaign called `name`; empty when there is none.
    QString shortIdOf(const QString &name, const QString &tenant = QStringLiteral("Northwind Outfitters"));

    static QStringList column(QTableView *table, int col);
    static QStringList codes(const QList<Finding> &findings);

    // Settings → Organisations, with the first organisation selected; null when the page
    // is not there.
    static TenantsView *firstOrganisation(MainWindow &window);

    // Empty when `shown` holds `expected` and none of `wrong`; otherwise what is amiss, for
    // the failure message.
    static QString readsAs(const QString &shown, const QString &expected, const QStringList &wrong);

    // The demo on a new team workspace of the test cluster, each demo user with a login;
    // no cluster when PostgreSQL is missing.
    struct TeamDemo
    {
        PgCluster *pg = nullptr;
        QString dbname;
        std::optional<Database> db;
        QString error;
    };
    static TeamDemo teamDemo();

private slots:
    void initTestCase();
    void init();
    void cleanup();

private:
    QString pristine() const;

    QTranslator m_english; // the English plural forms, as the application loads them
    int m_copies = 0;
};

} // namespace herald::test
