#pragma once

#include "result.h"

#include <QString>

namespace herald {

// Text from a file or a person, fit to stand in a one-line message: control characters
// shown as \xNN, at most `max` characters (then "..."), in double quotes.
QString quotedInput(const QString &text, qsizetype max = 60);

// A name Herald keeps (checked by checkText), in single quotes for a message: 'Ann Lee'.
inline QString quotedName(const QString &name)
{
    return u'\'' + name + u'\'';
}

// Text a person gives Herald to keep (a name, a description, a tag): at most `max`
// characters and no control characters (line breaks and tabs too when `multiLine`).
// The usage error names `what` ("the campaign name") and the limit.
Status checkText(const QString &text, const Text &what, qsizetype max, bool multiLine = false);
// The same with `what` verbatim (not translated).
Status checkText(const QString &text, const QString &what, qsizetype max, bool multiLine = false);

} // namespace herald
