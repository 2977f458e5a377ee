#pragma once

#include "domain/attachment.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace herald {

// One email as Herald sends it. `html` empty: text only; `text` empty with HTML: a
// text part is derived from the HTML.
struct MailContent
{
    QString fromAddress;
    QString fromName;
    QString replyTo; // a Reply-To header when set
    QString to;
    QString subject;
    QString text;
    QString html;
    QList<Attachment> attachments;
    // List-Unsubscribe: this https link with one-click POST (RFC 8058) when set, and a
    // mailto: to the Reply-To (else From) address asking to unsubscribe.
    QString unsubscribeUrl;
};

// Builds the RFC 5322 message: MIME 1.0, multipart/alternative text + HTML (inside
// multipart/mixed with attachments), UTF-8 headers as RFC 2047 encoded words, bodies
// quoted-printable, attachments base64, CRLF line ends, no line over 78 characters.
class MimeMessage final
{
public:
    // `messageId` without angle brackets, e.g. "run12.msg34.a1b2@herald.example.com".
    static QByteArray build(const MailContent &mail, const QDateTime &date, const QByteArray &messageId);

    // The pieces, for tests and for the SMTP session.
    static QByteArray encodedWord(const QString &text, int firstLineRoom = 60); // RFC 2047, folded
    // An attachment's name as a header parameter `attribute` ("name", "filename"): a
    // quoted string when it is short ASCII; otherwise with `rfc2231` RFC 2231's sections
    // (filename*0*=UTF-8''%E2%82%AC...; filename*1*=...), without it quoted encoded words,
    // which older readers look for in Content-Type's name=.
    static QByteArray fileNameParameter(const QByteArray &attribute, const QString &name, bool rfc2231);
    static QByteArray quotedPrintable(const QString &text);
    static QByteArray base64Lines(const QByteArray &data);
    static QByteArray dateHeader(const QDateTime &date); // RFC 5322 date-time
    // SMTP's transparency (RFC 5321 4.5.2): a line starting with "." gets another.
    static QByteArray dotStuffed(const QByteArray &message);
    // Whether an email body is HTML (it starts with "<" and ends with ">"): sent as
    // multipart/alternative with a text part made from it, its merge values HTML-escaped.
    static bool looksLikeHtml(const QString &body);

    // An address as it goes on the wire, in the envelope and in headers: an
    // internationalised domain as its ASCII form (IDNA, "bücher.example" ->
    // "xn--bcher-kva.example"); a local part with other than ASCII as UTF-8, which only a
    // server offering SMTPUTF8 takes (RFC 6531, RFC 6532). A domain that is no valid
    // internationalised name is refused naming the address.
    struct WireAddress
    {
        QByteArray bytes;
        bool needsSmtpUtf8 = false;
    };
    static Result<WireAddress> wireAddress(const QString &address);
};

} // namespace herald
