#include "telegramphoto.h"

#include "content/emailcontent.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace herald::telegramphoto {

QString imageType(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return QStringLiteral("image/jpeg");
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n")))
        return QStringLiteral("image/png");
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

namespace {

Status checkBytes(const QByteArray &data, qint64 size, const Text &name)
{
    if (size > kMaxBytes)
        return Error::refused(Text::tr("%1 is %2, over the %3 Telegram takes for a photo: save it smaller")
                                  .arg(name, EmailContent::sizeText(size), EmailContent::sizeText(kMaxBytes)));
    if (!data.isEmpty() && imageType(data).isEmpty())
        return Error::usage(
            Text::tr("%1 is not a JPEG, PNG or WebP picture: Telegram sends only those as photos").arg(name));
    return {};
}

} // namespace

Result<Attachment> read(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::usage(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (auto st = checkBytes({}, file.size(), Text(name)); !st)
        return st.error();
    const QByteArray data = file.read(kMaxBytes + 1); // a device or FIFO says no size
    if (data.isEmpty())
        return Error::usage(Text::tr("%1 is empty: choose the picture you meant").arg(name));
    if (auto st = checkBytes(data, data.size(), Text(name)); !st)
        return st.error();
    Attachment photo = EmailContent::describe(name, data);
    photo.mimeType = imageType(data);
    return photo;
}

Status check(const Attachment &photo, const QString &templateName)
{
    if (photo.data.isEmpty()) // a stored one, checked when it was added
        return {};
    return checkBytes(photo.data, photo.data.size(),
                      Text::tr("the photo %1 of template '%2'").arg(photo.fileName, templateName));
}

qsizetype captionLength(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entity(QStringLiteral("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    return QString(html).remove(tag).replace(entity, QStringLiteral("&")).trimmed().size();
}

} // namespace herald::telegramphoto
