#pragma once

#include "database.h"
#include "domain/contact.h"

#include <QHash>
#include <QList>

#include <optional>

namespace herald {

// The addresses of a tenant's contacts that the channels themselves hand over: Telegram
// chats, Viber users and Web Push subscriptions. Each belongs to one contact: linking it
// to a contact takes it from any other (the chat, the phone or the browser is one person's).
class ChannelAddressRepository final
{
public:
    ChannelAddressRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // Sets (or with "" clears) the contact's Telegram chat or Viber user, in one
    // transaction with taking it from another contact; NotFound for an unknown contact.
    // Returns the contact it was taken from, if any.
    Result<std::optional<Id>> setTelegramChat(Id contactId, const QString &chat);
    Result<std::optional<Id>> setViberUser(Id contactId, const QString &user);
    // The contact with this Telegram chat or Viber user, if any.
    Result<std::optional<Id>> contactWithTelegramChat(const QString &chat);
    Result<std::optional<Id>> contactWithViberUser(const QString &user);

    // Adds the subscription to the contact, or moves it there with its new keys when the
    // endpoint is known (a browser that subscribed again). Returns it as stored.
    Result<PushSubscription> subscribe(Id contactId, const PushSubscription &subscription, const QDateTime &now);
    // Removes the subscription with this endpoint (of `contactId` only, when given);
    // whether there was one.
    Result<bool> unsubscribe(const QString &endpoint, std::optional<Id> contactId = std::nullopt);
    // A contact's subscriptions, oldest first.
    Result<QList<PushSubscription>> subscriptions(Id contactId);
    // The subscriptions of these contacts, by contact (a batch of Web Push messages).
    Result<QHash<Id, QList<PushSubscription>>> subscriptionsOf(const QList<Id> &contactIds);
    // A push service accepted a message for the subscriptions with these endpoints at `at`.
    Status markDelivered(const QStringList &endpoints, const QDateTime &at);

private:
    Result<std::optional<Id>> setAddress(const QString &column, Id contactId, const QString &value);
    Result<std::optional<Id>> contactWith(const QString &column, const QString &value);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
