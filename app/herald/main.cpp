#include "builder/campaignbuilder.h"
#include "common/appearance.h"
#include "common/icons.h"
#include "common/language.h"
#include "demoworkspace.h"
#include "detail/campaigndetailpage.h"
#include "dispatch/dispatcherthread.h"
#include "dispatch/workspacelock.h"
#include "main/mainwindow.h"
#include "main/teamworkspacedialog.h"
#include "manpage.h"
#include "providers/keyring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <cstring>

using namespace herald;

namespace {

// Herald's options; the parser answers --help and --version itself.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption workspace{QStringLiteral("workspace"),
                                       QStringLiteral("Workspace file (created with the demo data if missing)"),
                                       QStringLiteral("FILE")};
    const QCommandLineOption database{
        QStringLiteral("database"),
        QStringLiteral("Team workspace on PostgreSQL: a libpq URI (postgresql://USER@HOST/DB) or key=value pairs"),
        QStringLiteral("URL")};
    const QCommandLineOption tenant{QStringLiteral("tenant"), QStringLiteral("Tenant to open (name or id)"),
                                    QStringLiteral("T")};
    const QCommandLineOption user{QStringLiteral("user"),
                                  QStringLiteral("Signed-in user of a workspace file (default: the tenant's "
                                                 "first administrator)"),
                                  QStringLiteral("NAME")};
    const QCommandLineOption open{QStringLiteral("open"), QStringLiteral("Campaign to open (short ID or id)"),
                                  QStringLiteral("ID")};
    const QCommandLineOption tab{QStringLiteral("tab"),
                                 QStringLiteral("Tab to show: overview, tasks, report, review or communications; "
                                                "with --edit: basics, channels, audience or launch"),
                                 QStringLiteral("TAB"), QStringLiteral("overview")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"), QStringLiteral("Render the window after the first paint, write the PNG and exit"),
        QStringLiteral("FILE.png")};
    const QCommandLineOption edit{QStringLiteral("edit"),
                                  QStringLiteral("Open the campaign builder on the --open campaign, or on a new one")};
    const QCommandLineOption page{QStringLiteral("page"),
                                  QStringLiteral("Page to show: campaigns, runs, calendar, statistics, goals, "
                                                 "templates, contacts, numberpools or settings"),
                                  QStringLiteral("PAGE")};

    const QCommandLineOption language{QStringLiteral("language"),
                                      QStringLiteral("Language of the window: en, de, fr or es (default: the one chosen "
                                                     "in Settings, else the system's)"),
                                      QStringLiteral("CODE")};

    const QCommandLineOption appearance{QStringLiteral("appearance"),
                                        QStringLiteral("light or dark (default: the one chosen in Settings, else the "
                                                       "desktop's)"),
                                        QStringLiteral("MODE")};

    QCommandLineOption man{QStringLiteral("man"), QStringLiteral("Print herald(1), the manual page")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("Herald: command center for outbound campaigns"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(shown());
        man.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(man);
    }
    QList<QCommandLineOption> shown() const
    {
        return {workspace, database, tenant, user, page, open, tab, edit, screenshot, language, appearance};
    }

    // herald(1), from the options themselves.
    QString manPage() const
    {
        ManPage text(QStringLiteral("herald"), QCoreApplication::applicationVersion(),
                     QStringLiteral("command center for outbound campaigns"));
        text.section(QStringLiteral("Synopsis"));
        text.paragraph(QStringLiteral("herald [--workspace FILE | --database URL] [--tenant T] [--user NAME] [--page PAGE] "
                                      "[--open ID] [--tab TAB] [--edit] [--screenshot FILE.png]"));
        text.section(QStringLiteral("Description"));
        text.paragraph(QStringLiteral("Herald plans, runs and reports outbound campaigns over email, SMS and phone. It "
                                      "opens the workspace (created with the demo data on first start) on the "
                                      "campaign list of the last tenant, and sends the workspace's runs while it is "
                                      "open. Without a display it says so and exits 1; heraldctl(1) does everything "
                                      "headless."));
        text.section(QStringLiteral("Options"));
        text.options(shown());
        text.options({QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                         QStringLiteral("Print the options and exit")),
                      QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                         QStringLiteral("Print the version and exit"))});
        text.section(QStringLiteral("See also"));
        text.paragraph(QStringLiteral("heraldctl(1)"));
        return text.text();
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
}

// Whether there is a display for the window: X11 or Wayland, or a platform chosen with
// QT_QPA_PLATFORM (offscreen for --screenshot). Without one QApplication would abort.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    return false;
#else
    return true;
#endif
}

bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version", "--man"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no display; without one, say so in one line (QApplication
    // would abort on it).
    if (asksOnlyForText(argc, argv) || !displayAvailable()) {
        QCoreApplication core(argc, argv);
        nameApplication();
        CommandLine cli;
        cli.parser.process(core); // prints and exits for --help and --version, or a wrong option
        if (cli.parser.isSet(cli.man)) {
            QTextStream(stdout) << cli.manPage();
            return 0;
        }
        QTextStream(stderr) << "herald: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set): "
                               "start Herald in a desktop session; on a server use heraldctl"
                            << Qt::endl;
        return 1;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Herald"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.herald.Herald")); // the launcher entry and icon

    CommandLine cli;
    QCommandLineParser &parser = cli.parser;
    const QCommandLineOption &workspaceOption = cli.workspace, &databaseOption = cli.database,
                             &tenantOption = cli.tenant, &userOption = cli.user, &openOption = cli.open,
                             &tabOption = cli.tab, &screenshotOption = cli.screenshot, &editOption = cli.edit,
                             &pageOption = cli.page;
    parser.process(app);
    if (const QString code = parser.value(cli.language); !code.isEmpty() && !Language::isAvailable(code)) {
        QTextStream(stderr) << "herald: --language is en, de, fr or es, not '" << code << "'" << Qt::endl;
        return 2;
    }
    Language::install(parser.value(cli.language));
    if (!Appearance::apply(parser.value(cli.appearance))) {
        QTextStream(stderr) << "herald: --appearance is light or dark, not '" << parser.value(cli.appearance) << "'"
                            << Qt::endl;
        return 2;
    }
    Icons::setUp();

    const bool team = parser.isSet(databaseOption);
    if (team && parser.isSet(userOption)) {
        // In a team workspace a person is the database login they connect as.
        QTextStream(stderr) << "herald: --user is for workspace files; in a team workspace you act as the database "
                               "login you connect as"
                            << Qt::endl;
        return 2;
    }
    const QString path = team                           ? parser.value(databaseOption)
                         : parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                         : Database::defaultPath();
    // First start: no workspace yet, so create one with the demo data to explore. A team
    // workspace is created by 'heraldctl --database URL init'.
    const bool firstStart = !team && !QFileInfo::exists(path);
    // A team workspace opened before with "keep the password": from the keyring.
    const QString password = team && TeamWorkspaceDialog::passwordKept(path)
                                 ? keyring::read(TeamWorkspaceDialog::passwordKey(path)).value_or(QString())
                                 : QString();
    auto db = team ? Database::openPostgres(path, Database::Mode::OpenExisting, password)
                   : Database::openSqlite(path, firstStart ? Database::Mode::CreateNew : Database::Mode::OpenExisting);
    if (db && firstStart) {
        if (auto st = DemoWorkspace::generate(*db); !st)
            db = st.error();
    }
    const QString screenshot = parser.value(screenshotOption);
    if (!db) {
        // Said on standard error always; a dialog only for a person at the desktop (a
        // screenshot runs unattended and would wait on it for ever).
        QTextStream(stderr) << "herald: " << db.error().message << Qt::endl;
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QStringLiteral("Herald"), db.error().shown());
        return int(db.error().kind);
    }
    MainWindow window(*db, parser.value(userOption));
    if (parser.isSet(tenantOption) && !window.selectTenant(parser.value(tenantOption))) {
        QTextStream(stderr) << "herald: no tenant '" << parser.value(tenantOption) << "' in " << db->location() << Qt::endl;
        return 5;
    }

    // The desktop sends the workspace's runs while it is open, unless another dispatcher
    // (a heraldctl worker, another desktop) already sends the workspace file; a team
    // workspace's dispatchers share the sending. A screenshot never sends.
    SystemClock clock;
    WorkspaceLock lock(*db);
    std::unique_ptr<DispatcherThread> dispatcher;
    if (screenshot.isEmpty()) {
        if (auto locked = lock.tryLock(); locked) {
            dispatcher = std::make_unique<DispatcherThread>(*db, clock);
            window.setDispatcher(dispatcher.get());
            dispatcher->start();
        } else {
            window.statusBar()->showMessage(locked.error().shown());
        }
    }
    if (parser.isSet(pageOption) && !window.navigate(parser.value(pageOption))) {
        QTextStream(stderr) << "herald: no page '" << parser.value(pageOption) << "'" << Qt::endl;
        return 5;
    }
    const bool edit = parser.isSet(editOption);
    if (parser.isSet(openOption) && !window.openCampaign(parser.value(openOption), edit ? QString() : parser.value(tabOption))) {
        QTextStream(stderr) << "herald: cannot open campaign '" << parser.value(openOption) << "'" << Qt::endl;
        return 5;
    }
    if (edit) {
        const bool editing = parser.isSet(openOption) ? window.editCampaign(window.detailPage()->campaignId())
                                                      : window.newCampaign();
        if (!editing || (parser.isSet(tabOption) && !window.builder()->showSection(parser.value(tabOption)))) {
            QTextStream(stderr) << "herald: cannot open the campaign builder" << Qt::endl;
            return 5;
        }
    }
    window.show();
    if (!screenshot.isEmpty()) {
        // After the first paint and the asynchronous reads it started.
        QTimer::singleShot(0, &window, [&window, screenshot] {
            QElapsedTimer waited;
            waited.start();
            while (window.isBusy() && waited.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QCoreApplication::processEvents();
            const bool ok = window.grab().save(screenshot);
            if (!ok)
                QTextStream(stderr) << "herald: cannot write " << screenshot << Qt::endl;
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    dispatcher.reset(); // drains what is in flight before the window's workspace closes
    if (window.closeChoice() == MainWindow::CloseChoice::KeepSendingInBackground) {
        lock.unlock();
        const QString heraldctl = QCoreApplication::applicationDirPath() + QStringLiteral("/heraldctl");
        if (!QProcess::startDetached(heraldctl, {team ? QStringLiteral("--database") : QStringLiteral("--workspace"),
                                                 path, QStringLiteral("worker")}))
            QTextStream(stderr) << "herald: could not start " << heraldctl
                                << " worker; the runs resume when Herald opens again" << Qt::endl;
    }
    return code;
}
