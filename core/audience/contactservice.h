#pragma once

#include "domain/contact.h"
#include "domain/contactlist.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace herald {

// Changes to contacts and contact lists, for those whose role may edit contacts (the
// GUI's Contacts page; imports go through ContactImport, opt-outs through OptOutList).
class ContactService final
{
public:
    ContactService(Database db, Id tenantId, User actor);

    // Adds (id 0) or saves a contact as typed, with exactly the lists `listIds` (see
    // AudienceRepository::saveContact).
    Result<Contact> save(const Contact &contact, const QString &defaultRegion, const QList<Id> &listIds);
    Status setTags(Id contactId, const QStringList &tags);
    // Sets the contact's Telegram chat and Viber user where given ("" clears one), refused
    // naming the other contact when one belongs to another contact already.
    Status setAppAddresses(Id contactId, const std::optional<QString> &telegramChat,
                           const std::optional<QString> &viberUser);
    // Adds a browser's push subscription (contactfields::pushSubscription) to the contact,
    // or moves it there when another contact had it; removes one by its endpoint.
    Result<PushSubscription> subscribe(Id contactId, const PushSubscription &subscription);
    Status unsubscribe(Id contactId, const QString &endpoint);
    // The Telegram deep link that links the contact's chat with the tenant's bot (its first
    // Telegram sender) once followed: https://t.me/BOT?start=..., signed for the contact;
    // empty when the tenant has no Telegram sender, or no link secret yet (saving the
    // Telegram provider makes one).
    Result<QString> telegramLink(Id contactId);
    // The Viber deep link that links the contact's Viber user with the tenant's bot once
    // followed: viber://pa?chatURI=URI&context=..., signed for the contact; empty when the
    // tenant's Viber provider names no bot URI, or there is no link secret yet.
    Result<QString> viberLink(Id contactId);
    // The token the organisation's site passes with a browser's subscription for the
    // contact (LinkListener's /push/TENANT/subscribe), signed for the contact; empty while
    // there is no link secret (saving the Web Push provider makes one).
    Result<QString> pushToken(Id contactId);

    Result<ContactList> addList(ContactList list);
    Status updateList(const ContactList &list);
    // Refused while campaigns send to it, naming them.
    Status deleteList(Id listId);
    Status removeFromList(Id listId, const QList<Id> &contactIds);
    // Follows an import up in a campaign's detail (needs the right to import).
    Status linkUpload(Id uploadId, Id campaignId);

private:
    Database m_db;
    Id m_tenantId;
    User m_actor;
};

} // namespace herald
