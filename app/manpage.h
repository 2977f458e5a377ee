#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace herald {

// A man page (troff, man macros) written from the programs' own option tables, so that
// it never drifts from them.
class ManPage final
{
public:
    ManPage(const QString &name, const QString &version, const QString &summary)
    {
        m_text = u".TH " + name.toUpper() + u" 1 \"\" \"" + name + u' ' + version + u"\" \"User Commands\"\n.SH NAME\n"
                 + name + u" \\- " + escape(summary) + u'\n';
    }
    void section(const QString &title) { m_text += u".SH " + title.toUpper() + u'\n'; }
    void paragraph(const QString &text) { m_text += u".PP\n" + escape(text) + u'\n'; }
    // A bold term and what it means, e.g. a command and its summary.
    void item(const QString &term, const QString &text) { m_text += u".TP\n.B " + escape(term) + u'\n' + escape(text) + u'\n'; }
    // Options, indented under the last item when `nested`.
    void options(const QList<QCommandLineOption> &options, bool nested = false)
    {
        if (options.isEmpty())
            return;
        if (nested)
            m_text += QStringLiteral(".RS\n");
        for (const QCommandLineOption &o : options) {
            QStringList names;
            for (const QString &n : o.names())
                names << QString((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
            m_text += u".TP\n.B " + escape(names.join(QStringLiteral(", ")))
                      + (o.valueName().isEmpty() ? QString() : u" \\fI" + escape(o.valueName()) + u"\\fR") + u'\n'
                      + escape(o.description()) + u'\n';
        }
        if (nested)
            m_text += QStringLiteral(".RE\n");
    }
    QString text() const { return m_text; }

    // Text as troff reads it literally: backslashes and hyphens escaped, no line starting
    // with a control character.
    static QString escape(QString text)
    {
        text.replace(u'\\', QStringLiteral("\\e")).replace(u'-', QStringLiteral("\\-"));
        if (text.startsWith(u'.') || text.startsWith(u'\''))
            text.prepend(QStringLiteral("\\&"));
        return text;
    }

private:
    QString m_text;
};

} // namespace herald
