#include "tenantservice.h"

#include "content/smskeywords.h"
#include "domain/channelstatus.h"
#include "domain/inputtext.h"
#include "domain/permissions.h"
#include "domain/webaddress.h"
#include "mailbox/mailboxsettings.h"
#include "providers/providersecret.h"
#include "schedule/sendwindow.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

namespace herald {

namespace {

constexpr qsizetype kNameMax = 100;

// A tenant's secret: 256 random bits, hex.
QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

TenantService::TenantService(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

Result<QList<Tenant>> TenantService::list(bool includeArchived)
{
    return TenantRepository(m_db).tenants(includeArchived);
}

Status TenantService::checkName(const QString &name, std::optional<Id> self)
{
    if (name.isEmpty())
        return Error::usage(Text::tr("a tenant needs a name"));
    if (auto st = checkText(name, Text::tr("the tenant's name"), kNameMax); !st)
        return st;
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT name FROM tenants WHERE lower(name) = lower(?) AND id <> ?"));
    q.bind(name).bind(self.value_or(0));
    if (auto st = q.exec(u"looking for tenant " + quotedName(name)); !st)
        return st;
    if (q.next())
        return Error::refused(Text::tr("a tenant named %1 exists already").arg(quotedName(q.text(0))));
    return {};
}

Result<Tenant> TenantService::administered(const QString &name, const Text &refusal)
{
    if (name.trimmed().isEmpty())
        return Error::usage(Text::tr("name the tenant"));
    TenantRepository tenants(m_db);
    auto t = tenants.byName(name.trimmed(), true);
    if (!t)
        return t.error();
    auto may = tenants.permitsThere(t->id, m_actor, Action::ManageTenants);
    if (!may)
        return may.error();
    if (!*may)
        return Error::refused(refusal.arg(quotedName(m_actor.name), quotedName(t->name)));
    return t;
}

Result<Tenant> TenantService::create(const QString &rawName, const QString &timeZone)
{
    if (auto st = Permissions::require(m_actor, Action::ManageTenants); !st)
        return st.error();
    const QString name = rawName.trimmed();
    const QString zone = timeZone.trimmed().isEmpty() ? QStringLiteral("UTC") : timeZone.trimmed();
    if (!QTimeZone(zone.toUtf8()).isValid())
        return Error::usage(
            Text::tr("unknown time zone %1 (an IANA name such as Europe/Berlin)").arg(quotedInput(zone)));
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    if (auto st = checkName(name, std::nullopt); !st)
        return st.error();
    Tenant tenant;
    tenant.name = name;
    tenant.timeZone = zone;
    tenant.createdAt = QDateTime::currentDateTimeUtc();
    TenantRepository tenants(m_db);
    auto id = tenants.create(tenant);
    if (!id)
        return id.error();
    tenant.id = *id;
    User admin;
    admin.tenantId = tenant.id;
    admin.name = m_actor.name;
    admin.email = m_actor.email;
    admin.login = m_actor.login;
    admin.role = Role::Admin;
    if (auto user = tenants.createUser(tenant.id, admin); !user)
        return user.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return tenant;
}

Result<Tenant> TenantService::rename(const QString &tenant, const QString &rawName)
{
    const QString name = rawName.trimmed();
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins rename it"));
    if (!t)
        return t.error();
    if (auto st = checkName(name, t->id); !st)
        return st.error();
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET name = ? WHERE id = ?"));
    q.bind(name).bind(t->id);
    if (auto st = q.exec(u"renaming tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    t->name = name;
    return t;
}

Result<Tenant> TenantService::configure(const QString &tenant, const QString &rawName, const QString &rawZone,
                                        const QString &rawWindow)
{
    const QString name = rawName.trimmed(), zone = rawZone.trimmed(), window = rawWindow.trimmed();
    if (!QTimeZone(zone.toUtf8()).isValid())
        return Error::usage(
            Text::tr("unknown time zone %1: use an IANA name such as Europe/London").arg(quotedInput(zone)));
    if (!window.isEmpty())
        if (auto parsed = SendWindow::parse(window, ChannelKind::Sms); !parsed)
            return Error::usage(Text::tr("the default send window: %1").arg(parsed.error().text()));
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins configure it"));
    if (!t)
        return t.error();
    if (auto st = checkName(name, t->id); !st)
        return st.error();
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE tenants SET name = ?, time_zone = ?, default_send_window = ? WHERE id = ?"));
    q.bind(name).bind(zone).bind(window).bind(t->id);
    if (auto st = q.exec(u"configuring tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    t->name = name;
    t->timeZone = zone;
    t->defaultSendWindow = window;
    return t;
}

Result<std::pair<QHostAddress, quint16>> TenantService::parseListen(const QString &raw)
{
    const QString listen = raw.trimmed();
    const auto address = parseListenAddress(listen);
    if (!address)
        return Error::usage(Text::tr("the listener address %1 is not HOST:PORT with an IP address and a port from 1 to "
                                     "65535 (e.g. 127.0.0.1:8480, 0.0.0.0:8480 for every interface)")
                                .arg(quotedInput(listen)));
    return *address;
}

Result<Tenant> TenantService::setMailbox(const QString &tenant, const QString &settingsJson, const QString &password)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins "
                                           "configure the mailbox of it"));
    if (!t)
        return t.error();
    KeyringPassword kept(t->mailbox, password, u"tenant " + QString::number(t->id) + u" mailbox");
    QString json = settingsJson.trimmed().isEmpty() ? QString() : kept.prepare(settingsJson);
    auto settings = MailboxSettings::fromJson(json, password);
    if (!settings)
        return settings.error();
    if (!json.isEmpty())
        json = QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Compact));
    if (auto st = kept.write(QStringLiteral("the mailbox password")); !st)
        return st.error();
    const QString secret = t->linkSecret.isEmpty() && !json.isEmpty() ? newSecret() : t->linkSecret;
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET mailbox = ?, link_secret = ? WHERE id = ?"));
    q.bind(json).bind(secret).bind(t->id);
    if (auto st = q.exec(u"configuring the mailbox of tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    kept.forgetOld(json);
    t->mailbox = json;
    t->linkSecret = secret;
    return t;
}

Result<Tenant> TenantService::setListener(const QString &tenant, const QString &rawListen, const QString &rawUrl)
{
    const QString listen = rawListen.trimmed();
    QString publicUrl = rawUrl.trimmed();
    if (!listen.isEmpty())
        if (auto parsed = parseListen(listen); !parsed)
            return parsed.error();
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!isWebAddress(url) || url.hasQuery() || url.hasFragment())
            return Error::usage(Text::tr("the public URL %1 is not an http or https address without a query (e.g. "
                                         "https://herald.example.org)")
                                    .arg(quotedInput(publicUrl)));
        while (publicUrl.endsWith(u'/'))
            publicUrl.chop(1);
    }
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins "
                                           "configure the listener of it"));
    if (!t)
        return t.error();
    const QString secret = t->linkSecret.isEmpty() && (!listen.isEmpty() || !publicUrl.isEmpty()) ? newSecret()
                                                                                                  : t->linkSecret;
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE tenants SET listen = ?, public_url = ?, link_secret = ? WHERE id = ?"));
    q.bind(listen).bind(publicUrl).bind(secret).bind(t->id);
    if (auto st = q.exec(u"configuring the listener of tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    t->listen = listen;
    t->publicUrl = publicUrl;
    t->linkSecret = secret;
    return t;
}

Result<Tenant> TenantService::setSmsKeywords(const QString &tenant, const QString &rawStopWords, const QString &rawHelp)
{
    const auto words = SmsKeywords::stopWords(rawStopWords);
    if (!words)
        return words.error();
    const QString help = rawHelp.trimmed();
    if (help.size() > 480)
        return Error::usage(
            Text::tr("the HELP answer has %1 characters; keep it to 480 (three SMS segments)").arg(help.size()));
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins "
                                           "set the SMS keywords of it"));
    if (!t)
        return t.error();
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET sms_stop_words = ?, sms_help = ? WHERE id = ?"));
    q.bind(words->join(u',')).bind(help).bind(t->id);
    if (auto st = q.exec(u"setting the SMS keywords of tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    t->smsStopWords = *words;
    t->smsHelp = help;
    return t;
}

Result<Tenant> TenantService::markSetUp(const QString &tenant)
{
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins set up it"));
    if (!t)
        return t.error();
    if (t->setUpAt.isValid())
        return t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET set_up_at = ? WHERE id = ?"));
    q.bindTime(now).bind(t->id);
    if (auto st = q.exec(u"marking tenant " + quotedName(t->name) + u" set up"); !st)
        return st.error();
    t->setUpAt = now;
    return t;
}

Result<Tenant> TenantService::archive(const QString &tenant)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto t = administered(tenant, Text::tr("user %1 is not an admin of tenant %2: only its admins archive it"));
    if (!t)
        return t.error();
    if (t->archivedAt.isValid())
        return Error::refused(Text::tr("tenant %1 is archived already").arg(quotedName(t->name)));
    if (t->isDefault)
        return Error::refused(
            Text::tr("tenant %1 is the workspace's default: it cannot be archived").arg(quotedName(t->name)));
    if (t->id == m_actor.tenantId)
        return Error::refused(Text::tr("you are working in tenant %1: archive it from another tenant you administer")
                                  .arg(quotedName(t->name)));
    SqlQuery sending(m_db.connection(), u"SELECT COUNT(*) FROM run_channels WHERE tenant_id = ? AND status IN "
                                            + sqlSet<ChannelStatus>(isUnderWay));
    sending.bind(t->id);
    if (auto st = sending.exec(u"looking for channels still sending"); !st)
        return st.error();
    if (sending.next() && sending.value(0).toLongLong() > 0)
        return Error::refused(Text::tr("tenant %1 has %2 channel(s) running or paused: stop them first")
                                  .arg(quotedName(t->name), sending.text(0)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET archived_at = ? WHERE id = ?"));
    q.bindTime(now).bind(t->id);
    if (auto st = q.exec(u"archiving tenant " + quotedName(t->name)); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    t->archivedAt = now;
    return t;
}

} // namespace herald
