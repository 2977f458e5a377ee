#pragma once

#include "tenant.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace herald {

// A staged upload: one CSV import into a contact list, with its follow-up report.
// accepted + rejected + duplicates + skippedOptedOut == rowsRead, always.
struct Upload
{
    Id id = 0;
    Id tenantId = 0;
    Id listId = 0;
    QString listName;
    QString fileName;
    QString encoding;  // as detected: "UTF-8", "UTF-16LE", "Latin-1", ...
    QString delimiter; // "comma", "semicolon", "tab", "bar"
    QDateTime createdAt;
    QString createdBy; // the user's name
    qint64 rowsRead = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 skippedOptedOut = 0;
    QList<Id> campaigns; // campaigns it is followed up in
};

// What became of one row of an upload.
struct UploadRow
{
    enum class Outcome
    {
        Accepted,
        Rejected,
        Duplicate,
        SkippedOptedOut
    };
    qint64 row = 0; // the file line the row starts on (the header is line 1)
    Outcome outcome = Outcome::Accepted;
    Id contactId = 0; // 0 when rejected
    QString reason;   // why it was not accepted
    QString content;  // the row as read, as a CSV line (all but accepted rows)

    static QString outcomeName(Outcome o);
};

} // namespace herald
