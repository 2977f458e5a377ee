#pragma once

#include "domain/attachment.h"
#include "domain/result.h"

namespace herald::telegramphoto {

// A Telegram template's photo: sent with sendPhoto, the template's text as its caption.
// What Telegram takes as a photo: JPEG, PNG or WebP, at most 10 MB; a caption holds 1024
// characters (UTF-16 units, after its HTML is read).
constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
constexpr qsizetype kMaxCaption = 1024;

// The image type of `data` by its first bytes ("image/jpeg", "image/png", "image/webp"),
// "" when it is none of those.
QString imageType(const QByteArray &data);
// Reads a file to go with a Telegram template: refused when it is not one of those images,
// is empty or over kMaxBytes.
Result<Attachment> read(const QString &path);
// A photo as a template carries it (a new one has its data): its type and size.
Status check(const Attachment &photo, const QString &templateName);
// How long `html` is as Telegram counts a caption: tags dropped, an entity one character.
qsizetype captionLength(const QString &html);

} // namespace herald::telegramphoto
