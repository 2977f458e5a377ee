#pragma once

#include <QString>

#include <concepts>

namespace herald {

// A sentence for people, kept twice: in English (what logs, `--json` and the database
// keep, whatever language the reader uses) and in the language of the user interface
// (what a window shows). Core writes every message it means for people through
// Text::tr, which lupdate extracts into the context "herald::Text":
//
//     Error::refused(Text::tr("the number pool '%1' is in use by %2").arg(name, campaigns))
//
// A process without a translator (heraldctl, the tests) gets English twice.
class Text
{
#ifdef HERALD_LUPDATE_ONLY // never defined: tells lupdate that Text::tr is a translation function
    Q_OBJECT
#endif
public:
    Text() = default;
    // Words that are not Herald's (a peer's reply, a name): the same in every language.
    explicit Text(const QString &verbatim) : m_english(verbatim), m_shown(verbatim) {}
    // Both forms given (a message kept in both).
    Text(QString english, QString shown) : m_english(std::move(english)), m_shown(std::move(shown)) {}

    // `source` is the English. With n >= 0 it has "%n" and words ending in "(s)":
    // Text::tr("%n row(s) rejected", nullptr, rows).
    static Text tr(const char *source, const char *disambiguation = nullptr, int n = -1);

    const QString &english() const { return m_english; }
    const QString &shown() const { return m_shown; }
    bool isEmpty() const { return m_english.isEmpty(); }

    // QString::arg on both: a QString goes in verbatim, a Text in its own language.
    template <typename... A>
        requires(sizeof...(A) > 0)
    Text arg(const A &...a) const
    {
        Text t;
        t.m_english = m_english.arg(englishOf(a)...);
        t.m_shown = m_shown.arg(shownOf(a)...);
        return t;
    }
    Text arg(std::integral auto number) const
    {
        Text t;
        t.m_english = m_english.arg(number);
        t.m_shown = m_shown.arg(number);
        return t;
    }

    // Joins sentences or fragments, each in its own language.
    Text operator+(const Text &other) const;
    Text operator+(const QString &verbatim) const { return *this + Text(verbatim); }
    // The first letter capitalised, in both (a fragment that starts a sentence).
    Text capitalised() const;

    bool operator==(const Text &) const = default;

private:
    static QString englishOf(const QString &s) { return s; }
    static QString englishOf(QStringView s) { return s.toString(); }
    static QString englishOf(const Text &t) { return t.m_english; }
    static QString shownOf(const QString &s) { return s; }
    static QString shownOf(QStringView s) { return s.toString(); }
    static QString shownOf(const Text &t) { return t.m_shown; }

    QString m_english;
    QString m_shown;
};

} // namespace herald
