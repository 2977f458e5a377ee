// The MIME builder on any subject, names and bodies, read back by an independent parser
// (GMime): the headers and the text part decode to what was put in, and no line of the
// message is longer than RFC 5322 allows.
// GMime before Qt: glib names a struct member "signals", which Qt defines as a keyword.
#include <gmime/gmime.h>

#include "fuzzsupport.h"
#include "providers/smtp/mimemessage.h"

using namespace herald;

namespace {

// Header text as a mail client shows it: folding and runs of white space are one space,
// none at either end (an encoded word keeps a trailing space that a plain header loses).
QString shown(QString text)
{
    for (QChar &c : text) // the builder shows control characters as spaces
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return text.simplified();
}

// At most `max` UTF-16 units of `bytes`, never half a surrogate pair (as a text field cuts).
QString field(const QByteArray &bytes, qsizetype max)
{
    QString s = QString::fromUtf8(bytes).left(max);
    if (!s.isEmpty() && s.back().isHighSurrogate())
        s.chop(1);
    return s;
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_mime_init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> in = fuzz::parts(fuzz::bytes(data, size), 3);
    MailContent mail;
    mail.fromAddress = QStringLiteral("news@herald.example");
    mail.fromName = field(in.at(0), 200);
    mail.to = QStringLiteral("ada@x.example");
    mail.subject = field(in.at(1), 500);
    mail.text = field(in.at(2), 20000);
    const QByteArray message =
        MimeMessage::build(mail, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC), "fuzz.1@herald.example");

    const QList<QByteArray> lines = message.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        HERALD_FUZZ_CHECK(line.size() <= 999, QString::fromLatin1(line.left(200))); // RFC 5322 2.1.1, with its CR
        HERALD_FUZZ_CHECK(i == lines.size() - 1 || line.endsWith('\r'), QStringLiteral("a bare LF"));
        HERALD_FUZZ_CHECK(!line.chopped(line.endsWith('\r') ? 1 : 0).contains('\r'), QStringLiteral("a bare CR"));
    }

    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *parsed = g_mime_parser_construct_message(parser, nullptr);
    HERALD_FUZZ_CHECK(parsed != nullptr, QString::fromUtf8(message.left(2000)));
    HERALD_FUZZ_CHECK(shown(fromUtf8(g_mime_message_get_subject(parsed))) == shown(mail.subject),
                      fromUtf8(g_mime_message_get_subject(parsed)) + u" <> " + shown(mail.subject));
    InternetAddressList *from = g_mime_message_get_from(parsed);
    HERALD_FUZZ_CHECK(from && internet_address_list_length(from) == 1, QString::fromUtf8(message.left(600)));
    InternetAddress *sender = internet_address_list_get_address(from, 0);
    HERALD_FUZZ_CHECK(shown(fromUtf8(internet_address_get_name(sender))) == shown(mail.fromName),
                      fromUtf8(internet_address_get_name(sender)) + u" <> " + shown(mail.fromName));
    GMimeObject *body = g_mime_message_get_body(parsed);
    HERALD_FUZZ_CHECK(GMIME_IS_TEXT_PART(body), QString::fromUtf8(message.left(600)));
    char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(body));
    QString got = fromUtf8(text);
    g_free(text);
    QString sent = mail.text;
    sent.remove(QChar(0)).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n'); // NULs are dropped
    got.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    HERALD_FUZZ_CHECK(got == sent || got == sent + u'\n', got.left(300) + u" <> " + sent.left(300));
    g_object_unref(parsed);
    g_object_unref(parser);
    g_object_unref(stream);
    return 0;
}
