#include "audience/audiencequery.h"
#include "audience/campaignaudience.h"
#include "audience/segmentrules.h"
#include "storage/audiencerepository.h"
#include "storage/campaignrepository.h"
#include "storage/catalogrepository.h"
#include "storage/replyrepository.h"
#include "storage/sqlquery.h"
#include "testworkspace.h"

#include <QTest>

using namespace herald;

namespace {

QString one(const char *field, const char *op, const QString &value = {})
{
    SegmentNode root;
    root.group = true;
    root.children.push_back(SegmentNode::rule(QString::fromLatin1(field), QString::fromLatin1(op), value));
    return SegmentRules::toJson(root);
}

} // namespace

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
        QTest::newRow("nested rule") << QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"a"},)"
                                                       R"({"match":"any","rules":[{"field":"email","op":"is_set"},)"
                                                       R"({"field":"email","op":"sounds_like"}]}]})")
                                     << QStringLiteral("rule 2.2 (email sounds_like)");
        QTest::newRow("bad group match") << QStringLiteral(R"({"rules":[{"match":"most","rules":[]}]})")
                                         << QStringLiteral("group 1");
        QTest::newRow("campaign without id") << QStringLiteral(R"({"rules":[{"field":"campaign","op":"received"}]})")
                                             << QStringLiteral("short ID");
        QTest::newRow("campaign bad op") << QStringLiteral(R"({"rules":[{"field":"campaign","op":"eq","value":"C-1"}]})")
                                         << QStringLiteral("received, not_received");
        QTest::newRow("custom field quote") << QStringLiteral("{\"rules\":[{\"field\":\"custom.a\\\"b\",\"op\":\"is_set\"}]}")
                                            << QStringLiteral("quotes");
        QString deep = QStringLiteral(R"({"field":"email","op":"is_set"})");
        for (int i = 0; i < 10; ++i)
            deep = u"{\"rules\":[" + deep + u"]}";
        QTest::newRow("too deep") << deep << QStringLiteral("deeper than 8");
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

    // The JSON the builder writes reads back as the same tree.
    void jsonRoundTrip()
    {
        SegmentNode root;
        root.group = true;
        root.children.push_back(SegmentNode::rule(QStringLiteral("tag"), QStringLiteral("has"), QStringLiteral("vip")));
        SegmentNode any;
        any.group = true;
        any.any = true;
        any.children.push_back(SegmentNode::rule(QStringLiteral("email"), QStringLiteral("is_set")));
        any.children.push_back(
            SegmentNode::rule(QStringLiteral("campaign"), QStringLiteral("replied_to"), QStringLiteral("C-ABCDE")));
        root.children.push_back(any);
        const QString json = SegmentRules::toJson(root);
        auto back = SegmentRules::parse(json);
        QVERIFY(back.ok());
        QCOMPARE(*back, root);
        QCOMPARE(SegmentRules::toJson(*back), json);
        SegmentNode empty;
        empty.group = true;
        QCOMPARE(SegmentRules::toJson(empty), QString()); // matches everyone
        QVERIFY(SegmentRules::parse(QString())->children.empty());
    }

    void everyOperator_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("expected");
        // The fixture's 20 contacts "Contact0".."Contact19": 9 and 19 have no email, 4, 9,
        // 14 and 19 no phone, 0-4 are tagged vip; the test gives 0-2 a time zone and 3-4
        // a custom plan.
        QTest::newRow("eq, any case") << one("first_name", "eq", QStringLiteral("contact3")) << 1;
        QTest::newRow("ne") << one("first_name", "ne", QStringLiteral("Contact3")) << 19;
        QTest::newRow("contains") << one("first_name", "contains", QStringLiteral("ACT1")) << 11;
        QTest::newRow("starts_with") << one("first_name", "starts_with", QStringLiteral("Contact1")) << 11;
        QTest::newRow("has email") << one("email", "is_set") << 18;
        QTest::newRow("has no email") << one("email", "is_not_set") << 2;
        QTest::newRow("has phone") << one("phone", "is_set") << 16;
        QTest::newRow("has no phone") << one("phone", "is_not_set") << 4;
        QTest::newRow("last name") << one("last_name", "eq", QStringLiteral("a")) << 20;
        QTest::newRow("time zone") << one("time_zone", "eq", QStringLiteral("Europe/Paris")) << 3;
        QTest::newRow("time zone not") << one("time_zone", "ne", QStringLiteral("Europe/Paris")) << 17;
        QTest::newRow("tag has") << one("tag", "has", QStringLiteral("vip")) << 5;
        QTest::newRow("tag has_not") << one("tag", "has_not", QStringLiteral("vip")) << 15;
        QTest::newRow("custom eq") << one("custom.plan", "eq", QStringLiteral("GOLD")) << 1;
        QTest::newRow("custom starts") << one("custom.plan", "starts_with", QStringLiteral("s")) << 1;
        QTest::newRow("custom set") << one("custom.plan", "is_set") << 2;
        QTest::newRow("custom not set") << one("custom.plan", "is_not_set") << 18;
        QTest::newRow("custom unknown") << one("custom.shoe", "is_set") << 0;
        QTest::newRow("all of") << QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"vip"},)"
                                                  R"({"field":"phone","op":"is_not_set"}]})")
                                << 1;
        QTest::newRow("nested any in all")
            << QStringLiteral(R"({"rules":[{"field":"tag","op":"has","value":"vip"},{"match":"any","rules":[)"
                              R"({"field":"first_name","op":"eq","value":"Contact0"},)"
                              R"({"field":"first_name","op":"eq","value":"Contact7"},)"
                              R"({"field":"time_zone","op":"is_set"}]}]})")
            << 3;
        QTest::newRow("any of all")
            << QStringLiteral(R"({"match":"any","rules":[{"rules":[{"field":"email","op":"is_not_set"},)"
                              R"({"field":"phone","op":"is_not_set"}]},{"field":"first_name","op":"eq","value":"Contact0"}]})")
            << 3;
        QTest::newRow("empty group") << QStringLiteral(R"({"rules":[{"match":"any","rules":[]}]})") << 20;
    }
    void everyOperator()
    {
        QFETCH(QString, rules);
        QFETCH(int, expected);
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const Id first = t.ids.value(QStringLiteral("contact:first"));
        ws.exec(QStringLiteral("UPDATE contacts SET time_zone = 'Europe/Paris' WHERE id BETWEEN ? AND ?"),
             {first, first + 2});
        ws.exec(QStringLiteral("UPDATE contacts SET custom_fields = ? WHERE id = ?"),
             {QStringLiteral(R"({"plan":"gold"})"), first + 3});
        ws.exec(QStringLiteral("UPDATE contacts SET custom_fields = ? WHERE id = ?"),
             {QStringLiteral(R"({"plan":"silver","seats":"4"})"), first + 4});
        AudienceQuery query(ws.db(), t.tenantId);
        AudienceSpec spec;
        spec.dropOptedOut = false;
        spec.includeRules << rules;
        auto count = query.count(spec);
        QVERIFY2(count.ok(), count ? "" : qPrintable(count.error().message));
        QCOMPARE(*count, expected);
        // Excluding the same rules leaves the rest: a rule never drops a NULL silently.
        spec.includeRules.clear();
        spec.excludeRules << rules;
        count = query.count(spec);
        QVERIFY2(count.ok(), count ? "" : qPrintable(count.error().message));
        QCOMPARE(*count, 20 - expected);
    }

    // Received / replied to / opted out of a campaign, through its live runs only.
    void campaignHistory()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        const auto other = ws.addTenant(QStringLiteral("B"));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Sms}));
        const QString shortId = CampaignRepository(ws.db(), t.tenantId).get(campaign)->shortId;
        ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        const Run run = ws.startRun(t, campaign, clock);
        const Id first = t.ids.value(QStringLiteral("contact:first"));
        // Contacts 0-5 got it, 6 failed, the rest are still queued.
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Delivered' WHERE run_id = ? AND contact_id <= ?"),
             {run.id, first + 3});
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Sent' WHERE run_id = ? AND contact_id IN (?, ?)"),
             {run.id, first + 4, first + 5});
        ws.exec(QStringLiteral("UPDATE messages SET status = 'Failed' WHERE run_id = ? AND contact_id = ?"),
             {run.id, first + 6});
        ReplyRepository replies(ws.db(), t.tenantId);
        Reply reply;
        reply.channel = ChannelKind::Sms;
        reply.fromAddress = QStringLiteral("+447700900010"); // contact 0
        reply.body = QStringLiteral("Yes please");
        QCOMPARE(replies.store(reply)->runId, std::optional<Id>(run.id));
        AudienceRepository audience(ws.db(), t.tenantId);
        QVERIFY(audience.addOptOut({0, t.tenantId, first + 2, ChannelKind::Sms, QStringLiteral("reply keyword"), {}, run.id}).ok());

        AudienceQuery query(ws.db(), t.tenantId);
        auto count = [&](const char *op, const QString &id) {
            AudienceSpec spec;
            spec.dropOptedOut = false;
            spec.includeRules << one("campaign", op, id);
            return *query.count(spec);
        };
        // Contact 1 is opted out in the fixture and contact 4 has no phone: neither was queued.
        QCOMPARE(count("received", shortId), 4); // 0, 2, 3, 5
        QCOMPARE(count("not_received", shortId), 16);
        QCOMPARE(count("replied_to", shortId), 1);
        QCOMPARE(count("not_replied_to", shortId), 19);
        QCOMPARE(count("opted_out_of", shortId), 1);
        QCOMPARE(count("received", QStringLiteral("C-NOPE")), 0);
        // The same short ID seen from another tenant names nobody there.
        AudienceQuery otherQuery(ws.db(), other.tenantId);
        AudienceSpec spec;
        spec.dropOptedOut = false;
        spec.includeRules << one("campaign", "received", shortId);
        QCOMPARE(*otherQuery.count(spec), 0);
    }

    // A hostile value in any field, custom field name or campaign ID is only ever data.
    void injectionAttempts_data()
    {
        QTest::addColumn<QString>("rules");
        const QString evil = QStringLiteral("x') OR 1=1; DROP TABLE contacts; --");
        QTest::newRow("text") << one("first_name", "eq", evil);
        QTest::newRow("contains") << one("email", "contains", evil);
        QTest::newRow("custom value") << one("custom.plan", "eq", evil);
        QTest::newRow("custom name") << one("custom.plan') OR 1=1 --", "is_set");
        QTest::newRow("campaign") << one("campaign", "received", evil);
        QTest::newRow("tag") << one("tag", "has", evil);
    }
    void injectionAttempts()
    {
        QFETCH(QString, rules);
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        auto compiled = SegmentRules::compile(rules, ws.db().dialect());
        QVERIFY(compiled.ok());
        QVERIFY(!compiled->sql.contains(QLatin1StringView("DROP")));
        QVERIFY(!compiled->sql.contains(QLatin1StringView("1=1")));
        AudienceQuery query(ws.db(), t.tenantId);
        AudienceSpec spec;
        spec.dropOptedOut = false;
        spec.includeRules << rules;
        QCOMPARE(*query.count(spec), 0);
        QCOMPARE(*AudienceRepository(ws.db(), t.tenantId).contactCount(), 20);
    }

    // What preflight and the builder count is what a live run queues, for rules of every
    // kind combined with include and exclude segments.
    void countEqualsQueuedAudience()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        AudienceRepository audience(ws.db(), t.tenantId);
        const Id first = t.ids.value(QStringLiteral("contact:first"));
        ws.exec(QStringLiteral("UPDATE contacts SET time_zone = 'Europe/Paris' WHERE id BETWEEN ? AND ?"),
             {first, first + 9});
        const Id paris = *audience.addSegment(
            {0, t.tenantId, QStringLiteral("Paris"), one("time_zone", "eq", QStringLiteral("Europe/Paris")), false});
        Campaign c = ws.readyCampaign(t, {ChannelKind::Email, ChannelKind::Sms});
        c.sendToSegments = {paris, t.ids.value(QStringLiteral("segment:vip"))};
        c.excludeSegments = {*audience.addSegment(
            {0, t.tenantId, QStringLiteral("Sevens"), one("first_name", "contains", QStringLiteral("7")), false})};
        c.oneTimeRules = QStringLiteral(R"({"match":"any","rules":[{"field":"phone","op":"is_set"},)"
                                        R"({"rules":[{"field":"email","op":"is_set"},{"field":"tag","op":"has_not","value":"x"}]}]})");
        const Id id = ws.create(t, c);
        c = *CampaignRepository(ws.db(), t.tenantId).get(id);
        auto preview = previewAudience(ws.db(), t.tenantId, c);
        QVERIFY(preview.ok());
        ManualClock clock(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
        const Run run = ws.startRun(t, id, clock);
        for (const ChannelAudience &a : *preview) {
            SqlQuery q(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE run_id = ? AND channel = ?"));
            q.bind(run.id).bind(nameOf(a.kind));
            QVERIFY(q.exec(u"count").ok() && q.next());
            QVERIFY(a.count > 0);
            QCOMPARE(q.value(0).toLongLong(), a.count);
        }
        // Email: contacts 0-9 minus 7, 9 (no email) and 1 (opted out) = 7.
        QCOMPARE(preview->first().count, 7);
    }

    void segmentEditing()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        AudienceRepository audience(ws.db(), t.tenantId);
        const Id vip = t.ids.value(QStringLiteral("segment:vip"));
        Segment s = *audience.segment(vip);
        s.rules = QStringLiteral(R"({"rules":[{"field":"bogus","op":"eq"}]})");
        const Status bad = audience.updateSegment(s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"segment VIP"));
        QCOMPARE(audience.segment(vip)->rules.contains(u"vip"), true); // unchanged
        s.rules = one("email", "is_set");
        s.name = QStringLiteral("Reachable");
        QVERIFY(audience.updateSegment(s).ok());
        QCOMPARE(audience.segment(vip)->name, QStringLiteral("Reachable"));

        Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
        c.name = QStringLiteral("Uses it");
        c.sendToSegments = {vip};
        ws.create(t, c);
        QCOMPARE(*audience.campaignsUsingSegment(vip), QStringList{QStringLiteral("Uses it")});
        QVERIFY(CatalogRepository(ws.db(), t.tenantId).softDelete(CatalogKind::Segment, vip).ok());
        QVERIFY(audience.segment(vip)->deleted);
        QVERIFY(!audience.updateSegment(s).ok()); // a deleted segment is not edited
    }
};

QTEST_GUILESS_MAIN(TestSegmentRules)
#include "tst_segmentrules.moc"
