#pragma once

#include <QByteArray>
#include <QString>

namespace herald {

// A file sent with an email. Stored once per tenant under its SHA-256, so a run keeps
// sending the very file its template had when the run started.
struct Attachment
{
    QString fileName;
    QString mimeType;
    QString sha256; // hex, of data
    qint64 size = 0;
    QByteArray data; // loaded for sending and saving; empty in listings
};

} // namespace herald
