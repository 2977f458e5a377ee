#include "csvreader.h"

#include <QIODevice>

#include <array>

namespace herald {

namespace {

constexpr qint64 kBlock = 64 * 1024;

QStringConverter::Encoding converterFor(CsvFormat::Encoding e)
{
    switch (e) {
    case CsvFormat::Encoding::Utf16Le:
        return QStringConverter::Utf16LE;
    case CsvFormat::Encoding::Utf16Be:
        return QStringConverter::Utf16BE;
    case CsvFormat::Encoding::Latin1:
        return QStringConverter::Latin1;
    case CsvFormat::Encoding::Utf8:
    case CsvFormat::Encoding::Utf8Bom:
        break;
    }
    return QStringConverter::Utf8; // skips a byte-order mark
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
    return utf8.hasError() ? E::Latin1 : E::Utf8;
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
    QStringDecoder decoder(converterFor(f.encoding));
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

Error CsvWriter::error(const QString &what) const
{
    return Error::runtime(u"cannot write " + what + u": " + m_out.errorString());
}

CsvReader::CsvReader(QIODevice &device, CsvFormat format)
    : m_device(device), m_format(format), m_decoder(converterFor(format.encoding))
{}

bool CsvReader::fill()
{
    while (!m_atEnd) {
        const QByteArray block = m_device.read(kBlock);
        if (block.isEmpty()) {
            m_atEnd = true;
            break;
        }
        m_bytesRead += block.size();
        m_buffer = m_decoder.decode(block);
        m_pos = 0;
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
    QString field;
    bool started = false; // the record has a character that is not a blank line's end
    bool inQuotes = false;
    for (;;) {
        if (m_pos == m_buffer.size() && !fill()) {
            if (!started)
                return false;
            m_unterminated = inQuotes;
            fields.append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
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
            if (!started)
                continue; // a blank line
            fields.append(field);
            return true;
        }
        if (!started) {
            started = true;
            m_recordLine = m_line;
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
