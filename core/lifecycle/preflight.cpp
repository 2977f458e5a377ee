#include "preflight.h"

#include "content/mergefields.h"
#include "content/smstext.h"
#include "domain/permissions.h"

#include <QRegularExpression>

#include <algorithm>

namespace herald {

namespace {

using In = PreflightInput;

class Collector
{
public:
    void blocker(const char *code, std::optional<ChannelKind> ch, QString message, QString fix)
    {
        add(code, Severity::Blocker, ch, std::move(message), std::move(fix));
    }
    void warning(const char *code, std::optional<ChannelKind> ch, QString message, QString fix)
    {
        add(code, Severity::Warning, ch, std::move(message), std::move(fix));
    }
    QList<Finding> take() { return std::move(m_findings); }

private:
    void add(const char *code, Severity s, std::optional<ChannelKind> ch, QString message, QString fix)
    {
        m_findings.append({QString::fromLatin1(code), s, ch, std::move(message), std::move(fix), {}});
    }
    QList<Finding> m_findings;
};

QString quoted(const QString &name)
{
    return u'\'' + name + u'\'';
}

void checkRef(Collector &out, In::Ref ref, const QString &name, const QString &campaign, const char *missingCode,
              const char *deletedCode, const QString &noun, const QString &fix,
              const QString &gone = QStringLiteral("was deleted"))
{
    if (ref == In::Ref::Missing)
        out.blocker(missingCode, std::nullopt, campaign + u" has no " + noun, fix);
    else if (ref == In::Ref::Deleted)
        out.blocker(deletedCode, std::nullopt, u"the " + noun + u' ' + quoted(name) + u" of " + campaign + u' ' + gone,
                    fix);
}

// An empty `campaign` is the campaign a view shows ("the Email channel", "this campaign").
QString campaignSubject(const QString &campaign)
{
    return campaign.isEmpty() ? QStringLiteral("this campaign") : campaign;
}

QString channelSubject(const In::Channel &ch, const QString &campaign)
{
    const QString channel = u"the " + displayName(ch.kind) + u" channel";
    return campaign.isEmpty() ? channel : channel + u" of " + campaign;
}

QString addressNoun(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return QStringLiteral("an email address");
    case ChannelKind::Sms:
    case ChannelKind::Phone:
        return QStringLiteral("a phone number");
    default:
        return u"a " + displayName(kind) + u" address";
    }
}

void checkContent(Collector &out, const In::Channel &ch, const QString &subject)
{
    if (ch.templateRef == In::Ref::Deleted) {
        out.blocker("template.deleted", ch.kind, u"the template " + quoted(ch.templateName) + u" of " + subject
                                                     + u" was deleted",
                    QStringLiteral("Choose another template for this channel."));
        return;
    }
    if (ch.kind == ChannelKind::Email) {
        if (ch.templateRef == In::Ref::Missing)
            out.blocker("template.missing", ch.kind, subject + u" has no template",
                        QStringLiteral("Choose an email template for this channel."));
        return;
    }
    if (ch.templateRef == In::Ref::Missing && ch.content.trimmed().isEmpty()) {
        const bool phone = ch.kind == ChannelKind::Phone;
        out.blocker("content.missing", ch.kind,
                    subject + (phone ? QStringLiteral(" has no call script") : QStringLiteral(" has no message text")),
                    phone ? QStringLiteral("Write the call script or choose a script template.")
                          : QStringLiteral("Write the message text or choose a template."));
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

void lintContent(Collector &out, const In::Channel &ch, const QString &subject, const QStringList &customFields)
{
    if (ch.kind == ChannelKind::Phone || ch.content.trimmed().isEmpty())
        return;
    const QString text = ch.content;
    if (ch.kind == ChannelKind::Email) {
        if (!text.contains(QLatin1StringView("{{unsubscribe_url}}"))
            && !text.contains(QLatin1StringView("unsubscribe"), Qt::CaseInsensitive))
            out.warning("content.no_unsubscribe", ch.kind, subject + u" has no unsubscribe link",
                        QStringLiteral("Add {{unsubscribe_url}} to the email body."));
        if (shouts(ch.subject))
            out.warning("content.caps_subject", ch.kind, subject + u" has a subject in capital letters: \""
                            + ch.subject + u'"',
                        QStringLiteral("Write the subject in sentence case: spam filters mark shouting subjects."));
    } else if (!text.contains(QLatin1StringView("{{opt_out_text}}"))
               && !text.contains(QLatin1StringView("STOP"), Qt::CaseInsensitive)) {
        out.warning("content.no_opt_out", ch.kind, subject + u" has no opt-out text",
                    QStringLiteral("Add {{opt_out_text}} or \"Reply STOP to opt out\" to the message."));
    }
    QStringList unknown;
    for (const QString &name : MergeFields::used(text))
        if (!MergeFields::standard().contains(name) && !customFields.contains(name))
            unknown << name;
    if (!unknown.isEmpty())
        out.warning("content.unresolved_merge_field", ch.kind,
                    subject + u" uses unknown merge field(s) {{" + unknown.join(QLatin1StringView("}}, {{")) + u"}}",
                    u"Use one of: " + (MergeFields::standard() + customFields).join(u", ")
                        + u" (custom fields come with contacts imported from CSV).");
}

} // namespace

QList<Finding> Preflight::contentFindings(const PreflightInput::Channel &channel, const QString &subject,
                                          const QStringList &customFields)
{
    Collector out;
    lintContent(out, channel, subject, customFields);
    return out.take();
}

int Preflight::creditsPerMessage(const PreflightInput::Channel &ch)
{
    if (ch.kind == ChannelKind::Sms)
        return std::max(1, SmsText::measure(ch.content).segments);
    return ch.kind == ChannelKind::Phone ? 1 : 0;
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
    unnamed.campaign.clear();
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
    const QString campaign = campaignSubject(in.campaign);

    checkRef(out, in.goal, in.goalName, campaign, "goal.missing", "goal.deleted", QStringLiteral("goal"),
             QStringLiteral("Choose the goal this campaign works towards."));
    checkRef(out, in.writer, in.writerName, campaign, "writer.missing", "writer.deleted", QStringLiteral("writer"),
             QStringLiteral("Choose the writer whose instructions produce the content."));

    const bool needsReviewer = !live || std::any_of(in.channels.begin(), in.channels.end(), [&](const In::Channel &c) {
        return c.kind != ChannelKind::Phone && only.contains(c.kind);
    });
    if (needsReviewer) {
        checkRef(out, in.reviewer, in.reviewerName, campaign, "reviewer.missing", "reviewer.deleted",
                 QStringLiteral("reviewer"),
                 QStringLiteral("Choose the reviewer who approves the content (an admin adds reviewers in Settings "
                                "\u2192 People, or with heraldctl users add NAME --role reviewer)."),
                 QStringLiteral("may no longer approve (deactivated, or their role changed)"));
        if (in.reviewer == In::Ref::Ok && !in.approvalCurrent)
            out.blocker("reviewer.stale", std::nullopt,
                        u"the content of " + campaign + u" is not approved by its reviewer " + quoted(in.reviewerName)
                            + u" (or changed since the approval)",
                        u"Ask " + in.reviewerName + u" to approve the current content.");
    }

    if (live) {
        if (in.audienceSourceMissing) {
            out.blocker("segment.missing", std::nullopt, campaign + u" has no audience: no contact list and no send-to segment",
                        QStringLiteral("Choose a contact list or a send-to segment."));
        } else {
            for (const QString &s : in.deletedSegments)
                out.blocker("segment.deleted", std::nullopt, u"the segment " + quoted(s) + u" of " + campaign + u" was deleted",
                            QStringLiteral("Remove it from the campaign's audience or choose another segment."));
            for (const QString &s : in.emptySegments)
                out.blocker("segment.empty", std::nullopt, u"the send-to segment " + quoted(s) + u" of " + campaign
                                                               + u" matches nobody",
                            QStringLiteral("Change the segment's rules or choose another segment."));
            if (in.emptySegments.isEmpty() && in.includedCount == 0)
                out.blocker("segment.empty", std::nullopt, u"the audience of " + campaign + u" is empty",
                            QStringLiteral("Add contacts to the list or widen the send-to segments."));
            else if (in.includedCount > 0 && in.afterExclusionsCount == 0)
                out.blocker("segment.conflict", std::nullopt,
                            u"the exclude segments and one-time rules of " + campaign + u" remove all "
                                + QString::number(in.includedCount) + u" included contacts",
                            QStringLiteral("Loosen the exclusions or widen the send-to segments."));
        }
        if (!in.activated)
            out.blocker("campaign.not_activated", std::nullopt, campaign + u" is not activated",
                        QStringLiteral("Activate the campaign once its configuration is final."));
    }

    if (!Permissions::permits(in.role, Action::RunCampaigns))
        out.blocker("role.forbidden", std::nullopt,
                    u"user " + quoted(in.userName) + u" (role " + nameOf(in.role) + u") may not run " + campaign,
                    QStringLiteral("Ask an admin or a manager to run it, or to change your role."));

    if (in.channels.isEmpty())
        out.blocker("channel.missing", std::nullopt, campaign + u" has no channel",
                    QStringLiteral("Add an email, SMS or phone channel."));

    qint64 creditsNeeded = 0;
    for (const In::Channel &ch : in.channels) {
        if (!only.contains(ch.kind))
            continue;
        const QString subject = channelSubject(ch, in.campaign);
        checkContent(out, ch, subject);

        switch (ch.sender) {
        case In::Sender::Missing:
            out.blocker("sender.missing", ch.kind, subject + u" has no sender",
                        QStringLiteral("Choose the sender identity (from address, sender name or number pool)."));
            break;
        case In::Sender::Paused:
            out.blocker("sender.paused", ch.kind, u"the sender " + quoted(ch.senderName) + u" of " + subject + u" is paused",
                        QStringLiteral("Resume the sender or choose another one."));
            break;
        case In::Sender::NoActiveNumber:
            out.blocker("sender.no_active_number", ch.kind,
                        u"the number pool of sender " + quoted(ch.senderName) + u" of " + subject + u" has no active number",
                        QStringLiteral("Add or resume a number in the pool, or release a quarantined one."));
            break;
        case In::Sender::Incomplete:
            out.blocker("sender.incomplete", ch.kind,
                        u"the sender " + quoted(ch.senderName) + u" of " + subject + u" has no from address",
                        QStringLiteral("Set the sender's from address."));
            break;
        case In::Sender::Ok:
            break;
        }

        if (ch.provider == In::Provider::Missing)
            out.blocker("provider.missing", ch.kind, u"no provider is configured for " + subject,
                        hasRealProvider(ch.kind)
                            ? QString(u"Configure the " + displayName(ch.kind) + u" provider in Settings.")
                            : QString(u"Herald has no " + displayName(ch.kind) + u" provider yet; remove this channel."));
        else if (ch.provider == In::Provider::CredentialsMissing)
            out.blocker("provider.credentials", ch.kind,
                        u"the " + ch.providerName + u" provider for " + subject + u" has no credentials",
                        u"Enter the " + ch.providerName + u" credentials in Settings.");

        // Mail that reaches real mailboxes carries a working unsubscribe link (RFC 8058),
        // served by Herald's listener; the simulator delivers nowhere.
        if (ch.kind == ChannelKind::Email && ch.provider != In::Provider::Missing
            && ch.providerName != u"simulator" && !in.listenerReady) {
            const QString message = subject + u" needs a working unsubscribe link, but the organisation has no "
                                              u"listener address and public URL to serve it";
            const QString fix = QStringLiteral("Set them in Settings \u2192 Organisation (heraldctl tenants edit NAME "
                                               "--listen HOST:PORT --public-url URL).");
            if (live)
                out.blocker("unsubscribe.unconfigured", ch.kind, message, fix);
            else
                out.warning("unsubscribe.unconfigured", ch.kind, message, fix);
        }
        // What comes back (bounces, complaints, replies) is read from the tenant's mailbox.
        if (live && ch.kind == ChannelKind::Email && ch.provider != In::Provider::Missing
            && ch.providerName != u"simulator" && !in.mailboxReady)
            out.warning("mailbox.unconfigured", ch.kind,
                        subject + u": bounces, complaints and replies will not be read, because the organisation "
                                  u"has no mailbox; addresses that bounce stay on the list",
                        QStringLiteral("Set one in Settings \u2192 Organisations \u2192 Mailbox\u2026 (heraldctl "
                                       "mailbox set)."));

        if (live) {
            if (!ch.busyWith.isEmpty())
                out.blocker("channel.busy", ch.kind,
                            subject + u" cannot start while the " + displayName(ch.kind) + u" channel of "
                                + ch.busyWith + u" is Running: only one " + displayName(ch.kind)
                                + u" campaign runs at a time in a tenant",
                            u"Wait until " + ch.busyWith + u" completes, or pause or stop it.");
            if (!in.audienceSourceMissing && in.afterExclusionsCount > 0 && ch.audience == 0)
                out.blocker("segment.empty", ch.kind,
                            u"nobody in the audience of " + subject + u" has " + addressNoun(ch.kind)
                                + u" and has not opted out",
                            QStringLiteral("Widen the audience or remove this channel."));
            creditsNeeded += ch.audience * Preflight::creditsPerMessage(ch);
        } else {
            if (ch.testRecipients == 0)
                out.blocker("test_recipients.missing", ch.kind, subject + u" has no test recipient with "
                                                                    + addressNoun(ch.kind),
                            u"Add a test recipient with " + addressNoun(ch.kind) + u" to the campaign.");
            creditsNeeded += qint64(ch.testRecipients) * Preflight::creditsPerMessage(ch);
        }
        lintContent(out, ch, subject, in.customFields);
    }

    if (in.trackClicks && !in.listenerReady) {
        const QString message = campaign + u" tracks link clicks, but the organisation has no listener address and "
                                           u"public URL for the tracked links";
        const QString fix = QStringLiteral("Set them in Settings \u2192 Organisation (heraldctl tenants edit NAME "
                                           "--listen HOST:PORT --public-url URL), or turn click tracking off.");
        if (live)
            out.blocker("tracking.unconfigured", std::nullopt, message, fix);
        else
            out.warning("tracking.unconfigured", std::nullopt, message, fix);
    }

    if (in.balanceCredits && creditsNeeded > *in.balanceCredits)
        out.blocker("balance.insufficient", std::nullopt,
                    campaign + u" needs " + QString::number(creditsNeeded)
                        + u" credits (an SMS segment or a call each); the tenant has "
                        + QString::number(*in.balanceCredits),
                    QStringLiteral("Top up the tenant's balance or narrow the audience."));
    return out.take();
}

} // namespace herald
