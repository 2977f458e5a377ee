#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace herald {

// How a CSV file is written: its text encoding and the character between fields.
struct CsvFormat
{
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16Le,
        Utf16Be,
        Latin1
    };
    Encoding encoding = Encoding::Utf8;
    QChar delimiter = u',';

    // From the first bytes of the file (64 KiB is plenty): a byte-order mark, else
    // UTF-16 by its zero bytes, else UTF-8 when the bytes are valid UTF-8, else Latin-1;
    // the delimiter among , ; tab | that splits the first lines most consistently.
    static CsvFormat detect(QByteArrayView head);
    QString encodingName() const;  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Latin-1"
    QString delimiterName() const; // "comma", "semicolon", "tab", "bar"
};

// One record as a CSV line (no line end): a field is quoted when it holds the delimiter,
// a quote, a line break or spaces at either end; quotes are doubled.
QString csvLine(const QStringList &fields, QChar delimiter = u',');

// A cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
// return) with a ' in front, so it is shown as text; any other cell as it is.
QString csvSafe(const QString &cell);

// Writes CSV for spreadsheets: UTF-8 (with a byte-order mark on request: some
// spreadsheets read UTF-8 only with one), RFC 4180 quoting, CRLF line ends, and every cell
// formula-safe (csvSafe).
class CsvWriter final
{
public:
    CsvWriter(QIODevice &out, bool bom);
    void row(const QStringList &cells);
    void blankLine();
    // False once a write failed; error() names what to fix.
    bool ok() const { return m_ok; }
    Error error(const QString &what) const;

private:
    QIODevice &m_out;
    bool m_ok = true;
};

// Reads CSV records from a device, streaming: RFC 4180 quoting (a quoted field may hold
// the delimiter, line breaks and doubled quotes), CRLF or LF line ends, rows of any
// length; blank lines are skipped. A quote inside an unquoted field is kept as text.
// Reads the device in 64 KiB blocks, so a file of any size takes the same memory.
class CsvReader final
{
public:
    CsvReader(QIODevice &device, CsvFormat format);

    // The next record into `fields`; false at the end of the file.
    bool next(QStringList &fields);
    // The file line (1-based) the last record started on.
    qint64 line() const { return m_recordLine; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // Set when the file ended inside a quoted field (the last record holds what was read).
    bool unterminatedQuote() const { return m_unterminated; }

private:
    bool fill();          // decodes the next block; false at the end of the device
    bool peekIs(QChar c); // whether the next character is c (reads ahead when needed)
    QIODevice &m_device;
    CsvFormat m_format;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_firstBlock = true;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
};

} // namespace herald
