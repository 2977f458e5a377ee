#pragma once

#include "domain/attachment.h"
#include "domain/channelkind.h"
#include "domain/contact.h"
#include "domain/tenant.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace herald {

struct OutgoingMessage;

// A tenant's public URL (links) and bounce address (VERP envelope senders), with the
// secret that signs both.
struct TenantWeb
{
    QString publicUrl, secret, bounceAddress;
};

// The contact a message goes to, as a claim reads it.
struct Recipient
{
    Id messageId = 0;
    Id contactId = 0;
    QString email, phone, firstName, lastName;
    QString customFields; // as stored, parsed only when the content uses a custom field
    QString telegramChat, viberUser;
    QList<PushSubscription> pushSubscriptions; // Web Push: the contact's browsers
};

// Makes the messages of one channel of a run from its frozen content and sender: merge
// fields (with the contact's signed push token), the unsubscribe link, tracked links and
// the VERP envelope sender. The content is read once, then each message is its
// recipient's.
class MessageComposer final
{
public:
    // What a channel of a run sends.
    struct Channel
    {
        Id tenant = 0;
        Id run = 0;
        ChannelKind kind = ChannelKind::Email;
        QJsonObject frozen; // the channel's frozen content and sender
        QString campaignName;
        bool trackClicks = false;      // links go through the tenant's listener
        QList<Attachment> attachments; // email: the frozen attachments, with their files
        QDateTime expires;             // the campaign's TTL; invalid: none
    };

    // `web`: the tenant's, if it has any.
    MessageComposer(Channel channel, std::optional<TenantWeb> web);

    // The `attempt`th try of the message to `to`, from the channel's sender (a pool's
    // number, where there is one, is the caller's to put in).
    OutgoingMessage compose(const Recipient &to, int attempt) const;
    // Where a message of `kind` reaches the recipient (Web Push: its first browser's
    // endpoint; every subscription goes with the message); empty when it cannot.
    static QString addressOf(const Recipient &to, ChannelKind kind);

private:
    Channel m_channel;
    std::optional<TenantWeb> m_web;
    QString m_from;
    QString m_senderName;
    QString m_replyTo;
    bool m_html = false;                   // an email's HTML body
    QString m_subject, m_body, m_textBody; // templates
    bool m_usesCustomFields = false;
    bool m_usesPushToken = false;
};

} // namespace herald
