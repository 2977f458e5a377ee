#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herald {

// The pages a recipient sees after following an unsubscribe link (Herald's listener):
// small, self-contained HTML (no script, nothing loaded from elsewhere) in the recipient's
// language. The words are kept here rather than in the desktop's translation files
// because headless workers serve them too; adding a language is adding a row to the
// table in unsubscribepage.cpp.
class UnsubscribePage final
{
public:
    // The language of the page: the contact's own ("language", "lang" or "locale" custom
    // field, e.g. "de" or "pt-BR"), else the first the browser asks for (Accept-Language)
    // that Herald has, else English.
    static QString language(const QMap<QString, QString> &customFields, const QByteArray &acceptLanguage);
    // The languages the pages exist in ("en", "de", ...).
    static QStringList languages();

    // Asks to confirm: a button posts the one-click form (RFC 8058) to the same address.
    // `address` is shown masked ("a•••@example.com"); `organisation` names who sends.
    static QByteArray confirm(const QString &language, const QString &address, const QString &organisation);
    // Says it is done (also when it had been done before).
    static QByteArray done(const QString &language, const QString &address, const QString &organisation);
    // The link is not one Herald sent, or was changed.
    static QByteArray invalid(const QString &language);
    // It could not be recorded just now (the workspace is busy or unreachable).
    static QByteArray failed(const QString &language);

    // "a•••@example.com": enough for its owner to recognise, little for anyone else.
    static QString masked(const QString &address);
};

} // namespace herald
