#include "inboundmailbox.h"

#include "imapclient.h"
#include "inboundmail.h"
#include "mailboxsettings.h"

#include "domain/enumnames.h"
#include "domain/permissions.h"
#include "storage/audiencerepository.h"
#include "storage/messagerepository.h"
#include "storage/replyrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace herald {

namespace {

QString kindName(InboundMailbox::Outcome o)
{
    using O = InboundMailbox::Outcome;
    switch (o) {
    case O::HardBounce:
        return QStringLiteral("bounce_hard");
    case O::SoftBounce:
        return QStringLiteral("bounce_soft");
    case O::Delay:
        return QStringLiteral("delay");
    case O::Complaint:
        return QStringLiteral("complaint");
    case O::Reply:
        return QStringLiteral("reply");
    case O::AutoReply:
        return QStringLiteral("auto_reply");
    case O::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case O::Unmatched:
        return QStringLiteral("unmatched");
    case O::Other:
    case O::ReadBefore:
        break;
    }
    return QStringLiteral("other");
}

} // namespace

QJsonObject MailboxPoll::toJson() const
{
    return {{QStringLiteral("read"), read},
            {QStringLiteral("bounces_hard"), bouncesHard},
            {QStringLiteral("bounces_soft"), bouncesSoft},
            {QStringLiteral("complaints"), complaints},
            {QStringLiteral("replies"), replies},
            {QStringLiteral("auto_replies"), autoReplies},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("unsubscribes"), unsubscribes},
            {QStringLiteral("delays"), delays},
            {QStringLiteral("read_before"), readBefore}};
}

InboundMailbox::InboundMailbox(Database db, Tenant tenant, std::optional<User> actor, std::function<QDateTime()> now)
    : m_db(std::move(db)), m_tenant(std::move(tenant)), m_actor(std::move(actor)), m_now(std::move(now))
{
    if (!m_now)
        m_now = [] { return QDateTime::currentDateTimeUtc(); };
}

Status InboundMailbox::permitted() const
{
    return m_actor ? Permissions::require(*m_actor, Action::RunCampaigns) : Status();
}

Result<QList<InboundMailbox::Record>> InboundMailbox::history(int limit)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, kind, address, detail, received_at, run_id, message_id, contact_id "
                              "FROM inbound_mail WHERE tenant_id = ? ORDER BY id DESC LIMIT ?"));
    q.bind(m_tenant.id).bind(limit);
    if (auto st = q.exec(u"reading what the mailbox brought"); !st)
        return st.error();
    QList<Record> out;
    while (q.next())
        out.append({q.id(0), q.text(1), q.text(2), q.text(3), q.time(4), q.optionalId(5), q.optionalId(6),
                    q.optionalId(7)});
    return out;
}

Result<std::optional<InboundMailbox::Target>> InboundMailbox::message(Id id)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT m.id, m.run_id, m.contact_id, m.status, m.provider_id, c.email FROM messages m "
                              "LEFT JOIN contacts c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                              "WHERE m.tenant_id = ? AND m.id = ? AND m.channel = ?"));
    q.bind(m_tenant.id).bind(id).bind(nameOf(ChannelKind::Email));
    if (auto st = q.exec(u"finding message " + QString::number(id)); !st)
        return st.error();
    if (!q.next())
        return std::optional<Target>();
    return std::optional<Target>(Target{q.id(0), q.id(1), q.id(2), q.text(3), q.text(5), q.text(4)});
}

Result<std::optional<InboundMailbox::Target>> InboundMailbox::match(const InboundMail &mail)
{
    // Herald's Message-IDs are "herald.RUN.MESSAGE.RANDOM@domain", kept with the message:
    // one that is not the stored one (guessed, altered) names nothing.
    static const QRegularExpression ours(QStringLiteral("^herald\\.\\d+\\.(\\d+)\\.[0-9a-z]+@"));
    for (const QString &ref : mail.references) {
        const auto m = ours.match(ref);
        if (!m.hasMatch())
            continue;
        auto found = message(m.captured(1).toLongLong());
        if (!found)
            return found;
        if (*found && (*found)->providerId == ref)
            return found;
    }
    for (const QString &address : mail.addresses)
        if (const auto id = MailboxSettings::verpMessage(address, m_tenant.linkSecret, m_tenant.id))
            return message(*id);
    return std::optional<Target>();
}

Status InboundMailbox::suppress(const QString &address, const QString &source, std::optional<Id> run,
                                const QString &actor)
{
    if (!address.contains(u'@')) // nobody to suppress (and never every contact without an address)
        return {};
    AudienceRepository audience(m_db, m_tenant.id);
    auto contacts = audience.contactsWithAddress(address.trimmed());
    if (!contacts)
        return contacts.error();
    for (const Id contact : std::as_const(*contacts))
        if (auto st = audience.addOptOut({0, m_tenant.id, contact, ChannelKind::Email, source, m_now(), run}, actor); !st)
            return st;
    return {};
}

Result<InboundMailbox::Outcome> InboundMailbox::take(const QByteArray &raw)
{
    const InboundMail mail = InboundMail::parse(raw);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    const QDateTime now = m_now();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto target = match(mail);
    if (!target)
        return target.error();
    const std::optional<Id> run = *target ? std::optional<Id>((*target)->run) : std::nullopt;
    using K = InboundMail::Kind;
    Outcome outcome = Outcome::Other;
    QString address = mail.recipient;
    QString detail;
    switch (mail.kind) {
    // A report acts on the address of the message it names, never on one it merely
    // mentions: whoever received a message could otherwise write a "bounce" or a
    // "complaint" about somebody else.
    case K::Bounce:
        outcome = !*target ? Outcome::Unmatched : mail.permanent ? Outcome::HardBounce : Outcome::SoftBounce;
        detail = mail.bounceReason();
        if (*target)
            address = (*target)->address;
        break;
    case K::Delay:
        outcome = *target ? Outcome::Delay : Outcome::Unmatched;
        detail = mail.bounceReason();
        break;
    case K::Complaint:
        outcome = *target ? Outcome::Complaint : Outcome::Unmatched;
        if (*target)
            address = (*target)->address;
        break;
    case K::AutoReply:
        outcome = *target ? Outcome::AutoReply : Outcome::Unmatched;
        address = mail.from;
        detail = mail.subject;
        break;
    case K::Unsubscribe:
        address = mail.from;
        outcome = Outcome::Unsubscribe;
        break;
    case K::Reply:
        address = mail.from;
        outcome = Outcome::Reply;
        detail = mail.subject;
        break;
    case K::Other:
        break;
    }
    // A mail with nobody of the tenant behind it is unmatched too.
    std::optional<Reply> reply;
    if (outcome == Outcome::Reply) {
        Reply r;
        r.channel = ChannelKind::Email;
        r.fromAddress = mail.from;
        r.body = mail.text.left(64 * 1024);
        r.receivedAt = now;
        if (*target) {
            r.contactId = (*target)->contact;
            r.runId = (*target)->run;
            r.messageId = (*target)->message;
        } else {
            auto tied = ReplyRepository(m_db, m_tenant.id).tie(r);
            if (!tied)
                return tied.error();
            r = *tied;
        }
        if (r.contactId)
            reply = r;
        else
            outcome = Outcome::Unmatched;
    }
    QList<Id> unsubscribing;
    if (outcome == Outcome::Unsubscribe) {
        auto contacts = address.contains(u'@')
                            ? AudienceRepository(m_db, m_tenant.id).contactsWithAddress(address.trimmed())
                            : Result<QList<Id>>(QList<Id>());
        if (!contacts)
            return contacts.error();
        unsubscribing = *contacts;
        if (unsubscribing.isEmpty())
            outcome = Outcome::Unmatched;
    }
    if (outcome == Outcome::Unmatched && detail.isEmpty())
        detail = mail.subject;

    SqlQuery record(m_db.connection(),
                    QStringLiteral("INSERT INTO inbound_mail (tenant_id, digest, kind, address, detail, received_at, "
                                   "run_id, message_id, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT DO NOTHING"));
    record.bind(m_tenant.id).bind(digest).bind(kindName(outcome)).bind(address.toLower().left(320)).bind(detail.left(500));
    record.bindTime(now).bind(run);
    record.bind(*target ? std::optional<Id>((*target)->message) : std::nullopt);
    record.bind(*target ? std::optional<Id>((*target)->contact) : std::nullopt);
    if (auto st = record.exec(u"recording mail from " + mail.from.left(100)); !st)
        return st.error();
    if (record.rowsAffected() != 1)
        return Outcome::ReadBefore;

    switch (outcome) {
    case Outcome::HardBounce: {
        if ((*target)->status == nameOf(MessageStatus::Delivered)) {
            const MessageTransition t{(*target)->message, ChannelKind::Email, MessageStatus::Delivered,
                                      MessageStatus::Failed, now, u"Bounced: " + detail, {}, {}, false};
            if (auto applied = MessageRepository(m_db, m_tenant.id).apply({t}); !applied)
                return applied.error();
        }
        if (auto st = suppress(address, QStringLiteral("hard bounce"), run, QStringLiteral("system")); !st)
            return st.error();
        break;
    }
    case Outcome::SoftBounce: {
        SqlQuery count(m_db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM inbound_mail WHERE tenant_id = ? AND kind = 'bounce_soft' "
                                      "AND address = ? AND received_at >= ?"));
        count.bind(m_tenant.id).bind(address.toLower().left(320)).bindTime(now.addDays(-kSoftBounceDays));
        if (auto st = count.exec(u"counting the soft bounces of " + address.left(100)); !st)
            return st.error();
        if (count.next() && count.value(0).toInt() >= kSoftBouncesToSuppress)
            if (auto st = suppress(address, QStringLiteral("soft bounces"), run, QStringLiteral("system")); !st)
                return st.error();
        break;
    }
    case Outcome::Complaint: {
        auto done = AudienceRepository(m_db, m_tenant.id)
                        .optOutFromMessage((*target)->contact, (*target)->message, QStringLiteral("complaint"), now,
                                           QStringLiteral("recipient"));
        if (!done && done.error().kind != Error::Kind::NotFound) // a contact deleted since
            return done.error();
        break;
    }
    case Outcome::Unsubscribe: {
        AudienceRepository audience(m_db, m_tenant.id);
        for (const Id contact : std::as_const(unsubscribing))
            if (auto st = audience.addOptOut(
                    {0, m_tenant.id, contact, ChannelKind::Email, QStringLiteral("unsubscribe email"), now, run},
                    QStringLiteral("recipient"));
                !st)
                return st.error();
        break;
    }
    case Outcome::Reply:
        if (auto stored = ReplyRepository(m_db, m_tenant.id).store(*reply); !stored)
            return stored.error();
        break;
    default:
        break;
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return outcome;
}

Result<MailboxPoll> InboundMailbox::poll(const QString &typedPassword, const std::atomic<bool> *cancel)
{
    if (auto st = permitted(); !st)
        return st.error();
    auto settings = MailboxSettings::fromJson(m_tenant.mailbox, typedPassword);
    if (!settings)
        return settings.error();
    if (!*settings)
        return Error::blocked(Text::tr("tenant '%1' has no mailbox: set one with %2, or in Settings → Organisations")
                                  .arg(m_tenant.name, QStringLiteral("heraldctl mailbox set")));
    ImapClient imap(**settings, cancel);
    auto uids = imap.unread();
    if (!uids)
        return uids.error();
    MailboxPoll poll;
    for (const qint64 uid : std::as_const(*uids)) {
        if (cancel && *cancel)
            break;
        auto raw = imap.fetch(uid, kMaxMailBytes);
        if (!raw)
            return raw.error();
        auto outcome = take(*raw);
        if (!outcome)
            return outcome.error();
        ++poll.read;
        switch (*outcome) {
        case Outcome::HardBounce:
            ++poll.bouncesHard;
            break;
        case Outcome::SoftBounce:
            ++poll.bouncesSoft;
            break;
        case Outcome::Delay:
            ++poll.delays;
            break;
        case Outcome::Complaint:
            ++poll.complaints;
            break;
        case Outcome::Reply:
            ++poll.replies;
            break;
        case Outcome::AutoReply:
            ++poll.autoReplies;
            break;
        case Outcome::Unsubscribe:
            ++poll.unsubscribes;
            break;
        case Outcome::Unmatched:
            ++poll.unmatched;
            break;
        case Outcome::ReadBefore:
            ++poll.readBefore;
            break;
        case Outcome::Other:
            break;
        }
        // Replies and what Herald could not place stay new for the people who read the mailbox.
        const bool forPeople = *outcome == Outcome::Reply || *outcome == Outcome::Unmatched;
        if (auto st = imap.markRead(uid, forPeople); !st)
            return st.error();
    }
    return poll;
}

Status InboundMailbox::probe(const QString &typedPassword)
{
    if (auto st = permitted(); !st)
        return st;
    auto settings = MailboxSettings::fromJson(m_tenant.mailbox, typedPassword);
    if (!settings)
        return settings.error();
    if (!*settings)
        return Error::blocked(Text::tr("tenant '%1' has no mailbox").arg(m_tenant.name));
    return ImapClient(**settings).probe();
}

} // namespace herald
