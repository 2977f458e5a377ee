// The demo tenant's content library: goals, writers and message templates.
#include "demobuild.h"
#include "storage/catalogrepository.h"
#include "storage/contentrepository.h"

namespace herald::demo {

Status TenantBuilder::content(bool uk)
{
    ContentRepository repo(m_db, m_tenant);
    const struct
    {
        const char *name, *description, *metric;
        double target;
        const char *url;
    } goals[] = {{"Grow repeat purchases", "Bring one-time buyers back within 60 days", "clicks", 0.08,
                  "https://shop.northwind.example/"},
                 {"Win back lapsed customers", "Re-engage customers with no order in 6 months", "replies", 0.03, ""},
                 {"Event attendance", "Fill seats at store events and open days", "answered calls", 0.25, ""},
                 {"Appointment reminders", "Cut missed appointments", "replies", 0.5, ""}};
    for (const auto &g : goals) {
        auto id = repo.addGoal({0, m_tenant, QString::fromUtf8(g.name), QString::fromUtf8(g.description),
                                QString::fromUtf8(g.metric), g.target, false, QString::fromUtf8(g.url)});
        if (!id)
            return id.error();
        m_ids.insert(u"goal:" + QString::fromUtf8(g.name), *id);
    }
    const char *writers[][5] = {
        {"Friendly retail voice", "Warm, concise, first name basis. One clear call to action. No jargon.", "friendly",
         "loyal customers", "New season styles are in store\nMembers save 20% this week"},
        {"Clinical and calm", "Plain language, reassuring, no marketing superlatives, always give a way to reschedule.",
         "formal", "patients", "Your appointment is coming up\nReply to this message to reschedule"},
        {"Urgent promo", "Short sentences, time-limited offers, clear deadline, opt-out line in every SMS.", "urgent",
         "subscribers", "48-hour flash sale\nUp to 50% off selected lines"}};
    for (const auto &w : writers) {
        Writer writer;
        writer.tenantId = m_tenant;
        writer.name = QString::fromUtf8(w[0]);
        writer.instructions = QString::fromUtf8(w[1]);
        writer.tone = QString::fromUtf8(w[2]);
        writer.audience = QString::fromUtf8(w[3]);
        writer.keyPoints = QString::fromUtf8(w[4]).split(u'\n');
        auto id = repo.addWriter(writer);
        if (!id)
            return id.error();
        m_ids.insert(u"writer:" + QString::fromUtf8(w[0]), *id);
    }
    const QString brand = uk ? QStringLiteral("Northwind") : QStringLiteral("Bluebird Health");
    const struct
    {
        const char *name;
        ChannelKind kind;
        const char *subject, *body;
    } templates[] = {
        {"Seasonal launch email", ChannelKind::Email, "{{first_name}}, the new season is here",
         "<html><body style=\"font-family: sans-serif\">\n<h2>The new season is here</h2>\n"
         "<p>Hi {{first_name|there}},</p>\n<p>Our new collection has landed. Take a look before it sells out.</p>\n"
         "<p><img src=\"https://cdn.example.com/season.jpg\" alt=\"The collection\" width=\"480\"></p>\n"
         "<p>{{sender_name}}</p>\n<p style=\"font-size: small\"><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>\n"
         "</body></html>"},
        {"Newsletter email", ChannelKind::Email, "This week at {{sender_name}}",
         "Hello {{first_name}},\n\nHere is what is new this week.\n\nUnsubscribe: {{unsubscribe_url}}"},
        {"Reminder email", ChannelKind::Email, "A reminder from {{sender_name}}",
         "Dear {{first_name}} {{last_name}},\n\nThis is a friendly reminder.\n\nUnsubscribe: {{unsubscribe_url}}"},
        {"Plain promo email", ChannelKind::Email, "Offers for you", "Hi {{first_name}}, {{offer_code}} saves 20% today."},
        {"Flash sale SMS", ChannelKind::Sms, "", "{{first_name}}, 24h flash sale: 30% off everything. Reply STOP to opt out"},
        {"Reminder SMS", ChannelKind::Sms, "", "Reminder: your appointment is tomorrow. Reply C to confirm. {{opt_out_text}}"},
        {"Retired SMS", ChannelKind::Sms, "", "Old promo text. Reply STOP to opt out"},
        {"Satisfaction call script", ChannelKind::Phone, "",
         "Introduce yourself, ask for a rating from 1 to 5, thank them, offer to remove them from calls."},
        {"Event invitation script", ChannelKind::Phone, "", "Invite to the open day, confirm attendance, note dietary needs."},
        {"Telegram digest", ChannelKind::Telegram, "", "Weekly digest for {{first_name}}. Reply STOP to opt out"},
        {"Web push price drop", ChannelKind::WebPush, "Price drop", "Something on your list is cheaper today. STOP to mute"},
        {"Viber weekend deals", ChannelKind::Viber, "", "Weekend deals inside, {{first_name}}! Reply STOP to opt out"},
    };
    for (const auto &t : templates) {
        MessageTemplate tmpl{0, m_tenant, QString::fromUtf8(t.name), t.kind, QString::fromUtf8(t.subject),
                             QString::fromUtf8(t.body).replace(QLatin1StringView("{{sender_name}}"), brand), false, {}, {}, {}, {}};
        if (tmpl.name == u"Seasonal launch email")
            tmpl.preheader = QStringLiteral("New arrivals, first pick for you");
        auto id = repo.addTemplate(tmpl);
        if (!id)
            return id.error();
        m_ids.insert(u"template:" + tmpl.name, *id);
    }
    return CatalogRepository(m_db, m_tenant).softDelete(CatalogKind::Template,
                                                        m_ids.value(QStringLiteral("template:Retired SMS")));
}

} // namespace herald::demo
