// heraldctl mailbox set | show | test | poll | history: the tenant's inbound mailbox.
#include "heraldctl.h"

#include "mailbox/inboundmailbox.h"
#include "mailbox/mailboxsettings.h"
#include "organisation/tenantservice.h"
#include "providers/settingsjson.h"
#include "storage/tenantrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QJsonObject mailboxJson(const Tenant &t)
{
    QJsonObject o{{QStringLiteral("tenant"), t.name},
                  {QStringLiteral("settings"),
                   QJsonDocument::fromJson(SettingsJson::redacted(t.mailbox).toUtf8()).object()}};
    if (const auto s = MailboxSettings::withoutPassword(t.mailbox)) {
        o.insert(QStringLiteral("url"), s->url());
        o.insert(QStringLiteral("interval_secs"), s->intervalSecs);
        // What a message's envelope sender looks like, for the mail server's routing.
        if (!s->bounceAddress.isEmpty())
            o.insert(QStringLiteral("bounce_example"), MailboxSettings::verp(s->bounceAddress, t.linkSecret, t.id, 42));
    }
    return o;
}

QString pollText(const MailboxPoll &p)
{
    return u"Read " + QString::number(p.read) + u": " + QString::number(p.bouncesHard) + u" hard bounces, "
           + QString::number(p.bouncesSoft) + u" soft bounces, " + QString::number(p.complaints) + u" complaints, "
           + QString::number(p.replies) + u" replies, " + QString::number(p.autoReplies) + u" automatic replies, "
           + QString::number(p.unsubscribes) + u" unsubscribes, " + QString::number(p.delays) + u" delays, "
           + QString::number(p.unmatched) + u" unmatched" + (p.readBefore ? u", " + QString::number(p.readBefore)
                                                                                 + u" read before" : QString());
}

} // namespace

int Heraldctl::mailbox()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    if (command == QLatin1StringView("mailbox set")) {
        if (!m_cli.isSet(QStringLiteral("settings")))
            return usage(QStringLiteral("mailbox set needs --settings JSON (\"\" for none)"));
        auto settings = textOption(QStringLiteral("settings"), QStringLiteral("the mailbox settings"));
        if (!settings)
            return fail(settings.error());
        auto password = passwordFromStdin();
        if (!password)
            return fail(password.error());
        auto t = TenantService(*m_db, m_user).setMailbox(m_tenant.name, *settings, *password);
        if (!t)
            return fail(t.error());
        if (json)
            printJson(mailboxJson(*t));
        else if (t->mailbox.isEmpty())
            m_out << "Tenant '" << t->name << "' has no mailbox now" << Qt::endl;
        else
            m_out << "Saved the mailbox of tenant '" << t->name << "': " << mailboxJson(*t).value(u"url").toString()
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1StringView("mailbox show")) {
        if (json)
            printJson(mailboxJson(m_tenant));
        else if (m_tenant.mailbox.isEmpty())
            m_out << "Tenant '" << m_tenant.name << "' has no mailbox: set one with heraldctl mailbox set" << Qt::endl;
        else
            m_out << SettingsJson::redacted(m_tenant.mailbox) << Qt::endl;
        return 0;
    }
    InboundMailbox mailbox(*m_db, m_tenant, m_user);
    if (command == QLatin1StringView("mailbox test")) {
        const Status st = mailbox.probe();
        const QString detail = st ? u"logged in, folder " + MailboxSettings::withoutPassword(m_tenant.mailbox)->folder
                                        + u" opened over TLS"
                                  : st.error().message;
        if (json)
            printJson(QJsonObject{{QStringLiteral("ok"), bool(st)}, {QStringLiteral("detail"), detail}});
        else
            m_out << (st ? "OK " : "FAILED ") << detail << Qt::endl;
        if (!st && st.error().kind != Error::Kind::Runtime)
            return fail(st.error());
        return st ? 0 : 1;
    }
    if (command == QLatin1StringView("mailbox poll")) {
        auto poll = mailbox.poll();
        if (!poll)
            return fail(poll.error());
        if (json)
            printJson(poll->toJson());
        else
            m_out << pollText(*poll) << Qt::endl;
        return 0;
    }
    bool ok = true;
    const int limit = m_cli.isSet(QStringLiteral("limit")) ? m_cli.value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1)
        return usage(u"--limit takes a positive number, not '" + m_cli.value(QStringLiteral("limit")) + u"'");
    auto records = mailbox.history(limit);
    if (!records)
        return fail(records.error());
    if (json) {
        QJsonArray out;
        for (const InboundMailbox::Record &r : std::as_const(*records)) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("address"), r.address},
                          {QStringLiteral("detail"), r.detail},
                          {QStringLiteral("received_at"), r.receivedAt.toString(Qt::ISODate)}};
            o.insert(QStringLiteral("run_id"), r.runId ? QJsonValue(*r.runId) : QJsonValue());
            o.insert(QStringLiteral("message_id"), r.messageId ? QJsonValue(*r.messageId) : QJsonValue());
            o.insert(QStringLiteral("contact_id"), r.contactId ? QJsonValue(*r.contactId) : QJsonValue());
            out.append(o);
        }
        printJson(out);
        return 0;
    }
    for (const InboundMailbox::Record &r : std::as_const(*records))
        m_out << r.receivedAt.toString(Qt::ISODate) << "  " << r.kind.leftJustified(12) << r.address << "  " << r.detail
              << (r.messageId ? u"  (message " + QString::number(*r.messageId) + u')' : QString()) << Qt::endl;
    return 0;
}

} // namespace herald::ctl
