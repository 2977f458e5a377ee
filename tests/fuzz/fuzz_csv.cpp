// The CSV reader on any bytes: detection over the whole input, every record within the
// bounds, and a record written back with csvLine() read again as the same record.
#include "audience/csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    auto format = CsvFormat::detect(buffer, QStringLiteral("fuzz.csv"));
    if (!format)
        return 0;
    HERALD_FUZZ_CHECK(buffer.pos() == 0, QStringLiteral("detection did not rewind"));
    CsvReader reader(buffer, *format);
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.next(fields)) {
        HERALD_FUZZ_CHECK(fields.size() <= CsvReader::kMaxFields, QString::number(fields.size()));
        HERALD_FUZZ_CHECK(reader.line() >= lastLine, QString::number(reader.line()));
        lastLine = reader.line();
        qsizetype chars = 0;
        bool plain = true; // no carriage return (a CRLF inside a field is read as LF) and no empty record
        for (const QString &f : std::as_const(fields)) {
            chars += f.size();
            plain = plain && !f.contains(u'\r');
        }
        HERALD_FUZZ_CHECK(chars <= CsvReader::kMaxRecordChars, QString::number(chars));
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!plain || blank)
            continue;
        // After a blank line, so a leading U+FEFF stays text (at the very start it would
        // be read as the byte-order mark).
        QByteArray again = (u"\n" + csvLine(fields, format->delimiter) + u"\n").toUtf8();
        QBuffer back(&again);
        back.open(QIODevice::ReadOnly);
        CsvFormat utf8 = *format;
        utf8.encoding = CsvFormat::Encoding::Utf8;
        CsvReader reread(back, utf8);
        QStringList same;
        HERALD_FUZZ_CHECK(reread.next(same) && same == fields,
                          fields.join(QStringLiteral(" | ")) + u" <> " + same.join(QStringLiteral(" | ")));
    }
    return 0;
}
