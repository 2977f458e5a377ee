#include "inputtext.h"

namespace herald {

namespace {
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.isSurrogate() || c == QChar::LineSeparator
           || c == QChar::ParagraphSeparator;
}
} // namespace

QString quotedInput(const QString &text, qsizetype max)
{
    QString out;
    out.reserve(std::min(text.size(), max) + 2);
    qsizetype shown = 0;
    for (const QChar c : text) {
        if (shown == max) {
            out += QStringLiteral("...");
            break;
        }
        if (isControl(c))
            out += u"\\x" + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
        ++shown;
    }
    return u'"' + out + u'"';
}

Status checkText(const QString &text, const QString &what, qsizetype max, bool multiLine)
{
    if (text.size() > max)
        return Error::usage(what + u" has " + QString::number(text.size()) + u" characters: at most "
                            + QString::number(max) + u" are kept");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (isControl(c))
            return Error::usage(what + u" " + quotedInput(text) + u" holds a control character at position "
                                + QString::number(i + 1) + (multiLine ? u"" : u" (it is one line of text)"));
    }
    return {};
}

} // namespace herald
