#include "pagetour.h"

#include "builder/campaignbuilder.h"
#include "detail/campaigndetailpage.h"
#include "lifecycle/campaignservice.h"
#include "main/mainwindow.h"
#include "storage/tenantrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
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

bool showOnDemo(MainWindow &window)
{
    window.resize(1240, 760);
    window.show();
    return QTest::qWaitForWindowExposed(&window) && window.selectTenant(QStringLiteral("Northwind Outfitters"))
           && settled(window);
}

QStringList tourDemo(MainWindow &window, Database &db, const std::function<void(const QString &where)> &visit)
{
    return tourPages(window,
                     {demoShortId(db, QStringLiteral("Holiday Gift Guide")),
                      demoShortId(db, QStringLiteral("Viber Weekend Deals")),
                      demoShortId(db, QStringLiteral("Summer Clearance"))},
                     visit);
}

QStringList demoMnemonicClashes(MainWindow &window, Database &db, QStringList &notShown)
{
    QStringList clashes;
    QSet<QString> seen;
    notShown = tourDemo(window, db, [&](const QString &where) {
        for (const QString &c : mnemonicClashes(&window)) {
            if (!seen.contains(c))
                clashes << c + u" (" + where + u')';
            seen.insert(c);
        }
    });
    return clashes;
}

QString demoShortId(Database &db, const QString &name, const QString &tenant)
{
    const Id t = TenantRepository(db).byName(tenant)->id;
    const User admin = *TenantRepository(db).userByName(t, {});
    for (const CampaignOverview &o : *CampaignService(db, t, admin).list({}))
        if (o.campaign.name == name)
            return o.campaign.shortId;
    return {};
}

QStringList mnemonicClashes(QWidget *window)
{
    QMap<QKeySequence, QStringList> texts; // mnemonic -> the texts that have it, one per control
    const auto add = [&](const QString &text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            texts[key] << text;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    add(tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *menu : bar->actions())
                if (menu->isVisible())
                    add(menu->text());
        }
    }
    QStringList out;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QStringList distinct = it.value();
        distinct.removeDuplicates();
        if (distinct.size() > 1)
            out << it.key().toString() + u": " + distinct.join(u", ");
    }
    return out;
}

} // namespace herald::test
