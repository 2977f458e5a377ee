#include "preflight.h"

#include "content/mergefields.h"
#include "content/smstext.h"
#include "domain/labels.h"
#include "domain/permissions.h"

#include <QRegularExpression>

#include <algorithm>

namespace herald {

namespace {

using In = PreflightInput;

class Collector
{
public:
    void blocker(const char *code, std::optional<ChannelKind> ch, const Text &message, const Text &fix)
    {
        add(code, Severity::Blocker, ch, message, fix);
    }
    void warning(const char *code, std::optional<ChannelKind> ch, const Text &message, const Text &fix)
    {
        add(code, Severity::Warning, ch, message, fix);
    }
    QList<Finding> take() { return std::move(m_findings); }

private:
    void add(const char *code, Severity s, std::optional<ChannelKind> ch, const Text &message, const Text &fix)
    {
        m_findings.append({QString::fromLatin1(code), s, ch, message, fix, {}});
    }
    QList<Finding> m_findings;
};

// A plan reference's two findings: missing and deleted (or no longer usable).
struct RefTexts
{
    Text missing;
    Text deleted;
};

void checkRef(Collector &out, In::Ref ref, const QString &name, const Text &campaign, const char *missingCode,
              const char *deletedCode, const RefTexts &texts, const Text &fix)
{
    if (ref == In::Ref::Missing)
        out.blocker(missingCode, std::nullopt, texts.missing.arg(campaign), fix);
    else if (ref == In::Ref::Deleted)
        out.blocker(deletedCode, std::nullopt, texts.deleted.arg(name, campaign), fix);
}

// An empty `campaign` is the campaign a view shows ("the Email channel", "this campaign").
Text campaignSubject(const Text &campaign)
{
    return campaign.isEmpty() ? Text::tr("this campaign") : campaign;
}

Text channelSubject(const In::Channel &ch, const Text &campaign)
{
    return campaign.isEmpty() ? Text::tr("the %1 channel").arg(displayText(ch.kind))
                              : Text::tr("the %1 channel of %2").arg(displayText(ch.kind), campaign);
}

Text addressNoun(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return Text::tr("an email address");
    case ChannelKind::Sms:
    case ChannelKind::Phone:
        return Text::tr("a phone number");
    case ChannelKind::Telegram:
        return Text::tr("a Telegram chat with the bot");
    case ChannelKind::Viber:
        return Text::tr("a Viber user id");
    case ChannelKind::WebPush:
        return Text::tr("a push subscription");
    }
    return {};
}

void checkContent(Collector &out, const In::Channel &ch, const Text &subject)
{
    if (ch.templateRef == In::Ref::Deleted) {
        out.blocker("template.deleted", ch.kind,
                    Text::tr("the template '%1' of %2 was deleted").arg(ch.templateName, subject),
                    Text::tr("Choose another template for this channel."));
        return;
    }
    if (ch.kind == ChannelKind::Email) {
        if (ch.templateRef == In::Ref::Missing)
            out.blocker("template.missing", ch.kind, Text::tr("%1 has no template").arg(subject),
                        Text::tr("Choose an email template for this channel."));
        return;
    }
    if (ch.templateRef == In::Ref::Missing && ch.content.trimmed().isEmpty()) {
        if (ch.kind == ChannelKind::Phone)
            out.blocker("content.missing", ch.kind, Text::tr("%1 has no call script").arg(subject),
                        Text::tr("Write the call script or choose a script template."));
        else
            out.blocker("content.missing", ch.kind, Text::tr("%1 has no message text").arg(subject),
                        Text::tr("Write the message text or choose a template."));
    }
}

// Mostly capital letters (merge fields aside): how spam reads.
bool shouts(const QString &line)
{
    static const QRegularExpression mergeFields(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    const QString text = QString(line).remove(mergeFields);
    int letters = 0, upper = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        upper += c.isUpper();
    }
    return letters >= 8 && upper * 10 >= letters * 7;
}

void lintContent(Collector &out, const In::Channel &ch, const Text &subject, const QStringList &customFields)
{
    if (ch.kind == ChannelKind::Phone || ch.content.trimmed().isEmpty())
        return;
    const QString text = ch.content;
    if (ch.kind == ChannelKind::Email) {
        if (!text.contains(QLatin1StringView("{{unsubscribe_url}}"))
            && !text.contains(QLatin1StringView("unsubscribe"), Qt::CaseInsensitive))
            out.warning("content.no_unsubscribe", ch.kind, Text::tr("%1 has no unsubscribe link").arg(subject),
                        Text::tr("Add {{unsubscribe_url}} to the email body."));
        if (shouts(ch.subject))
            out.warning("content.caps_subject", ch.kind,
                        Text::tr("%1 has a subject in capital letters: \"%2\"").arg(subject, Text(ch.subject)),
                        Text::tr("Write the subject in sentence case: spam filters mark shouting subjects."));
    } else if (!text.contains(QLatin1StringView("{{opt_out_text}}"))
               && !text.contains(QLatin1StringView("STOP"), Qt::CaseInsensitive)) {
        out.warning("content.no_opt_out", ch.kind, Text::tr("%1 has no opt-out text").arg(subject),
                    Text::tr("Add {{opt_out_text}} or \"Reply STOP to opt out\" to the message."));
    }
    QStringList unknown;
    for (const QString &name : MergeFields::used(text))
        if (!MergeFields::standard().contains(name) && !customFields.contains(name))
            unknown << name;
    if (!unknown.isEmpty())
        out.warning("content.unresolved_merge_field", ch.kind,
                    Text::tr("%1 uses unknown merge field(s) %2")
                        .arg(subject, Text(u"{{" + unknown.join(QLatin1StringView("}}, {{")) + u"}}")),
                    Text::tr("Use one of: %1 (custom fields come with contacts imported from CSV).")
                        .arg((MergeFields::standard() + customFields).join(u", ")));
}

} // namespace

QList<Finding> Preflight::contentFindings(const PreflightInput::Channel &channel, const Text &subject,
                                          const QStringList &customFields)
{
    Collector out;
    lintContent(out, channel, subject, customFields);
    return out.take();
}

int Preflight::creditsPerMessage(const PreflightInput::Channel &ch)
{
    return credits(ch.kind, ch.content);
}

int Preflight::credits(ChannelKind kind, const QString &text)
{
    if (kind == ChannelKind::Sms)
        return std::max(1, SmsText::measure(text).segments);
    return kind == ChannelKind::Phone || kind == ChannelKind::Viber ? 1 : 0;
}

bool Preflight::blocks(const Finding &f, bool ignoreBusy)
{
    return f.severity == Severity::Blocker && !(ignoreBusy && f.code == QLatin1StringView("channel.busy"));
}

bool Preflight::hasBlockers(const QList<Finding> &findings, bool ignoreBusy)
{
    return std::any_of(findings.begin(), findings.end(),
                       [ignoreBusy](const Finding &f) { return blocks(f, ignoreBusy); });
}

QList<Finding> Preflight::evaluate(const PreflightInput &in, RunKind kind, const ChannelSet &only)
{
    QList<Finding> findings = evaluateNamed(in, kind, only);
    // The same rules once more without the campaign's name, for views of the campaign.
    PreflightInput unnamed = in;
    unnamed.campaign = {};
    const QList<Finding> brief = evaluateNamed(unnamed, kind, only);
    Q_ASSERT(brief.size() == findings.size());
    for (qsizetype i = 0; i < findings.size() && i < brief.size(); ++i)
        findings[i].brief = brief.at(i).message;
    return findings;
}

QList<Finding> Preflight::evaluateNamed(const PreflightInput &in, RunKind kind, const ChannelSet &only)
{
    Collector out;
    const bool live = kind == RunKind::Live;
    const Text campaign = campaignSubject(in.campaign);

    checkRef(out, in.goal, in.goalName, campaign, "goal.missing", "goal.deleted",
             {Text::tr("%1 has no goal"), Text::tr("the goal '%1' of %2 was deleted")},
             Text::tr("Choose the goal this campaign works towards."));
    checkRef(out, in.writer, in.writerName, campaign, "writer.missing", "writer.deleted",
             {Text::tr("%1 has no writer"), Text::tr("the writer '%1' of %2 was deleted")},
             Text::tr("Choose the writer whose instructions produce the content."));

    const bool needsReviewer = !live || std::any_of(in.channels.begin(), in.channels.end(), [&](const In::Channel &c) {
        return c.kind != ChannelKind::Phone && only.contains(c.kind);
    });
    if (needsReviewer) {
        checkRef(out, in.reviewer, in.reviewerName, campaign, "reviewer.missing", "reviewer.deleted",
                 {Text::tr("%1 has no reviewer"),
                  Text::tr("the reviewer '%1' of %2 may no longer approve (deactivated, or their role changed)")},
                 Text::tr("Choose the reviewer who approves the content (an admin adds reviewers in Settings "
                          "→ People, or with heraldctl users add NAME --role reviewer)."));
        if (in.reviewer == In::Ref::Ok && !in.approvalCurrent)
            out.blocker("reviewer.stale", std::nullopt,
                        Text::tr("the content of %1 is not approved by its reviewer '%2' (or changed since the approval)")
                            .arg(campaign, Text(in.reviewerName)),
                        Text::tr("Ask %1 to approve the current content.").arg(in.reviewerName));
    }

    if (live) {
        if (in.audienceSourceMissing) {
            out.blocker("segment.missing", std::nullopt,
                        Text::tr("%1 has no audience: no contact list and no send-to segment").arg(campaign),
                        Text::tr("Choose a contact list or a send-to segment."));
        } else {
            for (const QString &s : in.deletedSegments)
                out.blocker("segment.deleted", std::nullopt,
                            Text::tr("the segment '%1' of %2 was deleted").arg(Text(s), campaign),
                            Text::tr("Remove it from the campaign's audience or choose another segment."));
            for (const QString &s : in.emptySegments)
                out.blocker("segment.empty", std::nullopt,
                            Text::tr("the send-to segment '%1' of %2 matches nobody").arg(Text(s), campaign),
                            Text::tr("Change the segment's rules or choose another segment."));
            if (in.emptySegments.isEmpty() && in.includedCount == 0)
                out.blocker("segment.empty", std::nullopt, Text::tr("the audience of %1 is empty").arg(campaign),
                            Text::tr("Add contacts to the list or widen the send-to segments."));
            else if (in.includedCount > 0 && in.afterExclusionsCount == 0)
                out.blocker("segment.conflict", std::nullopt,
                            Text::tr("the exclude segments and one-time rules of %1 remove all %2 included contacts")
                                .arg(campaign, Text(QString::number(in.includedCount))),
                            Text::tr("Loosen the exclusions or widen the send-to segments."));
        }
        if (!in.activated)
            out.blocker("campaign.not_activated", std::nullopt, Text::tr("%1 is not activated").arg(campaign),
                        Text::tr("Activate the campaign once its configuration is final."));
    }

    if (!Permissions::permits(in.role, Action::RunCampaigns))
        out.blocker("role.forbidden", std::nullopt,
                    Text::tr("user '%1' (role %2) may not run %3").arg(Text(in.userName), labelText(in.role), campaign),
                    Text::tr("Ask an admin or a manager to run it, or to change your role."));

    if (in.channels.isEmpty())
        out.blocker("channel.missing", std::nullopt, Text::tr("%1 has no channel").arg(campaign),
                    Text::tr("Add an email, SMS or phone channel."));

    qint64 creditsNeeded = 0;
    for (const In::Channel &ch : in.channels) {
        if (!only.contains(ch.kind))
            continue;
        const Text subject = channelSubject(ch, in.campaign);
        const Text sender(ch.senderName);
        checkContent(out, ch, subject);

        switch (ch.sender) {
        case In::Sender::Missing:
            out.blocker("sender.missing", ch.kind, Text::tr("%1 has no sender").arg(subject),
                        Text::tr("Choose the sender identity (from address, sender name or number pool)."));
            break;
        case In::Sender::Paused:
            out.blocker("sender.paused", ch.kind, Text::tr("the sender '%1' of %2 is paused").arg(sender, subject),
                        Text::tr("Resume the sender or choose another one."));
            break;
        case In::Sender::NoActiveNumber:
            out.blocker("sender.no_active_number", ch.kind,
                        Text::tr("the number pool of sender '%1' of %2 has no active number").arg(sender, subject),
                        Text::tr("Add or resume a number in the pool, or release a quarantined one."));
            break;
        case In::Sender::Incomplete:
            out.blocker("sender.incomplete", ch.kind,
                        Text::tr("the sender '%1' of %2 has no from address").arg(sender, subject),
                        Text::tr("Set the sender's from address."));
            break;
        case In::Sender::Ok:
            break;
        }

        if (ch.provider == In::Provider::Missing)
            out.blocker("provider.missing", ch.kind, Text::tr("no provider is configured for %1").arg(subject),
                        Text::tr("Configure the %1 provider in Settings.").arg(displayText(ch.kind)));
        else if (ch.provider == In::Provider::CredentialsMissing)
            out.blocker("provider.credentials", ch.kind,
                        Text::tr("the %1 provider for %2 has no credentials").arg(Text(ch.providerName), subject),
                        Text::tr("Enter the %1 credentials in Settings.").arg(ch.providerName));
        else if (!ch.failedCheck.isEmpty()) {
            const QString when = ch.checkedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u" UTC";
            const Text fix = Text::tr("Correct the %1 settings in Settings → Providers and press Test connection "
                                      "(heraldctl providers test --channel %2).")
                                 .arg(ch.providerName, nameOf(ch.kind));
            // A bot's token is checked by the API the messages go through: sending would
            // only find out again, message by message. Other tests ask something sending
            // does not (a SIP trunk may ignore OPTIONS and take calls): they warn.
            if (ch.kind == ChannelKind::Telegram)
                out.blocker("provider.check", ch.kind,
                            Text::tr("%1: the Telegram bot is missing or blocked; its last test (%2) found: %3")
                                .arg(subject, Text(when), Text(ch.failedCheck)),
                            fix);
            else if (ch.kind == ChannelKind::Viber)
                out.blocker("provider.check", ch.kind,
                            Text::tr("%1: its provider %2 failed its last test (%3): %4")
                                .arg(subject, Text(ch.providerName), Text(when), Text(ch.failedCheck)),
                            fix);
            else
                out.warning("provider.check", ch.kind,
                            Text::tr("%1: its provider %2 failed its last test (%3): %4")
                                .arg(subject, Text(ch.providerName), Text(when), Text(ch.failedCheck)),
                            fix);
        }

        // Mail that reaches real mailboxes carries a working unsubscribe link (RFC 8058),
        // served by Herald's listener; the simulator delivers nowhere.
        if (ch.kind == ChannelKind::Email && ch.provider != In::Provider::Missing
            && ch.providerName != u"simulator" && !in.listenerReady) {
            const Text message = Text::tr("%1 needs a working unsubscribe link, but the organisation has no "
                                          "listener address and public URL to serve it")
                                     .arg(subject);
            const Text fix = Text::tr("Set them in Settings → Organisation (heraldctl tenants edit NAME "
                                      "--listen HOST:PORT --public-url URL).");
            if (live)
                out.blocker("unsubscribe.unconfigured", ch.kind, message, fix);
            else
                out.warning("unsubscribe.unconfigured", ch.kind, message, fix);
        }
        // Viber sends only for a bot whose webhook it could call: the tenant's listener.
        if (ch.kind == ChannelKind::Viber && ch.providerName == u"viber" && !in.listenerReady)
            out.blocker("webhook.unconfigured", ch.kind,
                        Text::tr("%1: Viber sends only for a bot with a webhook, and the organisation has no "
                                 "listener address and public URL for one")
                            .arg(subject),
                        Text::tr("Set them in Settings → Organisation (heraldctl tenants edit NAME "
                                 "--listen HOST:PORT --public-url URL)."));
        // What comes back (bounces, complaints, replies) is read from the tenant's mailbox.
        if (live && ch.kind == ChannelKind::Email && ch.provider != In::Provider::Missing
            && ch.providerName != u"simulator" && !in.mailboxReady)
            out.warning("mailbox.unconfigured", ch.kind,
                        Text::tr("%1: bounces, complaints and replies will not be read, because the organisation "
                                 "has no mailbox; addresses that bounce stay on the list")
                            .arg(subject),
                        Text::tr("Set one in Settings → Organisations → Mailbox… (heraldctl "
                                 "mailbox set)."));

        if (live) {
            if (!ch.busyWith.isEmpty())
                out.blocker("channel.busy", ch.kind,
                            Text::tr("%1 cannot start while the %2 channel of %3 is Running: only one %2 campaign "
                                     "runs at a time in a tenant")
                                .arg(subject, displayText(ch.kind), ch.busyWith),
                            Text::tr("Wait until %1 completes, or pause or stop it.").arg(ch.busyWith));
            if (!in.audienceSourceMissing && in.afterExclusionsCount > 0 && ch.audience == 0)
                out.blocker("segment.empty", ch.kind,
                            Text::tr("nobody in the audience of %1 has %2 and has not opted out")
                                .arg(subject, addressNoun(ch.kind)),
                            Text::tr("Widen the audience or remove this channel."));
            creditsNeeded += ch.audience * Preflight::creditsPerMessage(ch);
        } else {
            if (ch.testRecipients == 0)
                out.blocker("test_recipients.missing", ch.kind,
                            Text::tr("%1 has no test recipient with %2").arg(subject, addressNoun(ch.kind)),
                            Text::tr("Add a test recipient with %1 to the campaign.").arg(addressNoun(ch.kind)));
            creditsNeeded += qint64(ch.testRecipients) * Preflight::creditsPerMessage(ch);
        }
        lintContent(out, ch, subject, in.customFields);
    }

    if (in.trackClicks && !in.listenerReady) {
        const Text message = Text::tr("%1 tracks link clicks, but the organisation has no listener address and "
                                      "public URL for the tracked links")
                                 .arg(campaign);
        const Text fix = Text::tr("Set them in Settings → Organisation (heraldctl tenants edit NAME "
                                  "--listen HOST:PORT --public-url URL), or turn click tracking off.");
        if (live)
            out.blocker("tracking.unconfigured", std::nullopt, message, fix);
        else
            out.warning("tracking.unconfigured", std::nullopt, message, fix);
    }

    if (in.balanceCredits && creditsNeeded > *in.balanceCredits)
        out.blocker("balance.insufficient", std::nullopt,
                    Text::tr("%1 needs %2 credits (an SMS segment or a call each); the tenant has %3")
                        .arg(campaign, Text(QString::number(creditsNeeded)), Text(QString::number(*in.balanceCredits))),
                    Text::tr("Top up the tenant's balance or narrow the audience."));
    return out.take();
}

} // namespace herald
