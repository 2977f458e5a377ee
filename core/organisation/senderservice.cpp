#include "senderservice.h"

#include "audience/contactfields.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/campaignstatusrules.h"
#include "lifecycle/preflightservice.h"
#include "storage/catalogrepository.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace herald {

namespace {

constexpr qsizetype kNameMax = 100;
constexpr qsizetype kAddressMax = 254;
constexpr qsizetype kSmsSenderIdMax = 11; // GSM 03.40 alphanumeric originator
constexpr qsizetype kViberNameMax = 28;

// `refusal` says that %1 (the address, quoted) is not an email address.
Status checkEmail(const QString &address, const Text &refusal)
{
    if (address.size() > kAddressMax || !contactfields::isEmail(address))
        return Error::usage(refusal.arg(quotedInput(address)));
    return {};
}

// The kind's rules for a sender's name and address.
Status checkKind(const SenderIdentity &s)
{
    if (auto st = checkText(s.name, Text::tr("the name of a %1 sender").arg(displayText(s.kind)), kNameMax); !st)
        return st;
    switch (s.kind) {
    case ChannelKind::Email:
        if (s.address.isEmpty())
            return Error::usage(Text::tr("an email sender needs a from address (%1), e.g. news@example.com")
                                    .arg(QStringLiteral("--address")));
        if (auto st = checkEmail(s.address, Text::tr("the from address %1 is not an email address (name@domain.tld)"));
            !st)
            return st;
        if (!s.replyTo.isEmpty())
            if (auto st = checkEmail(s.replyTo,
                                     Text::tr("the reply-to address %1 is not an email address (name@domain.tld)"));
                !st)
                return st;
        if (s.numberPoolId)
            return Error::usage(Text::tr("an email sender sends from its address, not from a number pool"));
        return {};
    case ChannelKind::Sms: {
        if (s.numberPoolId)
            return {}; // the name is a label; the pool's numbers are the sender
        static const QRegularExpression senderId(QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$"));
        if (!senderId.match(s.name).hasMatch())
            return Error::usage(Text::tr("the SMS sender ID %1 is not one: up to %2 letters, digits or spaces with at "
                                         "least one letter (e.g. NORTHWIND); to send from numbers, give a number pool "
                                         "(%3)")
                                    .arg(quotedInput(s.name), QString::number(kSmsSenderIdMax),
                                         QStringLiteral("--pool")));
        return {};
    }
    case ChannelKind::Phone:
        if (!s.numberPoolId)
            return Error::usage(Text::tr("a phone sender calls from a number pool's numbers: give the pool (%1)")
                                    .arg(QStringLiteral("--pool")));
        return {};
    case ChannelKind::Viber:
        if (s.name.size() > kViberNameMax)
            return Error::usage(Text::tr("a Viber sender name has at most %1 characters: %2 has %3")
                                    .arg(QString::number(kViberNameMax), quotedInput(s.name),
                                         QString::number(s.name.size())));
        break;
    case ChannelKind::Telegram: {
        static const QRegularExpression bot(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{1,28}[Bb][Oo][Tt]$"));
        if (!bot.match(s.name).hasMatch())
            return Error::usage(Text::tr("the Telegram bot %1 is not a bot's username: 5 to 32 letters, digits or "
                                         "underscores, starting with a letter and ending in \"bot\" (e.g. "
                                         "NorthwindBot)")
                                    .arg(quotedInput(s.name)));
        break;
    }
    case ChannelKind::WebPush:
        break;
    }
    if (s.numberPoolId)
        return Error::usage(
            Text::tr("only SMS and phone senders send from a number pool, not %1 ones").arg(displayText(s.kind)));
    return {};
}

} // namespace

SenderService::SenderService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<QList<SenderIdentity>> SenderService::list()
{
    auto all = SenderRepository(m_db, m_tenantId).senders();
    if (!all)
        return all.error();
    std::stable_sort(all->begin(), all->end(), [](const SenderIdentity &a, const SenderIdentity &b) {
        return a.kind < b.kind;
    });
    return all;
}

Result<SenderIdentity> SenderService::find(const QString &reference, std::optional<ChannelKind> kind)
{
    return SenderRepository(m_db, m_tenantId).find(reference, kind);
}

Status SenderService::check(SenderIdentity &s, const Changes &c)
{
    if (c.name)
        s.name = c.name->trimmed();
    if (c.address)
        s.address = c.address->trimmed();
    if (c.replyTo)
        s.replyTo = c.replyTo->trimmed();
    if (s.kind == ChannelKind::Telegram && s.name.startsWith(u'@'))
        s.name.remove(0, 1);
    if (c.pool) {
        if (c.pool->trimmed().isEmpty()) {
            s.numberPoolId.reset();
        } else {
            auto pool = CatalogRepository(m_db, m_tenantId).resolve(CatalogKind::NumberPool, c.pool->trimmed());
            if (!pool)
                return pool.error();
            s.numberPoolId = pool->id;
        }
    }
    if (s.name.isEmpty())
        return Error::usage(
            Text::tr("a %1 sender needs a name (%2)").arg(displayText(s.kind), QStringLiteral("--name")));
    if (auto st = checkKind(s); !st)
        return st;
    auto all = SenderRepository(m_db, m_tenantId).senders();
    if (!all)
        return all.error();
    for (const SenderIdentity &other : std::as_const(*all))
        if (other.id != s.id && other.kind == s.kind && other.name.compare(s.name, Qt::CaseInsensitive) == 0)
            return Error::refused(Text::tr("the %1 sender %2 exists already: choose another name or edit that one")
                                      .arg(displayText(other.kind), quotedName(other.name)));
    return {};
}

Result<SenderIdentity> SenderService::add(ChannelKind kind, const Changes &what)
{
    if (auto st = Permissions::require(m_actor, Action::ManageSenders); !st)
        return st.error();
    Transaction tx(m_db.connection()); // the name checked and taken under one write lock
    if (auto st = tx.begun(); !st)
        return st.error();
    SenderIdentity s;
    s.tenantId = m_tenantId;
    s.kind = kind;
    if (auto st = check(s, what); !st)
        return st.error();
    auto id = SenderRepository(m_db, m_tenantId).addSender(s);
    if (!id)
        return id.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    s.id = *id;
    return s;
}

Result<SenderIdentity> SenderService::edit(const QString &reference, std::optional<ChannelKind> kind,
                                           const Changes &changes)
{
    if (auto st = Permissions::require(m_actor, Action::ManageSenders); !st)
        return st.error();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto s = find(reference, kind);
    if (!s)
        return s.error();
    if (auto st = check(*s, changes); !st)
        return st.error();
    if (auto st = SenderRepository(m_db, m_tenantId).updateSender(*s); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<SenderIdentity> SenderService::setPaused(const QString &reference, std::optional<ChannelKind> kind, bool paused)
{
    if (auto st = Permissions::require(m_actor, Action::ManageSenders); !st)
        return st.error();
    auto s = find(reference, kind);
    if (!s)
        return s.error();
    if (s->paused == paused)
        return s;
    s->paused = paused;
    if (auto st = SenderRepository(m_db, m_tenantId).updateSender(*s); !st)
        return st.error();
    return s;
}

Result<QStringList> SenderService::campaignsUsing(Id senderId)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT c.short_id FROM campaign_channels ch JOIN campaigns c "
                                                 "ON c.tenant_id = ch.tenant_id AND c.id = ch.campaign_id "
                                                 "WHERE ch.tenant_id = ? AND ch.sender_id = ? ORDER BY c.short_id"));
    q.bind(m_tenantId).bind(senderId);
    if (auto st = q.exec(u"finding the campaigns of sender " + QString::number(senderId)); !st)
        return st.error();
    QStringList shortIds;
    while (q.next())
        shortIds << q.text(0);
    QStringList out;
    CampaignService campaigns(m_db, m_tenantId, m_actor);
    for (const QString &shortId : std::as_const(shortIds)) {
        auto o = campaigns.overview(shortId);
        if (!o)
            return o.error();
        if (CampaignStatusRules::layoutFor(o->status) != DetailLayout::Ended)
            out << PreflightService::subject(o->campaign);
    }
    return out;
}

Result<SenderIdentity> SenderService::remove(const QString &reference, std::optional<ChannelKind> kind)
{
    if (auto st = Permissions::require(m_actor, Action::ManageSenders); !st)
        return st.error();
    Transaction tx(m_db.connection()); // no campaign takes the sender between the check and the delete
    if (auto st = tx.begun(); !st)
        return st.error();
    auto s = find(reference, kind);
    if (!s)
        return s.error();
    auto using_ = campaignsUsing(s->id);
    if (!using_)
        return using_.error();
    if (!using_->isEmpty())
        return Error::refused((using_->size() == 1 ? Text::tr("the %1 sender %2 is used by %3, which has not ended: "
                                                              "choose another sender there first (or pause this one)")
                                                    : Text::tr("the %1 sender %2 is used by %3, which have not ended: "
                                                              "choose another sender there first (or pause this one)"))
                                  .arg(displayText(s->kind), quotedName(s->name), using_->join(u", ")));
    if (auto st = SenderRepository(m_db, m_tenantId).deleteSender(s->id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    s->deleted = true;
    return s;
}

Result<QString> SenderService::poolName(const SenderIdentity &sender)
{
    if (!sender.numberPoolId)
        return QString();
    auto pool = CatalogRepository(m_db, m_tenantId).byId(CatalogKind::NumberPool, *sender.numberPoolId);
    if (!pool)
        return pool.error();
    return pool->name;
}

} // namespace herald
