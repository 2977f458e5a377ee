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
};

QTEST_GUILESS_MAIN(TestSmsKeywords)
#include "tst_smskeywords.moc"
