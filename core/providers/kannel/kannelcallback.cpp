#include "kannelcallback.h"

#include "kannelprovider.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace herald::kannelcallback {

namespace {

// Kannel form-encodes what it fills in: "+" for a space, %XX for other bytes.
using Form = QHash<QByteArray, QByteArray>;

Form parseForm(QByteArray encoded)
{
    Form form;
    encoded.replace('+', ' ');
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (!key.isEmpty() && !form.contains(key))
            form.insert(key, eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return form;
}

QString item(const Form &form, const char *key)
{
    return QString::fromUtf8(form.value(QByteArray(key)));
}

// Kannel's "to"/"from" of an inbound message: a number, a short code or an alphanumeric
// sender, never anything that could carry markup or control characters.
bool isAddress(const QString &s)
{
    // \z, not $: "$" also matches before a final line break, and "447700900123\n" is no address.
    static const QRegularExpression re(QStringLiteral("\\A\\+?[0-9A-Za-z .-]{1,32}\\z"));
    return re.match(s).hasMatch();
}

} // namespace

QString token(const QByteArray &form)
{
    return item(parseForm(form), "token");
}

Result<Report> decodeReport(const QByteArray &form)
{
    const Form query = parseForm(form);
    Report r;
    bool idOk = false;
    bool typeOk = false;
    r.messageId = item(query, "id").toLongLong(&idOk);
    r.type = item(query, "type").toInt(&typeOk);
    r.reason = item(query, "reason");
    if (!idOk || r.messageId <= 0)
        return Error::usage(QStringLiteral("id must be a message number"));
    if (!typeOk || !KannelProvider::isReportType(r.type))
        return Error::usage(QStringLiteral("type must be 1, 2, 4, 8 or 16"));
    if (r.reason.size() > kMaxText)
        return Error::usage(QStringLiteral("reason is too long"));
    return r;
}

Result<Inbound> decodeInbound(const QByteArray &form)
{
    const Form query = parseForm(form);
    Inbound in;
    in.from = item(query, "from");
    in.to = item(query, "to");
    // A UCS-2 message comes as its UTF-16 bytes, and says so in "charset" (%C).
    const QByteArray charset = query.value("charset").toUpper();
    if (!charset.isEmpty() && charset != "UTF-8" && charset != "UTF-16BE")
        return Error::usage(QStringLiteral("charset must be UTF-8 or UTF-16BE"));
    QStringDecoder decode(charset == "UTF-16BE" ? QStringDecoder::Utf16BE : QStringDecoder::Utf8,
                          QStringConverter::Flag::Stateless);
    const QByteArray bytes = query.value("text");
    in.text = decode(bytes);
    if (decode.hasError() || (charset == "UTF-16BE" && bytes.size() % 2))
        return Error::usage(QStringLiteral("text is not in its charset"));
    if (!isAddress(in.from))
        return Error::usage(QStringLiteral("from must be a phone number"));
    if (!in.to.isEmpty() && !isAddress(in.to))
        return Error::usage(QStringLiteral("to must be a phone number"));
    if (in.text.size() > kMaxText || in.text.contains(QChar(0)))
        return Error::usage(QStringLiteral("text is too long or not text"));
    return in;
}

} // namespace herald::kannelcallback
