#pragma once

#include "domain/attachment.h"
#include "domain/channelkind.h"
#include "domain/contact.h"
#include "domain/messagestatus.h"
#include "domain/result.h"
#include "domain/tenant.h"

#include <QList>
#include <QObject>

namespace herald {

// One message handed to a provider, content already merged.
struct OutgoingMessage
{
    Id messageId = 0;
    Id runId = 0;
    Id contactId = 0;
    ChannelKind channel = ChannelKind::Email;
    QString address; // email address, E.164 number, Telegram chat, Viber user or push endpoint
    QString from;    // sender address, name or number
    QString senderName; // display name beside an email sender address
    QString replyTo;    // email: where replies go, when not to `from`
    QString unsubscribeUrl; // email: List-Unsubscribe (one-click) target
    QString envelopeFrom;   // email: the envelope sender (its VERP bounce address); empty: `from`
    QString subject;
    QString body;
    QString textBody; // email with an HTML body: its text part (empty: made from the HTML)
    QList<Attachment> attachments; // email
    QList<PushSubscription> pushSubscriptions; // Web Push: every browser of the contact
    QDateTime expires; // when the message is of no use any more (the campaign's TTL); invalid: never
    int attempt = 1;
};

// What became of a message handed over: the status it moves to next. Retrying means a
// pre-send error (nothing was handed over; the dispatcher retries or gives up).
struct SendOutcome
{
    SendOutcome() = default;
    SendOutcome(Id id, MessageStatus status, QString why = {}, QString providerMessageId = {})
        : messageId(id), to(status), reason(std::move(why)), providerId(std::move(providerMessageId))
    {}

    Id messageId = 0;
    MessageStatus to = MessageStatus::Failed;
    QString reason;
    QString providerId;
    // Retrying: how long the service asked to wait (Telegram's retry_after, Retry-After);
    // 0: the provider's back-off. OptedOut: the recipient refused the channel (a blocked
    // bot), and `optOutSource` is what the opt-out list records.
    int retryAfterSecs = 0;
    QString optOutSource;
    // Web Push: the endpoints of the contact's browsers the push services took (their last
    // success is now) and of those they said are gone (404, 410: removed from the contact).
    QStringList reachedEndpoints;
    QStringList expiredEndpoints;
};

// A later report on a message already accepted (Sent): Delivered or Failed.
struct DeliveryReport
{
    Id messageId = 0; // 0: the message is the one with `providerId`
    MessageStatus to = MessageStatus::Delivered;
    QString reason;
    QString providerId; // the service's id for the message (Viber's message_token)
};

// A person who linked themselves to the tenant through a channel's own way: a Telegram
// chat started from the bot's deep link (t.me/BOT?start=TOKEN), a Viber conversation
// started from viber://pa?chatURI=BOT&context=TOKEN. `token` says which contact
// (LinkTracking::linkToken), `address` is the channel's address for them (the chat id,
// the Viber user id).
struct ChannelLink
{
    ChannelKind channel = ChannelKind::Telegram;
    QString token;
    QString address;
    QString name; // as the channel shows the person, for the log
};

// A message a recipient sent back (an SMS reply, an email reply).
struct InboundMessage
{
    ChannelKind channel = ChannelKind::Sms;
    QString fromAddress;
    QString toAddress; // the number or address it was sent to, when known
    QString text;
    // Set when the sender asked to opt out other than by a keyword, e.g. "keypress": the
    // opt-out key pressed during a call.
    QString optOutSource;
};

// A delivery path for one channel kind of one tenant. Lives in the dispatcher's thread;
// everything is asynchronous: send() returns at once and results arrive as signals.
// Adding a protocol is one subclass plus a line in ProviderRegistry.
class Provider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provider)

public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual void send(const QList<OutgoingMessage> &messages) = 0;
    // Forget a message not handed over yet (stop). The default does nothing.
    virtual void cancel(Id messageId) { Q_UNUSED(messageId); }
    // How many messages may be in flight at once.
    virtual int window() const { return 100; }
    // Back-off before attempt `attempt` (2 or 3) after a pre-send error, in seconds.
    virtual int retryDelaySecs(int attempt) const { return attempt <= 2 ? 30 : 120; }
    // "Test connection": really connects (and authenticates) without sending anything,
    // then emits probed(). The default has nothing to connect to.
    virtual void probe() { emit probed(true, tr("nothing to connect to: messages are simulated")); }
    // Opens what the provider listens on for delivery reports and replies (the
    // dispatcher calls it once, before the first send). The default listens to nothing.
    virtual Status startListening() { return {}; }
    // A message that is no campaign's, to one recipient from `from` (empty: the provider's
    // default sender): the answer to an SMS HELP. Nothing is tracked; a failure is
    // emitted as noticeFailed. The default sends nothing (the simulator reaches nobody).
    virtual void sendNotice(const QString &to, const QString &from, const QString &text)
    {
        Q_UNUSED(to);
        Q_UNUSED(from);
        Q_UNUSED(text);
    }

signals:
    void outcomes(const QList<herald::SendOutcome> &outcomes);
    void deliveryReports(const QList<herald::DeliveryReport> &reports);
    void inbound(const herald::InboundMessage &message);
    void linked(const herald::ChannelLink &link);
    void probed(bool ok, const QString &detail);
    void noticeFailed(const herald::Text &reason);
};

} // namespace herald
