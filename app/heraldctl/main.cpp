#include "heraldctl.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Only `report` draws (fonts need a QGuiApplication): on the offscreen platform unless
    // one is given, so it runs on servers without a display.
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws |= std::strcmp(argv[i], "report") == 0;
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The platform's start-up chatter (no XDG_RUNTIME_DIR on a server) is not ours to
    // print: errors go to stderr in one line naming the object.
    if (draws)
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    if (draws)
        QLoggingCategory::setFilterRules({});
    QCoreApplication::setOrganizationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    herald::ctl::Heraldctl ctl;
    return ctl.run(QCoreApplication::arguments());
}
