#include "lifecycle/preflight.h"

#include <QTest>

#include <functional>

using namespace herald;

using In = PreflightInput;
using Mutation = std::function<void(In &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// The four columns of the preflight table.
enum class Column { Email, Sms, Phone, TestRun };

In valid(ChannelKind kind)
{
    In in;
    in.campaign = Text(QStringLiteral("campaign 'Spring' (C-TEST1)"));
    in.goal = In::Ref::Ok;
    in.goalName = QStringLiteral("Grow");
    in.writer = In::Ref::Ok;
    in.writerName = QStringLiteral("Voice");
    in.reviewer = In::Ref::Ok;
    in.reviewerName = QStringLiteral("Priya");
    in.approvalCurrent = true;
    in.activated = true;
    in.role = Role::Manager;
    in.userName = QStringLiteral("Marco");
    in.audienceSourceMissing = false;
    in.includedCount = 10;
    in.afterExclusionsCount = 10;
    In::Channel ch;
    ch.kind = kind;
    ch.templateRef = In::Ref::Ok;
    ch.templateName = QStringLiteral("T");
    ch.content = kind == ChannelKind::Email ? QStringLiteral("Hi {{first_name}} {{unsubscribe_url}}")
                                            : QStringLiteral("Hi {{first_name}}, reply STOP to opt out");
    ch.sender = In::Sender::Ok;
    ch.senderName = QStringLiteral("S");
    ch.provider = In::Provider::Ok;
    ch.providerName = QStringLiteral("simulator");
    ch.audience = 10;
    ch.testRecipients = 1;
    in.channels.append(ch);
    return in;
}

ChannelKind kindOf(Column c)
{
    switch (c) {
    case Column::Sms:
        return ChannelKind::Sms;
    case Column::Phone:
        return ChannelKind::Phone;
    default:
        return ChannelKind::Email;
    }
}

const char *columnName(Column c)
{
    switch (c) {
    case Column::Email:
        return "email";
    case Column::Sms:
        return "sms";
    case Column::Phone:
        return "phone";
    case Column::TestRun:
        return "test run";
    }
    return "";
}

enum Expect { None = 0, Blocker = 1, Warning = 2 };

In::Channel &channel(In &in)
{
    return in.channels.first();
}

} // namespace

class TestPreflight final : public QObject
{
    Q_OBJECT

    // One data row per (rule, column): `expect` lists the email, sms, phone and test-run cells.
    static void rule(const char *name, const char *code, Mutation mutate, std::array<Expect, 4> expect)
    {
        for (Column c : {Column::Email, Column::Sms, Column::Phone, Column::TestRun})
            QTest::addRow("%s | %s", name, columnName(c)) << int(c) << QString::fromLatin1(code) << mutate << int(expect[int(c)]);
    }

private slots:
    void baselineHasNoFindings()
    {
        for (Column c : {Column::Email, Column::Sms, Column::Phone, Column::TestRun}) {
            const auto findings = Preflight::evaluate(valid(kindOf(c)), c == Column::TestRun ? RunKind::Test : RunKind::Live);
            QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().message.english()));
        }
    }

    void rows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<int>("expect");

        const Expect B = Blocker, W = Warning, N = None;
        rule("goal missing", "goal.missing", [](In &in) { in.goal = In::Ref::Missing; }, {B, B, B, B});
        rule("goal deleted", "goal.deleted", [](In &in) { in.goal = In::Ref::Deleted; }, {B, B, B, B});
        rule("writer missing", "writer.missing", [](In &in) { in.writer = In::Ref::Missing; }, {B, B, B, B});
        rule("writer deleted", "writer.deleted", [](In &in) { in.writer = In::Ref::Deleted; }, {B, B, B, B});
        rule("reviewer missing", "reviewer.missing", [](In &in) { in.reviewer = In::Ref::Missing; }, {B, B, N, B});
        rule("reviewer deleted", "reviewer.deleted", [](In &in) { in.reviewer = In::Ref::Deleted; }, {B, B, N, B});
        rule("approval stale", "reviewer.stale", [](In &in) { in.approvalCurrent = false; }, {B, B, N, B});
        rule("template missing", "template.missing", [](In &in) { channel(in).templateRef = In::Ref::Missing; }, {B, N, N, B});
        rule("template deleted", "template.deleted", [](In &in) { channel(in).templateRef = In::Ref::Deleted; }, {B, B, B, B});
        rule("no text and no template", "content.missing",
             [](In &in) {
                 channel(in).templateRef = In::Ref::Missing;
                 channel(in).content.clear();
             },
             {N, B, B, N});
        rule("segment missing", "segment.missing", [](In &in) { in.audienceSourceMissing = true; }, {B, B, B, N});
        rule("segment deleted", "segment.deleted", [](In &in) { in.deletedSegments << QStringLiteral("Old"); }, {B, B, B, N});
        rule("segment empty", "segment.empty", [](In &in) { in.emptySegments << QStringLiteral("Nobody"); }, {B, B, B, N});
        rule("audience empty", "segment.empty",
             [](In &in) {
                 in.includedCount = 0;
                 in.afterExclusionsCount = 0;
             },
             {B, B, B, N});
        rule("include minus exclude leaves nobody", "segment.conflict", [](In &in) { in.afterExclusionsCount = 0; },
             {B, B, B, N});
        rule("nobody has the channel's address", "segment.empty", [](In &in) { channel(in).audience = 0; }, {B, B, B, N});
        rule("no test recipients", "test_recipients.missing", [](In &in) { channel(in).testRecipients = 0; }, {N, N, N, B});
        rule("not activated", "campaign.not_activated", [](In &in) { in.activated = false; }, {B, B, B, N});
        // Mail to real mailboxes needs the listener for its unsubscribe links; the
        // simulator (the baseline) delivers nowhere.
        rule("real email provider, no listener", "unsubscribe.unconfigured",
             [](In &in) { channel(in).providerName = QStringLiteral("smtp"); }, {B, N, N, W});
        // An admin's failed Test connection of the saved settings: a bot's token (Telegram,
        // Viber) blocks until a test passes; other providers' tests warn.
        rule("provider failed its last test", "provider.check",
             [](In &in) {
                 channel(in).failedCheck = QStringLiteral("connection refused");
                 channel(in).checkedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
             },
             {W, W, W, W});
        rule("Viber bot's token refused", "provider.check",
             [](In &in) {
                 channel(in).kind = ChannelKind::Viber;
                 channel(in).providerName = QStringLiteral("viber");
                 in.listenerReady = true;
                 channel(in).failedCheck = QStringLiteral("Viber does not know this auth token");
                 channel(in).checkedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
             },
             {B, B, B, B});
        rule("Telegram bot missing or blocked", "provider.check",
             [](In &in) {
                 channel(in).kind = ChannelKind::Telegram;
                 channel(in).providerName = QStringLiteral("telegram");
                 channel(in).failedCheck = QStringLiteral("Telegram does not know this bot token (Unauthorized)");
                 channel(in).checkedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
             },
             {B, B, B, B});
        // Viber sends only for a bot with a webhook: the listener.
        rule("Viber without a listener", "webhook.unconfigured",
             [](In &in) {
                 channel(in).kind = ChannelKind::Viber;
                 channel(in).providerName = QStringLiteral("viber");
             },
             {B, B, B, B});
        rule("Viber with a listener", "webhook.unconfigured",
             [](In &in) {
                 channel(in).kind = ChannelKind::Viber;
                 channel(in).providerName = QStringLiteral("viber");
                 in.listenerReady = true;
             },
             {N, N, N, N});
        rule("real email provider with a listener", "unsubscribe.unconfigured",
             [](In &in) {
                 channel(in).providerName = QStringLiteral("smtp");
                 in.listenerReady = true;
             },
             {N, N, N, N});
        rule("tracked clicks, no listener", "tracking.unconfigured", [](In &in) { in.trackClicks = true; }, {B, B, B, W});
        rule("tracked clicks with a listener", "tracking.unconfigured",
             [](In &in) {
                 in.trackClicks = true;
                 in.listenerReady = true;
             },
             {N, N, N, N});
        rule("sender missing", "sender.missing", [](In &in) { channel(in).sender = In::Sender::Missing; }, {B, B, B, B});
        rule("sender paused", "sender.paused", [](In &in) { channel(in).sender = In::Sender::Paused; }, {B, B, B, B});
        rule("pool without active number", "sender.no_active_number",
             [](In &in) { channel(in).sender = In::Sender::NoActiveNumber; }, {B, B, B, B});
        rule("sender without from address", "sender.incomplete", [](In &in) { channel(in).sender = In::Sender::Incomplete; },
             {B, B, B, B});
        rule("provider missing", "provider.missing", [](In &in) { channel(in).provider = In::Provider::Missing; },
             {B, B, B, B});
        rule("provider credentials missing", "provider.credentials",
             [](In &in) { channel(in).provider = In::Provider::CredentialsMissing; }, {B, B, B, B});
        rule("same kind Running elsewhere", "channel.busy",
             [](In &in) { channel(in).busyWith = Text(QStringLiteral("campaign 'Other' (C-OTHER)")); }, {B, B, B, N});
        rule("role viewer", "role.forbidden", [](In &in) { in.role = Role::Viewer; }, {B, B, B, B});
        rule("role reviewer", "role.forbidden", [](In &in) { in.role = Role::Reviewer; }, {B, B, B, B});
        rule("lint: no unsubscribe link", "content.no_unsubscribe",
             [](In &in) { channel(in).content = QStringLiteral("Hi {{first_name}}"); }, {W, N, N, W});
        rule("lint: no opt-out text", "content.no_opt_out",
             [](In &in) { channel(in).content = QStringLiteral("Hi {{first_name}}"); }, {N, W, N, N});
        rule("lint: unresolved merge field", "content.unresolved_merge_field",
             [](In &in) { channel(in).content += QStringLiteral(" {{coupon}}"); }, {W, W, N, W});
        rule("lint: unresolved even with a default", "content.unresolved_merge_field",
             [](In &in) { channel(in).content += QStringLiteral(" {{coupon|none}}"); }, {W, W, N, W});
        rule("lint: a custom field of the tenant's contacts", "content.unresolved_merge_field",
             [](In &in) {
                 in.customFields = {QStringLiteral("Company Name")};
                 channel(in).content += QStringLiteral(" {{ Company Name | your company }}");
             },
             {N, N, N, N});
        rule("lint: subject in capitals", "content.caps_subject",
             [](In &in) { channel(in).subject = QStringLiteral("FREE GIFT FOR {{first_name}} TODAY!!!"); }, {W, N, N, W});
        rule("lint: an acronym in the subject is fine", "content.caps_subject",
             [](In &in) { channel(in).subject = QStringLiteral("Your NHS appointment reminder"); }, {N, N, N, N});
        rule("lint: a short capital subject is fine", "content.caps_subject",
             [](In &in) { channel(in).subject = QStringLiteral("SALE NOW"); }, {N, N, N, N});
        rule("balance insufficient", "balance.insufficient", [](In &in) { in.balanceCredits = 5; }, {N, B, B, N});
        // Ten recipients, ten credits: enough for one-segment SMS and for calls, not for
        // a text of two segments (an SMS costs a credit per segment).
        rule("balance counts SMS segments", "balance.insufficient",
             [](In &in) {
                 in.balanceCredits = 10;
                 channel(in).content += u' ' + QString(160, u'x');
             },
             {N, B, N, N});
        rule("balance enough for one segment each", "balance.insufficient", [](In &in) { in.balanceCredits = 10; },
             {N, N, N, N});
    }

    void rows()
    {
        QFETCH(int, column);
        QFETCH(QString, code);
        QFETCH(Mutation, mutate);
        QFETCH(int, expect);
        const Column c = Column(column);
        In in = valid(kindOf(c));
        mutate(in);
        const auto findings = Preflight::evaluate(in, c == Column::TestRun ? RunKind::Test : RunKind::Live);
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
        if (expect == None) {
            QVERIFY2(it == findings.end(), qPrintable(it == findings.end() ? QString() : it->message.english()));
            return;
        }
        QVERIFY2(it != findings.end(), qPrintable(u"expected " + code));
        QCOMPARE(it->severity, expect == Blocker ? Severity::Blocker : Severity::Warning);
        QVERIFY2(it->message.english().contains(QLatin1StringView("C-TEST1")), qPrintable(it->message.english()));
        QVERIFY(!it->fix.isEmpty());
        QCOMPARE(Preflight::hasBlockers(findings), expect == Blocker);
    }

    void busyIsTransient()
    {
        In in = valid(ChannelKind::Sms);
        channel(in).busyWith = Text(QStringLiteral("campaign 'Other' (C-OTHER)"));
        const auto findings = Preflight::evaluate(in, RunKind::Live);
        QVERIFY(Preflight::hasBlockers(findings));
        QVERIFY(!Preflight::hasBlockers(findings, /*ignoreBusy=*/true));
    }

    void onlyOneChannel()
    {
        In in = valid(ChannelKind::Email);
        In::Channel sms = valid(ChannelKind::Sms).channels.first();
        sms.sender = In::Sender::Paused;
        in.channels.append(sms);
        QVERIFY(Preflight::hasBlockers(Preflight::evaluate(in, RunKind::Live)));
        QVERIFY(!Preflight::hasBlockers(Preflight::evaluate(in, RunKind::Live, ChannelKind::Email)));
        const auto smsOnly = Preflight::evaluate(in, RunKind::Live, ChannelKind::Sms);
        QCOMPARE(smsOnly.size(), 1);
        QCOMPARE(smsOnly.first().code, QStringLiteral("sender.paused"));
        QCOMPARE(smsOnly.first().channel, std::optional(ChannelKind::Sms));
    }

    // What a message costs a metered tenant: SMS by segment, a call or a Viber message one
    // credit, the others nothing.
    void credits()
    {
        QCOMPARE(Preflight::credits(ChannelKind::Sms, QStringLiteral("hi")), 1);
        QCOMPARE(Preflight::credits(ChannelKind::Sms, QString(161, u'x')), 2);
        QCOMPARE(Preflight::credits(ChannelKind::Phone, QString(500, u'x')), 1);
        QCOMPARE(Preflight::credits(ChannelKind::Viber, QString(500, u'x')), 1);
        for (const ChannelKind free : {ChannelKind::Email, ChannelKind::Telegram, ChannelKind::WebPush})
            QCOMPARE(Preflight::credits(free, QStringLiteral("hi")), 0);
    }

    void noChannel()
    {
        In in = valid(ChannelKind::Email);
        in.channels.clear();
        const auto findings = Preflight::evaluate(in, RunKind::Live);
        QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.code == QLatin1StringView("channel.missing"); }));
    }

    // A view of the campaign reads its findings without the campaign's name in every line;
    // scripts and logs keep the full message.
    void briefMessagesLeaveTheCampaignOut()
    {
        In in = valid(ChannelKind::Email);
        in.channels.first().sender = In::Sender::Missing;
        in.activated = false;
        const auto findings = Preflight::evaluate(in, RunKind::Live);
        QCOMPARE(findings.size(), 2);
        for (const Finding &f : findings) {
            QVERIFY2(f.message.english().contains(QLatin1StringView("C-TEST1")), qPrintable(f.message.english()));
            QVERIFY2(!f.brief.english().contains(QLatin1StringView("C-TEST1")), qPrintable(f.brief.english()));
        }
        QCOMPARE(findings.at(0).shown(), QStringLiteral("This campaign is not activated"));
        QCOMPARE(findings.at(1).shown(), QStringLiteral("The Email channel has no sender"));
        Finding stored; // failure reasons stored before briefs existed
        stored.message = Text(QStringLiteral("campaign 'X' has no goal"));
        QCOMPARE(stored.shown(), QStringLiteral("Campaign 'X' has no goal"));
    }

    void groups_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<FindingGroup>("group");
        QTest::newRow("goal") << QStringLiteral("goal.missing") << FindingGroup::Plan;
        QTest::newRow("reviewer") << QStringLiteral("reviewer.stale") << FindingGroup::Plan;
        QTest::newRow("writer") << QStringLiteral("writer.deleted") << FindingGroup::Plan;
        QTest::newRow("no channel") << QStringLiteral("channel.missing") << FindingGroup::Plan;
        QTest::newRow("template") << QStringLiteral("template.deleted") << FindingGroup::Templates;
        QTest::newRow("lint") << QStringLiteral("content.no_opt_out") << FindingGroup::Templates;
        QTest::newRow("sender") << QStringLiteral("sender.paused") << FindingGroup::SenderDetails;
        QTest::newRow("provider") << QStringLiteral("provider.missing") << FindingGroup::SenderDetails;
        QTest::newRow("segment") << QStringLiteral("segment.conflict") << FindingGroup::Audience;
        QTest::newRow("test recipients") << QStringLiteral("test_recipients.missing") << FindingGroup::Audience;
        QTest::newRow("role") << QStringLiteral("role.forbidden") << FindingGroup::BalancePermissions;
        QTest::newRow("balance") << QStringLiteral("balance.insufficient") << FindingGroup::BalancePermissions;
        QTest::newRow("busy") << QStringLiteral("channel.busy") << FindingGroup::Plan;
        QTest::newRow("activation") << QStringLiteral("campaign.not_activated") << FindingGroup::BalancePermissions;
    }
    void groups()
    {
        QFETCH(QString, code);
        QFETCH(FindingGroup, group);
        Finding f;
        f.code = code;
        QCOMPARE(nameOf(f.group()), nameOf(group));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
