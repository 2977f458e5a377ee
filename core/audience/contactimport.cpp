#include "contactimport.h"

#include "audience/contactfields.h"
#include "audience/phonenumbers.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/contactwriter.h"
#include "storage/transaction.h"
#include "storage/uploadrepository.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace herald {

namespace {

const QString kCustom = QStringLiteral("custom.");
const QString kIgnore = QStringLiteral("ignore");

// Address keys: 64-bit hashes, one seed per kind, so a million rows cost megabytes, not
// a copy of every address. (A collision, about one in 10^7 for two million addresses,
// would count one row as a duplicate.)
quint64 emailKey(const QString &email)
{
    return qHash(email.toLower(), 0x9e3779b97f4a7c15ULL);
}
quint64 phoneKey(const QString &e164)
{
    return qHash(e164, 0xc2b2ae3d27d4eb4fULL);
}
quint64 telegramKey(const QString &chat)
{
    return qHash(chat, 0x165667b19e3779f9ULL);
}
quint64 viberKey(const QString &user)
{
    return qHash(user, 0x27d4eb2f165667c5ULL);
}

// The keys of a contact's addresses, email first: how rows and contacts are matched.
QList<quint64> addressKeys(const Contact &c)
{
    QList<quint64> keys;
    if (!c.email.isEmpty())
        keys << emailKey(c.email);
    if (!c.phone.isEmpty())
        keys << phoneKey(c.phone);
    if (!c.telegramChat.isEmpty())
        keys << telegramKey(c.telegramChat);
    if (!c.viberUser.isEmpty())
        keys << viberKey(c.viberUser);
    return keys;
}

const QString kPushEndpoint = QStringLiteral("webpush_endpoint");
const QString kPushP256dh = QStringLiteral("webpush_p256dh");
const QString kPushAuth = QStringLiteral("webpush_auth");

} // namespace

ContactImport::ContactImport(Database db, Id tenantId, User user, const Clock &clock)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user)), m_clock(clock)
{}

Result<ContactImport::Preview> ContactImport::preview(QIODevice &device, int rows, std::optional<CsvFormat> format)
{
    const qint64 start = device.pos();
    Preview p;
    if (format) {
        p.format = *format;
    } else {
        auto detected = CsvFormat::detect(device, Text::tr("the file"));
        if (!detected)
            return detected.error();
        p.format = *detected;
    }
    CsvReader reader(device, p.format);
    if (!reader.next(p.header))
        return Error::usage(reader.errorText().isEmpty()
                                ? Text::tr("the file is empty: it needs a header row naming its columns")
                                : Text::tr("the file cannot be read: %1").arg(reader.errorText()));
    QStringList fields;
    while (p.rows.size() < rows && reader.next(fields))
        p.rows.append(fields);
    if (!reader.error().isEmpty() && p.rows.size() < rows)
        return Error::usage(Text::tr("the file cannot be read: %1").arg(reader.errorText()));
    for (const QString &h : std::as_const(p.header))
        p.mapping.append(fieldForHeader(h));
    if (!device.isSequential())
        device.seek(start);
    return p;
}

namespace {

// Rows between two calls of the progress callback.
constexpr qint64 kProgressEvery = 2000;

// Before the file is read: allowed, into a named list, with a region phone numbers can
// be completed with.
Status checkRequest(const User &user, const ContactImport::Options &o)
{
    if (auto st = Permissions::require(user, Action::ImportContacts); !st)
        return st.error();
    if (o.listName.trimmed().isEmpty())
        return Error::usage(Text::tr("name the contact list to import into"));
    if (phone::callingCode(o.defaultRegion) == 0)
        return Error::usage(Text::tr("region '%1' is not one Herald knows; give an ISO code such as GB, US or DE")
                                .arg(o.defaultRegion));
    return {};
}

// The options' format, else the one the file's bytes suggest.
Result<CsvFormat> formatOf(QIODevice &device, const ContactImport::Options &o)
{
    if (o.format)
        return *o.format;
    return CsvFormat::detect(device, o.fileName);
}

// The file's columns: the header row, the same as messages quote it, and the field each
// column maps to.
struct Columns
{
    QStringList header;
    QStringList shown;
    QStringList fields;

    qsizetype indexOf(const QString &field) const { return fields.indexOf(field); }
};

// Column -> field: the options' mapping by header text or "#N", else the default.
QStringList fieldsOf(const QStringList &header, const QHash<QString, QString> &mapping)
{
    QStringList fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString byName = mapping.value(header.at(i).trimmed());
        const QString byNumber = mapping.value(u'#' + QString::number(i + 1));
        fields.append(!byName.isEmpty()     ? byName
                      : !byNumber.isEmpty() ? byNumber
                                            : ContactImport::fieldForHeader(header.at(i)));
    }
    return fields;
}

// Each entry of the options' mapping names a field and a column the file has.
Status checkMapping(const Columns &columns, const ContactImport::Options &o)
{
    const QStringList fields = ContactImport::fields();
    for (auto it = o.mapping.cbegin(); it != o.mapping.cend(); ++it) {
        const bool known = fields.contains(it.value()) || it.value() == kIgnore
                           || (it.value().startsWith(kCustom) && it.value().size() > kCustom.size());
        if (!known)
            return Error::usage(Text::tr("'%1' (for column %2) is not a field; use one of %3, custom.NAME or ignore")
                                    .arg(it.value(), it.key(), fields.join(QStringLiteral(", "))));
        const qsizetype columnCount = columns.header.size();
        if (!columns.header.contains(it.key())
            && !(it.key().startsWith(u'#') && it.key().mid(1).toInt() >= 1 && it.key().mid(1).toInt() <= columnCount))
            return Error::usage(
                Text::tr("column %1 is not in the header of %2 (%3)")
                    .arg(quotedInput(it.key(), 40), o.fileName, columns.shown.join(QStringLiteral(", "))));
    }
    return {};
}

// Every field from one column at most, and an address to reach a contact at.
Status checkFields(const Columns &columns, const QString &fileName)
{
    // Two columns for one field: which one counts is not for Herald to guess.
    for (qsizetype i = 0; i < columns.fields.size(); ++i) {
        const QString &field = columns.fields.at(i);
        if (field == kIgnore)
            continue;
        if (const qsizetype again = columns.fields.indexOf(field, i + 1); again > 0)
            return Error::usage(Text::tr("%1: columns %2 (%3) and %4 (%5) are both %6: map one of them to ignore, e.g. "
                                         "--map \"#%4=ignore\"")
                                    .arg(fileName, QString::number(i + 1), columns.shown.at(i),
                                         QString::number(again + 1), columns.shown.at(again), field));
    }
    const int pushParts = int(columns.indexOf(kPushEndpoint) >= 0) + int(columns.indexOf(kPushP256dh) >= 0)
                          + int(columns.indexOf(kPushAuth) >= 0);
    if (pushParts != 0 && pushParts != 3)
        return Error::usage(
            Text::tr("%1: a push subscription needs three columns, %2, %3 and %4 (columns: %5)")
                .arg(fileName, kPushEndpoint, kPushP256dh, kPushAuth, columns.shown.join(QStringLiteral(", "))));
    if (columns.indexOf(QStringLiteral("email")) < 0 && columns.indexOf(QStringLiteral("phone")) < 0
        && columns.indexOf(QStringLiteral("telegram_chat_id")) < 0
        && columns.indexOf(QStringLiteral("viber_user_id")) < 0 && pushParts == 0)
        return Error::usage(Text::tr("%1 has no email or phone column (columns: %2): map one, e.g. --map \"#1=email\"")
                                .arg(fileName, columns.shown.join(QStringLiteral(", "))));
    return {};
}

// The header row and the field of each column, refused when the mapping does not fit it.
Result<Columns> readColumns(CsvReader &reader, const ContactImport::Options &o)
{
    Columns columns;
    if (!reader.next(columns.header))
        return Error::usage(reader.errorText().isEmpty()
                                ? Text::tr("%1 is empty: it needs a header row naming its columns").arg(o.fileName)
                                : Text::tr("%1 cannot be read: %2").arg(o.fileName, reader.errorText()));
    for (const QString &h : std::as_const(columns.header))
        columns.shown << quotedInput(h.trimmed(), 40);
    columns.fields = fieldsOf(columns.header, o.mapping);
    if (auto st = checkMapping(columns, o); !st)
        return st.error();
    if (auto st = checkFields(columns, o.fileName); !st)
        return st.error();
    return columns;
}

// The upload as it starts: what is imported, from which file, by whom.
Upload newUpload(Id tenantId, const User &user, const QDateTime &at, const ContactImport::Options &o,
                 const CsvFormat &format)
{
    Upload upload;
    upload.tenantId = tenantId;
    upload.listName = o.listName.trimmed();
    upload.fileName = o.fileName;
    upload.encoding = format.encodingName();
    upload.delimiter = format.delimiterName();
    upload.createdAt = at;
    upload.createdBy = user.name;
    return upload;
}

// The upload's list: the tenant's list of that name, else a new one.
Status findOrCreateList(AudienceRepository &audience, Upload &upload)
{
    auto lists = audience.lists();
    if (!lists)
        return lists.error();
    for (const ContactList &l : std::as_const(*lists))
        if (l.name == upload.listName)
            upload.listId = l.id;
    if (upload.listId == 0) {
        auto created = audience.addList({0, upload.tenantId, upload.listName, u"Imported from " + upload.fileName});
        if (!created)
            return created.error();
        upload.listId = *created;
    }
    return {};
}

// What the tenant has: its contacts by address, the list's members, opt-outs.
struct Known
{
    QHash<quint64, Id> byAddress; // addressKeys() -> contact
    QSet<Id> withTelegram, withViber;
    QSet<Id> inList;
    QHash<Id, QSet<int>> optedOut; // contact -> channel kinds; -1: all

    static Result<Known> read(AudienceRepository &audience, Id listId)
    {
        Known k;
        if (auto st = audience.forEachAddress([&](const Contact &c) {
                for (const quint64 key : addressKeys(c))
                    k.byAddress.insert(key, c.id);
                if (!c.telegramChat.isEmpty())
                    k.withTelegram.insert(c.id);
                if (!c.viberUser.isEmpty())
                    k.withViber.insert(c.id);
            });
            !st)
            return st.error();
        auto members = audience.listMembers(listId);
        if (!members)
            return members.error();
        k.inList = QSet<Id>(members->cbegin(), members->cend());
        auto optOuts = audience.optOuts();
        if (!optOuts)
            return optOuts.error();
        for (const OptOut &x : std::as_const(*optOuts))
            k.optedOut[x.contactId].insert(x.channel ? int(*x.channel) : -1);
        return k;
    }

    // Opted out of every channel a row with these addresses would reach.
    bool optedOutOfAll(Id contact, const Contact &row) const
    {
        const auto it = optedOut.constFind(contact);
        if (it == optedOut.cend())
            return false;
        if (it->contains(-1))
            return true;
        const auto out = [&](ChannelKind kind) { return it->contains(int(kind)); };
        return (row.email.isEmpty() || out(ChannelKind::Email))
               && (row.phone.isEmpty() || (out(ChannelKind::Sms) && out(ChannelKind::Phone)))
               && (row.telegramChat.isEmpty() || out(ChannelKind::Telegram))
               && (row.viberUser.isEmpty() || out(ChannelKind::Viber))
               && (row.pushSubscriptions.isEmpty() || out(ChannelKind::WebPush));
    }
};

// Calls the progress callback, if any: false when it cancels the import.
bool carryOn(const ContactImport::Progress &progress, const CsvReader &reader, qint64 total)
{
    return !progress || progress(reader.bytesRead(), total);
}

// The transaction is rolled back with it: a cancelled import leaves no trace.
Error cancelled(const QString &fileName)
{
    return Error::refused(Text::tr("the import of %1 was cancelled: nothing was imported").arg(fileName));
}

// Reads the rows after the header, each into one upload row saying what became of it,
// adding the accepted ones to the list as it goes (inside the caller's transaction).
class RowImporter final
{
public:
    RowImporter(const Database &db, const ContactImport::Options &o, const Columns &columns, Known known,
                UploadRepository::Writer &uploads, Upload &upload, const Clock &clock)
        : m_db(db), m_options(o), m_columns(columns), m_known(std::move(known)), m_uploads(uploads), m_upload(upload),
          m_contacts(db.connection(), upload.tenantId), m_now(clock.now())
    {}

    // Every row up to the end of the file or the first one that cannot be read.
    Status importAll(CsvReader &reader, const ContactImport::Progress &progress, qint64 total)
    {
        QStringList row;
        while (reader.next(row)) {
            if (std::all_of(row.cbegin(), row.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue; // not a row
            ++m_upload.rowsRead;
            if (m_upload.rowsRead % kProgressEvery == 0 && !carryOn(progress, reader, total))
                return cancelled(m_options.fileName);
            if (auto st = importRow(row, reader.line()); !st)
                return st;
        }
        return {};
    }

private:
    // One row, starting on file line `line`: rejected, or placed.
    Status importRow(const QStringList &row, qint64 line)
    {
        UploadRow r;
        r.row = line;
        const qsizetype columnCount = m_columns.header.size();
        if (row.size() > columnCount && std::any_of(row.cbegin() + columnCount, row.cend(), [](const QString &f) {
                return !f.trimmed().isEmpty();
            }))
            return record(r, row, UploadRow::Outcome::Rejected,
                          u"the row has " + QString::number(row.size()) + u" fields, the header "
                              + QString::number(columnCount));
        Contact c;
        if (const QString problem = validate(row, c); !problem.isEmpty())
            return record(r, row, UploadRow::Outcome::Rejected, problem);
        return place(c, r, row);
    }

    // Fills `c` from the row's fields; the reason the row is rejected, if it is.
    QString validate(const QStringList &row, Contact &c)
    {
        for (qsizetype i = 0; i < m_columns.header.size(); ++i) {
            const QString value = row.value(i).trimmed();
            const QString &field = m_columns.fields.at(i);
            if (value.isEmpty() || field == kIgnore)
                continue;
            if (const QString problem = setField(c, field, value, m_columns.shown.at(i)); !problem.isEmpty())
                return problem;
        }
        if (!c.pushSubscriptions.isEmpty()) {
            const PushSubscription &typed = c.pushSubscriptions.constFirst();
            auto checked = contactfields::pushSubscription(typed.endpoint, typed.p256dh, typed.auth);
            if (!checked)
                return checked.error().message;
            c.pushSubscriptions = {*checked};
        }
        if (c.email.isEmpty() && c.phone.isEmpty() && c.telegramChat.isEmpty() && c.viberUser.isEmpty()
            && c.pushSubscriptions.isEmpty())
            return m_columns.indexOf(QStringLiteral("telegram_chat_id")) < 0
                           && m_columns.indexOf(QStringLiteral("viber_user_id")) < 0
                           && m_columns.indexOf(kPushEndpoint) < 0
                       ? QStringLiteral("no email and no phone")
                       : QStringLiteral("no email, phone, Telegram chat, Viber user or push subscription");
        return {};
    }

    // One non-empty value of column `shown` into the contact; what is wrong with it, if anything.
    QString setField(Contact &c, const QString &field, const QString &value, const QString &shown)
    {
        if (field == u"email") {
            c.email = value;
            if (!contactfields::isEmail(value))
                return u"email " + quotedInput(value) + u" (column " + shown + u") is not an address";
        } else if (field == u"phone") {
            c.phone = phone::toE164(value, m_options.defaultRegion);
            if (c.phone.isEmpty())
                return u"phone " + quotedInput(value) + u" (column " + shown + u") is not a phone number of "
                       + m_options.defaultRegion.toUpper() + u" or in +country code form";
        } else if (field == u"first_name") {
            c.firstName = value;
        } else if (field == u"last_name") {
            c.lastName = value;
        } else if (field == u"name") {
            const qsizetype space = value.lastIndexOf(u' ');
            if (c.firstName.isEmpty() && m_columns.indexOf(QStringLiteral("first_name")) < 0)
                c.firstName = space < 0 ? value : value.left(space).trimmed();
            if (c.lastName.isEmpty() && m_columns.indexOf(QStringLiteral("last_name")) < 0 && space > 0)
                c.lastName = value.mid(space + 1);
        } else if (field == u"time_zone") {
            c.timeZone = value;
            auto known = m_zones.constFind(value);
            if (known == m_zones.cend())
                known = m_zones.insert(value, QTimeZone::isTimeZoneIdAvailable(value.toUtf8()));
            if (!*known)
                return u"time zone " + quotedInput(value) + u" (column " + shown
                       + u") is not a time zone id such as Europe/London";
        } else if (field == u"telegram_chat_id") {
            c.telegramChat = value;
            if (!contactfields::isTelegramChat(value))
                return u"Telegram chat " + quotedInput(value) + u" (column " + shown + u") is not a chat id";
        } else if (field == u"viber_user_id") {
            c.viberUser = value;
            if (!contactfields::isViberUser(value))
                return u"Viber user " + quotedInput(value) + u" (column " + shown + u") is not a Viber user id";
        } else if (field == kPushEndpoint || field == kPushP256dh || field == kPushAuth) {
            if (c.pushSubscriptions.isEmpty())
                c.pushSubscriptions.append(PushSubscription{});
            PushSubscription &s = c.pushSubscriptions.first();
            (field == kPushEndpoint ? s.endpoint : field == kPushP256dh ? s.p256dh : s.auth) = value;
        } else if (field == u"tags") {
            static const QRegularExpression separators(QStringLiteral("[;,|]"));
            for (const QString &tag : value.split(separators, Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
                    c.tags.append(tag.trimmed());
        } else {
            c.customFields.insert(field.mid(kCustom.size()), value);
        }
        return {};
    }

    // A valid row: a duplicate of an earlier row or of a member of the list, a contact
    // opted out, or added.
    Status place(const Contact &c, UploadRow &r, const QStringList &row)
    {
        const QList<quint64> keys = addressKeys(c);
        bool seen = false;
        Id existing = 0;
        for (const quint64 key : keys) {
            seen = seen || m_seen.contains(key);
            m_seen.insert(key);
            if (existing == 0)
                existing = m_known.byAddress.value(key);
        }
        r.contactId = existing;
        if (seen)
            return record(r, row, UploadRow::Outcome::Duplicate,
                          QStringLiteral("an earlier row has this email, phone, Telegram chat or Viber user"));
        if (existing && m_known.inList.contains(existing))
            return record(r, row, UploadRow::Outcome::Duplicate,
                          u"contact " + QString::number(existing) + u" is in list " + m_upload.listName + u" already");
        if (existing && m_known.optedOutOfAll(existing, c))
            return record(r, row, UploadRow::Outcome::SkippedOptedOut,
                          u"contact " + QString::number(existing) + u" has opted out");
        return add(c, r, row);
    }

    // The contact (new unless the tenant has it, which gains the Telegram chat and Viber
    // user it lacks) into the list, with the row's push subscription.
    Status add(const Contact &c, UploadRow &r, const QStringList &row)
    {
        ChannelAddressRepository channels(m_db, m_upload.tenantId);
        if (!r.contactId) {
            auto id = m_contacts.insert(c, m_now);
            if (!id)
                return id.error();
            r.contactId = *id;
        } else {
            if (!c.telegramChat.isEmpty() && !m_known.withTelegram.contains(r.contactId))
                if (auto st = channels.setTelegramChat(r.contactId, c.telegramChat); !st)
                    return st.error();
            if (!c.viberUser.isEmpty() && !m_known.withViber.contains(r.contactId))
                if (auto st = channels.setViberUser(r.contactId, c.viberUser); !st)
                    return st.error();
        }
        for (const PushSubscription &s : c.pushSubscriptions)
            if (auto st = channels.subscribe(r.contactId, s, m_now); !st)
                return st.error();
        if (auto st = m_contacts.addToList(m_upload.listId, r.contactId); !st)
            return st;
        m_known.inList.insert(r.contactId);
        return record(r, row, UploadRow::Outcome::Accepted);
    }

    // Writes the upload row and counts it.
    Status record(UploadRow &r, const QStringList &row, UploadRow::Outcome outcome, const QString &reason = {})
    {
        r.outcome = outcome;
        r.reason = reason;
        if (outcome != UploadRow::Outcome::Accepted)
            r.content = csvLine(row); // comma-separated whatever the file used
        switch (outcome) {
        case UploadRow::Outcome::Accepted:
            ++m_upload.accepted;
            break;
        case UploadRow::Outcome::Rejected:
            ++m_upload.rejected;
            break;
        case UploadRow::Outcome::Duplicate:
            ++m_upload.duplicates;
            break;
        case UploadRow::Outcome::SkippedOptedOut:
            ++m_upload.skippedOptedOut;
            break;
        }
        return m_uploads.addRow(m_upload.id, r);
    }

    const Database &m_db;
    const ContactImport::Options &m_options;
    const Columns &m_columns;
    Known m_known;
    UploadRepository::Writer &m_uploads;
    Upload &m_upload;
    ContactWriter m_contacts;
    const QDateTime m_now;
    QSet<quint64> m_seen;         // addressKeys() of the rows of this file
    QHash<QString, bool> m_zones; // time zone id -> known
};

} // namespace

Result<Upload> ContactImport::run(QIODevice &device, const Options &o, const Progress &progress)
{
    if (auto st = checkRequest(m_user, o); !st)
        return st.error();
    auto format = formatOf(device, o);
    if (!format)
        return format.error();
    const qint64 total = device.isSequential() ? 0 : device.size();
    CsvReader reader(device, *format);
    auto columns = readColumns(reader, o);
    if (!columns)
        return columns.error();

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    AudienceRepository audience(m_db, m_tenantId);
    Upload upload = newUpload(m_tenantId, m_user, m_clock.now(), o, *format);
    if (auto st = findOrCreateList(audience, upload); !st)
        return st.error();
    auto known = Known::read(audience, upload.listId);
    if (!known)
        return known.error();
    UploadRepository::Writer uploads(db, m_tenantId);
    auto uploadId = uploads.create(upload);
    if (!uploadId)
        return uploadId.error();
    upload.id = *uploadId;

    RowImporter rows(m_db, o, *columns, std::move(*known), uploads, upload, m_clock);
    if (auto st = rows.importAll(reader, progress, total); !st)
        return st.error();
    if (!reader.error().isEmpty()) // all or nothing: the rows read so far are rolled back
        return Error::usage(
            Text::tr("%1 cannot be read: %2. Nothing was imported").arg(o.fileName, reader.errorText()));
    if (!carryOn(progress, reader, total))
        return cancelled(o.fileName);
    if (auto st = uploads.finish(upload); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return upload;
}

} // namespace herald
