// CSV import: the reader against a torture set made here (encodings, delimiters, quoting,
// ragged rows, block boundaries), phone numbers to E.164, and ContactImport's outcomes,
// counts, all-or-nothing commit and cancel.
#include "audience/contactimport.h"
#include "audience/csvreader.h"
#include "storage/audiencerepository.h"
#include "storage/uploadrepository.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, CsvFormat *detected = nullptr, QList<qint64> *lines = nullptr)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const CsvFormat format = CsvFormat::detect(data.left(64 * 1024));
    if (detected)
        *detected = format;
    CsvReader reader(buffer, format);
    QList<QStringList> out;
    QStringList fields;
    while (reader.next(fields)) {
        out.append(fields);
        if (lines)
            lines->append(reader.line());
    }
    return out;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

Upload importText(test::TestWorkspace &ws, const test::TestWorkspace::TenantFixture &t, const QByteArray &csv,
                  const QString &list, ContactImport::Options options = {})
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    options.listName = list;
    options.fileName = QStringLiteral("test.csv");
    options.defaultRegion = QStringLiteral("GB");
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    auto upload = ContactImport(ws.db(), t.tenantId, t.manager, clock).run(buffer, options);
    if (!upload)
        qFatal("import failed: %s", qPrintable(upload.error().message));
    return *upload;
}

// A line of /proc/self/status ("VmRSS", "VmHWM") in KiB.
qint64 memoryKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

class TestCsvImport final : public QObject
{
    Q_OBJECT

private slots:
    void encodingsAndDelimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        const QString text = QStringLiteral("name;email\r\nZoë Ünal;zoe@example.com\r\n");
        QTest::newRow("utf-8") << encoded(text, QStringConverter::Utf8, false) << "UTF-8"
                               << "semicolon";
        QTest::newRow("utf-8 bom") << encoded(text, QStringConverter::Utf8, true) << "UTF-8 with BOM"
                                   << "semicolon";
        QTest::newRow("utf-16le bom") << encoded(text, QStringConverter::Utf16LE, true) << "UTF-16LE"
                                      << "semicolon";
        QTest::newRow("utf-16be bom") << encoded(text, QStringConverter::Utf16BE, true) << "UTF-16BE"
                                      << "semicolon";
        QTest::newRow("utf-16le") << encoded(text, QStringConverter::Utf16LE, false) << "UTF-16LE"
                                  << "semicolon";
        QTest::newRow("utf-16be") << encoded(text, QStringConverter::Utf16BE, false) << "UTF-16BE"
                                  << "semicolon";
        // Not UTF-8: read as Windows-1252, which Latin-1 text is too.
        QTest::newRow("latin-1") << encoded(text, QStringConverter::Latin1, false) << "Windows-1252"
                                 << "semicolon";
        QString tabbed = text;
        QTest::newRow("tab") << encoded(tabbed.replace(u';', u'\t'), QStringConverter::Utf8, false) << "UTF-8"
                             << "tab";
        QString barred = text;
        QTest::newRow("bar") << encoded(barred.replace(u';', u'|'), QStringConverter::Utf8, false) << "UTF-8"
                             << "bar";
        // A comma inside a quoted field does not make it the delimiter.
        QTest::newRow("quoted commas") << QByteArray("a;b\n\"x, y\";z\n\"p, q, r\";s\n") << "UTF-8"
                                       << "semicolon";
    }
    void encodingsAndDelimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        CsvFormat format;
        const QList<QStringList> rows = readAll(bytes, &format);
        QCOMPARE(format.encodingName(), encoding);
        QCOMPARE(format.delimiterName(), delimiter);
        if (QTest::currentDataTag() == QByteArray("quoted commas")) {
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(2), (QStringList{QStringLiteral("p, q, r"), QStringLiteral("s")}));
            return;
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first(), QStringLiteral("name")); // no byte-order mark left in front
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("Zoë Ünal"), QStringLiteral("zoe@example.com")}));
    }

    void quotingAndRaggedRows()
    {
        QList<qint64> lines;
        const QList<QStringList> rows = readAll("h1,h2,h3\r\n"
                                                "\"multi\r\nline\",\"say \"\"hi\"\"\",plain\r\n"
                                                "\r\n"
                                                "short\n"
                                                "a,b,c,d,e\n"
                                                "\"\",,\"\"\n"
                                                "tail\"quote,\"x\"y,\"unterminated\nrest",
                                                nullptr, &lines);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(1),
                 (QStringList{QStringLiteral("multi\nline"), QStringLiteral("say \"hi\""), QStringLiteral("plain")}));
        QCOMPARE(rows.at(2), QStringList{QStringLiteral("short")});
        QCOMPARE(rows.at(3).size(), 5);
        QCOMPARE(rows.at(4), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(rows.at(5), (QStringList{QStringLiteral("tail\"quote"), QStringLiteral("xy"),
                                          QStringLiteral("unterminated\nrest")}));
        // The line each record starts on: the blank line 4 is skipped, the quoted line break counts.
        QCOMPARE(lines, (QList<qint64>{1, 2, 5, 6, 7, 8}));
        QVERIFY(readAll(QByteArray()).isEmpty());
        QCOMPARE(readAll("only,a,header").size(), 1);
    }

    // Fields and characters split across the reader's 64 KiB blocks.
    void blockBoundaries()
    {
        QByteArray csv = "name,note\n";
        csv += "long," + QByteArray(70000, 'x') + '\n';                     // a field longer than a block
        csv += QByteArray((64 * 1024 - 1) - csv.size() % (64 * 1024), 'z'); // a row of z up to the next block...
        csv += "\xC3\xA9,\"a\"\"b\"\n";                                     // ...then é split across it
        const QList<QStringList> rows = readAll(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1).size(), 70000);
        QVERIFY(rows.at(2).at(0).endsWith(QStringLiteral("zé")));
        QCOMPARE(rows.at(2).at(1), QStringLiteral("a\"b"));
    }

    void csvLineRoundTrip()
    {
        const QStringList fields{QStringLiteral("plain"),    QStringLiteral("with,comma"),
                                 QStringLiteral("quote\"d"), QStringLiteral("line\nbreak"),
                                 QStringLiteral(" padded "), QString()};
        const QString line = csvLine(fields);
        QCOMPARE(line, QStringLiteral("plain,\"with,comma\",\"quote\"\"d\",\"line\nbreak\",\" padded \","));
        QCOMPARE(readAll(line.toUtf8()).first(), fields);
    }

    // Every outcome once or more; the counts add up; formula-looking cells stay text.
    void outcomesAndCounts()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Import"));
        AudienceRepository audience(ws.db(), t.tenantId);
        // Contacts the tenant has: one in the list already, one opted out, one elsewhere.
        Contact inList, optedOut, elsewhere;
        inList.email = QStringLiteral("member@example.com");
        optedOut.email = QStringLiteral("gone@example.com");
        elsewhere.phone = QStringLiteral("+447700900555");
        const QList<Id> ids = *audience.addContacts({inList, optedOut, elsewhere});
        const Id list = *audience.addList({0, t.tenantId, QStringLiteral("Newsletter"), {}});
        QVERIFY(audience.addToList(list, {ids.at(0)}).ok());
        QVERIFY(audience.addOptOut({0, t.tenantId, ids.at(1), std::nullopt, QStringLiteral("manual"), {}, {}}).ok());

        const QByteArray csv = "First Name,Surname,E-mail,Mobile,Time zone,Tags,Company\n" // 1
                               "Ada,Lovelace,ada@example.com,07700 900001,Europe/London,vip;new,=cmd|' /C calc'!A0\n"
                               "Bob,,bob@example,,,,\n"                                         // 3 bad email
                               "Cy,,,12ab,,,\n"                                                 // 4 bad phone
                               "Di,,,,,,Acme\n"                                                 // 5 neither
                               "Ed,,ed@example.com,,Mars/Olympus,,\n"                           // 6 bad zone
                               "Flo,,flo@example.com,,,,,extra\n"                               // 7 ragged
                               "+1,-1,ADA@EXAMPLE.COM,,,,\n"                                    // 8 dup in file
                               "Gus,,member@example.com,,,,\n"                                  // 9 dup in list
                               "Hal,,gone@example.com,,,,\n"                                    // 10 opted out
                               "@x,,,+44 7700 900555,,,\n"                                      // 11 existing, accepted
                               ",,,,,,\n"                                                       // 12 not a row
                               "\"Ivy \"\"Q\"\"\",\"Smith\nJones\",ivy@example.com,,,,\"+1\"\n" // 13-14
                               "Jo,,jo@example.com,,,,,\n";                                     // 15 empty extra: fine
        const Upload u = importText(ws, t, csv, QStringLiteral("Newsletter"));
        QCOMPARE(u.rowsRead, 12);
        QCOMPARE(u.accepted, 4);
        QCOMPARE(u.rejected, 5);
        QCOMPARE(u.duplicates, 2);
        QCOMPARE(u.skippedOptedOut, 1);
        QCOMPARE(u.accepted + u.rejected + u.duplicates + u.skippedOptedOut, u.rowsRead);
        QCOMPARE(u.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(u.delimiter, QStringLiteral("comma"));

        UploadRepository uploads(ws.db(), t.tenantId);
        QCOMPARE(uploads.upload(u.id)->rowsRead, 12);
        const QList<UploadRow> rows = *uploads.rows(u.id);
        QCOMPARE(rows.size(), 12);
        QHash<qint64, UploadRow> byLine;
        for (const UploadRow &r : rows)
            byLine.insert(r.row, r);
        using O = UploadRow::Outcome;
        const QList<std::pair<qint64, O>> expected{{2, O::Accepted},  {3, O::Rejected},  {4, O::Rejected},
                                                   {5, O::Rejected},  {6, O::Rejected},  {7, O::Rejected},
                                                   {8, O::Duplicate}, {9, O::Duplicate}, {10, O::SkippedOptedOut},
                                                   {11, O::Accepted}, {13, O::Accepted}, {15, O::Accepted}};
        for (const auto &[line, outcome] : expected)
            QVERIFY2(byLine.value(line).outcome == outcome,
                     qPrintable(u"line " + QString::number(line) + u": " + byLine.value(line).reason));
        QVERIFY(byLine.value(3).reason.contains(u"email \"bob@example\" (column \"E-mail\") is not an address"));
        QVERIFY(byLine.value(4).reason.contains(u"phone \"12ab\""));
        QCOMPARE(byLine.value(5).reason, QStringLiteral("no email and no phone"));
        QVERIFY(byLine.value(6).reason.contains(u"Mars/Olympus"));
        QVERIFY(byLine.value(7).reason.contains(u"8 fields, the header 7"));
        QCOMPARE(byLine.value(11).contactId, ids.at(2)); // the tenant's contact, not a new one
        QCOMPARE(byLine.value(3).content, QStringLiteral("Bob,,bob@example,,,,"));

        // What was stored: E.164, zone, tags, custom fields, and formulas as text.
        const QList<Contact> all = *audience.contacts();
        const auto find = [&](const QString &email) {
            for (const Contact &c : all)
                if (c.email == email)
                    return c;
            return Contact{};
        };
        const Contact ada = find(QStringLiteral("ada@example.com"));
        QCOMPARE(ada.phone, QStringLiteral("+447700900001"));
        QCOMPARE(ada.timeZone, QStringLiteral("Europe/London"));
        QCOMPARE(ada.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("new")}));
        QCOMPARE(ada.customFields.value(QStringLiteral("Company")), QStringLiteral("=cmd|' /C calc'!A0"));
        const Contact ivy = find(QStringLiteral("ivy@example.com"));
        QCOMPARE(ivy.firstName, QStringLiteral("Ivy \"Q\""));
        QCOMPARE(ivy.lastName, QStringLiteral("Smith\nJones"));
        QCOMPARE(ivy.customFields.value(QStringLiteral("Company")), QStringLiteral("+1"));
        QCOMPARE(audience.listMembers(list)->size(), 1 + 4);

        // The rejected rows to correct, formulas defused for spreadsheets.
        const QString rejections = QString::fromUtf8(*uploads.rejectionsCsv(u.id));
        QVERIFY(rejections.startsWith(u"row,reason\r\n3,"));
        QCOMPARE(rejections.count(u"\r\n"), 1 + 5);
        QVERIFY(rejections.contains(u"Flo,,flo@example.com,,,,,extra"));

        // Imported again: every row is a duplicate now, or rejected as before.
        const Upload again = importText(ws, t, csv, QStringLiteral("Newsletter"));
        QCOMPARE(again.accepted, 0);
        QCOMPARE(again.rejected, 5);
        QCOMPARE(again.duplicates, 6);
        QCOMPARE(again.skippedOptedOut, 1);
    }

    void formulaCellsAreDefusedInRejections()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Import"));
        const Upload u = importText(ws, t, "name,email\n=1+2,not-an-address\n@SUM(A1),x\n", QStringLiteral("L"));
        QCOMPARE(u.rejected, 2);
        const QString csv = QString::fromUtf8(*UploadRepository(ws.db(), t.tenantId).rejectionsCsv(u.id));
        QVERIFY2(csv.contains(u",'=1+2,not-an-address"), qPrintable(csv));
        QVERIFY2(csv.contains(u",'@SUM(A1),x"), qPrintable(csv));
    }

    void mappingAndErrors()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Import"));
        ContactImport::Options o;
        o.mapping.insert(QStringLiteral("Contact"), QStringLiteral("email"));
        o.mapping.insert(QStringLiteral("#3"), QStringLiteral("custom.Shop"));
        o.mapping.insert(QStringLiteral("Notes"), QStringLiteral("ignore"));
        const Upload u = importText(ws, t, "Who,Contact,Where,Notes\nAda Byron King,ada@x.example,Leeds,secret\n",
                                    QStringLiteral("Mapped"), o);
        QCOMPARE(u.accepted, 1);
        AudienceRepository audience(ws.db(), t.tenantId);
        Contact ada;
        for (const Contact &c : *audience.contacts())
            if (c.email == u"ada@x.example")
                ada = c;
        QCOMPARE(ada.customFields.value(QStringLiteral("Shop")), QStringLiteral("Leeds"));
        QCOMPARE(ada.customFields.value(QStringLiteral("Who")),
                 QStringLiteral("Ada Byron King")); // unknown header: custom
        QVERIFY(!ada.customFields.contains(QStringLiteral("Notes")));

        const auto fails = [&](const QByteArray &csv, ContactImport::Options options, Error::Kind kind,
                               const QString &words, const User &user) {
            QByteArray data = csv;
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            options.listName = options.listName.isEmpty() ? QStringLiteral("Errors") : options.listName;
            options.fileName = QStringLiteral("bad.csv");
            SystemClock clock;
            auto result = ContactImport(ws.db(), t.tenantId, user, clock).run(buffer, options);
            if (result)
                return false;
            if (result.error().kind != kind || !result.error().message.contains(words)) {
                qWarning("%s", qPrintable(result.error().message));
                return false;
            }
            return true;
        };
        ContactImport::Options bad;
        QVERIFY(fails("", bad, Error::Kind::Usage, QStringLiteral("bad.csv is empty"), t.manager));
        QVERIFY(
            fails("a,b\n1,2\n", bad, Error::Kind::Usage, QStringLiteral("has no email or phone column"), t.manager));
        bad.mapping.insert(QStringLiteral("a"), QStringLiteral("mail"));
        QVERIFY(fails("a,b\n1,2\n", bad, Error::Kind::Usage, QStringLiteral("'mail' (for column a) is not a field"),
                      t.manager));
        bad.mapping.clear();
        bad.mapping.insert(QStringLiteral("c"), QStringLiteral("email"));
        QVERIFY(
            fails("a,b\n1,2\n", bad, Error::Kind::Usage, QStringLiteral("column \"c\" is not in the header"), t.manager));
        // Two columns for one field: refused, naming both.
        QVERIFY(fails("email,name,E-mail\na@x.example,A,b@x.example\n", {}, Error::Kind::Usage,
                      QStringLiteral("columns 1 (\"email\") and 3 (\"E-mail\") are both email"), t.manager));
        // Binary input: refused at its first NUL, and nothing of it is echoed raw.
        QVERIFY(fails(QByteArray("email\nada@x.ex\0ample\n", 22), {}, Error::Kind::Usage,
                      QStringLiteral("byte 15 is a NUL"), t.manager));
        QVERIFY(fails("\x01\x02\x7f,b\n1,2\n", {}, Error::Kind::Usage, QStringLiteral("\"\\x01\\x02\\x7f\""),
                      t.manager));
        QVERIFY(fails("email\nx@y.example\n", {}, Error::Kind::Refused, QStringLiteral("may not import contacts"),
                      t.viewer));
        ContactImport::Options region;
        region.defaultRegion = QStringLiteral("Atlantis");
        QVERIFY(fails("phone\n1\n", region, Error::Kind::Usage, QStringLiteral("region 'Atlantis'"), t.manager));
        // Nothing of the failed imports stayed: no list "Errors", no upload.
        for (const ContactList &l : *AudienceRepository(ws.db(), t.tenantId).lists())
            QVERIFY(l.name != u"Errors");
        QCOMPARE(UploadRepository(ws.db(), t.tenantId).uploads()->size(), 1);

        // A header alone: an upload with nothing in it.
        const Upload empty = importText(ws, t, "email,phone\r\n", QStringLiteral("Empty import"));
        QCOMPARE(empty.rowsRead, 0);
        QVERIFY(empty.id > 0);
    }

    // The encoding is decided from the whole file: a byte that is not UTF-8 after the
    // first 64 KiB still makes the file Windows-1252, read right from its first row.
    void encodingFromTheWholeFile()
    {
        QByteArray csv = "name,email\r\n";
        for (int i = 0; csv.size() < 100 * 1024; ++i)
            csv += "Ann" + QByteArray::number(i) + ",ann" + QByteArray::number(i) + "@x.example\r\n";
        csv += "Zo\xE9 \x93Smart\x94 \x96 \x80,zoe@x.example\r\n"; // Excel's "CSV" on Windows
        QByteArray data = csv;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto format = CsvFormat::detect(buffer, QStringLiteral("excel.csv"));
        QVERIFY(format.ok());
        QCOMPARE(buffer.pos(), 0); // read once, and back at the start
        QCOMPARE(format->encodingName(), QStringLiteral("Windows-1252"));
        CsvReader reader(buffer, *format);
        QStringList row, last;
        while (reader.next(row))
            last = row;
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(last.first(), QStringLiteral("Zoé \u201cSmart\u201d \u2013 \u20ac"));
        // Valid UTF-8 all through stays UTF-8.
        QByteArray utf8 = csv.left(csv.size() - 40) + QStringLiteral("Zoë,zoe@x.example\r\n").toUtf8();
        QBuffer b2(&utf8);
        b2.open(QIODevice::ReadOnly);
        QCOMPARE(CsvFormat::detect(b2, QStringLiteral("u.csv"))->encodingName(), QStringLiteral("UTF-8"));
        // A file that ends inside a UTF-8 character is not UTF-8.
        QByteArray cut = "name\r\nZo\xC3";
        QBuffer b3(&cut);
        b3.open(QIODevice::ReadOnly);
        QCOMPARE(CsvFormat::detect(b3, QStringLiteral("cut.csv"))->encodingName(), QStringLiteral("Windows-1252"));
    }

    // Another 8-bit encoding, clearly so: ICU's detector names it and the text reads right.
    void otherLegacyEncoding()
    {
        const QString russian = QStringLiteral("имя,почта\r\n");
        QString text = russian;
        const QStringList names{QStringLiteral("Анна Иванова"), QStringLiteral("Пётр Сергеевич Смирнов"),
                                QStringLiteral("Мария Кузнецова"), QStringLiteral("Дмитрий Попов"),
                                QStringLiteral("Екатерина Васильева"), QStringLiteral("Алексей Новиков")};
        for (int i = 0; i < 60; ++i)
            text += names.at(i % names.size()) + u",c" + QString::number(i) + u"@x.example\r\n";
        QStringEncoder cp1251("windows-1251");
        QByteArray data = cp1251.encode(text);
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto format = CsvFormat::detect(buffer, QStringLiteral("ru.csv"));
        QVERIFY(format.ok());
        QCOMPARE(format->encodingName(), QStringLiteral("windows-1251"));
        CsvReader reader(buffer, *format);
        QStringList header;
        QVERIFY(reader.next(header));
        QCOMPARE(header.first(), QStringLiteral("имя"));
    }

    // Bounds: a file without a line end, or a record of endless fields, stops with a
    // message after a bounded amount, in bounded memory.
    void recordsAreBounded()
    {
        const qint64 before = memoryKb("VmHWM");
        QByteArray endless(200 * 1024 * 1024, 'a');
        QBuffer buffer(&endless);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvFormat{});
        QStringList fields;
        QVERIFY(!reader.next(fields));
        QVERIFY2(reader.error().contains(u"more than 1048576 characters"), qPrintable(reader.error()));
        QVERIFY(reader.bytesRead() < 2 * 1024 * 1024); // stopped early
        // 200 MB of input, and the reader itself added a few MB at most.
        QVERIFY2(memoryKb("VmHWM") - before < 200 * 1024 + 64 * 1024, qPrintable(QString::number(memoryKb("VmHWM") - before)));
        endless.clear();

        QByteArray commas(100 * 1024, ',');
        QBuffer b2(&commas);
        b2.open(QIODevice::ReadOnly);
        CsvReader many(b2, CsvFormat{});
        QVERIFY(!many.next(fields));
        QVERIFY2(many.error().contains(u"more than 1000 fields"), qPrintable(many.error()));
    }

    // Bytes that are not the encoding the reader was given stop it, with where.
    void wrongEncodingStopsTheReader()
    {
        // Found by fuzz_csv: UTF-16LE with a lone surrogate (0xDE09) was read as text and
        // would have been stored as "?".
        QByteArray lone("\xff\xfen\x00""a\x00m\x00""e\x00\r\x00\n\x00\x09\xde\r\x00\n\x00", 20);
        QBuffer utf16(&lone);
        utf16.open(QIODevice::ReadOnly);
        auto format = CsvFormat::detect(utf16, QStringLiteral("lone.csv"));
        QVERIFY(format.ok());
        QCOMPARE(format->encodingName(), QStringLiteral("UTF-16LE"));
        CsvReader loneReader(utf16, *format);
        QStringList header;
        QVERIFY(!loneReader.next(header));
        QVERIFY2(loneReader.error().contains(u"is not UTF-16LE"), qPrintable(loneReader.error()));

        QByteArray data = "name,email\nZo\xE9,zoe@x.example\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvFormat{}); // told UTF-8
        QStringList fields;
        QVERIFY(!reader.next(fields));
        QVERIFY2(reader.error().contains(u"is not UTF-8"), qPrintable(reader.error()));
    }

    // 1,000,000 rows: counts add up, progress comes all along, memory stays bounded
    // (docs/audience.md). Prints rows/s and the peak memory it added.
    // A contact typed by a person: checked and normalised like an imported row, unique by
    // email and phone, with exactly the lists chosen; lists renamed, emptied and deleted.
    void editContactsAndLists()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Edit"));
        AudienceRepository audience(ws.db(), t.tenantId);
        const Id vip = *audience.addList({0, t.tenantId, QStringLiteral("VIP"), {}});
        const Id news = *audience.addList({0, t.tenantId, QStringLiteral("Newsletter"), {}});
        QCOMPARE(audience.addList({0, t.tenantId, QStringLiteral(" VIP "), {}}).error().message,
                 QStringLiteral("a contact list called \"VIP\" already exists: choose another name"));

        Contact ada;
        ada.firstName = QStringLiteral(" Ada ");
        ada.email = QStringLiteral("ada@example.com");
        ada.phone = QStringLiteral("07700 900123");
        ada.timeZone = QStringLiteral("Europe/London");
        ada.tags = {QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral(" ")};
        ada.customFields.insert(QStringLiteral("Shop"), QStringLiteral(" Leeds "));
        auto saved = audience.saveContact(ada, QStringLiteral("GB"), {vip, news});
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().message));
        QVERIFY(saved->id != 0);
        QCOMPARE(saved->firstName, QStringLiteral("Ada"));
        QCOMPARE(saved->phone, QStringLiteral("+447700900123"));
        QCOMPARE(saved->tags, QStringList{QStringLiteral("vip")});
        QCOMPARE(saved->customFields.value(QStringLiteral("Shop")), QStringLiteral("Leeds"));
        QCOMPARE(*audience.listsOf(saved->id), (QStringList{QStringLiteral("Newsletter"), QStringLiteral("VIP")}));
        QVERIFY(audience.customFieldNames()->contains(QStringLiteral("Shop")));

        // Edited: another list, another field; the lists are exactly those chosen.
        Contact edited = *saved;
        edited.lastName = QStringLiteral("Lovelace");
        edited.customFields.insert(QStringLiteral("Tier"), QStringLiteral("gold"));
        saved = audience.saveContact(edited, QStringLiteral("GB"), {news});
        QVERIFY(saved.ok());
        QCOMPARE(saved->lastName, QStringLiteral("Lovelace"));
        QCOMPARE(*audience.listsOf(saved->id), QStringList{QStringLiteral("Newsletter")});
        QVERIFY(audience.customFieldNames()->contains(QStringLiteral("Tier")));

        // Refused with the field named, nothing stored.
        const qint64 count = *audience.contactCount();
        const auto refused = [&](Contact c, const char *why) {
            auto r = audience.saveContact(c, QStringLiteral("GB"), {});
            QVERIFY2(!r.ok() && r.error().message.contains(QLatin1StringView(why)),
                     r ? "saved" : qPrintable(r.error().message));
        };
        Contact other;
        other.email = QStringLiteral("ADA@example.com");
        refused(other, "email ADA@example.com belongs to contact Ada Lovelace");
        other.email.clear();
        other.phone = QStringLiteral("+44 7700 900123");
        refused(other, "phone +447700900123 belongs to contact Ada Lovelace");
        refused(Contact{}, "needs an email address, a phone number, a Telegram chat or a Viber user");
        other.phone = QStringLiteral("not a number");
        refused(other, "phone \"not a number\" is not a phone number of GB");
        other.phone.clear();
        other.email = QStringLiteral("bob at example");
        refused(other, "email \"bob at example\" is not an address");
        other.email = QStringLiteral("bob@example.com");
        other.timeZone = QStringLiteral("Mars/Olympus");
        refused(other, "time zone \"Mars/Olympus\"");
        other.timeZone.clear();
        other.customFields.insert(QStringLiteral("email"), QStringLiteral("x"));
        refused(other, "'email' is a standard field");
        QCOMPARE(*audience.contactCount(), count);

        // Lists: sizes, rename, remove members, delete (refused while a campaign sends to it).
        QCOMPARE(audience.listSizes()->value(news), 1);
        QVERIFY(audience.updateList({news, t.tenantId, QStringLiteral("Weekly news"), QStringLiteral("Fridays")}).ok());
        QVERIFY(audience.lists()->last().name == u"Weekly news");
        QVERIFY(audience.removeFromList(news, {saved->id}).ok());
        QCOMPARE(audience.listSizes()->value(news), 0);
        QVERIFY(audience.deleteList(vip).ok());
        ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}, QStringLiteral("Users of the list")));
        auto inUse = audience.deleteList(t.ids.value(QStringLiteral("list")));
        QVERIFY(!inUse.ok());
        QVERIFY2(inUse.error().message.contains(u"campaigns send to this list: Users of the list"),
                 qPrintable(inUse.error().message));
    }

    void millionRows()
    {
        // A team database takes each row over a socket (about 2,600 rows/s on the test
        // machine against SQLite's tens of thousands): the same checks on a tenth.
        const int kRows = test::TestWorkspace::onPostgres() ? 100000 : 1000000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("million.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("first_name,last_name,email,phone,city\n");
            QByteArray block;
            for (int i = 0; i < kRows; ++i) {
                block += "First" + QByteArray::number(i) + ",Last,m" + QByteArray::number(i) + "@million.example,";
                if (i % 10 == 0)
                    block += "+4477" + QByteArray::number(10000000 + i);
                block += i % 100 == 99 ? ",\"Leeds,\nWest Yorkshire\"\n" : ",Leeds\n";
                if (i % 1000 == 999)
                    block += "dup,,m" + QByteArray::number(i) + "@million.example,,\n"; // a duplicate every 1,000
                if (block.size() > 1 << 20) {
                    f.write(block);
                    block.clear();
                }
            }
            f.write(block);
        }
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Million"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ContactImport::Options o;
        o.listName = QStringLiteral("Million");
        o.fileName = QStringLiteral("million.csv");
        qint64 calls = 0, lastDone = 0;
        bool backwards = false;
        const qint64 before = memoryKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        SystemClock clock;
        auto upload = ContactImport(ws.db(), t.tenantId, t.manager, clock).run(file, o, [&](qint64 done, qint64) {
            backwards = backwards || done < lastDone;
            lastDone = done;
            ++calls;
            return true;
        });
        const double seconds = double(timer.elapsed()) / 1000;
        QVERIFY2(upload.ok(), upload ? "" : qPrintable(upload.error().message));
        const qint64 addedMb = (memoryKb("VmHWM") - before) / 1024;
        qInfo(
            "%d rows imported in %.1f s (%.0f rows/s), %lld progress calls, peak memory +%lld MB, file %lld MB", kRows,
            seconds, kRows / seconds, calls, addedMb, file.size() >> 20);
        QCOMPARE(upload->rowsRead, kRows + kRows / 1000);
        QCOMPARE(upload->accepted, kRows);
        QCOMPARE(upload->duplicates, kRows / 1000);
        QCOMPARE(upload->accepted + upload->rejected + upload->duplicates + upload->skippedOptedOut, upload->rowsRead);
        QCOMPARE(lastDone, file.size());
        QVERIFY(!backwards);
        QVERIFY(calls >= kRows / 2000);
        QVERIFY2(addedMb < 400, "the import's memory is bounded (docs/audience.md)");
    }

    // Cancelled halfway: nothing is kept, not the contacts, the list or the upload.
    void cancelKeepsNothing()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Import"));
        QByteArray csv = "email\n";
        for (int i = 0; i < 10000; ++i)
            csv += "p" + QByteArray::number(i) + "@example.com\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImport::Options o;
        o.listName = QStringLiteral("Cancelled");
        o.fileName = QStringLiteral("big.csv");
        int calls = 0;
        qint64 lastDone = 0, total = 0;
        SystemClock clock;
        auto result =
            ContactImport(ws.db(), t.tenantId, t.manager, clock).run(buffer, o, [&](qint64 done, qint64 size) {
                lastDone = done;
                total = size;
                return ++calls < 3;
            });
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"cancelled: nothing was imported"));
        QCOMPARE(calls, 3);
        QCOMPARE(total, qint64(csv.size()));
        QVERIFY(lastDone > 0 && lastDone <= total);
        AudienceRepository audience(ws.db(), t.tenantId);
        QCOMPARE(*audience.contactCount(), 20); // the fixture's
        for (const ContactList &l : *audience.lists())
            QVERIFY(l.name != u"Cancelled");
        QVERIFY(UploadRepository(ws.db(), t.tenantId).uploads()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
