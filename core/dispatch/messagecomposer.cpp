#include "messagecomposer.h"

#include "content/emailcontent.h"
#include "content/linktracking.h"
#include "content/mergefields.h"
#include "mailbox/mailboxsettings.h"
#include "providers/provider.h"
#include "providers/smtp/mimemessage.h"
#include "storage/contactwriter.h"

#include <algorithm>

namespace herald {

namespace {
// A frozen "from" reads "Name <address>" for an email sender, a name or number otherwise.
QString senderAddress(const QString &from)
{
    const qsizetype open = from.lastIndexOf(u'<');
    return open >= 0 && from.endsWith(u'>') ? from.mid(open + 1, from.size() - open - 2) : from;
}
} // namespace

QString MessageComposer::addressOf(const Recipient &to, ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return to.email;
    case ChannelKind::Sms:
    case ChannelKind::Phone:
        return to.phone;
    case ChannelKind::Telegram:
        return to.telegramChat;
    case ChannelKind::Viber:
        return to.viberUser;
    case ChannelKind::WebPush:
        return to.pushSubscriptions.isEmpty() ? QString() : to.pushSubscriptions.constFirst().endpoint;
    }
    return {};
}

MessageComposer::MessageComposer(Channel channel, std::optional<TenantWeb> web)
    : m_channel(std::move(channel)), m_web(std::move(web))
{
    const QJsonObject &frozen = m_channel.frozen;
    m_from = senderAddress(frozen.value(QLatin1StringView("from")).toString());
    m_senderName = frozen.value(QLatin1StringView("sender_name")).toString();
    m_replyTo = frozen.value(QLatin1StringView("reply_to")).toString();
    m_html = m_channel.kind == ChannelKind::Email
             && MimeMessage::looksLikeHtml(frozen.value(QLatin1StringView("body")).toString());
    m_body = m_html ? EmailContent::withPreheader(frozen.value(QLatin1StringView("body")).toString(),
                                                  frozen.value(QLatin1StringView("preheader")).toString())
                    : frozen.value(QLatin1StringView("body")).toString();
    m_subject = frozen.value(QLatin1StringView("subject")).toString();
    m_textBody = frozen.value(QLatin1StringView("text_body")).toString();
    // Contacts' custom fields are parsed (JSON) per message only when the content uses one.
    const QStringList usedFields =
        MergeFields::used(m_subject) + MergeFields::used(m_body) + MergeFields::used(m_textBody);
    m_usesCustomFields = std::any_of(usedFields.cbegin(), usedFields.cend(),
                                     [](const QString &f) { return !MergeFields::standard().contains(f); });
    m_usesPushToken = usedFields.contains(QStringLiteral("push_token"));
}

OutgoingMessage MessageComposer::compose(const Recipient &to, int attempt) const
{
    const Id tenant = m_channel.tenant;
    const ChannelKind kind = m_channel.kind;
    // Without the tenant's public URL (a test run preflight warned about, or the
    // simulator) there is no unsubscribe link to give.
    const bool links = m_web && !m_web->publicUrl.isEmpty();
    const QString unsubscribeUrl =
        links ? LinkTracking::unsubscribeUrl(m_web->publicUrl, m_web->secret, tenant, to.messageId, to.contactId)
              : QString();
    // An email or SMS may carry the link by which the organisation's site subscribes the
    // contact's browser to Web Push (the listener checks the token: docs/providers.md).
    const QString pushToken = m_usesPushToken && m_web && !m_web->secret.isEmpty()
                                  ? LinkTracking::linkToken(ChannelKind::WebPush, m_web->secret, to.contactId)
                                  : QString();
    const QHash<QString, QString> fields = MergeFields::values(
        to.firstName, to.lastName, to.email, to.phone, m_channel.campaignName, m_senderName, unsubscribeUrl, pushToken,
        m_usesCustomFields ? ContactWriter::customFieldsFromSql(to.customFields) : QMap<QString, QString>());
    OutgoingMessage m;
    m.from = m_from;
    m.messageId = to.messageId;
    m.runId = m_channel.run;
    m.contactId = to.contactId;
    m.channel = kind;
    m.address = addressOf(to, kind);
    m.pushSubscriptions = to.pushSubscriptions;
    m.senderName = m_senderName;
    m.replyTo = m_replyTo;
    m.unsubscribeUrl = unsubscribeUrl;
    if (m_web && kind == ChannelKind::Email)
        m.envelopeFrom = MailboxSettings::verp(m_web->bounceAddress, m_web->secret, tenant, to.messageId);
    m.subject = MergeFields::apply(m_subject, fields);
    // Telegram's text is HTML too (parse mode HTML): a value never becomes a tag.
    const bool escape = m_html || kind == ChannelKind::Telegram;
    m.body = MergeFields::apply(m_body, fields, escape ? MergeFields::Escape::Html : MergeFields::Escape::None);
    if (m_html)
        m.textBody = MergeFields::apply(m_textBody, fields);
    if (m_channel.trackClicks && kind != ChannelKind::Phone && links) {
        const auto track = [&](const QString &url) {
            return url == unsubscribeUrl
                       ? QString()
                       : LinkTracking::trackedUrl(m_web->publicUrl, m_web->secret, tenant, m.messageId, url);
        };
        m.body = LinkTracking::rewrite(m.body, m_html, track);
        if (m_html)
            m.textBody = LinkTracking::rewrite(m.textBody, false, track);
    }
    m.attachments = m_channel.attachments;
    m.expires = m_channel.expires;
    m.attempt = attempt;
    return m;
}

} // namespace herald
