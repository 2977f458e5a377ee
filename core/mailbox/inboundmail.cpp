#include "inboundmail.h"

#include "content/htmltext.h"

#include <QRegularExpression>

// glib names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <memory>
#include <vector>
#include <mutex>

namespace herald {

namespace {

struct Unref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<class T>
using GPtr = std::unique_ptr<T, Unref>;

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromGlib(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8).trimmed() : QString();
}

QString header(GMimeObject *object, const char *name)
{
    return fromGlib(g_mime_object_get_header(object, name));
}

// Every value of a header that may occur more than once (Delivered-To).
QStringList headers(GMimeObject *object, const char *name)
{
    QStringList out;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    for (int i = 0, n = g_mime_header_list_get_count(list); i < n; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(h), name) == 0)
            out << fromGlib(g_mime_header_get_value(h));
    }
    return out;
}

QStringList addressesIn(const QString &value)
{
    QStringList out;
    if (value.isEmpty())
        return out;
    GPtr<InternetAddressList> list(internet_address_list_parse(nullptr, value.toUtf8().constData()));
    if (!list)
        return out;
    for (int i = 0, n = internet_address_list_length(list.get()); i < n; ++i) {
        InternetAddress *a = internet_address_list_get_address(list.get(), i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a))
            out << fromGlib(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
    }
    return out;
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

GPtr<GMimeMessage> parseMessage(const QByteArray &raw)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    return GPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), nullptr));
}

// The groups of header fields a delivery status or feedback report consists of (RFC 3464
// 2.1, RFC 5965 3.1), each read by GMime's header parser (folding, case, comments).
std::vector<GPtr<GMimeObject>> fieldGroups(const QByteArray &content)
{
    std::vector<GPtr<GMimeObject>> out;
    QByteArray normalized = content;
    normalized.replace("\r\n", "\n");
    qsizetype start = 0;
    while (start < normalized.size()) {
        qsizetype end = normalized.indexOf("\n\n", start);
        if (end < 0)
            end = normalized.size();
        const QByteArray group = normalized.mid(start, end - start).trimmed();
        start = end + 2;
        if (group.isEmpty())
            continue;
        const QByteArray block = group + "\n\n";
        GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(block.constData(), size_t(block.size())));
        GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        if (GMimeObject *o = g_mime_parser_construct_part(parser.get(), nullptr))
            out.emplace_back(o);
    }
    return out;
}

// "rfc822; ada@example.com" -> "ada@example.com"
QString typedValue(const QString &value)
{
    const qsizetype semicolon = value.indexOf(u';');
    return (semicolon < 0 ? value : value.mid(semicolon + 1)).trimmed();
}

const QRegularExpression &statusCode()
{
    static const QRegularExpression re(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    return re;
}

// The server's words without the reply codes repeated on each line of a multi-line reply
// ("550-5.1.1 The email account ... 550-5.1.1 double-checking ..."), nor the address.
QString cleanDiagnostic(const QString &diagnostic)
{
    static const QRegularExpression codes(QStringLiteral("\\b[245]\\d\\d[ -]([245]\\.\\d{1,3}\\.\\d{1,3}\\b)?|"
                                                         "\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b|^#|<[^>]*@[^>]*>:?"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString t = typedValue(diagnostic);
    t.replace(codes, QStringLiteral(" ")).replace(spaces, QStringLiteral(" "));
    t = t.trimmed();
    while (t.startsWith(u':') || t.startsWith(u'-'))
        t = t.mid(1).trimmed();
    return t.size() > 200 ? t.left(199) + u'…' : t;
}

// What an enhanced status code says when the server said nothing more (RFC 3463).
QString statusMeaning(const QString &status)
{
    static const QHash<QString, QString> meanings{
        {QStringLiteral("1.1"), QStringLiteral("user unknown")},
        {QStringLiteral("1.2"), QStringLiteral("domain unknown")},
        {QStringLiteral("1.10"), QStringLiteral("recipient address has null MX")},
        {QStringLiteral("2.1"), QStringLiteral("mailbox disabled")},
        {QStringLiteral("2.2"), QStringLiteral("mailbox full")},
        {QStringLiteral("3.4"), QStringLiteral("message too big")},
        {QStringLiteral("4.4"), QStringLiteral("unable to route")},
        {QStringLiteral("4.7"), QStringLiteral("delivery time expired")},
        {QStringLiteral("7.1"), QStringLiteral("delivery not authorized")},
    };
    return meanings.value(status.section(u'.', 1));
}

bool isAttachment(GMimeObject *part)
{
    const char *disposition = g_mime_object_get_disposition(part);
    return disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

// What the walk over a message's parts finds.
struct Parts
{
    QByteArray deliveryStatus; // message/delivery-status (or its RFC 6533 global form)
    QByteArray feedbackReport; // message/feedback-report
    GPtr<GMimeMessage> original; // the message a report is about (headers at least)
    QString plain, html;         // the first text parts that are not attachments
};

// Real mail nests a few levels; a message built to nest thousands is not read that deep.
constexpr int kMaxDepth = 32;
constexpr qsizetype kMaxMultiparts = 500;

void walk(GMimeObject *object, Parts &found, int depth = 0)
{
    if (!object || depth > kMaxDepth)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        for (int i = 0, n = g_mime_multipart_get_count(multipart); i < n; ++i)
            walk(g_mime_multipart_get_part(multipart, i), found, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)); m && !found.original)
            found.original.reset(GMIME_MESSAGE(g_object_ref(m)));
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    const auto is = [type](const char *t, const char *sub) { return g_mime_content_type_is_type(type, t, sub); };
    if (is("message", "delivery-status") || is("message", "global-delivery-status")) {
        found.deliveryStatus = decodedContent(GMIME_PART(object));
    } else if (is("message", "feedback-report")) {
        found.feedbackReport = decodedContent(GMIME_PART(object));
    } else if (is("text", "rfc822-headers") || is("message", "global-headers")) {
        if (!found.original)
            found.original = parseMessage(decodedContent(GMIME_PART(object)) + "\n\n");
    } else if (GMIME_IS_TEXT_PART(object) && !isAttachment(object)) {
        QString &slot = is("text", "html") ? found.html : found.plain;
        if (slot.isEmpty() && (is("text", "plain") || is("text", "html"))) {
            char *t = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
            slot = QString::fromUtf8(t);
            g_free(t);
        }
    }
}

// RFC 3464: the first recipient the report says failed, else one delayed.
void readDeliveryStatus(const QByteArray &content, InboundMail &mail)
{
    const auto groups = fieldGroups(content);
    GMimeObject *chosen = nullptr;
    bool failed = false;
    for (size_t i = 1; i < groups.size(); ++i) { // the first group is about the message
        const QString action = header(groups[i].get(), "Action").toLower();
        if (action == u"failed") {
            chosen = groups[i].get();
            failed = true;
            break;
        }
        if (action == u"delayed" && !chosen)
            chosen = groups[i].get();
    }
    if (!chosen) {
        mail.kind = InboundMail::Kind::Other; // delivered, relayed, expanded
        return;
    }
    mail.status = header(chosen, "Status").section(u' ', 0, 0);
    mail.permanent = failed && mail.status.startsWith(u'5');
    mail.kind = failed ? InboundMail::Kind::Bounce : InboundMail::Kind::Delay;
    mail.recipient = typedValue(header(chosen, "Final-Recipient"));
    if (const QString original = typedValue(header(chosen, "Original-Recipient")); !original.isEmpty())
        mail.recipient = original;
    mail.diagnostic = cleanDiagnostic(header(chosen, "Diagnostic-Code"));
}

// RFC 5965: abuse and fraud reports opt the recipient out; "not-spam" changes nothing.
void readFeedbackReport(const QByteArray &content, InboundMail &mail)
{
    const auto groups = fieldGroups(content);
    if (groups.empty())
        return;
    GMimeObject *report = groups.front().get();
    const QString type = header(report, "Feedback-Type").toLower();
    mail.kind = type == u"not-spam" ? InboundMail::Kind::Other : InboundMail::Kind::Complaint;
    mail.addresses << addressesIn(header(report, "Original-Mail-From"));
    const QStringList rcpt = addressesIn(header(report, "Original-Rcpt-To"));
    if (!rcpt.isEmpty())
        mail.recipient = rcpt.first();
}

bool isBounceSender(const QString &from)
{
    const QString local = from.section(u'@', 0, 0).toLower();
    return local == u"mailer-daemon" || local == u"postmaster";
}

bool isAutoReply(GMimeMessage *message, const QString &subject)
{
    GMimeObject *o = GMIME_OBJECT(message);
    const QString submitted = header(o, "Auto-Submitted").section(u';', 0, 0).trimmed().toLower();
    if (!submitted.isEmpty() && submitted != u"no")
        return true;
    for (const char *h : {"X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Response-Suppress"})
        if (!header(o, h).isEmpty())
            return true;
    const QString precedence = header(o, "Precedence").toLower();
    if (precedence == u"auto_reply" || precedence == u"bulk" || precedence == u"junk")
        return true;
    static const QRegularExpression subjects(
        QStringLiteral("^(auto:|auto-?reply|automatic reply|automatische antwort|abwesenheitsnotiz|out of (the )?office|"
                       "r[ée]ponse automatique|absence|respuesta autom[áa]tica|fuera de la oficina|"
                       "risposta automatica|afwezigheidsbericht|automatisch antwoord|resposta autom[áa]tica)"),
        QRegularExpression::CaseInsensitiveOption);
    return subjects.match(subject).hasMatch();
}

// A bounce not in RFC 3464's form (Exim's default, old qmail): the failed recipient from
// X-Failed-Recipients, the status from the text, the original's Message-ID from its copy.
void readPlainBounce(GMimeMessage *message, const Parts &parts, InboundMail &mail)
{
    mail.kind = InboundMail::Kind::Bounce;
    const QStringList failed = addressesIn(header(GMIME_OBJECT(message), "X-Failed-Recipients"));
    if (!failed.isEmpty())
        mail.recipient = failed.first();
    const QString body = parts.plain.isEmpty() ? HtmlText::toText(parts.html) : parts.plain;
    for (const QString &line : body.split(u'\n')) {
        if (const auto m = statusCode().match(line); m.hasMatch() && m.captured(1) != u"2") {
            mail.status = m.captured(0);
            mail.diagnostic = cleanDiagnostic(line);
            break;
        }
    }
    mail.permanent = mail.status.isEmpty() ? body.contains(u"permanent", Qt::CaseInsensitive)
                                           : mail.status.startsWith(u'5');
    if (mail.status.isEmpty())
        mail.status = mail.permanent ? QStringLiteral("5.0.0") : QStringLiteral("4.0.0");
    static const QRegularExpression copiedId(QStringLiteral("^\\s*Message-ID:\\s*<([^>\\s]+)>"),
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::MultilineOption);
    if (!parts.original)
        if (const auto m = copiedId.match(body); m.hasMatch())
            mail.references << m.captured(1);
}

} // namespace

QString InboundMail::bounceReason() const
{
    const QString words = diagnostic.isEmpty() ? statusMeaning(status) : diagnostic;
    return words.isEmpty() ? status : status + u' ' + words;
}

InboundMail InboundMail::parse(const QByteArray &raw)
{
    initGMime();
    InboundMail mail;
    // GMime's parser descends into each nested multipart: one built to nest thousands of
    // levels deep is no mail anybody sent, and is not parsed at all.
    if (raw.toLower().count("multipart/") > kMaxMultiparts) {
        mail.kind = Kind::Other;
        return mail;
    }
    const GPtr<GMimeMessage> message = parseMessage(raw);
    if (!message) {
        mail.kind = Kind::Other;
        return mail;
    }
    GMimeObject *top = GMIME_OBJECT(message.get());
    if (InternetAddressList *from = g_mime_message_get_from(message.get()))
        if (internet_address_list_length(from) > 0)
            if (InternetAddress *a = internet_address_list_get_address(from, 0); INTERNET_ADDRESS_IS_MAILBOX(a))
                mail.from = fromGlib(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
    mail.subject = fromGlib(g_mime_message_get_subject(message.get()));
    for (const char *name : {"To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"})
        for (const QString &value : headers(top, name))
            mail.addresses << addressesIn(value);
    Parts parts;
    if (GMimeObject *body = g_mime_message_get_mime_part(message.get()))
        walk(body, parts);

    if (!parts.feedbackReport.isEmpty())
        readFeedbackReport(parts.feedbackReport, mail);
    else if (!parts.deliveryStatus.isEmpty())
        readDeliveryStatus(parts.deliveryStatus, mail);
    else if (isBounceSender(mail.from) || !header(top, "X-Failed-Recipients").isEmpty())
        readPlainBounce(message.get(), parts, mail);
    else if (isAutoReply(message.get(), mail.subject))
        mail.kind = Kind::AutoReply;
    else if (mail.subject.compare(u"unsubscribe", Qt::CaseInsensitive) == 0)
        mail.kind = Kind::Unsubscribe;
    else
        mail.kind = Kind::Reply;

    if (parts.original) {
        GMimeObject *original = GMIME_OBJECT(parts.original.get());
        if (const QString id = fromGlib(g_mime_message_get_message_id(parts.original.get())); !id.isEmpty())
            mail.references << id;
        for (const char *name : {"Return-Path", "From"})
            mail.addresses << addressesIn(header(original, name));
        if (mail.kind == Kind::Complaint && mail.recipient.isEmpty()) {
            const QStringList to = addressesIn(header(original, "To"));
            if (!to.isEmpty())
                mail.recipient = to.first();
        }
    }
    // A reply names what it answers; so does a bounce or auto-reply that kept the headers.
    for (const char *name : {"In-Reply-To", "References"}) {
        const QByteArray value = g_mime_object_get_header(top, name);
        if (value.isEmpty())
            continue;
        if (GMimeReferences *refs = g_mime_references_parse(nullptr, value.constData())) {
            for (int i = 0, n = g_mime_references_length(refs); i < n; ++i)
                mail.references << fromGlib(g_mime_references_get_message_id(refs, i));
            g_mime_references_free(refs);
        }
    }
    mail.references.removeDuplicates();
    mail.addresses.removeDuplicates();
    if (mail.kind == Kind::Reply || mail.kind == Kind::AutoReply)
        mail.text = parts.plain.isEmpty() ? HtmlText::toText(parts.html) : parts.plain.trimmed();
    return mail;
}

} // namespace herald
