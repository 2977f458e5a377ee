#pragma once

#include "domain/attachment.h"
#include "domain/result.h"

#include <QJsonArray>
#include <QList>

namespace herald {

// What an email template adds to a plain body: the preheader and attachments.
class EmailContent final
{
public:
    // All of a template's attachments together, before encoding: about 20 MiB once
    // base64-encoded, under the 25 MB most mail servers accept.
    static constexpr qint64 kMaxAttachmentBytes = 15 * 1024 * 1024;

    // The HTML body with `preheader` (plain text, merge fields allowed) as hidden text at
    // the start of <body>: inboxes show it after the subject. Unchanged when empty.
    static QString withPreheader(const QString &html, const QString &preheader);

    // Reads a file to attach, with its type from its name and content. Refused: programs
    // and scripts (mail servers reject them), empty files, and anything that would take
    // the attachments past kMaxAttachmentBytes together with `already`.
    static Result<Attachment> read(const QString &path, const QList<Attachment> &already);

    // A file's description from its name and contents: type, SHA-256 and size.
    static Attachment describe(const QString &fileName, const QByteArray &data);

    // The attachments' descriptions (name, type, SHA-256, size) as stored with a template
    // and frozen with a run; the data is stored apart, once per tenant and hash.
    static QJsonArray toJson(const QList<Attachment> &attachments);
    static QList<Attachment> fromJson(const QJsonArray &json);
    static QString sizeText(qint64 bytes); // "12 KB", "1.4 MB"
};

} // namespace herald
