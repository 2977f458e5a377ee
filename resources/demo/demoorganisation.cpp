// The demo tenant's organisation: its users, number pools, senders and providers.
#include "demobuild.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QHash>

namespace herald::demo {

Status TenantBuilder::people(bool uk)
{
    TenantRepository tenants(m_db);
    const struct
    {
        const char *name;
        Role role;
    } users[] = {{"Ava Thompson", Role::Admin}, {"Marco Rossi", Role::Manager}, {"Priya Shah", Role::Reviewer},
                 {"Tom Becker", Role::Viewer}};
    for (const auto &u : users) {
        User user;
        user.name = QString::fromUtf8(u.name);
        user.email = user.name.toLower().replace(u' ', u'.') + (uk ? u"@northwind.example" : u"@bluebird.example");
        user.role = u.role;
        auto id = tenants.createUser(m_tenant, user);
        if (!id)
            return id.error();
        user.id = *id;
        user.tenantId = m_tenant;
        m_ids.insert(u"reviewer:" + user.name, *id); // a campaign names its reviewer by user
        if (u.role == Role::Manager)
            m_manager = user;
    }
    return {};
}

Status TenantBuilder::senders(bool uk, const QString &domain)
{
    SenderRepository repo(m_db, m_tenant);
    const QString poolName = uk ? QStringLiteral("UK mobile pool") : QStringLiteral("US clinics pool");
    const auto addPool = [&](const QString &name, const QString &rotation) {
        NumberPool p;
        p.tenantId = m_tenant;
        p.name = name;
        p.rotation = rotation;
        return repo.addPool(p);
    };
    const auto addNumber = [&](Id poolId, PhoneNumber::State state, int dailyCap, const QString &reason = {}) {
        PhoneNumber n;
        n.tenantId = m_tenant;
        n.poolId = poolId;
        n.e164 = phoneNumber(uk);
        n.state = state;
        n.dailyCap = dailyCap;
        n.stateReason = reason;
        return repo.addNumber(n);
    };
    auto pool = addPool(poolName, QStringLiteral("round-robin"));
    if (!pool)
        return pool.error();
    for (int i = 0; i < 5; ++i)
        if (auto id = addNumber(*pool, i == 4 ? PhoneNumber::State::Paused : PhoneNumber::State::Active, 500,
                                i == 4 ? QStringLiteral("kept for the spring campaign") : QString());
            !id)
            return id.error();
    auto quarantined = addPool(QStringLiteral("Retired short codes"), QStringLiteral("least-used"));
    if (!quarantined)
        return quarantined.error();
    for (int i = 0; i < 2; ++i) {
        auto id = addNumber(*quarantined, PhoneNumber::State::Quarantined, 0,
                            QStringLiteral("delivery rate 9% over 212 messages, below the pool's 20%"));
        if (!id)
            return id.error();
        // What got them quarantined.
        SenderRepository::NumberResults history;
        history.attempts = 212;
        history.lastUsed = m_now.addDays(-40);
        history.successes = 19;
        history.failures = 193;
        if (auto st = repo.recordNumberResults(QHash<Id, SenderRepository::NumberResults>{{*id, history}}, m_now); !st)
            return st.error();
    }

    const QString brand = uk ? QStringLiteral("Northwind") : QStringLiteral("Bluebird Health");
    const struct
    {
        const char *key;
        ChannelKind kind;
        QString name, address;
        std::optional<Id> pool;
        bool paused;
    } senders[] = {
        {"Newsletter", ChannelKind::Email, brand + u" News", u"news@" + domain, std::nullopt, false},
        {"Old promo", ChannelKind::Email, brand + u" Promotions (old)", u"promo@" + domain, std::nullopt, true},
        {"SMS", ChannelKind::Sms, brand.left(11).toUpper().remove(u' '), {}, *pool, false},
        {"SMS retired", ChannelKind::Sms, QStringLiteral("SHORTCODE"), {}, *quarantined, false},
        {"Phone", ChannelKind::Phone, brand + u" Care Team", {}, *pool, false},
        {"Telegram", ChannelKind::Telegram, QString(brand).remove(u' ') + u"Bot", {}, std::nullopt, false},
        {"WebPush", ChannelKind::WebPush, brand, {}, std::nullopt, false},
        {"Viber", ChannelKind::Viber, brand, {}, std::nullopt, false},
    };
    for (const auto &s : senders) {
        auto id = repo.addSender({0, m_tenant, s.kind, s.name, s.address, s.pool, s.paused, {}, false});
        if (!id)
            return id.error();
        m_ids.insert(u"sender:" + QString::fromUtf8(s.key), *id);
    }
    // Its contacts' Telegram deep links are signed, as with a real bot.
    if (auto secret = TenantRepository(m_db).linkSecret(m_tenant); !secret)
        return secret.error();
    // The demo delivers everything through the built-in simulator.
    for (ChannelKind kind : allValues<ChannelKind>())
        if (auto st = repo.setProvider({0, m_tenant, kind, QStringLiteral("simulator"),
                                        QStringLiteral(R"({"seed":7,"latency_ms":2,"retry_delay_secs":1,)"
                                                       R"("mix":{"accepted":92,"deferred":2,"rejected":3,"unreachable":2,)"
                                                       R"("no_report":0,"opt_out_reply":1}})"),
                                        true});
            !st)
            return st;
    return {};
}

} // namespace herald::demo
