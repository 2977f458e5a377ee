#include "language.h"

#include "common/thiscomputer.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace herald::Language {

namespace {

const auto kKey = QLatin1StringView("language");

// Qt's translations for what a person meets in Qt itself (standard buttons, file and
// print dialogs, text editing menus), but not for the errors of files, sockets, network
// replies, SQL drivers and parsers: core quotes those in what it stores and logs, which
// stay English.
class QtWidgetsTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        static constexpr const char *kNotForPeople[] = {
            "QIODevice", "QFile",  "QSaveFile", "QTemporaryFile", "QProcess", "QAbstractSocket", "QTcp", "QUdp",
            "QLocal",    "QNative", "QSocks5",  "QHttp",          "QNetwork", "QSsl",            "QDns", "QHostInfo",
            "QSQLite",   "QPSQL",  "QSql",      "QJson",          "QXml",     "QLibrary",        "QResource"};
        const QLatin1StringView name(context);
        for (const char *prefix : kNotForPeople)
            if (name.startsWith(QLatin1StringView(prefix)))
                return {};
        return QTranslator::translate(context, source, disambiguation, n);
    }
};

QLocale localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    // A bare language takes its main country ("de" → de_DE), as the system's would.
    return QLocale(code);
}

} // namespace

QList<Choice> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool isAvailable(const QString &code)
{
    const QList<Choice> all = available();
    return std::any_of(all.begin(), all.end(), [&](const Choice &c) { return c.code == code; });
}

QString chosen()
{
    return ThisComputer::chosen(kKey);
}

void choose(const QString &code)
{
    ThisComputer::choose(kKey, code);
}

QString install(const QString &code)
{
    const QLocale locale = localeFor(code.isEmpty() ? chosen() : code);
    // Owned by the application for its whole life.
    auto *herald = new QTranslator(QCoreApplication::instance());
    QString inEffect = QStringLiteral("en");
    if (herald->load(locale, QStringLiteral("herald"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        inEffect = herald->language().section(u'_', 0, 0);
    } else {
        // English, whose file holds the plural forms ("1 campaign", "2 campaigns").
        (void)herald->load(QStringLiteral("herald_en"), QStringLiteral(":/i18n"));
    }
    QCoreApplication::installTranslator(herald);
    if (inEffect != u"en") {
        auto *qt = new QtWidgetsTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    QLocale::setDefault(locale);
    return inEffect;
}

} // namespace herald::Language
