#include "demowindowtest.h"

#include "campaigns/campaignlistmodel.h"
#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "common/icons.h"
#include "demoworkspace.h"
#include "main/mainwindow.h"
#include "organisation/teamlogins.h"
#include "pagetour.h"
#include "pgcluster.h"
#include "settings/tenantsview.h"
#include "storage/senderrepository.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace herald::test {

QString DemoWindowTest::pristine() const
{
    return m_dir.filePath(QStringLiteral("demo.herald"));
}

void DemoWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setUnattended(true);
    QVERIFY(m_english.load(QStringLiteral("herald_en"), QStringLiteral(":/i18n")));
    QApplication::installTranslator(&m_english);
    Icons::setUp(); // the built-in Breeze icons, as the application has them
    auto db = Database::openSqlite(pristine(), Database::Mode::CreateNew);
    QVERIFY(db.ok());
    QVERIFY(DemoWorkspace::generate(*db).ok());
} // closing the last connection folds the write-ahead log into the file

void DemoWindowTest::init()
{
    QSettings().clear();
    const QString copy = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                        + QString::number(++m_copies) + u".herald");
    QVERIFY(QFile::copy(pristine(), copy));
    auto db = Database::openSqlite(copy, Database::Mode::OpenExisting);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = *db;
}

void DemoWindowTest::cleanup()
{
    m_db.reset();
    const QStringList missed = Dialogs::unanswered();
    Dialogs::reset();
    QVERIFY2(missed.isEmpty(), qPrintable(u"unanswered: " + missed.join(u" | ")));
}

std::unique_ptr<MainWindow> DemoWindowTest::openWindow(const QString &tenant)
{
    auto window = std::make_unique<MainWindow>(*m_db);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->selectTenant(tenant))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !window->isBusy() && window->campaignsPage()->model()->rowCount() > 0; }))
        return nullptr;
    return window;
}

ProviderConfig DemoWindowTest::storedProvider(Id t, ChannelKind kind)
{
    for (const ProviderConfig &c : *SenderRepository(*m_db, t).providers())
        if (c.kind == kind)
            return c;
    return ProviderConfig{};
}

QString DemoWindowTest::shortIdOf(const QString &name, const QString &tenant)
{
    return demoShortId(*m_db, name, tenant);
}

QStringList DemoWindowTest::column(QTableView *table, int col)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, col).data().toString();
    return out;
}

QStringList DemoWindowTest::codes(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

TenantsView *DemoWindowTest::firstOrganisation(MainWindow &window)
{
    if (!window.navigate(QStringLiteral("Settings")))
        return nullptr;
    auto *tenants = window.findChild<TenantsView *>(QStringLiteral("tenantsView"));
    if (tenants)
        tenants->findChild<QTableWidget *>(QStringLiteral("tenantsTable"))->selectRow(0);
    return tenants;
}

QString DemoWindowTest::readsAs(const QString &shown, const QString &expected, const QStringList &wrong)
{
    if (!shown.contains(expected))
        return u"expected \"" + expected + u"\" in: " + shown;
    for (const QString &w : wrong)
        if (w != expected && shown.contains(w))
            return u"\"" + w + u"\" (not the tenant's zone) in: " + shown;
    return {};
}

DemoWindowTest::TeamDemo DemoWindowTest::teamDemo()
{
    TeamDemo t;
    t.pg = PgCluster::shared();
    if (!t.pg)
        return t;
    const QString info = t.pg->createWorkspaceDatabase();
    t.dbname = info.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
    auto db = Database::openPostgres(info, Database::Mode::OpenExisting);
    if (!db) {
        t.error = db.error().message;
        return t;
    }
    if (auto st = DemoWorkspace::generate(*db); !st)
        t.error = st.error().message;
    else if (auto linked = TeamLogins::linkDemo(*db); !linked)
        t.error = linked.error().message;
    else
        t.db = *db;
    return t;
}

} // namespace herald::test
