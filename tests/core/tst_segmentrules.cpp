#include "audience/audiencequery.h"
#include "audience/segmentrules.h"
#include "storage/audiencerepository.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

class TestSegmentRules final : public QObject
{
    Q_OBJECT

private slots:
    void invalidRulesNameTheRule_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QStringLiteral("{oops") << QStringLiteral("JSON");
        QTest::newRow("bad match") << QStringLiteral(R"({"match":"some"})") << QStringLiteral("match");
        QTest::newRow("unknown field") << QStringLiteral(R"({"rules":[{"field":"shoe_size","op":"eq","value":"9"}]})")
                                       << QStringLiteral("rule 1 (shoe_size eq)");
        QTest::newRow("unknown op") << QStringLiteral(R"({"rules":[{"field":"email","op":"eq"},{"field":"email","op":"like"}]})")
                                    << QStringLiteral("rule 2 (email like)");
        QTest::newRow("tag without value") << QStringLiteral(R"({"rules":[{"field":"tag","op":"has"}]})")
                                           << QStringLiteral("needs a value");
    }
    void invalidRulesNameTheRule()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        const Status st = SegmentRules::validate(json);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, Error::Kind::Usage);
        QVERIFY2(st.error().message.contains(mentions), qPrintable(st.error().message));
    }

    // Values are bound, never pasted: a hostile value matches only itself.
    void valuesAreParameters()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        AudienceRepository audience(ws.db(), t.tenantId);
        Contact evil;
        evil.firstName = QStringLiteral("x' OR '1'='1");
        evil.email = QStringLiteral("evil@example.com");
        evil.tags << QStringLiteral("50%_off");
        QVERIFY(audience.addContacts({evil}).ok());

        AudienceQuery query(ws.db(), t.tenantId);
        AudienceSpec spec;
        spec.dropOptedOut = false;
        spec.includeRules << QStringLiteral("{\"rules\":[{\"field\":\"first_name\",\"op\":\"eq\",\"value\":\"x\' OR \'1\'=\'1\"}]}");
        QCOMPARE(*query.count(spec), 1);
        spec.includeRules = {QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"50%_off"}]})")};
        QCOMPARE(*query.count(spec), 1);
        spec.includeRules = {QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"%"}]})")};
        QCOMPARE(*query.count(spec), 0); // a wildcard in a value is a literal character
    }

    void audienceArithmetic()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        AudienceQuery query(ws.db(), t.tenantId);
        AudienceSpec spec;
        spec.contactListId = t.ids.value(QStringLiteral("list"));
        spec.dropOptedOut = false;
        QCOMPARE(*query.count(spec), 20);
        spec.includeRules << QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"vip"}]})");
        QCOMPARE(*query.count(spec), 5);
        spec.excludeRules << QStringLiteral(R"({"rules":[{"field":"first_name","op":"eq","value":"Contact0"}]})");
        QCOMPARE(*query.count(spec), 4);
        spec.dropOptedOut = true; // contact 1 is opted out of everything
        QCOMPARE(*query.count(spec), 3);
        spec.channel = ChannelKind::Phone; // contact 4 has no phone
        QCOMPARE(*query.count(spec), 2);
        spec.oneTimeRules = QStringLiteral(R"({"match":"any","rules":[{"field":"first_name","op":"starts_with","value":"contact3"}]})");
        QCOMPARE(*query.count(spec), 1);
        const auto ids = query.ids(spec);
        QCOMPARE(ids->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSegmentRules)
#include "tst_segmentrules.moc"
