#include "pagetour.h"

#include "builder/campaignbuilder.h"
#include "detail/campaigndetailpage.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTest>

namespace herald::test {

namespace {

bool settled(MainWindow &window)
{
    const bool idle = QTest::qWaitFor([&] { return !window.isBusy(); }, 20000);
    QCoreApplication::processEvents(); // layouts settle on posted events
    return idle;
}

} // namespace

QStringList tourPages(MainWindow &window, const QStringList &campaignRefs,
                      const std::function<void(const QString &where)> &visit)
{
    QStringList failed;
    const QStringList pages{QStringLiteral("campaigns"), QStringLiteral("runs"),      QStringLiteral("calendar"),
                            QStringLiteral("statistics"), QStringLiteral("goals"),    QStringLiteral("templates"),
                            QStringLiteral("contacts"),  QStringLiteral("numberpools"), QStringLiteral("settings")};
    for (const QString &page : pages) {
        if (!window.navigate(page) || !settled(window)) {
            failed << page;
            continue;
        }
        visit(page);
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                if (settled(window))
                    visit(page + u" → " + tabs->tabText(i));
                else
                    failed << page + u" → " + tabs->tabText(i);
            }
            tabs->setCurrentIndex(0);
        }
    }
    for (const QString &ref : campaignRefs) {
        if (!window.openCampaign(ref) || !settled(window)) {
            failed << ref;
            continue;
        }
        QTabWidget *tabs = window.detailPage()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (settled(window))
                visit(ref + u" → " + tabs->tabText(i));
            else
                failed << ref + u" → " + tabs->tabText(i);
        }
    }
    if (!window.newCampaign()) {
        failed << QStringLiteral("builder");
        return failed;
    }
    for (const QString &section :
         {QStringLiteral("basics"), QStringLiteral("channels"), QStringLiteral("audience"), QStringLiteral("launch")}) {
        if (window.builder()->showSection(section) && settled(window))
            visit(u"builder → " + section);
        else
            failed << u"builder → " + section;
    }
    return failed;
}

QString demoShortId(Database &db, const QString &name)
{
    const Id t = TenantRepository(db).byName(QStringLiteral("Northwind Outfitters"))->id;
    const User admin = *TenantRepository(db).userByName(t, {});
    for (const CampaignOverview &o : *CampaignService(db, t, admin).list({}))
        if (o.campaign.name == name)
            return o.campaign.shortId;
    return {};
}

} // namespace herald::test
