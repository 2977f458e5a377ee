#pragma once

#include "domain/result.h"
#include "domain/tenant.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QJsonObject>

#include <atomic>
#include <functional>

namespace herald {

struct InboundMail;

// What one read of a tenant's mailbox found (`heraldctl mailbox poll --json`).
struct MailboxPoll
{
    int read = 0;         // mail read from the mailbox this time
    int bouncesHard = 0;  // hard bounces: the message Failed, the address suppressed
    int bouncesSoft = 0;  // soft bounces: suppressed at the third within 30 days
    int complaints = 0;   // spam complaints: the contact opted out
    int replies = 0;      // replies stored, tied to contact, run and campaign
    int autoReplies = 0;  // out of office and the like: kept apart
    int unsubscribes = 0; // mail to the List-Unsubscribe mailto: address
    int delays = 0;       // "still trying" reports: nothing changes
    int unmatched = 0;    // mail about no message Herald sent
    int readBefore = 0;   // the same mail read before (another dispatcher, an earlier poll)
    QJsonObject toJson() const;
};

// A tenant's inbound mailbox: bounces (RFC 3464 and the plain kind), complaints (RFC
// 5965), automatic replies, mailto: unsubscribes and replies, each tied to the message
// it is about by Herald's Message-ID (In-Reply-To, References, a report's original) or,
// failing that, by the message's signed VERP bounce address.
//
// Each mail is read in one transaction with everything it does, and recorded by the digest
// of its bytes: reading it again, from another dispatcher or after a crash before it was
// marked read, changes nothing. What it does (STATUS_MODEL, "Email"):
//  - a hard bounce moves its message Delivered -> Failed "Bounced: 5.1.1 user unknown",
//    and puts every contact with the address on the opt-out list for email (source
//    "hard bounce");
//  - the third soft bounce of an address within 30 days does the same (source "soft
//    bounces"); a soft bounce leaves its message as it is;
//  - a complaint opts the recipient out of email (source "complaint");
// A bounce or complaint acts on the address of the message it names, never on an address
// it merely mentions.
//  - a mailto: unsubscribe opts the sender's contacts out of email (source
//    "unsubscribe email");
//  - a reply is stored like an SMS reply; an automatic reply only in the mailbox record.
class InboundMailbox final
{
public:
    enum class Outcome { HardBounce, SoftBounce, Delay, Complaint, Reply, AutoReply, Unsubscribe, Unmatched, Other,
                         ReadBefore };
    static constexpr int kSoftBouncesToSuppress = 3;
    static constexpr int kSoftBounceDays = 30;
    static constexpr qsizetype kMaxMailBytes = 32 * 1024 * 1024;

    // `actor`: the person polling (managers and admins may); none: a dispatcher.
    InboundMailbox(Database db, Tenant tenant, std::optional<User> actor = std::nullopt,
                   std::function<QDateTime()> now = {});

    // Reads one mail as it arrived.
    Result<Outcome> take(const QByteArray &raw);
    // Connects to the tenant's mailbox, reads every mail Herald has not read yet and marks
    // it read. `typedPassword`: see readProviderPassword. `cancel`, once set, stops it.
    Result<MailboxPoll> poll(const QString &typedPassword = {}, const std::atomic<bool> *cancel = nullptr);
    // Logs in and opens the folder: "Test connection".
    Status probe(const QString &typedPassword = {});

    // What the mailbox brought, newest first: its audit.
    struct Record
    {
        Id id = 0;
        QString kind; // bounce_hard, bounce_soft, delay, complaint, reply, auto_reply, unsubscribe, unmatched, other
        QString address, detail;
        QDateTime receivedAt;
        std::optional<Id> runId, messageId, contactId;
    };
    Result<QList<Record>> history(int limit);

private:
    struct Target
    {
        Id message = 0, run = 0, contact = 0;
        QString status, address;
        QString providerId; // the Message-ID it was sent with
    };
    Result<std::optional<Target>> match(const InboundMail &mail);
    Result<std::optional<Target>> message(Id id);
    Status suppress(const QString &address, const QString &source, std::optional<Id> run, const QString &actor);

    Status permitted() const;

    Database m_db;
    Tenant m_tenant;
    std::optional<User> m_actor;
    std::function<QDateTime()> m_now;
};

} // namespace herald
