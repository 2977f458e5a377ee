// Bounces, complaints, automatic replies and replies in the shapes real servers send
// (tests/data/mail), read by InboundMail.
#include "mailbox/inboundmail.h"

#include <QFile>
#include <QTest>

using namespace herald;

namespace {

const QString kRecipient = QStringLiteral("ada@example.net");
const QString kVerp = QStringLiteral("bounces+h42-0123456789abcdef@shop.example");
const QString kMessageId = QStringLiteral("herald.7.42.k3j2@shop.example");

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(HERALD_MAIL_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray raw = f.readAll();
    raw.replace("{{VERP}}", kVerp.toUtf8())
        .replace("{{MESSAGE_ID}}", kMessageId.toUtf8())
        .replace("{{RECIPIENT}}", kRecipient.toUtf8())
        .replace("{{FROM}}", "news@shop.example");
    return raw;
}

} // namespace

class TestInboundMail : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("permanent");
        QTest::addColumn<QString>("reason"); // bounces: bounceReason()
        QTest::addColumn<bool>("namesMessage"); // references carry Herald's Message-ID
        QTest::addColumn<bool>("namesVerp");    // addresses carry the VERP address
        QTest::addColumn<QString>("text");
        using K = InboundMail::Kind;
        QTest::newRow("postfix hard") << "postfix-hard.eml" << int(K::Bounce) << true
                                      << "5.1.1 Recipient address rejected: User unknown in virtual mailbox table"
                                      << true << true << "";
        QTest::newRow("exim, not RFC 3464") << "exim-hard.eml" << int(K::Bounce) << true
                                            << "5.2.1 The email account that you tried to reach is disabled" << true
                                            << true << "";
        QTest::newRow("gmail") << "gmail-hard.eml" << int(K::Bounce) << true
                               << "5.1.1 The email account that you tried to reach does not exist. Please try "
                                  "double-checking the recipient's email address for typos or unnecessary spaces. "
                                  "For more information, go to https://support.google.…" // 200 characters at most
                               << true << true << "";
        QTest::newRow("microsoft") << "microsoft-hard.eml" << int(K::Bounce) << true
                                   << "5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
                                      "[DB9PR02MB7530.eurprd02.prod.outlook.com 2026-12-03T09:31:05.000Z 08DD]"
                                   << true << true << "";
        QTest::newRow("soft: mailbox full") << "postfix-soft.eml" << int(K::Bounce) << false << "4.2.2 Mailbox full"
                                            << true << true << "";
        QTest::newRow("delayed") << "postfix-delayed.eml" << int(K::Delay) << false
                                 << "4.4.1 connect to mx.example.net[203.0.113.7]:25: Connection timed out" << true
                                 << true << "";
        QTest::newRow("complaint") << "arf-complaint.eml" << int(K::Complaint) << false << "" << true << true << "";
        QTest::newRow("exchange out of office") << "exchange-out-of-office.eml" << int(K::AutoReply) << false << ""
                                                << true << false
                                                << "I am out of the office until 14 December with limited access to "
                                                   "email.";
        QTest::newRow("gmail vacation") << "gmail-vacation.eml" << int(K::AutoReply) << false << "" << true << true
                                        << "Ich bin bis 2. Januar nicht im Büro.";
        QTest::newRow("reply") << "reply.eml" << int(K::Reply) << false << "" << true << false
                               << "Sí, por favor: call me back on Monday.\n\nOn Thu, 3 Dec 2026 at 09:14, Shop wrote:\n"
                                  "> Hello, our winter sale starts today.";
        QTest::newRow("html-only reply to the bounce address")
            << "reply-html-to-bounce-address.eml" << int(K::Reply) << false << "" << false << true
            << "Please send the catalogue too.\n\nHello, our winter sale starts today.";
        QTest::newRow("mailto: unsubscribe") << "unsubscribe-mailto.eml" << int(K::Unsubscribe) << false << "" << false
                                             << false << "";
        QTest::newRow("unrelated") << "unrelated.eml" << int(K::Reply) << false << "" << false << false
                                   << "Please find your invoice attached.";
    }

    void reads()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(bool, permanent);
        QFETCH(QString, reason);
        QFETCH(bool, namesMessage);
        QFETCH(bool, namesVerp);
        QFETCH(QString, text);
        const QByteArray raw = fixture(file);
        QVERIFY2(!raw.isEmpty(), qPrintable(file));
        const InboundMail mail = InboundMail::parse(raw);
        QCOMPARE(int(mail.kind), kind);
        QCOMPARE(mail.permanent, permanent);
        if (kind == int(InboundMail::Kind::Bounce) || kind == int(InboundMail::Kind::Delay)) {
            QCOMPARE(mail.bounceReason(), reason);
            QCOMPARE(mail.recipient, kRecipient);
        }
        if (kind == int(InboundMail::Kind::Complaint))
            QCOMPARE(mail.recipient, kRecipient);
        QCOMPARE(mail.references.contains(kMessageId), namesMessage);
        QCOMPARE(mail.addresses.contains(kVerp), namesVerp);
        if (kind == int(InboundMail::Kind::Reply) || kind == int(InboundMail::Kind::AutoReply))
            QCOMPARE(mail.text, text);
        if (kind == int(InboundMail::Kind::Reply) && namesMessage)
            QCOMPARE(mail.from, kRecipient);
    }

    void withoutWords()
    {
        InboundMail mail;
        mail.status = QStringLiteral("5.1.1");
        QCOMPARE(mail.bounceReason(), QStringLiteral("5.1.1 user unknown"));
        mail.status = QStringLiteral("5.9.9");
        QCOMPARE(mail.bounceReason(), QStringLiteral("5.9.9"));
    }

    void garbage()
    {
        for (const QByteArray &raw : {QByteArray(), QByteArray("\0\0\0", 3), QByteArray(100000, '\n'),
                                      QByteArray("Content-Type: multipart/report; report-type=delivery-status; "
                                                 "boundary=x\n\n--x\nContent-Type: message/delivery-status\n\n\n--x--\n")}) {
            const InboundMail mail = InboundMail::parse(raw);
            QVERIFY(mail.kind != InboundMail::Kind::Bounce && mail.kind != InboundMail::Kind::Complaint);
        }
        // Nested deeper than any real mail: not followed down, or not parsed at all.
        for (const int levels : {400, 100000}) {
            QByteArray nested = "Content-Type: multipart/mixed; boundary=b0\n\n";
            for (int i = 0; i < levels; ++i)
                nested += "--b" + QByteArray::number(i) + "\nContent-Type: multipart/mixed; boundary=b"
                          + QByteArray::number(i + 1) + "\n\n";
            nested += "--b" + QByteArray::number(levels) + "\nContent-Type: text/plain\n\ndeep\n";
            QCOMPARE(InboundMail::parse(nested).text, QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestInboundMail)
#include "tst_inboundmail.moc"
