#include "smskeywords.h"

#include "domain/inputtext.h"

namespace herald {

namespace {

const QStringList &optOutWords()
{
    static const QStringList words{QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
                                   QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT")};
    return words;
}

const QStringList &optInWords()
{
    static const QStringList words{QStringLiteral("START"), QStringLiteral("UNSTOP")};
    return words;
}

const QStringList &helpWords()
{
    static const QStringList words{QStringLiteral("HELP"), QStringLiteral("INFO")};
    return words;
}

} // namespace

QString SmsKeywords::normalized(const QString &text)
{
    // NFKD splits accented letters into letter and mark; the marks are dropped, and what
    // is left is composed again (NFKC) so a letter without a plain form stays itself.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out.normalized(QString::NormalizationForm_KC);
}

SmsKeywords::Meaning SmsKeywords::meaning(const QString &text, const QStringList &stopWords)
{
    if (text.size() > 160) // a keyword is one short word; a long text is a reply
        return Meaning::Reply;
    const QString word = normalized(text);
    if (word.isEmpty())
        return Meaning::Reply;
    if (optOutWords().contains(word) || stopWords.contains(word))
        return Meaning::OptOut;
    if (optInWords().contains(word))
        return Meaning::OptIn;
    if (helpWords().contains(word))
        return Meaning::Help;
    return Meaning::Reply;
}

Result<QStringList> SmsKeywords::stopWords(const QString &typed)
{
    QStringList out;
    for (const QString &entry : typed.split(u',')) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QString word = normalized(trimmed);
        if (word.isEmpty() || word.size() > 20 || trimmed.contains(u' '))
            return Error::usage(
                Text::tr("the stop word %1 is not one word of up to 20 letters or digits (e.g. ARRET, STOPP)")
                    .arg(quotedInput(trimmed)));
        if (optInWords().contains(word) || helpWords().contains(word))
            return Error::usage(Text::tr("the stop word %1 already means %2 to every carrier")
                                    .arg(quotedInput(trimmed), helpWords().contains(word) ? QStringLiteral("HELP")
                                                                                          : QStringLiteral("START")));
        if (!out.contains(word) && !optOutWords().contains(word))
            out << word;
    }
    if (out.size() > 50)
        return Error::usage(Text::tr("a tenant may have up to 50 stop words of its own"));
    return out;
}

} // namespace herald
