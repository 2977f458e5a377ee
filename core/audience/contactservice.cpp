#include "contactservice.h"

#include "audience/contactfields.h"
#include "content/linktracking.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "providers/viber/vibersettings.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"
#include "storage/uploadrepository.h"

namespace herald {

namespace {

constexpr qsizetype kListNameMax = 100;
constexpr qsizetype kTagMax = 60;

Status checkList(const ContactList &list)
{
    if (list.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a contact list needs a name"));
    return checkText(list.name.trimmed(), Text::tr("the name of a contact list"), kListNameMax);
}

} // namespace

ContactService::ContactService(Database db, Id tenantId, User actor)
    : m_db(std::move(db)), m_tenantId(tenantId), m_actor(std::move(actor))
{
}

Result<Contact> ContactService::save(const Contact &contact, const QString &defaultRegion, const QList<Id> &listIds)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st.error();
    return AudienceRepository(m_db, m_tenantId).saveContact(contact, defaultRegion, listIds);
}

Status ContactService::setTags(Id contactId, const QStringList &tags)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    QStringList clean;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (t.isEmpty())
            continue;
        if (auto st = checkText(t, Text::tr("a tag"), kTagMax); !st)
            return st;
        clean << t;
    }
    return AudienceRepository(m_db, m_tenantId).setTags(contactId, clean);
}

Status ContactService::setAppAddresses(Id contactId, const std::optional<QString> &telegramChat,
                                       const std::optional<QString> &viberUser)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    const QString chat = telegramChat.value_or(QString()).trimmed();
    const QString user = viberUser.value_or(QString()).trimmed();
    if (!chat.isEmpty() && !contactfields::isTelegramChat(chat))
        return Error::usage(Text::tr("Telegram chat %1 is not a chat id such as 123456789").arg(quotedInput(chat)));
    if (!user.isEmpty() && !contactfields::isViberUser(user))
        return Error::usage(
            Text::tr("Viber user %1 is not a Viber user id: 1 to 64 characters without spaces").arg(quotedInput(user)));
    Transaction tx(m_db.connection()); // who has the address cannot change between the check and the write
    if (auto st = tx.begun(); !st)
        return st;
    ChannelAddressRepository channels(m_db, m_tenantId);
    // The contact that has the address, when it is not this one.
    const auto otherOwner = [&](const Result<std::optional<Id>> &owner) -> Result<std::optional<Id>> {
        if (!owner)
            return owner.error();
        return *owner && **owner != contactId ? *owner : std::nullopt;
    };
    if (telegramChat) {
        auto other = otherOwner(channels.contactWithTelegramChat(chat));
        if (!other)
            return other.error();
        if (*other)
            return Error::refused(Text::tr("Telegram chat %1 belongs to contact %2 already: edit that contact instead")
                                      .arg(chat, QString::number(**other)));
        if (auto st = channels.setTelegramChat(contactId, chat); !st)
            return st.error();
    }
    if (viberUser) {
        auto other = otherOwner(channels.contactWithViberUser(user));
        if (!other)
            return other.error();
        if (*other)
            return Error::refused(Text::tr("Viber user %1 belongs to contact %2 already: edit that contact instead")
                                      .arg(user, QString::number(**other)));
        if (auto st = channels.setViberUser(contactId, user); !st)
            return st.error();
    }
    return tx.commit();
}

Result<PushSubscription> ContactService::subscribe(Id contactId, const PushSubscription &subscription)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st.error();
    auto checked = contactfields::pushSubscription(subscription.endpoint, subscription.p256dh, subscription.auth);
    if (!checked)
        return checked.error();
    return ChannelAddressRepository(m_db, m_tenantId).subscribe(contactId, *checked, QDateTime::currentDateTimeUtc());
}

Status ContactService::unsubscribe(Id contactId, const QString &endpoint)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    auto removed = ChannelAddressRepository(m_db, m_tenantId).unsubscribe(endpoint.trimmed(), contactId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error::notFound(Text::tr("contact %1 has no push subscription with the endpoint %2")
                                   .arg(QString::number(contactId), quotedInput(endpoint.trimmed())));
    return {};
}

Result<QString> ContactService::telegramLink(Id contactId)
{
    auto senders = SenderRepository(m_db, m_tenantId).senders();
    if (!senders)
        return senders.error();
    const auto bot = std::find_if(senders->cbegin(), senders->cend(), [](const SenderIdentity &s) {
        return s.kind == ChannelKind::Telegram && !s.deleted && !s.paused;
    });
    if (bot == senders->cend())
        return QString();
    // Read, never made here: only admins may change the tenant (the team database holds
    // it), and saving the Telegram provider makes the secret.
    auto tenant = TenantRepository(m_db).byId(m_tenantId);
    if (!tenant)
        return tenant.error();
    if (tenant->linkSecret.isEmpty())
        return QString();
    return LinkTracking::telegramLink(bot->name,
                                      LinkTracking::linkToken(ChannelKind::Telegram, tenant->linkSecret, contactId));
}

Result<QString> ContactService::pushToken(Id contactId)
{
    auto tenant = TenantRepository(m_db).byId(m_tenantId);
    if (!tenant)
        return tenant.error();
    return tenant->linkSecret.isEmpty() ? QString()
                                        : LinkTracking::linkToken(ChannelKind::WebPush, tenant->linkSecret, contactId);
}

Result<QString> ContactService::viberLink(Id contactId)
{
    auto configs = SenderRepository(m_db, m_tenantId).providers();
    if (!configs)
        return configs.error();
    const auto viber = std::find_if(configs->cbegin(), configs->cend(), [](const ProviderConfig &c) {
        return c.kind == ChannelKind::Viber && c.provider == u"viber";
    });
    if (viber == configs->cend())
        return QString();
    auto settings = ViberSettings::fromJson(viber->settings, {}, false);
    if (!settings)
        return settings.error();
    const QString uri = settings->uri;
    auto tenant = TenantRepository(m_db).byId(m_tenantId);
    if (!tenant)
        return tenant.error();
    if (uri.isEmpty() || tenant->linkSecret.isEmpty())
        return QString();
    return LinkTracking::viberLink(uri, LinkTracking::linkToken(ChannelKind::Viber, tenant->linkSecret, contactId));
}

Result<ContactList> ContactService::addList(ContactList list)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st.error();
    if (auto st = checkList(list); !st)
        return st.error();
    list.tenantId = m_tenantId;
    list.name = list.name.trimmed();
    auto id = AudienceRepository(m_db, m_tenantId).addList(list);
    if (!id)
        return id.error();
    list.id = *id;
    return list;
}

Status ContactService::updateList(const ContactList &list)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    if (auto st = checkList(list); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).updateList(list);
}

Status ContactService::deleteList(Id listId)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).deleteList(listId);
}

Status ContactService::removeFromList(Id listId, const QList<Id> &contactIds)
{
    if (auto st = Permissions::require(m_actor, Action::EditContacts); !st)
        return st;
    return AudienceRepository(m_db, m_tenantId).removeFromList(listId, contactIds);
}

Status ContactService::linkUpload(Id uploadId, Id campaignId)
{
    if (auto st = Permissions::require(m_actor, Action::ImportContacts); !st)
        return st;
    return UploadRepository(m_db, m_tenantId).link(uploadId, campaignId);
}

} // namespace herald
