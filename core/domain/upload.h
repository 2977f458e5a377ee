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

// An upload followed up in a campaign: of its accepted contacts, how many the
// campaign's live runs sent a message to, and how many of those it reached (Delivered,
// Assumed Delivered or Answered on any channel).
struct UploadFollowUp
{
    Upload upload;
    qint64 contacted = 0;
    qint64 reached = 0;
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
