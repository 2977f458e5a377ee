#include "mimemessage.h"

#include "content/htmltext.h"

#include <cstring>

#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

namespace herald {

namespace {

constexpr int kLineLimit = 76;

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray header(const char *name, const QByteArray &value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

// What a header may show of a person's text: control characters (a NUL, a line break, a
// tab) become spaces. Encoded words would carry them, and mail programs stop at a NUL.
QString shownInHeader(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return text;
}

// A header value as is when it is plain ASCII, otherwise as encoded words.
QByteArray headerText(const QString &raw, int nameLength)
{
    const QString text = shownInHeader(raw);
    if (!isPrintableAscii(text))
        return MimeMessage::encodedWord(text, 75 - nameLength - 2);
    // ASCII stays as it is, folded before a space where a line would pass 78 characters
    // (unfolding gives the same text back); a word longer than a line stays whole.
    QByteArray out;
    qsizetype column = nameLength + 2;
    const QByteArrayList words = text.toLatin1().split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const bool fold = column + 1 + words.at(i).size() > 78 && column > 1;
            out += fold ? "\r\n " : " ";
            column = fold ? 1 : column + 1;
        }
        out += words.at(i);
        column += words.at(i).size();
    }
    return out;
}

// Printable ASCII as an RFC 5322 quoted-string: in quotes, its quotes and backslashes escaped.
QByteArray quotedString(const QString &ascii)
{
    QString quoted = ascii;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

QByteArray address(const QString &rawName, const QString &rawAddress)
{
    // build() is given addresses the SMTP provider has already put through wireAddress().
    const auto wire = MimeMessage::wireAddress(rawAddress);
    const QByteArray addr = wire ? wire->bytes : rawAddress.toUtf8();
    const QString name = shownInHeader(rawName);
    if (name.isEmpty())
        return addr;
    if (isPrintableAscii(name))
        return quotedString(name) + " <" + addr + '>';
    return MimeMessage::encodedWord(name) + " <" + addr + '>';
}

QByteArray boundary()
{
    return "=_herald_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

// A text part. A NUL is no text (RFC 5322 3.5) and mail programs stop reading there: dropped.
QByteArray textPart(const QByteArray &subtype, QString body)
{
    body.remove(QChar(0));
    return "Content-Type: text/" + subtype + "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           + MimeMessage::quotedPrintable(body) + "\r\n";
}

} // namespace

QByteArray MimeMessage::fileNameParameter(const QByteArray &attribute, const QString &raw, bool rfc2231)
{
    const QString name = shownInHeader(raw);
    if (isPrintableAscii(name) && name.size() <= 60)
        return attribute + '=' + quotedString(name);
    if (!rfc2231) // encoded words, which older readers look for in Content-Type's name=
        return attribute + "=\"" + encodedWord(name, 60) + '"';
    // RFC 2231: UTF-8, percent-encoded, in numbered sections of a line each.
    const QByteArray encoded = name.toUtf8().toPercentEncoding(QByteArray(), "*'%()<>@,;:\\\"/[]?=");
    QByteArray out;
    for (qsizetype i = 0, section = 0; i < encoded.size(); ++section) {
        qsizetype n = std::min<qsizetype>(60, encoded.size() - i);
        // A section does not split a %XX escape.
        if (i + n < encoded.size() && encoded.at(i + n - 1) == '%')
            n -= 1;
        else if (i + n < encoded.size() && encoded.at(i + n - 2) == '%')
            n -= 2;
        out += (section > 0 ? ";\r\n " : "") + attribute + '*' + QByteArray::number(section) + "*="
               + (section == 0 ? "UTF-8''" : "") + encoded.mid(i, n);
        i += n;
    }
    return out;
}

QByteArray MimeMessage::encodedWord(const QString &text, int firstLineRoom)
{
    // One word per line of the folded header, at most 75 characters: "=?UTF-8?B?" and
    // "?=" around the payload, and each word holds whole UTF-8 characters.
    // GMime (Evolution, Balsa, notmuch) reads adjacent B words of one charset as a
    // single base64 stream and stops at a padding '=', so a B word that is not the last
    // holds a multiple of 3 bytes; where the characters allow no such break, that word
    // is written in Q instead. Every reader decodes both.
    const auto bSize = [](qsizetype bytes) { return (bytes + 2) / 3 * 4; };
    const auto qByte = [](char c) -> QByteArray {
        if (c == ' ')
            return "_";
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c != 0 && std::strchr("!*+-/", c)))
            return QByteArray(1, c);
        static constexpr char hex[] = "0123456789ABCDEF";
        const char encoded[] = {'=', hex[(c >> 4) & 0xf], hex[c & 0xf]};
        return QByteArray(encoded, 3);
    };
    QByteArray out;
    int room = std::max(20, firstLineRoom) - 12;
    QByteArray chunk;
    QList<qsizetype> ends; // where each character of chunk ends
    const auto write = [&](const QByteArray &word) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += word;
        room = 75 - 1 - 12;
    };
    // Writes the head of a full chunk as one word that a GMime reader can join.
    const auto writeHead = [&] {
        qsizetype cut = 0;
        for (qsizetype end : ends)
            if (end % 3 == 0)
                cut = end;
        if (cut > 0) {
            write("=?UTF-8?B?" + chunk.left(cut).toBase64() + "?=");
        } else {
            QByteArray q;
            qsizetype from = 0;
            for (qsizetype end : ends) {
                QByteArray more;
                for (qsizetype i = from; i < end; ++i)
                    more += qByte(chunk.at(i));
                if (!q.isEmpty() && q.size() + more.size() > room)
                    break;
                q += more;
                cut = from = end;
            }
            write("=?UTF-8?Q?" + q + "?=");
        }
        chunk.remove(0, cut);
        QList<qsizetype> rest;
        for (qsizetype end : ends)
            if (end > cut)
                rest.append(end - cut);
        ends = rest;
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray utf8 = text.mid(i, len).toUtf8();
        while (!chunk.isEmpty() && bSize(chunk.size() + utf8.size()) > room)
            writeHead();
        chunk += utf8;
        ends.append(chunk.size());
        i += len;
    }
    if (!chunk.isEmpty())
        write("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return out;
}

QByteArray MimeMessage::quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QByteArray utf8 = normalized.toUtf8();
    static constexpr char hex[] = "0123456789ABCDEF";
    // Written through a pointer into room for the worst case (every byte "=XX", a soft
    // break every 24 bytes): this runs for every message sent.
    QByteArray out(utf8.size() * 4 + 8, Qt::Uninitialized);
    char *o = out.data();
    int column = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            column = 0;
            continue;
        }
        const bool lineEnd = i + 1 == utf8.size() || utf8.at(i + 1) == '\n';
        bool plain = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !lineEnd) || (c == '\t' && !lineEnd);
        if (column + (plain ? 1 : 3) > kLineLimit - 1) { // room for the soft break's "="
            *o++ = '=';
            *o++ = '\r';
            *o++ = '\n';
            column = 0;
        }
        // A "." alone at a line start would end the DATA of a careless relay: encode it.
        plain = plain && !(c == '.' && column == 0);
        if (plain) {
            *o++ = char(c);
            column += 1;
        } else {
            *o++ = '=';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 0xf];
            column += 3;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += kLineLimit)
        out += b64.mid(i, kLineLimit) + "\r\n";
    return out;
}

QByteArray MimeMessage::dateHeader(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray MimeMessage::dotStuffed(const QByteArray &message)
{
    QByteArray out(message.size() + message.count('\n') + 1, Qt::Uninitialized); // one dot a line at most
    char *o = out.data();
    bool lineStart = true;
    for (char c : message) {
        if (lineStart && c == '.')
            *o++ = '.';
        *o++ = c;
        lineStart = c == '\n';
    }
    out.truncate(o - out.constData());
    return out;
}

bool MimeMessage::looksLikeHtml(const QString &body)
{
    const QString t = body.trimmed();
    return t.startsWith(u'<') && t.endsWith(u'>');
}

Result<MimeMessage::WireAddress> MimeMessage::wireAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    const QString domain = at < 0 ? QString() : address.mid(at + 1);
    WireAddress out;
    const auto ascii = [](const QString &t) {
        return std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() < 0x80; });
    };
    if (ascii(local)) {
        out.bytes = local.toLatin1();
    } else {
        out.bytes = local.toUtf8();
        out.needsSmtpUtf8 = true;
    }
    if (at < 0)
        return out;
    if (ascii(domain)) {
        out.bytes += '@' + domain.toLatin1();
        return out;
    }
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        return Error::usage(
            Text::tr("the domain of %1 is not a valid internationalised domain name").arg(address));
    out.bytes += '@' + ace;
    return out;
}

QByteArray MimeMessage::build(const MailContent &mail, const QDateTime &date, const QByteArray &messageId)
{
    QByteArray head;
    head += header("From", address(mail.fromName, mail.fromAddress));
    if (!mail.replyTo.isEmpty())
        head += header("Reply-To", address(QString(), mail.replyTo));
    head += header("To", address(QString(), mail.to));
    head += header("Subject", headerText(mail.subject, 7));
    head += header("Date", dateHeader(date));
    head += header("Message-ID", '<' + messageId + '>');
    head += header("MIME-Version", "1.0");
    QByteArrayList unsubscribe;
    const bool oneClick = mail.unsubscribeUrl.startsWith(u"https://");
    if (!mail.unsubscribeUrl.isEmpty())
        unsubscribe << '<' + QUrl(mail.unsubscribeUrl).toEncoded() + '>';
    if (const QString to = mail.replyTo.isEmpty() ? mail.fromAddress : mail.replyTo; !to.isEmpty())
        unsubscribe << "<mailto:" + QUrl::toPercentEncoding(to, "@") + "?subject=unsubscribe>";
    if (!unsubscribe.isEmpty())
        head += header("List-Unsubscribe", unsubscribe.join(",\r\n ")); // folded: each on a line
    if (oneClick) // RFC 8058: one-click needs an https link
        head += header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

    const QString text = mail.text.isEmpty() && !mail.html.isEmpty() ? HtmlText::toText(mail.html) : mail.text;
    QByteArray body;
    QByteArray bodyType;
    if (mail.html.isEmpty()) {
        const QByteArray part = textPart("plain", text);
        const qsizetype split = part.indexOf("\r\n\r\n");
        bodyType = part.left(split + 2);
        body = part.mid(split + 4);
    } else {
        const QByteArray b = boundary();
        bodyType = "Content-Type: multipart/alternative; boundary=\"" + b + "\"\r\n";
        body = "--" + b + "\r\n" + textPart("plain", text) + "--" + b + "\r\n" + textPart("html", mail.html) + "--"
               + b + "--\r\n";
    }
    if (!mail.attachments.isEmpty()) {
        const QByteArray b = boundary();
        QByteArray mixed = "--" + b + "\r\n" + bodyType + "\r\n" + body;
        for (const Attachment &a : mail.attachments) {
            mixed += "--" + b + "\r\nContent-Type: "
                     + (a.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : a.mimeType.toLatin1())
                     + ";\r\n " + fileNameParameter("name", a.fileName, false)
                     + "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n "
                     + fileNameParameter("filename", a.fileName, true) + "\r\n\r\n" + base64Lines(a.data);
        }
        mixed += "--" + b + "--\r\n";
        bodyType = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n";
        body = mixed;
    }
    return head + bodyType + "\r\n" + body;
}

} // namespace herald
