#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace herald {

// One message read from a tenant's inbound mailbox, understood: a bounce (an RFC 3464
// delivery status notification, or the plain-text kind some servers still send), a
// complaint (an RFC 5965 feedback report), an automatic reply, a mailto: unsubscribe, or
// a person's reply. Parsed with GMime; nothing here knows Herald's messages yet: which
// message it concerns is decided from `references` and `addresses` (InboundMailbox).
struct InboundMail
{
    enum class Kind {
        Bounce,      // a delivery failure report for a message sent
        Delay,       // a report that delivery is still being tried (nothing changes)
        Complaint,   // the recipient marked a message as spam
        AutoReply,   // out of office, vacation, autoresponders: kept apart from replies
        Unsubscribe, // "unsubscribe" sent to the List-Unsubscribe mailto: address
        Reply,       // anything else a person wrote
        Other,       // a report that changes nothing (delivered, relayed, "not spam")
    };
    Kind kind = Kind::Reply;
    bool permanent = false; // a bounce: 5.x.x (hard) rather than 4.x.x (soft)
    QString status;         // a bounce: "5.1.1"
    QString diagnostic;     // a bounce: the receiving server's words, e.g. "user unknown"
    QString recipient;      // a bounce or complaint: the address it is about
    // Message-IDs (without <>) that may be of a message Herald sent: a reply's In-Reply-To
    // and References, a report's original message.
    QStringList references;
    // Addresses the mail was sent to or names as the original sender: VERP bounce
    // addresses are among them (To, Delivered-To, X-Original-To, a report's
    // Original-Mail-From, the original's Return-Path).
    QStringList addresses;
    QString from;    // the sender's address
    QString subject; // decoded
    QString text;    // a reply's text (its text/plain part; else its HTML's text)

    // "5.1.1 user unknown": what a bounced message's failure reason says after "Bounced: ".
    QString bounceReason() const;

    static InboundMail parse(const QByteArray &raw);
};

} // namespace herald
