#include "contactimport.h"

#include "audience/contactfields.h"
#include "audience/phonenumbers.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"
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

QString squeezed(const QString &header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

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

} // namespace

ContactImport::ContactImport(Database db, Id tenantId, User user, const Clock &clock)
    : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user)), m_clock(clock)
{}

QStringList ContactImport::fields()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("name"), QStringLiteral("email"),
            QStringLiteral("phone"),      QStringLiteral("time_zone"), QStringLiteral("tags")};
}

QString ContactImport::fieldForHeader(const QString &header)
{
    static const QHash<QString, QString> synonyms{
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("emailaddress"), QStringLiteral("email")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("phonenumber"), QStringLiteral("phone")},
        {QStringLiteral("mobile"), QStringLiteral("phone")},
        {QStringLiteral("mobilephone"), QStringLiteral("phone")},
        {QStringLiteral("mobilenumber"), QStringLiteral("phone")},
        {QStringLiteral("cell"), QStringLiteral("phone")},
        {QStringLiteral("cellphone"), QStringLiteral("phone")},
        {QStringLiteral("msisdn"), QStringLiteral("phone")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("telephone"), QStringLiteral("phone")},
        {QStringLiteral("firstname"), QStringLiteral("first_name")},
        {QStringLiteral("first"), QStringLiteral("first_name")},
        {QStringLiteral("givenname"), QStringLiteral("first_name")},
        {QStringLiteral("forename"), QStringLiteral("first_name")},
        {QStringLiteral("lastname"), QStringLiteral("last_name")},
        {QStringLiteral("last"), QStringLiteral("last_name")},
        {QStringLiteral("surname"), QStringLiteral("last_name")},
        {QStringLiteral("familyname"), QStringLiteral("last_name")},
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("fullname"), QStringLiteral("name")},
        {QStringLiteral("contactname"), QStringLiteral("name")},
        {QStringLiteral("timezone"), QStringLiteral("time_zone")},
        {QStringLiteral("tz"), QStringLiteral("time_zone")},
        {QStringLiteral("tags"), QStringLiteral("tags")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("labels"), QStringLiteral("tags")},
    };
    const QString key = squeezed(header);
    if (key.isEmpty())
        return kIgnore;
    return synonyms.value(key, kCustom + header.trimmed());
}

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

Result<Upload> ContactImport::run(QIODevice &device, const Options &o, const Progress &progress)
{
    if (auto st = Permissions::require(m_user, Action::ImportContacts); !st)
        return st.error();
    if (o.listName.trimmed().isEmpty())
        return Error::usage(Text::tr("name the contact list to import into"));
    if (phone::callingCode(o.defaultRegion) == 0)
        return Error::usage(Text::tr("region '%1' is not one Herald knows; give an ISO code such as GB, US or DE")
                                .arg(o.defaultRegion));
    CsvFormat format;
    if (o.format) {
        format = *o.format;
    } else {
        auto detected = CsvFormat::detect(device, o.fileName);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    const qint64 total = device.isSequential() ? 0 : device.size();
    CsvReader reader(device, format);
    QStringList header;
    if (!reader.next(header))
        return Error::usage(reader.errorText().isEmpty()
                                ? Text::tr("%1 is empty: it needs a header row naming its columns").arg(o.fileName)
                                : Text::tr("%1 cannot be read: %2").arg(o.fileName, reader.errorText()));
    QStringList shownHeader; // the header as messages quote it
    for (const QString &h : std::as_const(header))
        shownHeader << quotedInput(h.trimmed(), 40);

    // Column -> field: the options' mapping by header text or "#N", else the default.
    QStringList mapping;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString byName = o.mapping.value(header.at(i).trimmed());
        const QString byNumber = o.mapping.value(u'#' + QString::number(i + 1));
        mapping.append(!byName.isEmpty() ? byName : !byNumber.isEmpty() ? byNumber : fieldForHeader(header.at(i)));
    }
    for (auto it = o.mapping.cbegin(); it != o.mapping.cend(); ++it) {
        const bool known = fields().contains(it.value()) || it.value() == kIgnore
                           || (it.value().startsWith(kCustom) && it.value().size() > kCustom.size());
        if (!known)
            return Error::usage(Text::tr("'%1' (for column %2) is not a field; use one of %3, custom.NAME or ignore")
                                    .arg(it.value(), it.key(), fields().join(QStringLiteral(", "))));
        if (!header.contains(it.key())
            && !(it.key().startsWith(u'#') && it.key().mid(1).toInt() >= 1 && it.key().mid(1).toInt() <= header.size()))
            return Error::usage(
                Text::tr("column %1 is not in the header of %2 (%3)")
                    .arg(quotedInput(it.key(), 40), o.fileName, shownHeader.join(QStringLiteral(", "))));
    }
    // Two columns for one field: which one counts is not for Herald to guess.
    for (qsizetype i = 0; i < mapping.size(); ++i) {
        if (mapping.at(i) == kIgnore)
            continue;
        if (const qsizetype again = mapping.indexOf(mapping.at(i), i + 1); again > 0)
            return Error::usage(Text::tr("%1: columns %2 (%3) and %4 (%5) are both %6: map one of them to ignore, e.g. "
                                         "--map \"#%4=ignore\"")
                                    .arg(o.fileName, QString::number(i + 1), shownHeader.at(i),
                                         QString::number(again + 1), shownHeader.at(again), mapping.at(i)));
    }
    const auto column = [&](const QString &field) { return mapping.indexOf(field); };
    if (column(QStringLiteral("email")) < 0 && column(QStringLiteral("phone")) < 0)
        return Error::usage(Text::tr("%1 has no email or phone column (columns: %2): map one, e.g. --map \"#1=email\"")
                                .arg(o.fileName, shownHeader.join(QStringLiteral(", "))));

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    AudienceRepository audience(m_db, m_tenantId);
    Upload upload;
    upload.tenantId = m_tenantId;
    upload.listName = o.listName.trimmed();
    upload.fileName = o.fileName;
    upload.encoding = format.encodingName();
    upload.delimiter = format.delimiterName();
    upload.createdAt = m_clock.now();
    upload.createdBy = m_user.name;
    auto lists = audience.lists();
    if (!lists)
        return lists.error();
    for (const ContactList &l : std::as_const(*lists))
        if (l.name == upload.listName)
            upload.listId = l.id;
    if (upload.listId == 0) {
        auto created = audience.addList({0, m_tenantId, upload.listName, u"Imported from " + o.fileName});
        if (!created)
            return created.error();
        upload.listId = *created;
    }

    // What the tenant has: its contacts by address, the list's members, opt-outs.
    QHash<quint64, Id> byEmail, byPhone;
    if (auto st = audience.forEachAddress([&](Id id, const QString &email, const QString &phone) {
            if (!email.isEmpty())
                byEmail.insert(emailKey(email), id);
            if (!phone.isEmpty())
                byPhone.insert(phoneKey(phone), id);
        });
        !st)
        return st.error();
    auto members = audience.listMembers(upload.listId);
    if (!members)
        return members.error();
    QSet<Id> inList(members->cbegin(), members->cend());
    auto optOuts = audience.optOuts();
    if (!optOuts)
        return optOuts.error();
    QHash<Id, QSet<int>> optedOut; // contact -> channel kinds; -1: all
    for (const OptOut &x : std::as_const(*optOuts))
        optedOut[x.contactId].insert(x.channel ? int(*x.channel) : -1);
    const auto optedOutOfAll = [&](Id contact, bool hasEmail, bool hasPhone) {
        const auto it = optedOut.constFind(contact);
        if (it == optedOut.cend())
            return false;
        if (it->contains(-1))
            return true;
        return (!hasEmail || it->contains(int(ChannelKind::Email)))
               && (!hasPhone || (it->contains(int(ChannelKind::Sms)) && it->contains(int(ChannelKind::Phone))));
    };

    UploadRepository::Writer uploads(db, m_tenantId);
    auto uploadId = uploads.create(upload);
    if (!uploadId)
        return uploadId.error();
    upload.id = *uploadId;
    ContactWriter contacts(db, m_tenantId);
    QSet<quint64> seenEmails, seenPhones; // in this file
    QHash<QString, bool> zones;           // time zone id -> known
    const QDateTime now = m_clock.now();
    QStringList row;
    while (reader.next(row)) {
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue; // not a row
        ++upload.rowsRead;
        if (progress && upload.rowsRead % 2000 == 0 && !progress(reader.bytesRead(), total))
            return Error::refused(Text::tr("the import of %1 was cancelled: nothing was imported").arg(o.fileName));
        UploadRow r;
        r.row = reader.line();
        const auto record = [&](UploadRow::Outcome outcome, const QString &reason = {}) -> Status {
            r.outcome = outcome;
            r.reason = reason;
            if (outcome != UploadRow::Outcome::Accepted)
                r.content = csvLine(row); // comma-separated whatever the file used
            switch (outcome) {
            case UploadRow::Outcome::Accepted:
                ++upload.accepted;
                break;
            case UploadRow::Outcome::Rejected:
                ++upload.rejected;
                break;
            case UploadRow::Outcome::Duplicate:
                ++upload.duplicates;
                break;
            case UploadRow::Outcome::SkippedOptedOut:
                ++upload.skippedOptedOut;
                break;
            }
            return uploads.addRow(upload.id, r);
        };
        Status recorded;
        if (row.size() > header.size() && std::any_of(row.cbegin() + header.size(), row.cend(), [](const QString &f) {
                return !f.trimmed().isEmpty();
            })) {
            recorded =
                record(UploadRow::Outcome::Rejected, u"the row has " + QString::number(row.size())
                                                         + u" fields, the header " + QString::number(header.size()));
        } else {
            Contact c;
            QString problem;
            for (qsizetype i = 0; i < header.size() && problem.isEmpty(); ++i) {
                const QString value = row.value(i).trimmed();
                const QString &field = mapping.at(i);
                if (value.isEmpty() || field == kIgnore)
                    continue;
                if (field == u"email") {
                    if (!contactfields::isEmail(value))
                        problem = u"email " + quotedInput(value) + u" (column " + shownHeader.at(i) + u") is not an address";
                    c.email = value;
                } else if (field == u"phone") {
                    c.phone = phone::toE164(value, o.defaultRegion);
                    if (c.phone.isEmpty())
                        problem = u"phone " + quotedInput(value) + u" (column " + shownHeader.at(i) + u") is not a phone number of "
                                  + o.defaultRegion.toUpper() + u" or in +country code form";
                } else if (field == u"first_name") {
                    c.firstName = value;
                } else if (field == u"last_name") {
                    c.lastName = value;
                } else if (field == u"name") {
                    const qsizetype space = value.lastIndexOf(u' ');
                    if (c.firstName.isEmpty() && column(QStringLiteral("first_name")) < 0)
                        c.firstName = space < 0 ? value : value.left(space).trimmed();
                    if (c.lastName.isEmpty() && column(QStringLiteral("last_name")) < 0 && space > 0)
                        c.lastName = value.mid(space + 1);
                } else if (field == u"time_zone") {
                    auto known = zones.constFind(value);
                    if (known == zones.cend())
                        known = zones.insert(value, QTimeZone::isTimeZoneIdAvailable(value.toUtf8()));
                    if (!*known)
                        problem = u"time zone " + quotedInput(value) + u" (column " + shownHeader.at(i)
                                  + u") is not a time zone id such as Europe/London";
                    c.timeZone = value;
                } else if (field == u"tags") {
                    static const QRegularExpression separators(QStringLiteral("[;,|]"));
                    for (const QString &tag : value.split(separators, Qt::SkipEmptyParts))
                        if (!tag.trimmed().isEmpty() && !c.tags.contains(tag.trimmed()))
                            c.tags.append(tag.trimmed());
                } else {
                    c.customFields.insert(field.mid(kCustom.size()), value);
                }
            }
            if (problem.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
                problem = QStringLiteral("no email and no phone");
            if (!problem.isEmpty()) {
                recorded = record(UploadRow::Outcome::Rejected, problem);
            } else {
                const quint64 ek = c.email.isEmpty() ? 0 : emailKey(c.email);
                const quint64 pk = c.phone.isEmpty() ? 0 : phoneKey(c.phone);
                const bool seen = (ek && seenEmails.contains(ek)) || (pk && seenPhones.contains(pk));
                if (ek)
                    seenEmails.insert(ek);
                if (pk)
                    seenPhones.insert(pk);
                Id existing = ek ? byEmail.value(ek) : 0;
                if (existing == 0 && pk)
                    existing = byPhone.value(pk);
                r.contactId = existing;
                if (seen) {
                    recorded =
                        record(UploadRow::Outcome::Duplicate, QStringLiteral("an earlier row has this email or phone"));
                } else if (existing && inList.contains(existing)) {
                    recorded =
                        record(UploadRow::Outcome::Duplicate, u"contact " + QString::number(existing) + u" is in list "
                                                                  + upload.listName + u" already");
                } else if (existing && optedOutOfAll(existing, !c.email.isEmpty(), !c.phone.isEmpty())) {
                    recorded = record(UploadRow::Outcome::SkippedOptedOut,
                                      u"contact " + QString::number(existing) + u" has opted out");
                } else {
                    if (!existing) {
                        auto id = contacts.insert(c, now);
                        if (!id)
                            return id.error();
                        r.contactId = *id;
                    }
                    if (auto st = contacts.addToList(upload.listId, r.contactId); !st)
                        return st.error();
                    inList.insert(r.contactId);
                    recorded = record(UploadRow::Outcome::Accepted);
                }
            }
        }
        if (!recorded)
            return recorded.error();
    }
    if (!reader.error().isEmpty()) // all or nothing: the rows read so far are rolled back
        return Error::usage(
            Text::tr("%1 cannot be read: %2. Nothing was imported").arg(o.fileName, reader.errorText()));
    if (progress && !progress(reader.bytesRead(), total))
        return Error::refused(Text::tr("the import of %1 was cancelled: nothing was imported").arg(o.fileName));
    if (auto st = uploads.finish(upload); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return upload;
}

} // namespace herald
