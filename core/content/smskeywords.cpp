#include "smskeywords.h"

#include <QStringList>

namespace herald {

QString SmsKeywords::normalized(const QString &text)
{
    const QString compatible = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(compatible.size());
    for (const QChar c : compatible)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

bool SmsKeywords::isOptOut(const QString &text)
{
    static const QStringList keywords{QStringLiteral("STOP"), QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
                                      QStringLiteral("CANCEL"), QStringLiteral("END"), QStringLiteral("QUIT")};
    if (text.size() > 160) // a keyword is one short word; a long text is a reply
        return false;
    return keywords.contains(normalized(text));
}

} // namespace herald
