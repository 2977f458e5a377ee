#pragma once

#include <QString>

namespace herald {

// The text a reader sees in an HTML body, as the text part of an email Herald sends and
// as the words of an HTML-only reply it reads. Parsed by libxml2's HTML parser, which
// recovers from the HTML mail really contains: entities decoded; script, style and head
// left out; comments (Outlook's conditional ones too) dropped; paragraphs, headings, list
// items and table rows on lines of their own; an image by its alt text; a link as its text
// followed by its target in parentheses.
class HtmlText final
{
public:
    static QString toText(const QString &html);
};

} // namespace herald
