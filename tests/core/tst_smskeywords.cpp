#include "content/smskeywords.h"

#include <QTest>

using namespace herald;

// Inbound texts and whether carriers' conventions make them an opt-out.
class TestSmsKeywords final : public QObject
{
    Q_OBJECT

private slots:
    void optOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("optOut");
        const std::pair<const char16_t *, bool> rows[] = {
            {u"STOP", true},
            {u"stop", true},
            {u"Stop", true},
            {u"Stop.", true},
            {u"STOP!", true},
            {u" stop ", true},
            {u"\tSTOP\n", true},
            {u"stop!!!", true},
            {u"\"STOP\"", true},
            {u"(stop)", true},
            {u"STOP \U0001F64F", true},   // an emoji is no word
            {u"\u00a0STOP\u3002", true},  // no-break space, ideographic full stop
            {u"\uff33\uff34\uff2f\uff30", true}, // full-width letters
            {u"STOPALL", true},
            {u"stop all", true},
            {u"Stop-All", true},
            {u"UNSUBSCRIBE", true},
            {u"unsubscribe.", true},
            {u"Cancel", true},
            {u"END", true},
            {u"end!", true},
            {u"QUIT", true},
            {u"quit ", true},
            {u"S.T.O.P", true},
            {u"stop please", false},
            {u"please stop", false},
            {u"STOPP", false}, // other languages' words are a tenant's own list
            {u"ARRET", false},
            {u"Is this in my size?", false},
            {u"stopped", false},
            {u"1 STOP", false},
            {u"STOP1", false},
            {u"", false},
            {u"...", false},
            {u"Thanks, see you Saturday!", false},
            {u"START", false},
            {u"HELP", false},
            {u"st\u00f6p", true}, // an accent is no other word
            {u"CANCEL \u2764", true},
        };
        for (const auto &[text, optOut] : rows)
            QTest::addRow("%s", qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text) << optOut;
        QTest::addRow("a long text that ends in stop") << (QString(200, u'a') + u" stop") << false;
    }

    void optOut()
    {
        QFETCH(QString, text);
        QFETCH(bool, optOut);
        QCOMPARE(SmsKeywords::isOptOut(text), optOut);
    }

    // Every meaning, with a tenant's own stop words in several languages.
    void meaning_data()
    {
        using M = SmsKeywords::Meaning;
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("meaning");
        const std::pair<const char16_t *, M> rows[] = {
            {u"START", M::OptIn},
            {u"start.", M::OptIn},
            {u" Unstop ", M::OptIn},
            {u"UN-STOP", M::OptIn},
            {u"HELP", M::Help},
            {u"help?", M::Help},
            {u"Info", M::Help},
            {u"INFO!", M::Help},
            {u"STOP", M::OptOut},
            {u"arr\u00eat", M::OptOut},     // French, accent and case aside
            {u"ARRET", M::OptOut},
            {u"Arr\u00eate", M::Reply},     // not the word
            {u"Stopp!", M::OptOut},         // German, Swedish, Norwegian
            {u"baja", M::OptOut},           // Spanish
            {u"Bah\u00eda", M::Reply},
            {u"PARAR", M::OptOut},          // Portuguese
            {u"\u0441\u0442\u043e\u043f", M::OptOut}, // Russian "стоп"
            {u"\u505c\u6b62", M::OptOut},   // Chinese "停止"
            {u"\u505c", M::Reply},
            {u"help me with my order", M::Reply},
            {u"start time?", M::Reply},
            {u"", M::Reply},
        };
        for (const auto &[text, meaning] : rows)
            QTest::addRow("%s", qPrintable(QString::fromUtf16(text))) << QString::fromUtf16(text) << int(meaning);
    }

    void meaning()
    {
        QFETCH(QString, text);
        QFETCH(int, meaning);
        const auto words = SmsKeywords::stopWords(
            QStringLiteral("arr\u00eat, STOPP, Baja, parar, \u0441\u0442\u043e\u043f, \u505c\u6b62"));
        QVERIFY(words.ok());
        QCOMPARE(int(SmsKeywords::meaning(text, *words)), meaning);
        if (SmsKeywords::meaning(text, *words) == SmsKeywords::Meaning::OptOut && !SmsKeywords::isOptOut(text))
            QVERIFY(!SmsKeywords::isOptOut(text, {})); // only the tenant's words made it one
    }

    // A tenant's own stop words as typed: normalized, repeats and the carriers' own left
    // out; what is not one word, or means START or HELP, refused.
    void stopWordsAsTyped()
    {
        QCOMPARE(*SmsKeywords::stopWords(QStringLiteral(" arr\u00eat ,STOPP,, stopp, STOP ")),
                 (QStringList{QStringLiteral("ARRET"), QStringLiteral("STOPP")}));
        QCOMPARE(*SmsKeywords::stopWords(QString()), QStringList());
        for (const QString &bad : {QStringLiteral("stop please"), QStringLiteral("!!"), QStringLiteral("start"),
                                   QStringLiteral("Info"), QString(21, u'x')}) {
            const auto refused = SmsKeywords::stopWords(u"ARRET, " + bad);
            QVERIFY2(!refused.ok(), qPrintable(bad));
            QCOMPARE(refused.error().kind, Error::Kind::Usage);
        }
    }
};

QTEST_GUILESS_MAIN(TestSmsKeywords)
#include "tst_smskeywords.moc"
