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

Status checkText(const QString &text, const Text &what, qsizetype max, bool multiLine)
{
    if (text.size() > max)
        return Error::usage(Text::tr("%1 has %2 characters: at most %3 are kept")
                                .arg(what, QString::number(text.size()), QString::number(max)));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (isControl(c))
            return Error::usage(
                (multiLine ? Text::tr("%1 %2 holds a control character at position %3")
                           : Text::tr("%1 %2 holds a control character at position %3 (it is one line of text)"))
                    .arg(what, quotedInput(text), QString::number(i + 1)));
    }
    return {};
}

Status checkText(const QString &text, const QString &what, qsizetype max, bool multiLine)
{
    return checkText(text, Text(what), max, multiLine);
}

} // namespace herald
