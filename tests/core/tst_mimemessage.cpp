// The MIME Herald builds for email: encoded words, quoted-printable, SMTP transparency,
// the text part derived from HTML, and the multipart structure with attachments.
#include "content/emailcontent.h"
#include "content/htmltext.h"
#include "providers/smtp/mimemessage.h"
#include "providers/smtp/smtpreply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace herald;

namespace {

// RFC 2047 B and Q words back to text, each word on its own.
QString decodeWords(const QByteArray &folded)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?([BQ])\?([^?]*)\?=)"));
    QByteArray utf8;
    for (auto it = word.globalMatch(QString::fromLatin1(folded)); it.hasNext();) {
        const auto m = it.next();
        const QByteArray payload = m.captured(2).toLatin1();
        if (m.captured(1) == u"B")
            utf8 += QByteArray::fromBase64(payload);
        else
            utf8 += QByteArray::fromPercentEncoding(QByteArray(payload).replace('_', ' '), '=');
    }
    return QString::fromUtf8(utf8);
}

} // namespace

class TestMimeMessage final : public QObject
{
    Q_OBJECT

private slots:
    void encodedWordsRoundTripAndFold()
    {
        const QString subject = QStringLiteral("Frühlingsangebot — 20 % auf alles, nur diese Woche! 🌷 Jetzt zugreifen, "
                                               "solange der Vorrat reicht: Café, Crème brûlée und mehr");
        const QByteArray encoded = MimeMessage::encodedWord(subject);
        QCOMPARE(decodeWords(encoded), subject);
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        QVERIFY(!encoded.contains("\xf0")); // no raw UTF-8 in a header
    }

    // GMime joins adjacent B words into one base64 stream and stops at a padding '=':
    // only the last word may be padded; a run the B form cannot break evenly goes in Q.
    void encodedWordsJoinForGMime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("latin") << QStringLiteral("Frühlingsangebot — 20 % auf alles, nur diese Woche! Café, Crème brûlée");
        QTest::newRow("one byte, then three-byte characters")
            << u'S' + QString(40, QChar(0xfffd)) + QStringLiteral("pring sale");
        QTest::newRow("cjk") << QStringLiteral("春のセール：全品二十パーセント引き、今週だけのお買い得です。お見逃しなく！");
        QTest::newRow("emoji") << QStringLiteral("🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷🌷a🌷🌷🌷🌷🌷🌷🌷🌷");
        QTest::newRow("symbols") << QStringLiteral("a=b?c_d \"e\" (f) ü") + QString(30, u'?') + u'é';
    }

    void encodedWordsJoinForGMime()
    {
        QFETCH(QString, text);
        const QByteArray encoded = MimeMessage::encodedWord(text, 66);
        QCOMPARE(decodeWords(encoded), text);
        const QList<QByteArray> words = encoded.split('\n');
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray word = words.at(i).trimmed();
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY2(word.startsWith("=?UTF-8?B?") || word.startsWith("=?UTF-8?Q?"), word.constData());
            if (i + 1 < words.size() && word.startsWith("=?UTF-8?B?"))
                QVERIFY2(!word.mid(10).chopped(2).contains('='), word.constData());
            if (word.startsWith("=?UTF-8?Q?")) // only what RFC 2047 5(3) allows in a phrase
                QVERIFY2(QRegularExpression(QStringLiteral(R"(\A=\?UTF-8\?Q\?([A-Za-z0-9!*+\-/_]|=[0-9A-F]{2})*\?=\z)"))
                             .match(QString::fromLatin1(word)).hasMatch(), word.constData());
        }
    }

    void quotedPrintableKeepsLinesShort()
    {
        const QString body = QString(200, u'é') + u'\n' + QStringLiteral(".starts with a dot\ntrailing space \nx=y");
        const QByteArray qp = MimeMessage::quotedPrintable(body);
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        QVERIFY(qp.contains("\r\n=2Estarts with a dot"));
        QVERIFY(qp.contains("trailing space=20\r\n"));
        QVERIFY(qp.contains("x=3Dy"));
        // A dot that a soft break would put at a line start is encoded too.
        const QByteArray wrapped = MimeMessage::quotedPrintable(QString(75, u'a') + u'.');
        QCOMPARE(wrapped, QString(75, u'a').toLatin1() + "=\r\n=2E");
    }

    void dotStuffing()
    {
        QCOMPARE(MimeMessage::dotStuffed(".a\r\nb\r\n.\r\n..c\r\n"), QByteArray("..a\r\nb\r\n..\r\n...c\r\n"));
    }

    void textFromHtml()
    {
        const QString text = HtmlText::toText(QStringLiteral(
            "<html><head><style>p{}</style></head><body><p>Hello &amp; welcome,&nbsp;Ada</p>"
            "<p>See <a href=\"https://shop.example/sale\">the sale</a>.<br>Bye &#8212; &#x2764;</p>"
            "<script>alert(1)</script></body></html>"));
        QCOMPARE(text, QStringLiteral("Hello & welcome, Ada\n\nSee the sale (https://shop.example/sale).\nBye — ❤"));
    }

    // What mail from real editors contains: tables for layout, images with alt text,
    // Outlook's conditional comments, unclosed tags, named entities, links whose text is
    // their target.
    void textFromHtmlAsMailIsWritten()
    {
        const QString text = HtmlText::toText(QStringLiteral(
            "<!DOCTYPE html><html><head><title>Sale</title><!--[if mso]><style>td{}</style><![endif]--></head>"
            "<body><!--[if mso]><table><tr><td>Outlook only</td></tr></table><![endif]-->"
            "<table><tr><td><img src=\"logo.png\" alt=\"Shop logo\"></td><td>Winter   sale</td></tr>"
            "<tr><td>Boots</td><td>&euro;&nbsp;49 &ndash; &frac12; price</td></tr></table>"
            "<ul><li>Red<li>Blue</ul>"
            "<p>Visit <a href=\"https://shop.example\">https://shop.example</a> or "
            "<a href=\"mailto:help@shop.example\">help@shop.example</a><p>Unclosed &lt;b&gt; <b>bold"));
        QCOMPARE(text, QStringLiteral("Shop logo Winter sale\nBoots € 49 – ½ price\n\n- Red\n- Blue\n\n"
                                      "Visit https://shop.example or help@shop.example\n\nUnclosed <b> bold"));
        QCOMPARE(HtmlText::toText(QString()), QString());
        QCOMPARE(HtmlText::toText(QStringLiteral("just text")), QStringLiteral("just text"));
    }

    void wireAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("smtpUtf8");
        QTest::newRow("ascii") << "ada@example.com" << QByteArray("ada@example.com") << false;
        QTest::newRow("idn domain") << "ada@b\u00fccher.example" << QByteArray("ada@xn--bcher-kva.example") << false;
        QTest::newRow("idn, upper case") << "Ada@M\u00fcnchen.DE" << QByteArray("Ada@xn--mnchen-3ya.de") << false;
        QTest::newRow("utf-8 local part") << "j\u00f6rg@example.com" << QStringLiteral("j\u00f6rg@example.com").toUtf8()
                                          << true;
        QTest::newRow("both") << "j\u00f6rg@b\u00fccher.example" << QStringLiteral("j\u00f6rg@xn--bcher-kva.example").toUtf8()
                              << true;
    }
    void wireAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QByteArray, wire);
        QFETCH(bool, smtpUtf8);
        const auto w = MimeMessage::wireAddress(address);
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        QCOMPARE(w->bytes, wire);
        QCOMPARE(w->needsSmtpUtf8, smtpUtf8);
        // Headers carry the same form.
        MailContent mail;
        mail.fromAddress = QStringLiteral("news@b\u00fccher.example");
        mail.to = address;
        mail.text = QStringLiteral("Hi");
        const QByteArray built = MimeMessage::build(mail, QDateTime::currentDateTimeUtc(), "id.9@example.com");
        QVERIFY(built.contains(QByteArray("\r\nTo: " + wire + "\r\n")));
        QVERIFY(built.startsWith("From: news@xn--bcher-kva.example\r\n"));
    }

    void invalidInternationalDomain()
    {
        const auto w = MimeMessage::wireAddress(u"ada@" + QString(70, QChar(0xfc)) + u".example");
        QVERIFY(!w);
        QVERIFY2(w.error().message.contains(u"not a valid internationalised domain name"), qPrintable(w.error().message));
    }

    void multipartWithAttachment()
    {
        MailContent mail;
        mail.fromAddress = QStringLiteral("news@shop.example");
        mail.fromName = QStringLiteral("Shop \"Outlet\"");
        mail.to = QStringLiteral("ada@example.com");
        mail.subject = QStringLiteral("Plain subject");
        mail.html = QStringLiteral("<p>Hi</p>");
        mail.attachments.append({QStringLiteral("terms.pdf"), QStringLiteral("application/pdf"), {}, 100, QByteArray(100, 'x')});
        mail.unsubscribeUrl = QStringLiteral("https://u.example/1");
        QVERIFY(!MimeMessage::build(mail, QDateTime::currentDateTimeUtc(), "id.0@shop.example").contains("Reply-To"));
        mail.replyTo = QStringLiteral("help@shop.example");
        const QByteArray m = MimeMessage::build(mail, QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc()),
                                                "id.1@shop.example");
        QVERIFY(m.contains("From: \"Shop \\\"Outlet\\\"\" <news@shop.example>\r\n"));
        QVERIFY(m.contains("Reply-To: help@shop.example\r\n"));
        QVERIFY(m.contains("Subject: Plain subject\r\n"));
        QVERIFY(m.contains("Date: Sat, 14 Mar 2026 09:26:53 +0000\r\n"));
        QVERIFY(m.contains("Message-ID: <id.1@shop.example>\r\n"));
        QVERIFY(m.contains("Content-Type: multipart/mixed; boundary="));
        QVERIFY(m.contains("Content-Type: multipart/alternative; boundary="));
        QVERIFY(m.contains("Content-Type: text/plain; charset=UTF-8"));
        QVERIFY(m.contains("Content-Type: text/html; charset=UTF-8"));
        QVERIFY(m.contains("Content-Disposition: attachment;\r\n filename=\"terms.pdf\""));
        QVERIFY(m.contains("List-Unsubscribe: <https://u.example/1>,\r\n <mailto:help@shop.example?subject=unsubscribe>\r\n"));
        QVERIFY(m.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        QVERIFY(!m.contains("\n\n")); // CRLF everywhere
        for (const QByteArray &line : m.split('\n'))
            QVERIFY2(line.size() <= 79, line.constData());
    }

    // List-Unsubscribe: one-click only with an https link (RFC 8058); the mailto: goes to
    // the From address without a Reply-To.
    void listUnsubscribe()
    {
        MailContent mail;
        mail.fromAddress = QStringLiteral("news+offers@shop.example");
        mail.to = QStringLiteral("ada@example.com");
        mail.text = QStringLiteral("Hi");
        QByteArray m = MimeMessage::build(mail, QDateTime::currentDateTimeUtc(), "id.2@shop.example");
        QVERIFY2(m.contains("List-Unsubscribe: <mailto:news%2Boffers@shop.example?subject=unsubscribe>\r\n"), m.constData());
        QVERIFY(!m.contains("List-Unsubscribe-Post"));
        mail.unsubscribeUrl = QStringLiteral("http://127.0.0.1:8480/u/abc.def");
        m = MimeMessage::build(mail, QDateTime::currentDateTimeUtc(), "id.3@shop.example");
        QVERIFY(m.contains("List-Unsubscribe: <http://127.0.0.1:8480/u/abc.def>,\r\n <mailto:"));
        QVERIFY(!m.contains("List-Unsubscribe-Post"));
    }

    // Every message below is read again by an independent parser, Python's email package
    // under its strict policy (a defect is an error), and compared field by field with what
    // was meant: subject, addresses, parts, texts, attachment names and sizes.
    void independentParserReadsWhatWeBuild_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("fromName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("attachments");
        const QString longName = QStringLiteral("Pr\u00e4sentation \u00fcber die Fr\u00fchjahrskollektion, Gr\u00f6\u00dfen "
                                                "und Preise f\u00fcr H\u00e4ndler (endg\u00fcltig) \u20ac.pdf");
        QTest::newRow("plain ASCII") << "Spring sale" << "Shop" << "Hi Ada,\nour sale starts today." << QString()
                                     << QStringList();
        QTest::newRow("non-ASCII subject and name")
            << "Fr\u00fchling: 20 % auf alles \u2013 nur heute \U0001F337" << "M\u00fcller & S\u00f6hne"
            << "Gr\u00fc\u00dfe aus K\u00f6ln" << QString() << QStringList();
        QTest::newRow("long subject") << QString(30, u'\u00e9') + u' ' + QString(80, u'a') + u' ' + QString(40, u'\u4e2d')
                                      << "A \"quoted\" name" << "Long." << QString() << QStringList();
        QTest::newRow("long ASCII subject") << "Our spring collection is here: tents, sleeping bags, stoves and "
                                               "everything else you need for the season ahead"
                                            << "Shop" << "Hi" << QString() << QStringList();
        QTest::newRow("html with attachments")
            << "Your documents" << "Shop" << "Text part" << "<p>HTML <b>part</b> \u00e9</p>"
            << QStringList{QStringLiteral("terms.pdf"), QStringLiteral("Preisliste M\u00e4rz \u20ac.pdf"), longName,
                           QStringLiteral("a \"quoted\" \\ name.txt"), QStringLiteral("\u5831\u544a.xlsx")};
        QTest::newRow("text with a dot line") << "Dots" << QString() << "line\n.\n..\nend" << QString() << QStringList();
    }

    void independentParserReadsWhatWeBuild()
    {
        QFETCH(QString, subject);
        QFETCH(QString, fromName);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QStringList, attachments);
        MailContent mail;
        mail.fromAddress = QStringLiteral("news@shop.example");
        mail.fromName = fromName;
        mail.replyTo = QStringLiteral("help@shop.example");
        mail.to = QStringLiteral("ada@example.com");
        mail.subject = subject;
        mail.text = text;
        mail.html = html;
        mail.unsubscribeUrl = QStringLiteral("https://herald.shop.example/u/abc.def");
        for (qsizetype i = 0; i < attachments.size(); ++i)
            mail.attachments.append({attachments.at(i), QStringLiteral("application/octet-stream"), {}, 10 + i,
                                     QByteArray(10 + i, char('a' + i))});
        const QByteArray built = MimeMessage::build(mail, QDateTime::currentDateTimeUtc(), "id.9@shop.example");
        for (const QByteArray &line : built.split('\n'))
            QVERIFY2(line.size() <= 999, line.constData()); // RFC 5322's limit; 78 is only a should
        if (!subject.contains(QRegularExpression(QStringLiteral("[^ -~]"))))
            QVERIFY2(!built.left(built.indexOf("\r\n\r\n")).contains("=?UTF-8?"), built.constData()); // ASCII as it is

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("message.eml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(built);
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(HERALD_TEST_PEERS "/mime_read.py"), file.fileName()});
        QVERIFY2(python.waitForFinished(60000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

        QCOMPARE(read.value(u"subject").toString(), subject);
        const QJsonObject from = read.value(u"from").toArray().first().toObject();
        QCOMPARE(from.value(u"name").toString(), fromName);
        QCOMPARE(from.value(u"address").toString(), mail.fromAddress);
        QCOMPARE(read.value(u"to").toArray().first().toObject().value(u"address").toString(), mail.to);
        QCOMPARE(read.value(u"reply_to").toArray().first().toObject().value(u"address").toString(), mail.replyTo);
        QVERIFY(read.value(u"list_unsubscribe").toString().contains(mail.unsubscribeUrl));
        // Python gives the text as it stands in the message: CRLF line ends, a final one.
        QCOMPARE(read.value(u"text").toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(), text);
        QCOMPARE(read.value(u"html").toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(), html);
        QStringList parts;
        for (const QJsonValue &p : read.value(u"parts").toArray())
            parts << p.toString();
        QStringList expected;
        if (!attachments.isEmpty())
            expected << QStringLiteral("multipart/mixed");
        if (html.isEmpty())
            expected << QStringLiteral("text/plain");
        else
            expected << QStringLiteral("multipart/alternative") << QStringLiteral("text/plain") << QStringLiteral("text/html");
        for (qsizetype i = 0; i < attachments.size(); ++i)
            expected << QStringLiteral("application/octet-stream");
        QCOMPARE(parts, expected);
        const QJsonArray attached = read.value(u"attachments").toArray();
        QCOMPARE(attached.size(), attachments.size());
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            QCOMPARE(attached.at(i).toObject().value(u"name").toString(), attachments.at(i));
            QCOMPARE(attached.at(i).toObject().value(u"size").toInt(), 10 + i);
        }
    }

    // The preheader is hidden text at the very start of <body>, escaped as plain text.
    void preheader()
    {
        const QString html = QStringLiteral("<html><head><title>x</title></head><BODY class=\"m\"><p>Hi</p></BODY></html>");
        const QString out = EmailContent::withPreheader(html, QStringLiteral(" Save 20% <today> & more "));
        QVERIFY(out.startsWith(u"<html><head><title>x</title></head><BODY class=\"m\"><div style=\"display:none;"));
        QVERIFY(out.contains(u">Save 20% &lt;today&gt; &amp; more&#847;"));
        QVERIFY(out.endsWith(u"</div><p>Hi</p></BODY></html>"));
        QVERIFY(EmailContent::withPreheader(QStringLiteral("<p>Hi</p>"), QStringLiteral("Pre")).startsWith(u"<div "));
        QCOMPARE(EmailContent::withPreheader(html, QStringLiteral("  ")), html);
        // What an inbox shows first once the hidden block's tags are gone.
        QVERIFY(HtmlText::toText(EmailContent::withPreheader(html, QStringLiteral("Pre")))
                    .startsWith(u"Pre"));
    }

    // Files to attach: typed by content and name, programs, empty files and anything over
    // the size bound refused with the reason; descriptions round-trip through JSON.
    void attachments()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(name));
            f.write(data);
            return f.fileName();
        };
        auto pdf = EmailContent::read(write(QStringLiteral("terms.pdf"), "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n"), {});
        QVERIFY(pdf.ok());
        QCOMPARE(pdf->mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf->size, 21);
        QCOMPARE(pdf->sha256.size(), 64);
        const auto refused = [&](const QString &name, const QByteArray &data, const QList<Attachment> &already,
                                 const char *why) {
            auto r = EmailContent::read(write(name, data), already);
            QVERIFY2(!r.ok() && r.error().message.contains(QLatin1StringView(why)), name.toUtf8());
        };
        refused(QStringLiteral("setup.EXE"), "MZ", {}, "program or script");
        refused(QStringLiteral("empty.txt"), {}, {}, "is empty");
        Attachment big = *pdf;
        big.size = EmailContent::kMaxAttachmentBytes - 10;
        refused(QStringLiteral("more.txt"), QByteArray(11, 'x'), {big}, "over the 15.0 MB");
        QVERIFY(EmailContent::read(write(QStringLiteral("fits.txt"), QByteArray(10, 'x')), {big}).ok());
        QVERIFY(!EmailContent::read(dir.filePath(QStringLiteral("missing.txt")), {}).ok());

        const QList<Attachment> back = EmailContent::fromJson(EmailContent::toJson({*pdf}));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().fileName, pdf->fileName);
        QCOMPARE(back.first().mimeType, pdf->mimeType);
        QCOMPARE(back.first().sha256, pdf->sha256);
        QCOMPARE(back.first().size, pdf->size);
        QVERIFY(back.first().data.isEmpty());
    }

    // Found by fuzz_mime: control characters in a subject or a sender's name (a NUL stops
    // mail programs reading the header) are shown as spaces.
    void controlCharactersInHeaders()
    {
        MailContent mail;
        mail.fromAddress = QStringLiteral("news@herald.example");
        mail.fromName = QStringLiteral("North\u0001wind");
        mail.to = QStringLiteral("ada@x.example");
        mail.subject = QStringLiteral("Sale\0\0 ends\r\nBcc: x@evil.example");
        mail.text = QStringLiteral("Hi\0 there"); // a NUL in the body is dropped: readers stop there
        const QByteArray m = MimeMessage::build(mail, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC), "t.1@x");
        QVERIFY(m.contains("Subject: Sale   ends  Bcc: x@evil.example\r\n"));
        QVERIFY(m.contains("From: \"North wind\" <news@herald.example>\r\n"));
        QVERIFY(!m.contains('\0'));
        QVERIFY(m.contains("\r\n\r\nHi there\r\n"));
        QVERIFY(!m.contains("=00"));
    }

    // SMTP replies come in pieces: multi-line replies are one reply, and a server that
    // never ends its line is cut off instead of filling memory.
    void smtpRepliesInPieces()
    {
        SmtpReplyReader reader;
        QVERIFY(reader.feed("250-mail.example\r\n250-PIPE").isEmpty());
        const auto replies = reader.feed("LINING\r\n250 AUTH PLAIN\r\n354 go\r\n");
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).code, 250);
        QCOMPARE(replies.at(0).lines, (QStringList{QStringLiteral("mail.example"), QStringLiteral("PIPELINING"),
                                                   QStringLiteral("AUTH PLAIN")}));
        QCOMPARE(replies.at(1).code, 354);
        QCOMPARE(reader.feed("abc\r\n").first().code, 0); // no code: 0, which no state accepts
        QCOMPARE(reader.feed("-45 x\r\n").first().code, 0); // found by fuzz_smtp_reply: read as -45 before

        SmtpReplyReader endless;
        for (int i = 0; i < 100 && !endless.overflowed(); ++i)
            QVERIFY(endless.feed(QByteArray(1024, 'x')).isEmpty());
        QVERIFY(endless.overflowed());
        SmtpReplyReader many;
        QByteArray lines;
        for (int i = 0; i <= SmtpReplyReader::kMaxLines; ++i)
            lines += "250-x\r\n";
        QVERIFY(many.feed(lines).isEmpty());
        QVERIFY(many.overflowed());
    }
};

QTEST_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
