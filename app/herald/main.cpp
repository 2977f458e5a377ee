#include "demoworkspace.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/workspacelock.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

using namespace herald;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Herald"));
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setApplicationDisplayName(QStringLiteral("Herald"));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("herald"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Herald: command center for outbound campaigns"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Workspace file (created with the demo data if missing)"),
                                             QStringLiteral("FILE"));
    parser.addOption(workspaceOption);
    parser.process(app);

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Database::defaultPath();
    // First start: no workspace yet, so create one with the demo data to explore.
    const bool firstStart = !QFileInfo::exists(path);
    auto db = Database::openSqlite(path, firstStart ? Database::Mode::CreateNew : Database::Mode::OpenExisting);
    if (db && firstStart) {
        if (auto st = DemoWorkspace::generate(*db); !st)
            db = st.error();
    }
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("Herald"), db.error().message);
        return 1;
    }
    MainWindow window(*db);
    window.show();

    // The desktop sends the workspace's runs while it is open, unless another dispatcher
    // (a heraldctl worker, another desktop) already does.
    SystemClock clock;
    WorkspaceLock lock(db->path());
    std::unique_ptr<DispatcherThread> dispatcher;
    QTimer refresh;
    refresh.setSingleShot(true);
    refresh.setInterval(2000); // the list follows progress every two seconds at most
    QObject::connect(&refresh, &QTimer::timeout, &window, &MainWindow::refresh);
    if (auto locked = lock.tryLock(); locked) {
        dispatcher = std::make_unique<DispatcherThread>(*db, clock);
        QObject::connect(dispatcher.get(), &DispatcherThread::progress, &window, [&refresh] {
            if (!refresh.isActive())
                refresh.start();
        });
        QObject::connect(dispatcher.get(), &DispatcherThread::problem, &window,
                         [&window](const QString &message) { window.statusBar()->showMessage(message, 10000); });
        dispatcher->start();
    } else {
        window.statusBar()->showMessage(locked.error().message);
    }
    const int code = QApplication::exec();
    dispatcher.reset(); // drains what is in flight before the window's workspace closes
    return code;
}
