#include "unsubscribepage.h"

#include <array>

namespace herald {

namespace {

struct Words
{
    const char *language;
    const char *title, *question, *button;   // %1 the organisation, %2 the address
    const char *doneTitle, *doneText;        // %1 the organisation, %2 the address
    const char *invalidTitle, *invalidText;
    const char *failedText; // under `title`
};

// English first: the fallback.
constexpr std::array kWords{
    Words{"en", "Unsubscribe", "Stop emails from %1 to %2?", "Unsubscribe", "You are unsubscribed",
          "%2 will receive no more emails from %1.", "Link not valid",
          "This link is not valid. It may have been copied incompletely.",
          "This did not work just now. Please try again in a few minutes."},
    Words{"de", "Abmelden", "Keine E-Mails mehr von %1 an %2 senden?", "Abmelden", "Sie sind abgemeldet",
          "%2 erh\u00e4lt keine E-Mails mehr von %1.", "Link ung\u00fcltig",
          "Dieser Link ist ung\u00fcltig. Vielleicht wurde er unvollst\u00e4ndig kopiert.",
          "Das hat gerade nicht geklappt. Bitte versuchen Sie es in ein paar Minuten noch einmal."},
    Words{"fr", "Se d\u00e9sabonner", "Ne plus envoyer d\u2019e-mails de %1 \u00e0 %2\u00a0?", "Se d\u00e9sabonner",
          "Vous \u00eates d\u00e9sabonn\u00e9", "%2 ne recevra plus d\u2019e-mails de %1.", "Lien non valide",
          "Ce lien n\u2019est pas valide. Il a peut-\u00eatre \u00e9t\u00e9 copi\u00e9 de mani\u00e8re incompl\u00e8te.",
          "Cela n\u2019a pas fonctionn\u00e9. Veuillez r\u00e9essayer dans quelques minutes."},
    Words{"es", "Darse de baja", "\u00bfDejar de enviar correos de %1 a %2?", "Darse de baja", "Se ha dado de baja",
          "%2 no recibir\u00e1 m\u00e1s correos de %1.", "Enlace no v\u00e1lido",
          "Este enlace no es v\u00e1lido. Puede que se haya copiado de forma incompleta.",
          "No ha funcionado. Int\u00e9ntelo de nuevo dentro de unos minutos."},
    Words{"it", "Annulla iscrizione", "Non inviare pi\u00f9 e-mail da %1 a %2?", "Annulla iscrizione",
          "Iscrizione annullata", "%2 non ricever\u00e0 pi\u00f9 e-mail da %1.", "Link non valido",
          "Questo link non \u00e8 valido. Potrebbe essere stato copiato in modo incompleto.",
          "Non \u00e8 stato possibile. Riprova tra qualche minuto."},
    Words{"nl", "Afmelden", "Geen e-mails meer van %1 naar %2 sturen?", "Afmelden", "U bent afgemeld",
          "%2 ontvangt geen e-mails meer van %1.", "Ongeldige link",
          "Deze link is ongeldig. Misschien is hij onvolledig gekopieerd.",
          "Dat is nu niet gelukt. Probeer het over een paar minuten opnieuw."},
    Words{"pt", "Cancelar inscri\u00e7\u00e3o", "Deixar de enviar e-mails de %1 para %2?", "Cancelar inscri\u00e7\u00e3o",
          "Inscri\u00e7\u00e3o cancelada", "%2 n\u00e3o receber\u00e1 mais e-mails de %1.", "Link inv\u00e1lido",
          "Este link n\u00e3o \u00e9 v\u00e1lido. Pode ter sido copiado de forma incompleta.",
          "N\u00e3o foi poss\u00edvel agora. Tente novamente dentro de alguns minutos."},
};

const Words &wordsFor(const QString &language)
{
    for (const Words &w : kWords)
        if (language == QLatin1StringView(w.language))
            return w;
    return kWords.front();
}

// "pt-BR", "de_AT", "FR" -> "pt", "de", "fr" when Herald has it; empty otherwise.
QString known(QStringView tag)
{
    const QString primary = tag.trimmed().split(u'-').first().split(u'_').first().toString().toLower();
    for (const Words &w : kWords)
        if (primary == QLatin1StringView(w.language))
            return primary;
    return {};
}

QString tr(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray page(const QString &language, const QString &title, const QString &body)
{
    const QString html =
        u"<!doctype html>\n<html lang=\"" + language
        + u"\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          u"<title>"
        + title.toHtmlEscaped()
        + u"</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:32em;margin:3em auto;padding:0 1em;"
          u"color:#222}button{font:inherit;padding:.5em 1.5em;border:0;border-radius:4px;background:#2b5fab;"
          u"color:#fff;cursor:pointer}</style></head><body><h1>"
        + title.toHtmlEscaped() + u"</h1>" + body + u"</body></html>\n";
    return html.toUtf8();
}

} // namespace

QString UnsubscribePage::language(const QMap<QString, QString> &customFields, const QByteArray &acceptLanguage)
{
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        if (it.key().compare(u"language", Qt::CaseInsensitive) == 0 || it.key().compare(u"lang", Qt::CaseInsensitive) == 0
            || it.key().compare(u"locale", Qt::CaseInsensitive) == 0)
            if (const QString found = known(it.value()); !found.isEmpty())
                return found;
    // "de-CH, de;q=0.9, en;q=0.8": the weights aside, in the order given (browsers list
    // them by preference).
    for (const QString &entry : QString::fromLatin1(acceptLanguage.left(1024)).split(u','))
        if (const QString found = known(entry.section(u';', 0, 0)); !found.isEmpty())
            return found;
    return QStringLiteral("en");
}

QStringList UnsubscribePage::languages()
{
    QStringList out;
    for (const Words &w : kWords)
        out << QString::fromLatin1(w.language);
    return out;
}

QByteArray UnsubscribePage::failed(const QString &language)
{
    const Words &w = wordsFor(language);
    return page(QString::fromLatin1(w.language), tr(w.title), u"<p>" + tr(w.failedText).toHtmlEscaped() + u"</p>");
}

QString UnsubscribePage::masked(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0)
        return address.isEmpty() ? QString() : address.left(1) + u"\u2022\u2022\u2022";
    return address.left(1) + u"\u2022\u2022\u2022" + address.mid(at);
}

QByteArray UnsubscribePage::confirm(const QString &language, const QString &address, const QString &organisation)
{
    const Words &w = wordsFor(language);
    const QString body = u"<p>" + tr(w.question).arg(organisation.toHtmlEscaped(), masked(address).toHtmlEscaped())
                         + u"</p><form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" "
                           u"value=\"One-Click\"><button type=\"submit\">"
                         + tr(w.button).toHtmlEscaped() + u"</button></form>";
    return page(QString::fromLatin1(w.language), tr(w.title), body);
}

QByteArray UnsubscribePage::done(const QString &language, const QString &address, const QString &organisation)
{
    const Words &w = wordsFor(language);
    return page(QString::fromLatin1(w.language), tr(w.doneTitle),
                u"<p>" + tr(w.doneText).arg(organisation.toHtmlEscaped(), masked(address).toHtmlEscaped()) + u"</p>");
}

QByteArray UnsubscribePage::invalid(const QString &language)
{
    const Words &w = wordsFor(language);
    return page(QString::fromLatin1(w.language), tr(w.invalidTitle), u"<p>" + tr(w.invalidText).toHtmlEscaped() + u"</p>");
}

} // namespace herald
