// The menus, the toolbar and their shortcuts, with the Help menu, and File -> Open Team
// Workspace..., which starts Herald again on another workspace.
#include "mainwindow.h"

#include "campaigns/campaignspage.h"
#include "common/dialogs.h"
#include "common/icons.h"
#include "detail/campaigndetailpage.h"
#include "help.h"
#include "mainwindownav.h"
#include "teamworkspacedialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace herald {

using mainwindow::NavEntry;
using mainwindow::navEntries;

void MainWindow::buildActions()
{
    auto action = [this](const QString &text, const char *name, const QKeySequence &key, auto slot,
                         const char *icon = nullptr) {
        auto *a = new QAction(text, this);
        if (icon)
            a->setIcon(Icons::named(icon));
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *newCampaign = m_newCampaignAction =
        action(tr("&New Campaign…"), "actionNewCampaign", QKeySequence::New, [this] { this->newCampaign(); }, "document-new");
    m_printAction = action(tr("&Print Report…"), "actionPrint", QKeySequence::Print, [this] {
        if (m_stack->currentWidget() == m_detail && m_detail->hasReport())
            m_detail->printReport();
        else
            statusBar()->showMessage(tr("Open a campaign that has run to print its report."), 8000);
    }, "document-print");
    QAction *quit = action(tr("&Quit"), "actionQuit", QKeySequence::Quit, [this] { close(); }, "application-exit");
    QAction *openTeam = action(tr("Open &Team Workspace…"), "actionOpenTeamWorkspace",
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openTeamWorkspace(); },
                               "network-server-database");
    QAction *find = action(tr("&Find"), "actionFind", QKeySequence::Find, [this] {
        navigate(Destination::Campaigns);
        m_campaigns->focusSearch();
    }, "edit-find");
    QAction *refresh =
        action(tr("&Refresh"), "actionRefresh", QKeySequence::Refresh, [this] { this->refresh(); }, "view-refresh");
    QAction *back = action(
        tr("&Back"), "actionBack", QKeySequence::Back, [this] { navigate(Destination::Campaigns); }, "go-previous");

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newCampaign);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(openTeam);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(find);
    view->addAction(back);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int n = 1;
    for (const NavEntry &e : navEntries()) {
        QAction *a = go->addAction(Icons::named(e.icon), tr(e.title).replace(u'&', QStringLiteral("&&"))); // no mnemonic
        a->setObjectName(u"actionGo" + QString::fromLatin1(e.objectName).mid(3));
        if (n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n++)));
        const Destination d = e.destination;
        connect(a, &QAction::triggered, this, [this, d] { navigate(d); });
    }

    go->addSeparator();
    go->addAction(action(tr("Choose &Tenant…"), "actionChooseTenant", QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        m_tenantPicker->setFocus(Qt::ShortcutFocusReason);
        m_tenantPicker->showPopup();
    }));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(tr("&User Guide"), "actionUserGuide", QKeySequence::HelpContents, [this] {
        Help::guide(this)->show();
    }, "help-contents"));
    help->addAction(action(tr("&Keyboard Shortcuts"), "actionShortcuts", QKeySequence(), [this] {
        Help::shortcuts(this, actions() + findChildren<QAction *>(QRegularExpression(QStringLiteral("^actionGo"))))
            ->show();
    }));
    help->addSeparator();
    help->addAction(action(tr("&About Herald"), "actionAbout", QKeySequence(),
                           [this] { Dialogs::inform(this, tr("About Herald"), Help::aboutText()); }, "help-about"));
    help->addAction(action(tr("About &Qt"), "actionAboutQt", QKeySequence(), [this] { QMessageBox::aboutQt(this); }));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(back);
    bar->addAction(refresh);
    bar->addAction(newCampaign);
    bar->addAction(m_printAction);
}

bool MainWindow::openTeamWorkspace()
{
    TeamWorkspaceDialog dialog(this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    const QStringList arguments{QStringLiteral("--database"), dialog.conninfo()};
    bool started = false;
    if (m_launcher) {
        started = m_launcher(arguments, dialog.password());
    } else {
        QProcess herald;
        herald.setProgram(QCoreApplication::applicationFilePath());
        herald.setArguments(arguments);
        if (!dialog.password().isEmpty()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PGPASSWORD"), dialog.password());
            herald.setProcessEnvironment(environment);
        }
        started = herald.startDetached();
    }
    if (!started) {
        Dialogs::warn(this, tr("Team workspace not opened"),
                      tr("Herald could not be started on the team workspace. Start it yourself with: herald "
                         "--database \"%1\"")
                          .arg(dialog.conninfo()));
        return false;
    }
    close();
    return true;
}

} // namespace herald
