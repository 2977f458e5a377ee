#include "content/chatcompletions.h"
#include "fakechatendpoint.h"
#include "content/draftwriter.h"
#include "content/mergefields.h"
#include "content/smstext.h"
#include "storage/contentrepository.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace herald;

namespace {

using FakeEndpoint = test::FakeChatEndpoint;

QByteArray completion(const QString &content)
{
    return test::FakeChatEndpoint::completion(content);
}

Goal springGoal()
{
    return {1, 1, QStringLiteral("Spring collection"), QStringLiteral("Bring customers to see the new season"),
            QStringLiteral("replies"), 0.05, false, {}};
}

WriterBrief brief()
{
    WriterBrief b;
    b.tone = QStringLiteral("friendly");
    b.audience = QStringLiteral("loyal customers");
    b.keyPoints = {QStringLiteral("New spring jackets are in"), QStringLiteral("Members get 20% off until Sunday"),
                   QStringLiteral("Free returns in every store")};
    return b;
}

} // namespace

class TestDraftWriter final : public QObject
{
    Q_OBJECT

private slots:
    // Built in: the same draft every time, within the channel's limits, with the text the
    // channel must carry.
    void deterministicDrafts()
    {
        const Draft email = DraftWriter::draft(springGoal(), brief(), ChannelKind::Email);
        QCOMPARE(email.subject, QStringLiteral("New spring jackets are in"));
        QVERIFY(email.body.startsWith(u"Hi {{first_name|there}},"));
        QVERIFY(email.body.contains(u"\u2022 Members get 20% off until Sunday"));
        QVERIFY(email.body.contains(u"reply to this message")); // the goal counts replies
        QVERIFY(email.body.contains(u"{{unsubscribe_url}}"));
        QVERIFY(DraftWriter::check(email, brief()).isEmpty());
        QCOMPARE(DraftWriter::draft(springGoal(), brief(), ChannelKind::Email).body, email.body); // deterministic
        // Only merge fields Herald knows: preflight would flag any other.
        for (ChannelKind kind : {ChannelKind::Email, ChannelKind::Sms, ChannelKind::Phone})
            for (const char *metric : {"replies", "clicks", "answered calls", "visits"}) {
                Goal g = springGoal();
                g.metric = QString::fromLatin1(metric);
                const Draft any = DraftWriter::draft(g, brief(), kind);
                for (const QString &field : MergeFields::used(any.subject + any.body))
                    QVERIFY2(MergeFields::standard().contains(field), qPrintable(field));
            }

        const Draft sms = DraftWriter::draft(springGoal(), brief(), ChannelKind::Sms);
        QVERIFY(sms.body.endsWith(u"Reply STOP to opt out"));
        QCOMPARE(SmsText::measure(sms.body).segments, 1);
        QVERIFY(!sms.notes.isEmpty()); // three points do not fit one segment: the last ones are left out
        QVERIFY(sms.notes.first().contains(u"Free returns"));
        QVERIFY(DraftWriter::check(sms, brief()).isEmpty());
        WriterBrief roomy = brief();
        roomy.smsMaxSegments = 3;
        const Draft longer = DraftWriter::draft(springGoal(), roomy, ChannelKind::Sms);
        QVERIFY(longer.notes.isEmpty());
        QVERIFY(longer.body.contains(u"Free returns"));

        WriterBrief formal = brief();
        formal.tone = QStringLiteral("formal");
        formal.emailSubjectMax = 12;
        const Draft formalEmail = DraftWriter::draft(springGoal(), formal, ChannelKind::Email);
        QVERIFY(formalEmail.body.startsWith(u"Dear {{first_name|customer}},"));
        QVERIFY(formalEmail.subject.size() <= 12);
        const Draft script = DraftWriter::draft(springGoal(), brief(), ChannelKind::Phone);
        QVERIFY(script.body.contains(u"{{sender_name}} calling about Spring collection"));
    }

    // A writer's brief is stored with it and drafts from it.
    void briefRoundTrip()
    {
        test::TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("A"));
        ContentRepository content(ws.db(), t.tenantId);
        Writer w;
        w.name = QStringLiteral("Brief");
        w.instructions = QStringLiteral("Be brief.");
        w.tone = QStringLiteral("urgent");
        w.audience = QStringLiteral("members");
        w.keyPoints = brief().keyPoints;
        w.smsMaxSegments = 2;
        w.emailSubjectMax = 40;
        const Id id = *content.addWriter(w);
        const Writer back = *content.writer(id);
        QCOMPARE(back.keyPoints, w.keyPoints);
        QCOMPARE(back.tone, w.tone);
        QCOMPARE(back.smsMaxSegments, 2);
        QCOMPARE(back.emailSubjectMax, 40);
        const WriterBrief b = WriterBrief::of(back);
        QCOMPARE(b.instructions, QStringLiteral("Be brief."));
        QVERIFY(DraftWriter::draft(*content.goal(t.ids.value(QStringLiteral("goal"))), b, ChannelKind::Email)
                    .body.contains(u"Don't miss out."));
        QCOMPARE(content.writer(id + 100).error().kind, Error::Kind::NotFound);
    }

    void checkNamesWhatIsWrong()
    {
        Draft d{ChannelKind::Sms, {}, QString(400, u'a'), {}};
        const QStringList findings = DraftWriter::check(d, brief());
        QCOMPARE(findings.size(), 2);
        QVERIFY(findings.at(0).contains(u"3 segments"));
        QVERIFY(findings.at(1).contains(u"STOP"));
        Draft email{ChannelKind::Email, QString(80, u'S'), QStringLiteral("Hello"), {}};
        QCOMPARE(DraftWriter::check(email, brief()).size(), 2); // subject too long, no unsubscribe link
    }

    // The request: the model, the writer's instructions as the system message, the prompt
    // with the goal, brief and limits, and the key as a bearer token.
    void endpointRequestAndAnswer()
    {
        FakeEndpoint endpoint;
        endpoint.response = completion(QStringLiteral(
            "```json\n{\"subject\": \"Spring is here\", \"body\": \"Hi {{first_name|there}}, see the new jackets. "
            "{{unsubscribe_url}}\"}\n```"));
        WriterBrief b = brief();
        b.instructions = QStringLiteral("You write for Northwind Outfitters.");
        ChatCompletions chat({endpoint.url(), QStringLiteral("local-model"), QStringLiteral("sk-test-123"), 10000});
        QSignalSpy drafted(&chat, &ChatCompletions::drafted);
        QSignalSpy failed(&chat, &ChatCompletions::failed);
        chat.requestDraft(springGoal(), b, ChannelKind::Email);
        QVERIFY(drafted.wait(10000));
        QCOMPARE(failed.count(), 0);
        const Draft d = drafted.first().first().value<Draft>();
        QCOMPARE(d.subject, QStringLiteral("Spring is here"));
        QVERIFY(d.body.contains(u"{{unsubscribe_url}}"));
        QVERIFY(d.notes.isEmpty());

        QVERIFY(endpoint.requestHead.startsWith("POST /v1/chat/completions HTTP/1.1"));
        QVERIFY(endpoint.requestHead.contains("Authorization: Bearer sk-test-123"));
        const QJsonObject sent = QJsonDocument::fromJson(endpoint.requestBody).object();
        QCOMPARE(sent.value(QLatin1StringView("model")).toString(), QStringLiteral("local-model"));
        const QJsonArray messages = sent.value(QLatin1StringView("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1StringView("content")).toString(), b.instructions);
        const QString prompt = messages.at(1).toObject().value(QLatin1StringView("content")).toString();
        QVERIFY(prompt.contains(u"Goal: Spring collection"));
        QVERIFY(prompt.contains(u"- Members get 20% off until Sunday"));
        QVERIFY(prompt.contains(u"{{unsubscribe_url}}"));
    }

    void endpointAnswersChecked()
    {
        // Plain text for an SMS: the body, checked against the limits.
        const auto sms = ChatCompletions::parseAnswer(completion(QString(200, u'x')), brief(), ChannelKind::Sms);
        QVERIFY(sms.ok());
        QCOMPARE(sms->body.size(), 200);
        QCOMPARE(sms->notes.size(), 2); // two segments, no opt-out text
        QVERIFY(!ChatCompletions::parseAnswer("{\"choices\": []}", brief(), ChannelKind::Sms).ok());
        QVERIFY(!ChatCompletions::parseAnswer("not json", brief(), ChannelKind::Sms).ok());
        QVERIFY(!ChatCompletions::parseAnswer(completion(QStringLiteral("  ")), brief(), ChannelKind::Sms).ok());
    }

    // "Test": GET /models with the key; the model must be among those listed.
    void endpointProbe()
    {
        FakeEndpoint endpoint;
        endpoint.response = R"({"object": "list", "data": [{"id": "local-model"}, {"id": "other"}]})";
        ChatCompletions chat({endpoint.url(), QStringLiteral("local-model"), QStringLiteral("sk-test-123"), 10000});
        QSignalSpy probed(&chat, &ChatCompletions::probed);
        QSignalSpy failed(&chat, &ChatCompletions::failed);
        chat.probe();
        QVERIFY(probed.wait(10000));
        QVERIFY(probed.first().first().toString().contains(u"model local-model is available"));
        QVERIFY(endpoint.requestHead.startsWith("GET /v1/models HTTP/1.1"));
        QVERIFY(endpoint.requestHead.contains("Authorization: Bearer sk-test-123"));

        ChatCompletions wrongModel({endpoint.url(), QStringLiteral("gpt-x"), {}, 10000});
        QSignalSpy notOffered(&wrongModel, &ChatCompletions::failed);
        wrongModel.probe();
        QVERIFY(notOffered.wait(10000));
        QVERIFY2(notOffered.first().first().toString().contains(u"does not offer model gpt-x; it offers local-model, other"),
                 qPrintable(notOffered.first().first().toString()));
        QCOMPARE(failed.count(), 0);
    }

    void endpointErrorsSayWhat()
    {
        FakeEndpoint endpoint;
        endpoint.status = 401;
        endpoint.response = R"({"error": {"message": "Incorrect API key provided"}})";
        ChatCompletions chat({endpoint.url(), QStringLiteral("m"), QStringLiteral("wrong"), 10000});
        QSignalSpy failed(&chat, &ChatCompletions::failed);
        chat.requestDraft(springGoal(), brief(), ChannelKind::Sms);
        QVERIFY(failed.wait(10000));
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(u"401") && why.contains(u"Incorrect API key") && why.contains(u"API key in Settings"),
                 qPrintable(why));

        endpoint.status = 200;
        endpoint.silent = true;
        ChatCompletions slow({endpoint.url(), QStringLiteral("m"), {}, 300});
        QSignalSpy slowFailed(&slow, &ChatCompletions::failed);
        slow.requestDraft(springGoal(), brief(), ChannelKind::Sms);
        QVERIFY(slowFailed.wait(10000));
        QVERIFY2(slowFailed.first().first().toString().contains(u"did not answer within 0.3 s"),
                 qPrintable(slowFailed.first().first().toString()));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ChatCompletions nowhere({QUrl(u"http://127.0.0.1:" + QString::number(port) + u"/v1"), QStringLiteral("m"), {}, 5000});
        QSignalSpy unreachable(&nowhere, &ChatCompletions::failed);
        nowhere.requestDraft(springGoal(), brief(), ChannelKind::Sms);
        QVERIFY(unreachable.wait(10000));
        QVERIFY(unreachable.first().first().toString().startsWith(u"cannot reach"));

        ChatCompletions unset({QUrl(), {}, {}, 1000});
        QSignalSpy notSetUp(&unset, &ChatCompletions::failed);
        unset.requestDraft(springGoal(), brief(), ChannelKind::Sms);
        QCOMPARE(notSetUp.count(), 1);
        QVERIFY(notSetUp.first().first().toString().contains(u"Settings"));
    }
};

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "tst_draftwriter.moc"
