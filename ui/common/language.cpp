#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace herald::Language {

namespace {

const auto kKey = QLatin1StringView("language");

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

QString chosen()
{
    return QSettings().value(kKey).toString();
}

void choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
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
        auto *qt = new QTranslator(QCoreApplication::instance());
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
