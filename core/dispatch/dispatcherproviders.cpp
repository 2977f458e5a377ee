#include "dispatcher.h"

#include "content/linktracking.h"
#include "content/smskeywords.h"
#include "linklistener.h"
#include "mailbox/mailboxsettings.h"
#include "organisation/tenantservice.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/replyrepository.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QLoggingCategory>

namespace herald {

Q_DECLARE_LOGGING_CATEGORY(lcDispatch)

namespace {
// A provider is made again when its settings or its tenant's listener change.
QString madeFrom(const ProviderConfig &config, const CallbackSite &site)
{
    return config.provider + u'\n' + config.settings + u'\n' + site.base.toString();
}
} // namespace

Result<Provider *> Dispatcher::provider(Id tenant, ChannelKind kind)
{
    const auto key = std::pair<Id, int>(tenant, int(kind));
    if (Provider *p = m_providers.value(key).provider)
        return p;
    // Retired ones finish their messages first (their listener, too, is in use).
    for (auto it = m_retiring.find(key); it != m_retiring.end() && it.key() == key;) {
        const bool busy = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                      [old = it.value()](const InFlight &f) { return f.provider == old; });
        if (busy)
            return nullptr;
        delete it.value();
        it = m_retiring.erase(it);
    }
    auto configs = SenderRepository(m_db, tenant).providers();
    if (!configs)
        return configs.error();
    for (const ProviderConfig &config : std::as_const(*configs)) {
        if (config.kind != kind)
            continue;
        auto site = TenantRepository(m_db).callbackSite(tenant);
        if (!site)
            return site.error();
        auto created = ProviderRegistry::create(config, *site);
        if (!created)
            return created.error();
        Provider *p = created->release();
        // Without its listener a provider still sends; its reports are what is lost.
        if (auto st = p->startListening(); !st)
            report(st.error());
        p->setParent(this);
        connect(p, &Provider::outcomes, this, [this](const QList<SendOutcome> &list) { m_outcomes += list; });
        connect(p, &Provider::deliveryReports, this, [this, tenant, kind](const QList<DeliveryReport> &reports) {
            flush(); // a report follows its message's outcome: record that first
            if (auto st = applyReports(tenant, kind, reports); !st)
                report(st.error());
        });
        connect(p, &Provider::inbound, this,
                [this, tenant, p](const InboundMessage &m) { handleInbound(tenant, m, p); });
        connect(p, &Provider::linked, this, [this, tenant](const ChannelLink &link) { handleLink(tenant, link); });
        connect(p, &Provider::noticeFailed, this, [this](const Text &why) { report(Error::runtime(why)); });
        m_providers.insert(key, {p, madeFrom(config, *site)});
        return p;
    }
    return Error::refused(Text::tr("no provider is configured for %1").arg(displayText(kind)));
}

Status Dispatcher::refreshProviders()
{
    QHash<Id, std::pair<QList<ProviderConfig>, CallbackSite>> byTenant;
    for (auto it = m_providers.begin(); it != m_providers.end();) {
        const Id tenant = it.key().first;
        if (!byTenant.contains(tenant)) {
            auto configs = SenderRepository(m_db, tenant).providers();
            if (!configs)
                return configs.error();
            auto site = TenantRepository(m_db).callbackSite(tenant);
            if (!site)
                return site.error();
            byTenant.insert(tenant, {*configs, *site});
        }
        const auto &[configs, site] = byTenant[tenant];
        const auto now = std::find_if(configs.cbegin(), configs.cend(),
                                      [&](const ProviderConfig &c) { return int(c.kind) == it.key().second; });
        if (now != configs.cend() && madeFrom(*now, site) == it->settings) {
            ++it;
            continue;
        }
        m_retiring.insert(it.key(), it->provider);
        it = m_providers.erase(it);
    }
    return {};
}

Status Dispatcher::refreshListeners()
{
    auto tenants = TenantRepository(m_db).tenants();
    if (!tenants)
        return tenants.error();
    m_web.clear();
    QHash<QString, QHash<Id, LinkListener::Site>> byAddress; // listen -> tenant -> site
    for (const Tenant &t : std::as_const(*tenants)) {
        if (t.linkSecret.isEmpty())
            continue;
        const auto mailbox = MailboxSettings::withoutPassword(t.mailbox);
        const QString bounceAddress = mailbox ? mailbox->bounceAddress : QString();
        m_web.insert(t.id, {t.publicUrl, t.linkSecret, bounceAddress});
        if (!t.listen.isEmpty())
            byAddress[t.listen].insert(t.id, {t.linkSecret, t.name});
    }
    for (auto it = m_listeners.begin(); it != m_listeners.end();)
        it = byAddress.contains(it->first) ? std::next(it) : m_listeners.erase(it);
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        auto known = m_listeners.find(it.key());
        if (known == m_listeners.end()) {
            auto address = TenantService::parseListen(it.key());
            if (!address) {
                reportOnce(u"listen:" + it.key(), address.error());
                continue;
            }
            auto listener = LinkListener::listen(m_db, address->first, address->second);
            if (!listener) {
                reportOnce(u"listen:" + it.key(), listener.error());
                continue;
            }
            connect(listener->get(), &LinkListener::problem, this,
                    [this](const Text &message) { report(Error::runtime(message)); });
            known = m_listeners.emplace(it.key(), std::move(*listener)).first;
        }
        known->second->setTenants(it.value());
    }
    return {};
}

void Dispatcher::handleInbound(Id tenant, const InboundMessage &message, Provider *provider)
{
    ReplyRepository replies(m_db, tenant);
    Reply inbound;
    inbound.channel = message.channel;
    inbound.fromAddress = message.fromAddress;
    inbound.toAddress = message.toAddress;
    inbound.body = message.text;
    inbound.receivedAt = m_clock.now();
    // Read now: an admin may have changed the keywords a moment ago.
    auto settings = TenantRepository(m_db).byId(tenant);
    if (!settings) {
        report(settings.error());
        return;
    }
    // Keywords are SMS's; a call's keys come as a reply or an opt-out already.
    const auto meaning = !message.optOutSource.isEmpty()       ? SmsKeywords::Meaning::OptOut
                         : message.channel != ChannelKind::Sms ? SmsKeywords::Meaning::Reply
                                                               : SmsKeywords::meaning(message.text, settings->smsStopWords);
    switch (meaning) {
    case SmsKeywords::Meaning::Reply:
        if (auto stored = replies.store(inbound); !stored)
            report(stored.error());
        return;
    case SmsKeywords::Meaning::Help: {
        // Once in ten minutes per sender: a HELP loop (another machine answering) costs
        // an SMS a time.
        const QString key = QString::number(tenant) + u'|' + message.fromAddress;
        const QDateTime now = m_clock.now();
        if (const auto last = m_helpAnswered.constFind(key); last != m_helpAnswered.cend() && last->secsTo(now) < 600)
            return;
        if (m_helpAnswered.size() > 10000)
            m_helpAnswered.removeIf([&now](const auto &it) { return it.value().secsTo(now) >= 600; });
        m_helpAnswered.insert(key, now);
        provider->sendNotice(message.fromAddress, message.toAddress, settings->helpText());
        return;
    }
    case SmsKeywords::Meaning::OptIn:
        optBackIn(tenant, message);
        return;
    case SmsKeywords::Meaning::OptOut:
        break;
    }
    // The opt-out is tied to the run its sender was last sent on the channel.
    auto tied = replies.tie(inbound);
    if (!tied) {
        report(tied.error());
        return;
    }
    AudienceRepository audience(m_db, tenant);
    const auto contacts = audience.contactsWithAddress(message.fromAddress, message.channel);
    if (!contacts) {
        report(contacts.error());
        return;
    }
    for (Id contact : *contacts) {
        const std::optional<Id> run = contact == tied->contactId ? tied->runId : std::nullopt;
        OptOut o{0, tenant, contact, message.channel,
                 message.optOutSource.isEmpty() ? QStringLiteral("reply keyword") : message.optOutSource, m_clock.now(), run};
        if (auto st = audience.addOptOut(o); !st)
            report(st.error());
    }
    // The pool number that was answered with an opt-out counts it.
    if (message.toAddress.isEmpty())
        return;
    SenderRepository senders(m_db, tenant);
    auto number = senders.numberByE164(message.toAddress);
    if (number && *number > 0) {
        SenderRepository::NumberResults r;
        r.optOuts = 1;
        if (auto st = senders.recordNumberResults(QHash<Id, SenderRepository::NumberResults>{{*number, r}}, m_clock.now());
            !st)
            report(st.error());
    }
}

void Dispatcher::handleLink(Id tenant, const ChannelLink &link)
{
    auto settings = TenantRepository(m_db).byId(tenant);
    if (!settings) {
        report(settings.error());
        return;
    }
    // Anyone may send the bot "/start something" or open a chat with any context: only a
    // token Herald signed for this tenant and channel names a contact.
    auto contact = LinkTracking::verifyLinkToken(link.channel, link.token, settings->linkSecret);
    if (!contact) {
        qCDebug(lcDispatch) << "a deep link token that is not this tenant's:" << nameOf(link.channel) << link.token.left(80);
        return;
    }
    ChannelAddressRepository addresses(m_db, tenant);
    auto taken = link.channel == ChannelKind::Viber ? addresses.setViberUser(*contact, link.address)
                                                    : addresses.setTelegramChat(*contact, link.address);
    if (!taken && taken.error().kind != Error::Kind::NotFound) // a contact deleted since the link was sent
        report(taken.error());
}

void Dispatcher::optBackIn(Id tenant, const InboundMessage &message)
{
    AudienceRepository audience(m_db, tenant);
    const auto contacts = audience.contactsWithAddress(message.fromAddress, message.channel);
    if (!contacts) {
        report(contacts.error());
        return;
    }
    for (Id contact : *contacts)
        if (auto removed = audience.removeOptOut(contact, message.channel, QStringLiteral("system"),
                                                 QStringLiteral("reply keyword"));
            !removed)
            report(removed.error());
}

} // namespace herald
