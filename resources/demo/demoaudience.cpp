// The demo tenant's audience: contacts, lists, opt-outs and segments.
#include "demobuild.h"
#include "demonames.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"
#include "storage/catalogrepository.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

namespace herald::demo {

Status TenantBuilder::contacts(int count, bool uk, const QString &domain)
{
    const auto first = demo::firstNames();
    const auto last = demo::lastNames();
    const QStringList zones = uk ? QStringList{QStringLiteral("Europe/London"), QStringLiteral("Europe/London"),
                                               QStringLiteral("Europe/Dublin"), QStringLiteral("Europe/Berlin")}
                                 : QStringList{QStringLiteral("America/New_York"), QStringLiteral("America/Chicago"),
                                               QStringLiteral("America/Los_Angeles")};
    // What the messaging apps and browsers handed over: a Telegram chat with the bot for
    // about half the customers, a Viber user for 40%, a push subscription for a third, all
    // three for the staff (the test recipients). A generator of their own leaves the rest
    // of the demo as it was.
    QRandomGenerator apps(0x7e1e9a);
    const auto randomBase64 = [&](int bytes, QByteArray prefix, QByteArray::Base64Options options) {
        while (prefix.size() < bytes)
            prefix.append(char(apps.bounded(256)));
        return QString::fromLatin1(prefix.toBase64(options));
    };
    const auto appAddresses = [&](Contact &c, qsizetype i, bool all) {
        if (all || apps.bounded(100) < 55)
            c.telegramChat = QString::number(6'000'000'000LL + i * 37 + apps.bounded(37));
        if (all || apps.bounded(100) < 40)
            c.viberUser = randomBase64(12, {}, QByteArray::Base64Encoding) + u'=';
        if (all || apps.bounded(100) < 33)
            c.pushSubscriptions.append(
                {0, u"https://push.example.net/send/" + randomBase64(24, {}, QByteArray::Base64UrlEncoding),
                 randomBase64(65, QByteArray(1, '\x04'), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                 randomBase64(16, {}, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), ago(60), {}});
    };
    QList<Contact> list;
    list.reserve(count + 3);
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.firstName = QString::fromUtf8(first[m_rng.bounded(int(first.size()))]);
        c.lastName = QString::fromUtf8(last[m_rng.bounded(int(last.size()))]);
        const int r = m_rng.bounded(100);
        if (r >= 5) {
            QString local = (c.firstName + u'.' + c.lastName).toLower();
            local.remove(u'\'');
            local.replace(QString::fromUtf8("ü"), QStringLiteral("ue"));
            c.email = local + QString::number(i) + u"@example." + (i % 3 == 0 ? u"org" : u"com");
        }
        if (r < 90)
            c.phone = phoneNumber(uk);
        c.timeZone = zones.at(m_rng.bounded(int(zones.size())));
        if (m_rng.bounded(100) < 10)
            c.tags << QStringLiteral("vip");
        if (m_rng.bounded(100) < 40)
            c.tags << QStringLiteral("newsletter");
        if (m_rng.bounded(100) < 15)
            c.tags << QStringLiteral("lapsed");
        if (m_rng.bounded(100) < 20)
            c.tags << QStringLiteral("loyalty");
        c.createdAt = ago(400 - i % 390);
        appAddresses(c, i, false);
        list.append(c);
    }
    const char *staff[][2] = {{"Marco", "Rossi"}, {"Priya", "Shah"}, {"Ava", "Thompson"}};
    for (const auto &s : staff) {
        Contact c;
        c.firstName = QString::fromUtf8(s[0]);
        c.lastName = QString::fromUtf8(s[1]);
        c.email = (c.firstName + u'.' + c.lastName).toLower() + u'@' + domain;
        c.phone = phoneNumber(uk);
        c.timeZone = zones.first();
        c.tags << QStringLiteral("staff");
        c.createdAt = ago(420);
        m_staffAddresses << c.email << c.phone;
        appAddresses(c, count + list.size(), true);
        list.append(c);
    }
    AudienceRepository audience(m_db, m_tenant);
    auto ids = audience.addContacts(list);
    if (!ids)
        return ids.error();
    m_staff = ids->mid(count);
    {
        Transaction tx(m_db.connection()); // one commit for every subscription
        if (auto st = tx.begun(); !st)
            return st;
        ChannelAddressRepository channels(m_db, m_tenant);
        for (qsizetype i = 0; i < list.size(); ++i)
            for (const PushSubscription &s : std::as_const(list.at(i).pushSubscriptions))
                if (auto stored = channels.subscribe(ids->at(i), s, s.createdAt); !stored)
                    return stored.error();
        if (auto st = tx.commit(); !st)
            return st;
    }
    const QList<Id> customers = ids->first(count);

    auto all = audience.addList({0, m_tenant, QStringLiteral("All customers"), QStringLiteral("Everyone who bought or signed up")});
    if (!all)
        return all.error();
    m_ids.insert(QStringLiteral("list:All customers"), *all);
    if (auto st = audience.addToList(*all, customers); !st)
        return st;
    auto events = audience.addList({0, m_tenant, QStringLiteral("Event sign-ups"), QStringLiteral("Signed up at a store event")});
    if (!events)
        return events.error();
    m_ids.insert(QStringLiteral("list:Event sign-ups"), *events);
    QList<Id> some;
    for (Id id : customers)
        if (m_rng.bounded(100) < 25)
            some.append(id);
    if (auto st = audience.addToList(*events, some); !st)
        return st;
    auto staffList = audience.addList({0, m_tenant, QStringLiteral("Staff"), QStringLiteral("Test recipients")});
    if (!staffList)
        return staffList.error();
    m_ids.insert(QStringLiteral("list:Staff"), *staffList);
    if (auto st = audience.addToList(*staffList, m_staff); !st)
        return st;

    // Opt-outs: about 3% from everything, 2% from SMS only.
    for (Id id : customers) {
        const int r = m_rng.bounded(100);
        if (r < 3) {
            if (auto st = audience.addOptOut({0, m_tenant, id, std::nullopt, QStringLiteral("unsubscribe link"), ago(30), {}}); !st)
                return st;
        } else if (r < 5) {
            if (auto st = audience.addOptOut({0, m_tenant, id, ChannelKind::Sms, QStringLiteral("reply keyword"), ago(20), {}}); !st)
                return st;
        }
    }

    const struct
    {
        const char *name;
        const char *rules;
    } segments[] = {
        {"VIP customers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"vip"}]})"},
        {"Newsletter subscribers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"newsletter"}]})"},
        {"Lapsed buyers", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"lapsed"}]})"},
        {"Loyalty members", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"loyalty"}]})"},
        {"Has a phone number", R"({"match":"all","rules":[{"field":"phone","op":"is_set"}]})"},
        {"Everyone", R"({"match":"all","rules":[]})"},
        {"Legacy 2019 import", R"({"match":"all","rules":[{"field":"tag","op":"has","value":"legacy-2019"}]})"},
        {"Old regional segment", R"({"match":"all","rules":[{"field":"time_zone","op":"eq","value":"Europe/Paris"}]})"},
    };
    for (const auto &s : segments) {
        auto id = audience.addSegment({0, m_tenant, QString::fromUtf8(s.name), QString::fromUtf8(s.rules), false});
        if (!id)
            return id.error();
        m_ids.insert(u"segment:" + QString::fromUtf8(s.name), *id);
    }
    return CatalogRepository(m_db, m_tenant).softDelete(CatalogKind::Segment,
                                                        m_ids.value(QStringLiteral("segment:Old regional segment")));
}

} // namespace herald::demo
