#pragma once

#include "database.h"
#include "domain/contact.h"
#include "domain/contactlist.h"
#include "domain/optout.h"
#include "domain/segment.h"

#include <QHash>
#include <QList>

#include <functional>

namespace herald {

class SqlQuery;

// Contacts, contact lists, segments and the opt-out list of one tenant.
class AudienceRepository final
{
public:
    AudienceRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Inserts in one transaction; returns the new ids in order.
    Result<QList<Id>> addContacts(const QList<Contact> &contacts);
    Result<QList<Contact>> contacts(Id afterId = 0, int limit = 1000);
    Result<QList<Contact>> contactsByIds(const QList<Id> &ids);
    // Contacts whose name, email address, phone number or tag contains `search` (all when
    // empty), in id order after `afterId`.
    Result<QList<Contact>> findContacts(const QString &search, Id afterId = 0, int limit = 500);
    Status setTags(Id contactId, const QStringList &tags);
    // Adds (id 0) or saves a contact as a person typed it (contactfields::normalised,
    // phones without "+" read in `defaultRegion`), with exactly the lists `listIds`, in one
    // transaction. Refused, naming the other contact, when its email or phone belongs to
    // another contact of the tenant. Returns the contact as stored.
    Result<Contact> saveContact(const Contact &contact, const QString &defaultRegion, const QList<Id> &listIds);
    // Names of the lists the contact is in.
    Result<QStringList> listsOf(Id contactId);
    Result<qint64> contactCount();
    // The contact with this email address or phone number, created (tagged
    // "test-recipient") when there is none: test runs send to addresses.
    Result<Id> contactForAddress(const QString &address);

    // The contacts whose email address (in any letter case) or phone number is `address`
    // (an inbound message's sender, a bounced address), in id order; for `channel`
    // Telegram or Viber, those with that chat or Viber user.
    Result<QList<Id>> contactsWithAddress(const QString &address, ChannelKind channel = ChannelKind::Email);
    // Every contact in id order with only its id and addresses (email, phone, Telegram
    // chat, Viber user) read, one Contact reused.
    Status forEachAddress(const std::function<void(const Contact &contact)> &visit);

    // The names of the custom fields the tenant's contacts have (merge fields).
    Result<QStringList> customFieldNames();

    Result<Id> addList(const ContactList &list);
    Result<QList<ContactList>> lists();
    Status addToList(Id listId, const QList<Id> &contactIds);
    Result<QList<Id>> listMembers(Id listId);
    Status removeFromList(Id listId, const QList<Id> &contactIds);
    // The number of contacts in each list, by list id.
    Result<QHash<Id, qint64>> listSizes();
    Status updateList(const ContactList &list);
    // Names of the campaigns that send to the list.
    Result<QStringList> campaignsUsingList(Id id);
    // Refused while campaigns send to it (named); its CSV uploads' reports go with it, its
    // contacts stay.
    Status deleteList(Id id);

    Result<Id> addSegment(const Segment &segment);
    Result<QList<Segment>> segments();
    Result<Segment> segment(Id id);
    Status updateSegment(const Segment &segment);
    // Names of the campaigns that include or exclude the segment.
    Result<QStringList> campaignsUsingSegment(Id id);

    // Each change that takes effect is kept as an event with `actor` (the opt-out list's
    // audit); adding one that exists, or removing one that does not, changes nothing.
    Status addOptOut(const OptOut &optOut, const QString &actor = QStringLiteral("system"));
    // The contact a message reached opts out of that message's channel (email when the
    // message is gone), tied to its run, in one transaction: an unsubscribe link, later a
    // complaint. The message must be the contact's; a contact that no longer exists is
    // NotFound. Returns whether the list changed.
    Result<bool> optOutFromMessage(Id contactId, Id messageId, const QString &source, const QDateTime &at,
                                   const QString &actor);
    // Whether there was one to remove.
    Result<bool> removeOptOut(Id contactId, std::optional<ChannelKind> channel, const QString &actor,
                              const QString &source = {});
    // The whole list, or with `only` the one entry of a contact and channel (if any).
    Result<QList<OptOut>> optOuts(std::optional<std::pair<Id, std::optional<ChannelKind>>> only = std::nullopt);
    // Newest first.
    Result<QList<OptOutEvent>> optOutEvents(int limit = 1000);

private:
    Status recordOptOutEvent(const OptOutEvent &event);
    Result<QList<Contact>> readContacts(SqlQuery &q);
    Result<QList<Segment>> querySegments(const QString &where, const QVariant &arg);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
