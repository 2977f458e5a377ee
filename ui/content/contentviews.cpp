#include "contentviews.h"

#include "common/tones.h"
#include "content/smstext.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>

namespace herald {

QString smsSizeText(const SmsText &sms)
{
    if (sms.segments == 0)
        return QObject::tr("Empty");
    const QString characters =
        sms.units == 1 ? QObject::tr("1 character") : QObject::tr("%1 characters").arg(sms.units);
    const QString segments =
        sms.segments == 1 ? QObject::tr("1 segment") : QObject::tr("%1 segments").arg(sms.segments);
    const QString coding = sms.unicode ? QObject::tr("UCS-2 (Unicode) because of “%1” at character %2")
                                             .arg(sms.forcesUnicode)
                                             .arg(sms.forcesUnicodeAt + 1)
                                       : QObject::tr("GSM-7");
    return characters + u", " + segments + u", " + coding;
}

SafeHtmlView::SafeHtmlView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QString SafeHtmlView::withoutScripts(const QString &html)
{
    using RE = QRegularExpression;
    static const RE scripts(QStringLiteral("<(script|iframe|object|embed)\\b.*?(</\\1\\s*>|$)"),
                            RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption);
    static const RE handlers(QStringLiteral("\\son[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"), RE::CaseInsensitiveOption);
    return QString(html).remove(scripts).remove(handlers);
}

void SafeHtmlView::showHtml(const QString &html)
{
    m_blocked.clear();
    setHtml(withoutScripts(html));
}

QVariant SafeHtmlView::loadResource(int type, const QUrl &name)
{
    if (!m_blocked.contains(name))
        m_blocked.append(name);
    if (type != QTextDocument::ImageResource)
        return {};
    // A quiet box where the image would be, saying so, instead of a broken-image icon.
    QImage box(240, 60, QImage::Format_RGB32);
    const QPalette pal = palette();
    box.fill(pal.color(QPalette::AlternateBase));
    QPainter p(&box);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(box.rect().adjusted(0, 0, -1, -1));
    p.setPen(Tones::text(Tones::Tone::Neutral, pal));
    p.drawText(box.rect().adjusted(6, 0, -6, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Image not loaded: %1").arg(name.host().isEmpty() ? name.fileName() : name.host()));
    return box;
}

} // namespace herald
