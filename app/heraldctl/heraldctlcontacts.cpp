// heraldctl contacts list | show | set | subscribe | unsubscribe: contacts and the
// addresses the channels hand over (Telegram chats, Viber users, push subscriptions).
#include "audience/contactfields.h"
#include "audience/contactservice.h"
#include "domain/inputtext.h"
#include "heraldctl.h"
#include "storage/audiencerepository.h"
#include "storage/channeladdressrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject subscriptionJson(const PushSubscription &s)
{
    // The keys stay in the workspace: the auth secret is the browser's and the push service's.
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("endpoint"), s.endpoint},
            {QStringLiteral("created_at"), isoTime(s.createdAt)},
            {QStringLiteral("last_success_at"), s.lastSuccessAt.isValid() ? QJsonValue(isoTime(s.lastSuccessAt))
                                                                          : QJsonValue(QJsonValue::Null)}};
}

QJsonObject contactJson(const Contact &c)
{
    QJsonObject fields;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        fields.insert(it.key(), it.value());
    QJsonArray subscriptions;
    for (const PushSubscription &s : c.pushSubscriptions)
        subscriptions.append(subscriptionJson(s));
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("first_name"), c.firstName},
            {QStringLiteral("last_name"), c.lastName},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("telegram_chat_id"), c.telegramChat},
            {QStringLiteral("viber_user_id"), c.viberUser},
            {QStringLiteral("push_subscriptions"), subscriptions},
            {QStringLiteral("time_zone"), c.timeZone},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("custom_fields"), fields},
            {QStringLiteral("created_at"), isoTime(c.createdAt)}};
}

} // namespace

Result<Contact> Heraldctl::contactArgument(const QString &ref)
{
    AudienceRepository audience(*m_db, m_tenant.id);
    bool isNumber = false;
    const Id id = ref.toLongLong(&isNumber);
    QList<Id> ids;
    if (isNumber && id > 0 && !ref.startsWith(u'+')) {
        ids = {id};
    } else {
        auto found = audience.contactsWithAddress(ref.trimmed());
        if (!found)
            return found.error();
        ids = *found;
        if (ids.size() > 1)
            return Error::usage(u"contacts " + QString::number(ids.at(0)) + u" and " + QString::number(ids.at(1))
                                + u" both have " + quotedInput(ref) + u": name the contact by its id");
    }
    auto contacts = audience.contactsByIds(ids);
    if (!contacts)
        return contacts.error();
    if (contacts->isEmpty())
        return Error::notFound(u"contact " + quotedInput(ref)
                               + u" not found in this tenant (give its id, email address or +E.164 phone number)");
    Contact c = contacts->first();
    auto subscriptions = ChannelAddressRepository(*m_db, m_tenant.id).subscriptions(c.id);
    if (!subscriptions)
        return subscriptions.error();
    c.pushSubscriptions = *subscriptions;
    return c;
}

int Heraldctl::contacts()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    if (command == u"contacts list") {
        bool ok = true;
        const int limit = m_cli.isSet(QStringLiteral("limit")) ? m_cli.value(QStringLiteral("limit")).toInt(&ok) : 1000;
        if (!ok || limit < 1)
            return usage(u"--limit takes a positive number, not '" + m_cli.value(QStringLiteral("limit")) + u"'");
        const Id after = m_cli.isSet(QStringLiteral("after")) ? m_cli.value(QStringLiteral("after")).toLongLong(&ok) : 0;
        if (!ok || after < 0)
            return usage(u"--after takes a contact id, not '" + m_cli.value(QStringLiteral("after")) + u"'");
        auto found = AudienceRepository(*m_db, m_tenant.id).findContacts(m_cli.value(QStringLiteral("search")), after, limit);
        if (!found)
            return fail(found.error());
        auto subscriptions = ChannelAddressRepository(*m_db, m_tenant.id).subscriptionsOf([&] {
            QList<Id> ids;
            for (const Contact &c : std::as_const(*found))
                ids << c.id;
            return ids;
        }());
        if (!subscriptions)
            return fail(subscriptions.error());
        QJsonArray out;
        for (Contact &c : *found) {
            c.pushSubscriptions = subscriptions->value(c.id);
            if (json)
                out.append(contactJson(c));
            else
                m_out << QString::number(c.id).rightJustified(7) << "  "
                      << QString(c.firstName + u' ' + c.lastName).trimmed().leftJustified(24) << ' '
                      << c.email.leftJustified(32) << ' ' << c.phone.leftJustified(16) << ' '
                      << (c.telegramChat.isEmpty() ? QString() : QStringLiteral("telegram "))
                      << (c.viberUser.isEmpty() ? QString() : QStringLiteral("viber "))
                      << (c.pushSubscriptions.isEmpty() ? QString()
                                                        : u"webpush×" + QString::number(c.pushSubscriptions.size()))
                      << Qt::endl;
        }
        if (json)
            printJson(out);
        return 0;
    }

    auto contact = contactArgument(m_cli.positional().first());
    if (!contact)
        return fail(contact.error());
    ContactService service(*m_db, m_tenant.id, m_user);
    if (command == u"contacts set") {
        const auto given = [&](const char *option) {
            const QString name = QString::fromLatin1(option);
            return m_cli.isSet(name) ? std::optional<QString>(m_cli.value(name)) : std::nullopt;
        };
        const auto chat = given("telegram-chat");
        const auto viber = given("viber-user");
        if (!chat && !viber)
            return usage(QStringLiteral("contacts set needs --telegram-chat ID or --viber-user ID (\"\" clears one)"));
        if (auto st = service.setAppAddresses(contact->id, chat, viber); !st)
            return fail(st.error());
    } else if (command == u"contacts subscribe") {
        if (!m_cli.isSet(QStringLiteral("subscription")))
            return usage(QStringLiteral("contacts subscribe needs --subscription JSON (or @FILE): the browser's "
                                        "PushSubscription.toJSON()"));
        auto text = textOption(QStringLiteral("subscription"), QStringLiteral("the push subscription"));
        if (!text)
            return fail(text.error());
        auto subscription = contactfields::pushSubscriptionFromJson(text->toUtf8());
        if (!subscription)
            return fail(subscription.error());
        if (auto st = service.subscribe(contact->id, *subscription); !st)
            return fail(st.error());
    } else if (command == u"contacts unsubscribe") {
        if (auto st = service.unsubscribe(contact->id, m_cli.positional().at(1)); !st)
            return fail(st.error());
    }
    if (command != u"contacts show") { // what it is now
        contact = contactArgument(QString::number(contact->id));
        if (!contact)
            return fail(contact.error());
    }
    if (json) {
        QJsonObject o = contactJson(*contact);
        auto lists = AudienceRepository(*m_db, m_tenant.id).listsOf(contact->id);
        if (!lists)
            return fail(lists.error());
        o.insert(QStringLiteral("lists"), QJsonArray::fromStringList(*lists));
        auto link = service.telegramLink(contact->id);
        if (!link)
            return fail(link.error());
        o.insert(QStringLiteral("telegram_link"), *link);
        auto viber = service.viberLink(contact->id);
        if (!viber)
            return fail(viber.error());
        o.insert(QStringLiteral("viber_link"), *viber);
        auto push = service.pushToken(contact->id);
        if (!push)
            return fail(push.error());
        o.insert(QStringLiteral("push_token"), *push);
        printJson(o);
        return 0;
    }
    const Contact &c = *contact;
    const auto line = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            m_out << QString::fromLatin1(label).leftJustified(18) << value << Qt::endl;
    };
    line("Contact", QString::number(c.id));
    line("Name", QString(c.firstName + u' ' + c.lastName).trimmed());
    line("Email", c.email);
    line("Phone", c.phone);
    line("Telegram chat", c.telegramChat);
    if (auto link = service.telegramLink(c.id); link && c.telegramChat.isEmpty())
        line("Telegram link", *link);
    line("Viber user", c.viberUser);
    if (auto link = service.viberLink(c.id); link && c.viberUser.isEmpty())
        line("Viber link", *link);
    line("Time zone", c.timeZone);
    line("Tags", c.tags.join(QStringLiteral(", ")));
    for (const PushSubscription &s : c.pushSubscriptions)
        line("Push subscription", s.endpoint + u" (since " + isoTime(s.createdAt)
                                      + (s.lastSuccessAt.isValid() ? u", last delivered " + isoTime(s.lastSuccessAt)
                                                                   : QString())
                                      + u')');
    return 0;
}

} // namespace herald::ctl
