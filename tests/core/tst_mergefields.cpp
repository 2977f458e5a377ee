// Merge fields: values, defaults, custom fields, HTML escaping, and what is left for
// preflight to point out.
#include "content/mergefields.h"

#include <QTest>

using namespace herald;

class TestMergeFields final : public QObject
{
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("value") << "Hi {{first_name}}!" << false << "Hi Ada & Co <3!";
        QTest::newRow("spaces inside") << "Hi {{ first_name }}!" << false << "Hi Ada & Co <3!";
        QTest::newRow("html escapes values") << "<p>Hi {{first_name}}</p>" << true << "<p>Hi Ada &amp; Co &lt;3</p>";
        QTest::newRow("html keeps the template") << "<b>{{last_name}}</b>" << true << "<b></b>";
        QTest::newRow("default when empty") << "Dear {{last_name|friend}}," << false << "Dear friend,";
        QTest::newRow("default trimmed") << "Dear {{ last_name | dear friend }}," << false << "Dear dear friend,";
        QTest::newRow("default unused") << "{{first_name|you}}" << false << "Ada & Co <3";
        QTest::newRow("default for an unknown field") << "Code {{coupon|NONE}}" << false << "Code NONE";
        QTest::newRow("custom field") << "From {{Company Name}} in {{city}}" << false << "From Acme <Ltd> in Leeds";
        QTest::newRow("custom field escaped") << "<i>{{Company Name}}</i>" << true << "<i>Acme &lt;Ltd&gt;</i>";
        QTest::newRow("custom never replaces standard") << "{{email}}" << false << "ada@example.com";
        QTest::newRow("unknown left as is") << "Code {{coupon}}" << false << "Code {{coupon}}";
        QTest::newRow("empty braces left") << "{{}} and {{ }}" << false << "{{}} and {{ }}";
        QTest::newRow("empty value, no default") << "[{{last_name}}]" << false << "[]";
    }
    void apply()
    {
        QFETCH(QString, text);
        QFETCH(bool, html);
        QFETCH(QString, expected);
        const auto values =
            MergeFields::values(QStringLiteral("Ada & Co <3"), QString(), QStringLiteral("ada@example.com"),
                                QStringLiteral("+447700900123"), QStringLiteral("Spring"), QStringLiteral("Shop"),
                                QStringLiteral("https://h.example/u/7"), QStringLiteral("c7_token"),
                                {{QStringLiteral("Company Name"), QStringLiteral("Acme <Ltd>")},
                                 {QStringLiteral("city"), QStringLiteral("Leeds")},
                                 {QStringLiteral("email"), QStringLiteral("not this")}});
        QCOMPARE(MergeFields::apply(text, values, html ? MergeFields::Escape::Html : MergeFields::Escape::None),
                 expected);
    }

    void used()
    {
        QCOMPARE(MergeFields::used(QStringLiteral("{{a}} {{ b | x }} {{a}} {{Company Name}} {not} {{}}")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Company Name"), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestMergeFields)
#include "tst_mergefields.moc"
