#include "csvreader.h"

#include <QIODevice>
#include <QScopeGuard>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>

namespace herald {

namespace {

constexpr qint64 kBlock = 64 * 1024;

bool beyondAscii(char c)
{
    return (uchar(c) & 0x80) != 0;
}

QStringDecoder decoderFor(const CsvFormat &f)
{
    switch (f.encoding) {
    case CsvFormat::Encoding::Utf16Le:
        return QStringDecoder(QStringConverter::Utf16LE);
    case CsvFormat::Encoding::Utf16Be:
        return QStringDecoder(QStringConverter::Utf16BE);
    case CsvFormat::Encoding::Latin1:
        return QStringDecoder(QStringConverter::Latin1);
    case CsvFormat::Encoding::Windows1252:
        return QStringDecoder("windows-1252"); // through ICU
    case CsvFormat::Encoding::Other:
        return QStringDecoder(f.charset.constData());
    case CsvFormat::Encoding::Utf8:
    case CsvFormat::Encoding::Utf8Bom:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8); // skips a byte-order mark
}

// Whether every surrogate in `text` is half of a pair (UTF-16 with a lone one is not text,
// and would be stored as "?").
bool pairedSurrogates(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return false;
    }
    return true;
}

// Whether `tail` (a file's last bytes) stops inside a UTF-8 sequence.
bool endsInsideUtf8Character(QByteArrayView tail)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(tail.size(), 4); ++back) {
        const uchar c = uchar(tail.at(tail.size() - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

// The encoding ICU's detector finds most likely for bytes that are not UTF-8: Windows-1252
// (what Latin-1 files are too, as far as text goes) unless another one is clearly more
// likely, and one Qt can decode.
CsvFormat::Encoding likelyLegacy(const QByteArray &sample, QByteArray *charset)
{
    // A few bytes beyond ASCII say nothing about the language: Windows-1252 then.
    constexpr qsizetype kEnoughBeyondAscii = 16;
    if (std::count_if(sample.cbegin(), sample.cend(), beyondAscii) < kEnoughBeyondAscii)
        return CsvFormat::Encoding::Windows1252;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return CsvFormat::Encoding::Windows1252;
    const auto closeDetector = qScopeGuard([detector] { ucsdet_close(detector); });
    ucsdet_setText(detector, sample.constData(), int32_t(sample.size()), &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    if (U_FAILURE(status) || found == 0)
        return CsvFormat::Encoding::Windows1252;
    int western = 0;
    QByteArray other;
    int otherConfidence = 0;
    for (int32_t i = 0; i < found; ++i) {
        UErrorCode e = U_ZERO_ERROR;
        const QByteArray name(ucsdet_getName(matches[i], &e));
        const int confidence = ucsdet_getConfidence(matches[i], &e);
        if (U_FAILURE(e))
            continue;
        if (name == "ISO-8859-1" || name == "windows-1252") {
            western = std::max(western, confidence);
        } else if (other.isEmpty() && name != "UTF-8" && !name.startsWith("UTF-") && QStringDecoder(name.constData()).isValid()) {
            other = name;
            otherConfidence = confidence;
        }
    }
    constexpr int kClearly = 10; // points of confidence (0-100) over Windows-1252
    if (!other.isEmpty() && otherConfidence >= western + kClearly) {
        *charset = other;
        return CsvFormat::Encoding::Other;
    }
    return CsvFormat::Encoding::Windows1252;
}

CsvFormat::Encoding detectEncoding(QByteArrayView head)
{
    using E = CsvFormat::Encoding;
    if (head.startsWith("\xEF\xBB\xBF"))
        return E::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return E::Utf16Le;
    if (head.startsWith("\xFE\xFF"))
        return E::Utf16Be;
    // Without a mark, UTF-16 shows as a zero byte beside each ASCII character.
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head.at(i) == 0;
        oddZeros += head.at(i + 1) == 0;
    }
    if (n >= 4 && oddZeros > n / 4 && evenZeros == 0)
        return E::Utf16Le;
    if (n >= 4 && evenZeros > n / 4 && oddZeros == 0)
        return E::Utf16Be;
    // Stateful: a character cut at the end of `head` waits for more, it is no error.
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(head);
    Q_UNUSED(text)
    return utf8.hasError() ? E::Windows1252 : E::Utf8;
}

// Delimiters per record (outside quotes) for the first records of `text`.
QList<int> delimitersPerRecord(const QString &text, QChar delimiter, bool lastIsWhole)
{
    QList<int> counts;
    int count = 0;
    bool inQuotes = false, started = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (started)
                counts.append(count);
            count = 0;
            started = false;
            if (counts.size() == 20)
                return counts;
            continue;
        } else if (!inQuotes && c == delimiter) {
            ++count;
        }
        started = true;
    }
    if (started && lastIsWhole)
        counts.append(count);
    return counts;
}

} // namespace

CsvFormat CsvFormat::detect(QByteArrayView head)
{
    CsvFormat f;
    f.encoding = detectEncoding(head);
    return f.withDelimiterOf(head);
}

Result<CsvFormat> CsvFormat::detect(QIODevice &device, const QString &name)
{
    return detect(device, Text(name));
}

Result<CsvFormat> CsvFormat::detect(QIODevice &device, const Text &name)
{
    const QByteArray head = device.peek(kBlock);
    CsvFormat f;
    f.encoding = detectEncoding(head);
    if (f.encoding != Encoding::Utf8 && f.encoding != Encoding::Windows1252)
        return f.withDelimiterOf(head); // a byte-order mark or UTF-16 says it already
    // One pass over the whole file: is every byte of it UTF-8, and is it text at all?
    const bool rewind = !device.isSequential();
    const qint64 start = device.pos();
    QStringDecoder utf8(QStringConverter::Utf8);
    QByteArray sample; // blocks with bytes beyond ASCII, for the detector
    constexpr qsizetype kSample = 256 * 1024;
    qint64 offset = 0;
    QByteArray tail; // the file's last bytes
    QString decoded;
    for (;;) {
        const QByteArray block = rewind ? device.read(kBlock) : (offset == 0 ? head : QByteArray());
        if (block.isEmpty())
            break;
        if (const qsizetype nul = block.indexOf('\0'); nul >= 0) {
            if (rewind)
                device.seek(start);
            return Error::usage(Text::tr("%1 is not a text CSV file: byte %2 is a NUL, as in binary files. Save it "
                                         "from the spreadsheet as CSV (UTF-8)")
                                    .arg(name, QString::number(offset + nul + 1)));
        }
        decoded = utf8.decode(block); // decode() is lazy: converting is what checks the bytes
        if (sample.size() < kSample
            && std::any_of(block.cbegin(), block.cend(), beyondAscii))
            sample += block.left(kSample - sample.size());
        offset += block.size();
        tail = QByteArray(tail + block).right(4);
    }
    if (rewind)
        device.seek(start);
    // A character cut at the very end is not UTF-8 either: the file ends inside it.
    const bool isUtf8 = !utf8.hasError() && !endsInsideUtf8Character(tail);
    f.encoding = isUtf8 ? Encoding::Utf8 : likelyLegacy(sample, &f.charset);
    return f.withDelimiterOf(head);
}

CsvFormat CsvFormat::withDelimiterOf(QByteArrayView head) const
{
    CsvFormat f = *this;
    QStringDecoder decoder = decoderFor(f);
    const QString text = decoder.decode(head);
    const bool whole = head.size() < kBlock; // a head shorter than a block is the whole file
    // The delimiter that splits the first record, and then the most records, the same way;
    // ties go to the more fields, then to the order below.
    static constexpr std::array<char16_t, 4> candidates{u',', u';', u'\t', u'|'};
    int bestScore = 0, bestFields = 0;
    for (const char16_t d : candidates) {
        const QList<int> counts = delimitersPerRecord(text, QChar(d), whole);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        const int score = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        if (score > bestScore || (score == bestScore && counts.first() > bestFields)) {
            bestScore = score;
            bestFields = counts.first();
            f.delimiter = QChar(d);
        }
    }
    return f;
}

QString CsvFormat::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Encoding::Latin1:
        return QStringLiteral("Latin-1");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Other:
        return QString::fromLatin1(charset);
    }
    return {};
}

QString CsvFormat::delimiterName() const
{
    switch (delimiter.unicode()) {
    case u';':
        return QStringLiteral("semicolon");
    case u'\t':
        return QStringLiteral("tab");
    case u'|':
        return QStringLiteral("bar");
    default:
        return QStringLiteral("comma");
    }
}

QString csvLine(const QStringList &fields, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &f = fields.at(i);
        if (i > 0)
            out += delimiter;
        const bool quote = f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')
                           || (!f.isEmpty() && (f.front().isSpace() || f.back().isSpace()));
        if (quote)
            out += u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            out += f;
    }
    return out;
}

QString csvSafe(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && risky.contains(cell.front()) ? u'\'' + cell : cell;
}

CsvWriter::CsvWriter(QIODevice &out, bool bom) : m_out(out)
{
    m_ok = !bom || m_out.write("\xEF\xBB\xBF", 3) == 3;
}

void CsvWriter::row(const QStringList &cells)
{
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString &c : cells)
        safe << csvSafe(c);
    const QByteArray bytes = (csvLine(safe) + u"\r\n").toUtf8();
    m_ok = m_ok && m_out.write(bytes) == bytes.size();
}

void CsvWriter::blankLine()
{
    m_ok = m_ok && m_out.write("\r\n", 2) == 2;
}

Error CsvWriter::error(const Text &what) const
{
    return Error::runtime(Text::tr("cannot write %1: %2").arg(what, m_out.errorString()));
}

Error CsvWriter::error(const QString &what) const
{
    return error(Text(what));
}

CsvReader::CsvReader(QIODevice &device, CsvFormat format)
    : m_device(device), m_format(format), m_decoder(decoderFor(format))
{}

bool CsvReader::fill()
{
    while (!m_atEnd) {
        const QByteArray block = m_device.read(kBlock);
        if (block.isEmpty()) {
            m_atEnd = true;
            if (!m_pendingHigh.isEmpty()) { // the file ends inside a surrogate pair
                m_error = Text::tr("the file is not %1 at its end: save it as UTF-8, or name its encoding")
                              .arg(m_format.encodingName());
                m_pendingHigh.clear();
            }
            break;
        }
        m_bytesRead += block.size();
        m_buffer = m_pendingHigh + QString(m_decoder.decode(block));
        m_pendingHigh.clear();
        // A surrogate pair cut by the block's end is completed by the next block.
        if (!m_buffer.isEmpty() && m_buffer.back().isHighSurrogate()) {
            m_pendingHigh = m_buffer.back();
            m_buffer.chop(1);
        }
        m_pos = 0;
        if (m_decoder.hasError() || !pairedSurrogates(m_buffer)) { // a stream judged by its first bytes, or a wrong encoding given
            m_error = Text::tr("the file is not %1 after byte %2 (near line %3): save it as UTF-8, or name its "
                               "encoding")
                          .arg(m_format.encodingName(), QString::number(m_bytesRead - block.size()),
                               QString::number(m_line));
            m_atEnd = true;
            m_buffer.clear();
            return false;
        }
        if (!m_buffer.isEmpty())
            return true;
    }
    return false;
}

bool CsvReader::peekIs(QChar c)
{
    if (m_pos == m_buffer.size() && !fill())
        return false;
    return m_buffer.at(m_pos) == c;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    QString field;
    bool started = false; // the record has a character that is not a blank line's end
    bool inQuotes = false;
    qsizetype recordChars = 0;
    for (;;) {
        if (++recordChars > kMaxRecordChars || fields.size() >= kMaxFields) {
            const QString lineText = QString::number(started ? m_recordLine : m_line);
            m_error = recordChars > kMaxRecordChars
                          ? Text::tr("the record on line %1 has more than %2 characters: this is not a CSV file of "
                                     "contacts, or a quote is never closed")
                                .arg(lineText, QString::number(kMaxRecordChars))
                          : Text::tr("the record on line %1 has more than %2 fields: this is not a CSV file of "
                                     "contacts, or a quote is never closed")
                                .arg(lineText, QString::number(kMaxFields));
            m_atEnd = true;
            fields.clear();
            return false;
        }
        if (m_pos == m_buffer.size() && !fill()) {
            if (!m_error.isEmpty()) {
                fields.clear();
                return false;
            }
            if (!started)
                return false;
            m_unterminated = inQuotes;
            fields.append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (!started) { // a quoted first field starts the record too
            started = c != u'\r' && c != u'\n';
            if (started)
                m_recordLine = m_line;
        }
        if (inQuotes) {
            if (c == u'"') {
                if (peekIs(u'"')) {
                    ++m_pos;
                    field += u'"';
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r' && peekIs(u'\n')) {
                // a CRLF inside a field is kept as one line break
            } else {
                if (c == u'\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && peekIs(u'\n'))
                ++m_pos;
            ++m_line;
            if (!started) {
                recordChars = 0;
                continue; // a blank line
            }
            fields.append(field);
            return true;
        }
        if (c == m_format.delimiter) {
            fields.append(field);
            field.clear();
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
        } else {
            field += c;
        }
    }
}

} // namespace herald
