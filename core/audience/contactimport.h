#pragma once

#include "audience/csvreader.h"
#include "domain/clock.h"
#include "domain/upload.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QHash>

#include <functional>
#include <optional>

class QIODevice;

namespace herald {

// Imports contacts from a CSV file into a contact list, all or nothing, as a staged
// upload (domain/upload.h) whose rows say what became of each line.
//
// Fields a column maps to: first_name, last_name, name (split at the last space when
// first and last are not mapped), email, phone (to E.164 with the default region), time_zone
// (an IANA id), tags (separated by ; , or |), telegram_chat_id, viber_user_id,
// webpush_endpoint + webpush_p256dh + webpush_auth (all three), custom.<name> (a field of
// the tenant's own), ignore. Each data row is then exactly one of:
//  - rejected: more non-empty fields than the header has, an email that is not an
//    address, a phone that is not a number, an unknown time zone, a chat or user id or
//    push subscription not of its form, or no address at all (the reason names the
//    column and the value);
//  - duplicate: its email, phone, Telegram chat or Viber user came in an earlier row of
//    the file, or belongs to a contact in the list already;
//  - skipped_opted_out: it is a contact of the tenant opted out of every channel the row
//    reaches (all, or email for an email, SMS and phone for a phone);
//  - accepted: a new contact, or a contact of the tenant added to the list.
// Rows whose fields are all empty are not rows (spreadsheets write them at the end).
// Cell text is stored as it is: nothing is evaluated ("=cmd" stays "=cmd").
//
// Memory: the read buffer (64 KiB) plus about 100 bytes per row and per contact the
// tenant has (hashes of their addresses), whatever the file's size.
class ContactImport final
{
public:
    struct Options
    {
        QString listName;                             // created when the tenant has none of that name
        QHash<QString, QString> mapping;              // column (header text, or "#3" for the third) -> field
        QString defaultRegion = QStringLiteral("US"); // for phone numbers without "+"
        std::optional<CsvFormat> format;              // detected when not given
        QString fileName;                             // recorded with the upload
    };
    struct Preview
    {
        CsvFormat format;
        QStringList header;
        QList<QStringList> rows; // the first rows after the header
        QStringList mapping;     // per column: the field it maps to by default
    };
    // Called every few thousand rows with bytes read and the file's size (0 when
    // unknown); returning false cancels the import and nothing is kept.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ContactImport(Database db, Id tenantId, User user, const Clock &clock);

    static QStringList fields(); // the fixed field names, "custom." and "ignore" aside
    // The field a header maps to when nobody says otherwise (synonyms such as "E-mail",
    // "Mobile", "Surname"; any other header becomes custom.<header>).
    static QString fieldForHeader(const QString &header);
    // The format, header, first rows and default mapping (the device is read from its
    // current position, which it is returned to).
    static Result<Preview> preview(QIODevice &device, int rows = 20, std::optional<CsvFormat> format = {});

    Result<Upload> run(QIODevice &device, const Options &options, const Progress &progress = {});

private:
    Database m_db;
    Id m_tenantId;
    User m_user;
    const Clock &m_clock;
};

} // namespace herald
