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
        Latin1,
        Windows1252, // what spreadsheets on Windows call "CSV": Latin-1 with “ ” – € in 0x80-0x9F
        Other,       // another 8-bit or legacy encoding, named by `charset` (ICU's name)
    };
    Encoding encoding = Encoding::Utf8;
    QByteArray charset; // Other only: e.g. "ISO-8859-2", "windows-1251", "Shift_JIS"
    QChar delimiter = u',';

    // From the first bytes of the file: a byte-order mark, else UTF-16 by its zero bytes,
    // else UTF-8 when the bytes are valid UTF-8, else Windows-1252; the delimiter among
    // , ; tab | that splits the first lines most consistently. For a stream that cannot
    // be read twice; detect(QIODevice &) reads the whole file.
    static CsvFormat detect(QByteArrayView head);
    // From the whole file (read once, then the device is back where it was): UTF-8 only
    // when every byte of it is; otherwise the 8-bit encoding ICU's detector finds most
    // likely (Windows-1252 unless another is clearly more so). A file with NUL bytes in
    // an 8-bit encoding is not text: a usage error naming the offset. A sequential device
    // is judged by its first 64 KiB.
    static Result<CsvFormat> detect(QIODevice &device, const Text &name);
    static Result<CsvFormat> detect(QIODevice &device, const QString &name); // `name` verbatim: a file name
    QString encodingName() const;  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Latin-1", "Windows-1252", the charset
    QString delimiterName() const; // "comma", "semicolon", "tab", "bar"

private:
    CsvFormat withDelimiterOf(QByteArrayView head) const;
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
    Error error(const Text &what) const;
    Error error(const QString &what) const; // `what` verbatim

private:
    QIODevice &m_out;
    bool m_ok = true;
};

// Reads CSV records from a device, streaming: RFC 4180 quoting (a quoted field may hold
// the delimiter, line breaks and doubled quotes), CRLF or LF line ends; blank lines are
// skipped. A quote inside an unquoted field is kept as text. Reads the device in 64 KiB
// blocks, and a record is bounded (kMaxRecordChars, kMaxFields), so a file of any size,
// or one without a single line end, takes the same memory.
class CsvReader final
{
public:
    static constexpr qsizetype kMaxRecordChars = 1024 * 1024;
    static constexpr qsizetype kMaxFields = 1000;

    CsvReader(QIODevice &device, CsvFormat format);

    // The next record into `fields`; false at the end of the file, or when the file
    // cannot be read on (error() then says why).
    bool next(QStringList &fields);
    // Why reading stopped before the end: a record over the bounds, bytes that are not
    // the file's encoding. Empty when it did not.
    QString error() const { return m_error.english(); }
    // The same, to quote in a message for people.
    const Text &errorText() const { return m_error; }
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
    QString m_pendingHigh; // a high surrogate at a block's end, waiting for its pair
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_firstBlock = true;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
    Text m_error;
};


} // namespace herald
