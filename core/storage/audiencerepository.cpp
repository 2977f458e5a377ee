#include "audiencerepository.h"

#include "audience/contactfields.h"
#include "audience/segmentrules.h"
#include "addressmatch.h"
#include "channeladdressrepository.h"
#include "contactwriter.h"
#include "sqlquery.h"
#include "transaction.h"

namespace herald {

namespace {
// The columns readContacts() reads, in its order.
constexpr auto kContactColumns =
    u"id, first_name, last_name, email, phone, time_zone, tags, created_at, custom_fields, telegram_chat, viber_user";
} // namespace

Result<QList<Id>> AudienceRepository::addContacts(const QList<Contact> &contacts)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    ContactWriter writer(db, m_tenantId);
    QList<Id> ids;
    ids.reserve(contacts.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Contact &c : contacts) {
        auto id = writer.insert(c, now);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return ids;
}

Result<QList<Contact>> AudienceRepository::contacts(Id afterId, int limit)
{
    SqlQuery q(m_db.connection(), u"SELECT " + QString::fromUtf16(kContactColumns)
                                      + u" FROM contacts WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?");
    q.bind(m_tenantId).bind(afterId).bind(limit);
    return readContacts(q);
}

Result<QList<Contact>> AudienceRepository::contactsByIds(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<Contact>();
    SqlQuery q(m_db.connection(), u"SELECT " + QString::fromUtf16(kContactColumns)
                                      + u" FROM contacts WHERE tenant_id = ? AND id IN (" + idList(ids) + u") ORDER BY id");
    q.bind(m_tenantId);
    return readContacts(q);
}

Result<QList<Contact>> AudienceRepository::findContacts(const QString &search, Id afterId, int limit)
{
    const QString value = search.trimmed();
    const QString pattern = u'%' + likeEscaped(value) + u'%';
    const QString like = u' ' + m_db.dialect().likeInsensitive() + u" ? ESCAPE '\\'";
    SqlQuery q(m_db.connection(),
               u"SELECT " + QString::fromUtf16(kContactColumns)
                   + u" FROM contacts WHERE tenant_id = ? AND id > ? AND (? = '' OR (first_name || ' ' "
                     u"|| last_name)"
                   + like + u" OR email" + like + u" OR phone" + like + u" OR tags" + like
                   + u" OR telegram_chat = ? OR viber_user = ?) ORDER BY id LIMIT ?");
    q.bind(m_tenantId).bind(afterId).bind(value).bind(pattern).bind(pattern).bind(pattern).bind(pattern);
    q.bind(value).bind(value).bind(limit);
    return readContacts(q);
}

Status AudienceRepository::setTags(Id contactId, const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    }
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE contacts SET tags = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(ContactWriter::tagsToSql(clean)).bind(m_tenantId).bind(contactId);
    if (auto st = q.exec(u"saving the tags of contact " + QString::number(contactId)); !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error::notFound(Text::tr("contact %1 not found in this tenant").arg(contactId));
    return {};
}

Result<QStringList> AudienceRepository::listsOf(Id contactId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT l.name FROM contact_list_members m JOIN contact_lists l "
                                                 "ON l.id = m.list_id WHERE m.tenant_id = ? AND m.contact_id = ? "
                                                 "ORDER BY l.name"));
    q.bind(m_tenantId).bind(contactId);
    if (auto st = q.exec(u"reading the lists of contact " + QString::number(contactId)); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

Result<QList<Contact>> AudienceRepository::readContacts(SqlQuery &q)
{
    if (auto st = q.exec(u"reading contacts"); !st)
        return st.error();
    QList<Contact> out;
    while (q.next()) {
        Contact c;
        c.id = q.id(0);
        c.tenantId = m_tenantId;
        c.firstName = q.text(1);
        c.lastName = q.text(2);
        c.email = q.text(3);
        c.phone = q.text(4);
        c.timeZone = q.text(5);
        c.tags = ContactWriter::tagsFromSql(q.text(6));
        c.createdAt = q.time(7);
        c.customFields = ContactWriter::customFieldsFromSql(q.text(8));
        c.telegramChat = q.text(9);
        c.viberUser = q.text(10);
        out.append(c);
    }
    return out;
}

Result<qint64> AudienceRepository::contactCount()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE tenant_id = ?"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"counting contacts"); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<Id> AudienceRepository::contactForAddress(const QString &address)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM contacts WHERE tenant_id = ? AND (email = ? OR phone = ?) "
                                                 "ORDER BY id LIMIT 1"));
    q.bind(m_tenantId).bind(address).bind(address);
    if (auto st = q.exec(u"looking up test recipient " + address); !st)
        return st.error();
    if (q.next())
        return q.id(0);
    Contact c;
    (address.contains(u'@') ? c.email : c.phone) = address;
    c.tags << QStringLiteral("test-recipient");
    auto ids = addContacts({c});
    if (!ids)
        return ids.error();
    return ids->first();
}

Status AudienceRepository::forEachAddress(const std::function<void(const Contact &)> &visit)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, email, phone, telegram_chat, viber_user FROM contacts "
                                                 "WHERE tenant_id = ? ORDER BY id"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading the contacts' addresses"); !st)
        return st;
    Contact c;
    c.tenantId = m_tenantId;
    while (q.next()) {
        c.id = q.id(0);
        c.email = q.text(1);
        c.phone = q.text(2);
        c.telegramChat = q.text(3);
        c.viberUser = q.text(4);
        visit(c);
    }
    return {};
}

Result<QStringList> AudienceRepository::customFieldNames()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT name FROM custom_fields WHERE tenant_id = ? ORDER BY name"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading the custom field names"); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Result<QList<Id>> AudienceRepository::listMembers(Id listId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT contact_id FROM contact_list_members WHERE tenant_id = ? "
                                                 "AND list_id = ? ORDER BY contact_id"));
    q.bind(m_tenantId).bind(listId);
    if (auto st = q.exec(u"reading the members of list " + QString::number(listId)); !st)
        return st.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

Result<Id> AudienceRepository::addList(const ContactList &list)
{
    if (list.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a contact list needs a name"));
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO contact_lists (tenant_id, name, description) VALUES (?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(list.name.trimmed()).bind(list.description.trimmed());
    auto id = q.execId(u"creating contact list " + list.name);
    if (!id)
        return nameTaken(id.error(), Text::tr("a contact list called \"%1\" already exists: choose another name")
                                          .arg(list.name.trimmed()));
    return id;
}

Result<QList<ContactList>> AudienceRepository::lists()
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, name, description FROM contact_lists WHERE tenant_id = ? ORDER BY name"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"listing contact lists"); !st)
        return st.error();
    QList<ContactList> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.text(1), q.text(2)});
    return out;
}

Status AudienceRepository::addToList(Id listId, const QList<Id> &contactIds)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st;
    ContactWriter writer(db, m_tenantId);
    for (Id contactId : contactIds)
        if (auto st = writer.addToList(listId, contactId); !st)
            return st;
    return tx.commit();
}

Status AudienceRepository::removeFromList(Id listId, const QList<Id> &contactIds)
{
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM contact_list_members WHERE tenant_id = ? AND list_id = ? "
                                                 "AND contact_id IN ")
                                      + m_db.dialect().jsonIds());
    q.bind(m_tenantId).bind(listId).bind(jsonIdArray(contactIds));
    return q.exec(u"removing contacts from list " + QString::number(listId));
}

Result<QHash<Id, qint64>> AudienceRepository::listSizes()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT list_id, COUNT(*) FROM contact_list_members WHERE tenant_id = ? "
                                                 "GROUP BY list_id"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"counting list members"); !st)
        return st.error();
    QHash<Id, qint64> out;
    while (q.next())
        out.insert(q.id(0), q.value(1).toLongLong());
    return out;
}

Status AudienceRepository::updateList(const ContactList &list)
{
    if (list.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a contact list needs a name"));
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE contact_lists SET name = ?, description = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(list.name.trimmed()).bind(list.description.trimmed()).bind(m_tenantId).bind(list.id);
    if (auto st = q.exec(u"saving contact list " + list.name); !st)
        return nameTaken(st.error(), Text::tr("a contact list called \"%1\" already exists: choose another name")
                                          .arg(list.name.trimmed()));
    if (q.rowsAffected() != 1)
        return Error::notFound(Text::tr("contact list %1 no longer exists").arg(list.name));
    return {};
}

Result<QStringList> AudienceRepository::campaignsUsingList(Id id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT name FROM campaigns WHERE tenant_id = ? AND contact_list_id = ? "
                                                 "ORDER BY name"));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"finding the campaigns that use list " + QString::number(id)); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Status AudienceRepository::deleteList(Id id)
{
    auto users = campaignsUsingList(id);
    if (!users)
        return users.error();
    if (!users->isEmpty())
        return Error::refused(
            Text::tr("campaigns send to this list: %1. Give them another audience first").arg(users->join(u", ")));
    SqlQuery q(m_db.connection(), QStringLiteral("DELETE FROM contact_lists WHERE tenant_id = ? AND id = ?"));
    q.bind(m_tenantId).bind(id);
    return q.exec(u"deleting contact list " + QString::number(id));
}

Result<Contact> AudienceRepository::saveContact(const Contact &typed, const QString &defaultRegion,
                                                const QList<Id> &listIds)
{
    Contact withSubscriptions = typed;
    if (typed.id != 0 && typed.pushSubscriptions.isEmpty()) { // they too are a way to reach the contact
        auto known = ChannelAddressRepository(m_db, m_tenantId).subscriptions(typed.id);
        if (!known)
            return known.error();
        withSubscriptions.pushSubscriptions = *known;
    }
    auto c = contactfields::normalised(withSubscriptions, defaultRegion);
    if (!c)
        return c.error();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery other(db, QStringLiteral("SELECT id, first_name, last_name, email, phone, telegram_chat FROM contacts "
                                      "WHERE tenant_id = ? AND id <> ? AND ((? <> '' AND lower(email) = lower(?)) "
                                      "OR (? <> '' AND phone = ?) OR (? <> '' AND telegram_chat = ?) "
                                      "OR (? <> '' AND viber_user = ?)) LIMIT 1"));
    other.bind(m_tenantId).bind(c->id).bind(c->email).bind(c->email).bind(c->phone).bind(c->phone);
    other.bind(c->telegramChat).bind(c->telegramChat).bind(c->viberUser).bind(c->viberUser);
    if (auto st = other.exec(u"looking for another contact with the same address"); !st)
        return st.error();
    if (other.next()) {
        const QString who = QString(other.text(1) + u' ' + other.text(2)).trimmed();
        const QString owner = who.isEmpty() ? QString::number(other.id(0)) : who;
        if (!c->email.isEmpty() && other.text(3).compare(c->email, Qt::CaseInsensitive) == 0)
            return Error::refused(
                Text::tr("email %1 belongs to contact %2 already: edit that contact instead").arg(c->email, owner));
        if (!c->phone.isEmpty() && other.text(4) == c->phone)
            return Error::refused(
                Text::tr("phone %1 belongs to contact %2 already: edit that contact instead").arg(c->phone, owner));
        if (!c->telegramChat.isEmpty() && other.text(5) == c->telegramChat)
            return Error::refused(Text::tr("Telegram chat %1 belongs to contact %2 already: edit that contact instead")
                                      .arg(c->telegramChat, owner));
        return Error::refused(Text::tr("Viber user %1 belongs to contact %2 already: edit that contact instead")
                                  .arg(c->viberUser, owner));
    }
    ContactWriter writer(db, m_tenantId);
    if (c->id == 0) {
        auto id = writer.insert(*c, QDateTime::currentDateTimeUtc());
        if (!id)
            return id.error();
        c->id = *id;
    } else {
        SqlQuery q(db, QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                                      "time_zone = ?, tags = ?, custom_fields = ?, telegram_chat = ?, viber_user = ? "
                                      "WHERE tenant_id = ? AND id = ?"));
        q.bind(c->firstName).bind(c->lastName).bind(c->email).bind(c->phone).bind(c->timeZone);
        q.bind(ContactWriter::tagsToSql(c->tags)).bind(ContactWriter::customFieldsToSql(c->customFields));
        q.bind(c->telegramChat).bind(c->viberUser);
        q.bind(m_tenantId).bind(c->id);
        if (auto st = q.exec(u"saving contact " + QString::number(c->id)); !st)
            return st.error();
        if (q.rowsAffected() != 1)
            return Error::notFound(Text::tr("contact %1 not found in this tenant").arg(c->id));
        if (auto st = writer.recordFieldNames(c->customFields); !st)
            return st.error();
    }
    SqlQuery drop(db, QStringLiteral("DELETE FROM contact_list_members WHERE tenant_id = ? AND contact_id = ? "
                                     "AND list_id NOT IN ")
                          + m_db.dialect().jsonIds());
    drop.bind(m_tenantId).bind(c->id).bind(jsonIdArray(listIds));
    if (auto st = drop.exec(u"saving the lists of contact " + QString::number(c->id)); !st)
        return st.error();
    for (Id listId : listIds)
        if (auto st = writer.addToList(listId, c->id); !st)
            return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    auto stored = contactsByIds({c->id});
    if (!stored)
        return stored.error();
    return stored->first();
}

Result<Id> AudienceRepository::addSegment(const Segment &s)
{
    if (auto st = SegmentRules::validate(s.rules); !st)
        return Error::usage(Text::tr("segment %1: %2").arg(s.name, st.error().text()));
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO segments (tenant_id, name, rules) VALUES (?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(s.name).bind(s.rules.isEmpty() ? QStringLiteral("{}") : s.rules);
    return q.execId(u"creating segment " + s.name);
}

Status AudienceRepository::updateSegment(const Segment &s)
{
    if (auto st = SegmentRules::validate(s.rules); !st)
        return Error::usage(Text::tr("segment %1: %2").arg(s.name, st.error().text()));
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE segments SET name = ?, rules = ? "
                                                 "WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL"));
    q.bind(s.name).bind(s.rules.isEmpty() ? QStringLiteral("{}") : s.rules).bind(m_tenantId).bind(s.id);
    if (auto st = q.exec(u"saving segment " + s.name); !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error::notFound(Text::tr("segment %1 no longer exists (deleted by someone else?)").arg(s.name));
    return {};
}

Result<QStringList> AudienceRepository::campaignsUsingSegment(Id id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT k.name FROM campaign_segments s JOIN campaigns k "
                                                 "ON k.tenant_id = s.tenant_id AND k.id = s.campaign_id "
                                                 "WHERE s.tenant_id = ? AND s.segment_id = ? ORDER BY k.name"));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"finding the campaigns that use segment " + QString::number(id)); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Result<QList<Segment>> AudienceRepository::querySegments(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, name, rules, deleted_at IS NOT NULL FROM segments WHERE tenant_id = ? "
                                      + where + u" ORDER BY name");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading segments"); !st)
        return st.error();
    QList<Segment> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.text(1), q.text(2), q.value(3).toBool()});
    return out;
}

Result<QList<Segment>> AudienceRepository::segments()
{
    return querySegments({}, {});
}

Result<Segment> AudienceRepository::segment(Id id)
{
    return singleRow(querySegments(QStringLiteral("AND id = ?"), id),
                     Text::tr("segment %1 not found in this tenant").arg(id));
}

namespace {
QString channelToSql(std::optional<ChannelKind> channel)
{
    return channel ? nameOf(*channel) : QStringLiteral("all");
}
} // namespace

Status AudienceRepository::recordOptOutEvent(const OptOutEvent &e)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO opt_out_events (tenant_id, contact_id, channel, action, "
                                                 "source, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(m_tenantId).bind(e.contactId).bind(channelToSql(e.channel));
    q.bind(e.added ? QStringLiteral("added") : QStringLiteral("removed")).bind(e.source).bind(e.actor).bindTime(e.at);
    return q.exec(u"recording an opt-out change of contact " + QString::number(e.contactId));
}

Status AudienceRepository::addOptOut(const OptOut &o, const QString &actor)
{
    Transaction tx(m_db.connection()); // the entry and its event together
    if (auto st = tx.begun(); !st)
        return st;
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO opt_outs (tenant_id, contact_id, channel, source, "
                                                 "created_at, run_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    const QString source = o.source.isEmpty() ? QStringLiteral("manual") : o.source;
    const QDateTime at = o.createdAt.isValid() ? o.createdAt : QDateTime::currentDateTimeUtc();
    q.bind(m_tenantId).bind(o.contactId).bind(channelToSql(o.channel)).bind(source).bindTime(at).bind(o.runId);
    if (auto st = q.exec(u"adding contact " + QString::number(o.contactId) + u" to the opt-out list"); !st)
        return st;
    if (q.rowsAffected() != 1)
        return {}; // there already
    if (auto st = recordOptOutEvent({0, o.contactId, o.channel, true, source, actor, at}); !st)
        return st;
    return tx.commit();
}

Result<QList<Id>> AudienceRepository::contactsWithAddress(const QString &address, ChannelKind channel)
{
    SqlQuery q(m_db.connection(),
               u"SELECT c.id FROM contacts c WHERE c.tenant_id = ? AND " + addressMatch(channel) + u" ORDER BY c.id");
    q.bind(m_tenantId).bind(address).bind(address);
    if (auto st = q.exec(u"finding the contacts with address " + address.left(100)); !st)
        return st.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

Result<bool> AudienceRepository::optOutFromMessage(Id contactId, Id messageId, const QString &source,
                                                  const QDateTime &at, const QString &actor)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery who(m_db.connection(), QStringLiteral("SELECT c.id, m.channel, m.run_id FROM contacts c LEFT JOIN messages m "
                                                   "ON m.tenant_id = c.tenant_id AND m.id = ? AND m.contact_id = c.id "
                                                   "WHERE c.tenant_id = ? AND c.id = ?"));
    who.bind(messageId).bind(m_tenantId).bind(contactId);
    if (auto st = who.exec(u"finding message " + QString::number(messageId)); !st)
        return st.error();
    if (!who.next())
        return Error::notFound(Text::tr("contact %1 no longer exists").arg(contactId));
    OptOut o{0, m_tenantId, contactId, ChannelKind::Email, source, at, std::nullopt};
    if (const auto channel = fromString<ChannelKind>(who.text(1))) {
        o.channel = channel;
        o.runId = who.optionalId(2);
    }
    SqlQuery there(m_db.connection(), QStringLiteral("SELECT 1 FROM opt_outs WHERE tenant_id = ? AND contact_id = ? "
                                                     "AND channel IN (?, 'all')"));
    there.bind(m_tenantId).bind(contactId).bind(channelToSql(o.channel));
    if (auto st = there.exec(u"reading the opt-outs of contact " + QString::number(contactId)); !st)
        return st.error();
    if (there.next())
        return false;
    if (auto st = addOptOut(o, actor); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return true;
}

Result<bool> AudienceRepository::removeOptOut(Id contactId, std::optional<ChannelKind> channel, const QString &actor,
                                              const QString &source)
{
    Transaction tx(m_db.connection()); // the removal and its event together
    if (auto st = tx.begun(); !st)
        return st.error();
    SqlQuery q(m_db.connection(),
               QStringLiteral("DELETE FROM opt_outs WHERE tenant_id = ? AND contact_id = ? AND channel = ?"));
    q.bind(m_tenantId).bind(contactId).bind(channelToSql(channel));
    if (auto st = q.exec(u"removing contact " + QString::number(contactId) + u" from the opt-out list"); !st)
        return st.error();
    if (q.rowsAffected() != 1)
        return false;
    if (auto st = recordOptOutEvent({0, contactId, channel, false, source, actor, QDateTime::currentDateTimeUtc()}); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return true;
}

Result<QList<OptOutEvent>> AudienceRepository::optOutEvents(int limit)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, contact_id, channel, action, source, actor, at FROM "
                                                 "opt_out_events WHERE tenant_id = ? ORDER BY id DESC LIMIT ?"));
    q.bind(m_tenantId).bind(limit);
    if (auto st = q.exec(u"reading the opt-out list's history"); !st)
        return st.error();
    QList<OptOutEvent> out;
    while (q.next())
        out.append({q.id(0), q.id(1), fromString<ChannelKind>(q.text(2)), q.text(3) == u"added", q.text(4), q.text(5),
                    q.time(6)});
    return out;
}

Result<QList<OptOut>> AudienceRepository::optOuts(std::optional<std::pair<Id, std::optional<ChannelKind>>> only)
{
    SqlQuery q(m_db.connection(), u"SELECT id, contact_id, channel, source, created_at, run_id FROM opt_outs WHERE tenant_id = ?"
                                      + QString(only ? QStringLiteral(" AND contact_id = ? AND channel = ?") : QString())
                                      + u" ORDER BY id");
    q.bind(m_tenantId);
    if (only)
        q.bind(only->first).bind(channelToSql(only->second));
    if (auto st = q.exec(u"reading the opt-out list"); !st)
        return st.error();
    QList<OptOut> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.id(1), fromString<ChannelKind>(q.text(2)), q.text(3), q.time(4), q.optionalId(5)});
    return out;
}

} // namespace herald
