#include "text.h"

#include <QCoreApplication>

namespace herald {

namespace {

// English plural forms without a translator: "%n row(s)" is "1 row", "2 rows".
QString englishPlural(const char *source, int n)
{
    QString s = QString::fromUtf8(source);
    s.replace(QLatin1StringView("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    s.replace(QLatin1StringView("%n"), QString::number(n));
    return s;
}

QString capitalise(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

Text Text::tr(const char *source, const char *disambiguation, int n)
{
    Text t;
    t.m_english = n >= 0 ? englishPlural(source, n) : QString::fromUtf8(source);
    t.m_shown = QCoreApplication::translate("herald::Text", source, disambiguation, n);
    // Without a translation (a process with no translator, or an English one without this
    // message), the English forms are the right ones.
    if (n >= 0 && t.m_shown == QString::fromUtf8(source).replace(QLatin1StringView("%n"), QString::number(n)))
        t.m_shown = t.m_english;
    return t;
}

Text Text::operator+(const Text &other) const
{
    Text t;
    t.m_english = m_english + other.m_english;
    t.m_shown = m_shown + other.m_shown;
    return t;
}

Text Text::capitalised() const
{
    Text t;
    t.m_english = capitalise(m_english);
    t.m_shown = capitalise(m_shown);
    return t;
}

} // namespace herald
