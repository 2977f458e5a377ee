#include "emailcontent.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace herald {

QString EmailContent::withPreheader(const QString &html, const QString &preheader)
{
    if (preheader.trimmed().isEmpty())
        return html;
    // Hidden everywhere (mso-hide for Outlook), followed by invisible padding so the
    // inbox preview stops after the preheader instead of running on into the body.
    QString padding;
    for (int i = 0; i < 40; ++i)
        padding += QStringLiteral("&#847;&zwnj;&nbsp;");
    const QString block = u"<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">"
                          + preheader.trimmed().toHtmlEscaped() + padding + u"</div>";
    static const QRegularExpression body(QStringLiteral("<body\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = body.match(html);
    if (!m.hasMatch())
        return block + html;
    return html.left(m.capturedEnd()) + block + html.mid(m.capturedEnd());
}

Result<Attachment> EmailContent::read(const QString &path, const QList<Attachment> &already)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    static const QStringList programs{
        QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("bat"), QStringLiteral("cmd"),
        QStringLiteral("msi"), QStringLiteral("scr"), QStringLiteral("pif"), QStringLiteral("cpl"),
        QStringLiteral("js"),  QStringLiteral("jse"), QStringLiteral("vbs"), QStringLiteral("vbe"),
        QStringLiteral("wsf"), QStringLiteral("hta"), QStringLiteral("jar"), QStringLiteral("ps1"),
        QStringLiteral("lnk"), QStringLiteral("sh"),  QStringLiteral("app"), QStringLiteral("dll")};
    if (programs.contains(info.suffix().toLower()))
        return Error::refused(Text::tr("%1 is a program or script: mail servers reject such attachments. Link to it "
                                       "from the body instead.")
                                  .arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::usage(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    qint64 used = 0;
    for (const Attachment &a : already)
        used += a.size;
    if (file.size() == 0)
        return Error::usage(Text::tr("%1 is empty: choose the file you meant to attach").arg(name));
    if (used + file.size() > kMaxAttachmentBytes)
        return Error::refused(Text::tr("%1 (%2) would take the attachments to %3, over the %4 an email may carry. "
                                       "Link to large files from the body instead.")
                                  .arg(name, sizeText(file.size()), sizeText(used + file.size()),
                                       sizeText(kMaxAttachmentBytes)));
    return describe(name, file.readAll());
}

Attachment EmailContent::describe(const QString &fileName, const QByteArray &data)
{
    Attachment a;
    a.fileName = fileName;
    a.data = data;
    a.size = data.size();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return a;
}

QJsonArray EmailContent::toJson(const QList<Attachment> &attachments)
{
    QJsonArray out;
    for (const Attachment &a : attachments)
        out.append(QJsonObject{{QStringLiteral("file_name"), a.fileName},
                               {QStringLiteral("mime_type"), a.mimeType},
                               {QStringLiteral("sha256"), a.sha256},
                               {QStringLiteral("size"), a.size}});
    return out;
}

QList<Attachment> EmailContent::fromJson(const QJsonArray &json)
{
    QList<Attachment> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1StringView("file_name")).toString(), o.value(QLatin1StringView("mime_type")).toString(),
                    o.value(QLatin1StringView("sha256")).toString(), o.value(QLatin1StringView("size")).toInteger(), {}});
    }
    return out;
}

QString EmailContent::sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace herald
