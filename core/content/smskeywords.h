#pragma once

#include <QString>
#include <QStringList>

#include "domain/result.h"

namespace herald {

// What an inbound text means to the carriers' keyword conventions. A keyword is the whole
// message: letter case, accents, surrounding whitespace and punctuation, spaces inside
// ("STOP ALL") and compatibility forms (full-width letters) are ignored; anything else is
// a reply.
class SmsKeywords final
{
public:
    enum class Meaning
    {
        Reply,  // none of the keywords: a reply
        OptOut, // STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, and the tenant's own
        OptIn,  // START, UNSTOP: back on
        Help    // HELP, INFO: answered with the tenant's help text
    };
    // `stopWords`: the tenant's own opt-out words (ARRET, STOPP), compared the same way.
    static Meaning meaning(const QString &text, const QStringList &stopWords = {});
    static bool isOptOut(const QString &text, const QStringList &stopWords = {})
    {
        return meaning(text, stopWords) == Meaning::OptOut;
    }
    // The text as keywords are compared: upper case letters and digits only, in NFKC,
    // accents dropped ("Arrêt" -> "ARRET").
    static QString normalized(const QString &text);
    // A tenant's own stop words as typed ("arrêt, Stopp"): each normalized, empty ones
    // and repeats left out. A usage error names a word that is not one word of letters
    // or digits, or one the carriers' keywords already mean otherwise (START, HELP).
    static Result<QStringList> stopWords(const QString &typed);
};

} // namespace herald
