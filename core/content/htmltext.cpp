#include "htmltext.h"

#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>

#include <memory>

namespace herald {

namespace {

QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed();
    xmlFree(value);
    return out;
}

class Writer
{
public:
    QString text;

    void walk(xmlNode *node, bool pre)
    {
        for (xmlNode *n = node; n; n = n->next) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                // A no-break space is a space in a text part.
                const QString t = QString::fromUtf8(reinterpret_cast<const char *>(n->content)).replace(QChar(0xA0), u' ');
                append(pre ? t : QString(t).replace(whitespace(), QStringLiteral(" ")));
            } else if (n->type == XML_ELEMENT_NODE) {
                element(n, pre);
            }
        }
    }

private:
    static const QRegularExpression &whitespace()
    {
        static const QRegularExpression re(QStringLiteral("\\s+"));
        return re;
    }

    void append(const QString &t)
    {
        // One space between words: none at a line's start, none doubled.
        if (t.startsWith(u' ') && (text.isEmpty() || text.endsWith(u' ') || text.endsWith(u'\n')))
            text += QStringView(t).mid(1);
        else
            text += t;
    }

    void lineBreak()
    {
        while (text.endsWith(u' '))
            text.chop(1);
        text += u'\n';
    }

    // The text so far ends a line (1) or a paragraph (2): blocks next to each other share
    // their breaks.
    void endBlock(int newlines)
    {
        while (text.endsWith(u' '))
            text.chop(1);
        if (text.isEmpty())
            return;
        qsizetype have = 0;
        while (have < text.size() && text.at(text.size() - 1 - have) == u'\n')
            ++have;
        text += QString(qMax<qsizetype>(0, newlines - have), u'\n');
    }

    void element(xmlNode *n, bool pre)
    {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(n->name)).toLower();
        static const QSet<QString> hidden{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("head"),
                                          QStringLiteral("title"), QStringLiteral("noscript")};
        static const QSet<QString> paragraphs{QStringLiteral("p"),  QStringLiteral("h1"), QStringLiteral("h2"),
                                              QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                                              QStringLiteral("h6"), QStringLiteral("blockquote"), QStringLiteral("pre"),
                                              QStringLiteral("table"), QStringLiteral("ul"), QStringLiteral("ol"),
                                              QStringLiteral("hr")};
        static const QSet<QString> lines{QStringLiteral("div"),     QStringLiteral("tr"),      QStringLiteral("li"),
                                         QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
                                         QStringLiteral("footer"),  QStringLiteral("center"),  QStringLiteral("dt"),
                                         QStringLiteral("dd")};
        if (hidden.contains(name))
            return;
        if (name == u"br")
            return lineBreak();
        if (name == u"img") {
            if (const QString alt = attribute(n, "alt"); !alt.isEmpty())
                append(u' ' + alt + u' ');
            return;
        }
        const bool paragraph = paragraphs.contains(name);
        const bool line = paragraph || lines.contains(name);
        if (line)
            endBlock(paragraph ? 2 : 1);
        if (name == u"li")
            text += QStringLiteral("- ");
        if (name == u"td" || name == u"th")
            append(QStringLiteral(" "));
        if (name == u"a") {
            const qsizetype start = text.size();
            walk(n->children, pre);
            const QString href = attribute(n, "href");
            const QString shown = text.mid(start).trimmed();
            const bool target = href.startsWith(u"http", Qt::CaseInsensitive) || href.startsWith(u"mailto:", Qt::CaseInsensitive);
            if (target && shown != href && u"mailto:" + shown != href)
                append(shown.isEmpty() ? href : u" (" + href + u')');
        } else {
            walk(n->children, pre || name == u"pre");
        }
        if (name == u"td" || name == u"th")
            append(QStringLiteral(" "));
        if (line)
            endBlock(paragraph ? 2 : 1);
    }
};

} // namespace

QString HtmlText::toText(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
        xmlFreeDoc);
    if (!doc)
        return {};
    Writer w;
    w.walk(xmlDocGetRootElement(doc.get()), false);
    QStringList out;
    for (const QString &line : w.text.split(u'\n'))
        out << line.trimmed();
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    return out.join(u'\n').replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

} // namespace herald
