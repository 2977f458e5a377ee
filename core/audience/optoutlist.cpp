#include "optoutlist.h"

#include "audience/contactimport.h"
#include "audience/csvreader.h"
#include "audience/phonenumbers.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QIODevice>
#include <QSet>

namespace herald {

namespace {
QString channelName(std::optional<ChannelKind> channel)
{
    return channel ? nameOf(*channel) : QStringLiteral("all");
}
} // namespace

Status OptOutList::mayChange() const
{
    return Permissions::require(m_user, Action::EditOptOuts);
}

Result<Id> OptOutList::contactFor(const QString &address, const QString &region, bool create)
{
    const QString a = address.trimmed();
    const bool email = a.contains(u'@');
    const QString key = email ? a : phone::toE164(a, region);
    if (key.isEmpty())
        return Error::usage(Text::tr("'%1' is neither an email address nor a phone number of %2 (give +country code)")
                                .arg(a, region.toUpper()));
    SqlQuery q(m_db.connection(), email ? QStringLiteral("SELECT id FROM contacts WHERE tenant_id = ? AND "
                                                         "lower(email) = lower(?) ORDER BY id LIMIT 1")
                                        : QStringLiteral("SELECT id FROM contacts WHERE tenant_id = ? AND phone = ? "
                                                         "ORDER BY id LIMIT 1"));
    q.bind(m_tenantId).bind(key);
    if (auto st = q.exec(u"finding the contact with " + key); !st)
        return st.error();
    if (q.next())
        return q.id(0);
    if (!create)
        return Error::notFound(Text::tr("no contact of this tenant has %1").arg(key));
    Contact c;
    (email ? c.email : c.phone) = key;
    c.tags << QStringLiteral("suppressed");
    auto ids = AudienceRepository(m_db, m_tenantId).addContacts({c});
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<OptOutList::Entry>> OptOutList::entries()
{
    AudienceRepository audience(m_db, m_tenantId);
    auto optOuts = audience.optOuts();
    if (!optOuts)
        return optOuts.error();
    QList<Id> ids;
    for (const OptOut &o : std::as_const(*optOuts))
        ids.append(o.contactId);
    QHash<Id, Contact> contacts;
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        auto page = audience.contactsByIds(ids.mid(i, 500));
        if (!page)
            return page.error();
        for (const Contact &c : std::as_const(*page))
            contacts.insert(c.id, c);
    }
    QList<Entry> out;
    for (const OptOut &o : std::as_const(*optOuts))
        out.append({o, contacts.value(o.contactId).email, contacts.value(o.contactId).phone});
    return out;
}

Result<OptOutList::Entry> OptOutList::add(const QString &address, std::optional<ChannelKind> channel,
                                          const QString &source, const QString &region)
{
    if (auto st = mayChange(); !st)
        return st.error();
    static const QStringList sources{QStringLiteral("manual"), QStringLiteral("import"),
                                     QStringLiteral("reply keyword"), QStringLiteral("unsubscribe link")};
    if (!sources.contains(source))
        return Error::usage(Text::tr("source '%1' is not one of %2").arg(source, sources.join(QStringLiteral(", "))));
    auto contact = contactFor(address, region, true);
    if (!contact)
        return contact.error();
    AudienceRepository audience(m_db, m_tenantId);
    if (auto st = audience.addOptOut({0, m_tenantId, *contact, channel, source, {}, {}}, m_user.name); !st)
        return st.error();
    // This entry only, as it now stands (an existing one keeps its source and time).
    auto kept = audience.optOuts(std::pair{*contact, channel});
    if (!kept)
        return kept.error();
    auto who = audience.contactsByIds({*contact});
    if (!who)
        return who.error();
    if (kept->isEmpty() || who->isEmpty())
        return Error::runtime(Text::tr("the opt-out of %1 was not kept").arg(address));
    return Entry{kept->first(), who->first().email, who->first().phone};
}

Status OptOutList::remove(const QString &address, std::optional<ChannelKind> channel, const QString &region)
{
    if (auto st = mayChange(); !st)
        return st;
    auto contact = contactFor(address, region, false);
    if (!contact)
        return contact.error();
    auto removed = AudienceRepository(m_db, m_tenantId).removeOptOut(*contact, channel, m_user.name);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(
            Text::tr("%1 is not on the opt-out list for %2").arg(address.trimmed(), channelName(channel)));
    return {};
}

Result<OptOutList::ImportSummary> OptOutList::importCsv(QIODevice &device, std::optional<ChannelKind> channel,
                                                        const QString &region)
{
    if (auto st = mayChange(); !st)
        return st.error();
    auto format = CsvFormat::detect(device, Text::tr("the suppression list"));
    if (!format)
        return format.error();
    CsvReader reader(device, *format);
    QStringList header;
    if (!reader.next(header))
        return Error::usage(reader.errorText().isEmpty()
                                ? Text::tr("the file is empty: it needs a header row with an email or phone column")
                                : Text::tr("the file cannot be read: %1").arg(reader.errorText()));
    int emailCol = -1, phoneCol = -1, channelCol = -1;
    for (int i = 0; i < header.size(); ++i) {
        const QString field = ContactImport::fieldForHeader(header.at(i));
        if (field == u"email" && emailCol < 0)
            emailCol = i;
        else if (field == u"phone" && phoneCol < 0)
            phoneCol = i;
        else if (header.at(i).trimmed().compare(u"channel", Qt::CaseInsensitive) == 0)
            channelCol = i;
    }
    if (emailCol < 0 && phoneCol < 0)
    {
        QStringList shown;
        for (const QString &h : std::as_const(header))
            shown << quotedInput(h.trimmed(), 40);
        return Error::usage(Text::tr("no email or phone column among %1").arg(shown.join(QStringLiteral(", "))));
    }
    auto current = entries();
    if (!current)
        return current.error();
    QSet<std::pair<Id, int>> listed; // (contact, channel kind or -1 for all)
    for (const Entry &e : std::as_const(*current))
        listed.insert({e.optOut.contactId, e.optOut.channel ? int(*e.optOut.channel) : -1});
    // All or nothing: a file that cannot be read to its end adds nobody.
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    ImportSummary out;
    const auto reject = [&out](const Text &problem) {
        ++out.rejected;
        out.problems << problem.english();
        out.shownProblems << problem.shown();
    };
    QStringList row;
    while (reader.next(row)) {
        const QString email = row.value(emailCol).trimmed(), phone = row.value(phoneCol).trimmed();
        const QString channelText = row.value(channelCol).trimmed().toLower();
        if (email.isEmpty() && phone.isEmpty() && channelText.isEmpty())
            continue; // not a row
        ++out.rowsRead;
        const QString line = QString::number(reader.line());
        std::optional<ChannelKind> rowChannel = channel;
        if (channelText == u"all") {
            rowChannel.reset();
        } else if (!channelText.isEmpty()) {
            rowChannel = fromString<ChannelKind>(channelText);
            if (!rowChannel) {
                reject(Text::tr("line %1: channel '%2' is not one of %3, all")
                           .arg(line, channelText, allNames<ChannelKind>()));
                continue;
            }
        }
        const QString address = email.isEmpty() ? phone : email;
        if (address.isEmpty()) {
            reject(Text::tr("line %1: no email and no phone").arg(line));
            continue;
        }
        auto added = add(address, rowChannel, QStringLiteral("import"), region);
        if (!added) {
            if (added.error().kind != Error::Kind::Usage)
                return added.error();
            reject(Text::tr("line %1: %2").arg(line, added.error().text()));
            continue;
        }
        const std::pair<Id, int> key{added->optOut.contactId, rowChannel ? int(*rowChannel) : -1};
        ++(listed.contains(key) ? out.already : out.added);
        listed.insert(key);
    }
    if (!reader.error().isEmpty())
        return Error::usage(Text::tr("the file cannot be read: %1. Nothing was added").arg(reader.errorText()));
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<QByteArray> OptOutList::exportCsv()
{
    auto all = entries();
    if (!all)
        return all.error();
    QString out = csvLine({QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("channel"),
                           QStringLiteral("source"), QStringLiteral("created_at")})
                  + u"\r\n";
    for (const Entry &e : std::as_const(*all))
        out += csvLine({e.email, e.phone, channelName(e.optOut.channel), e.optOut.source,
                        e.optOut.createdAt.toUTC().toString(Qt::ISODate)})
               + u"\r\n";
    return out.toUtf8();
}

} // namespace herald
