#pragma once

#include <QString>

namespace herald {

// What an inbound text means to the carriers' keyword conventions. A keyword is the whole
// message: letter case, surrounding whitespace and punctuation, spaces inside ("STOP ALL")
// and compatibility forms (full-width letters) are ignored; anything else is a reply.
class SmsKeywords final
{
public:
    // STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT.
    static bool isOptOut(const QString &text);
    // The text as keywords are compared: upper case letters and digits only, in NFKC.
    static QString normalized(const QString &text);
};

} // namespace herald
