// heraldctl providers list | set | test: how each channel kind of a tenant sends.
#include "heraldctl.h"

#include "providers/providerregistry.h"
#include "providers/providersettings.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace herald::ctl {

namespace {

// `inboundUrl`: where the gateway sends replies (it holds the tenant's secret: admins only);
// `push`: what the organisation's site needs for Web Push.
QJsonObject providerJson(const ProviderConfig &p, const QString &inboundUrl, const ProviderSettings::WebPushSite &push)
{
    QJsonObject o{{QStringLiteral("channel"), nameOf(p.kind)},
                  {QStringLiteral("provider"), p.provider},
                  {QStringLiteral("settings"), QJsonDocument::fromJson(p.settings.toUtf8()).object()},
                  {QStringLiteral("credentials_complete"), p.credentialsComplete}};
    if (!inboundUrl.isEmpty())
        o.insert(QStringLiteral("inbound_url"), inboundUrl);
    if (!push.publicKey.isEmpty()) {
        o.insert(QStringLiteral("vapid_public_key"), push.publicKey);
        o.insert(QStringLiteral("push_url"), push.pushUrl);
    }
    return o;
}

} // namespace

int Heraldctl::providersList()
{
    ProviderSettings settings(*m_db, m_tenant.id, m_user);
    auto providers = settings.list();
    if (!providers)
        return fail(providers.error());
    QJsonArray out;
    for (const ProviderConfig &p : std::as_const(*providers))
        out.append(providerJson(p, settings.inboundUrl(p), settings.webPushSite(p)));
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(out);
        return 0;
    }
    for (const ProviderConfig &p : std::as_const(*providers)) {
        m_out << nameOf(p.kind).leftJustified(10) << p.provider.leftJustified(12) << p.settings << Qt::endl;
        if (const QString url = settings.inboundUrl(p); !url.isEmpty())
            m_out << QString(22, u' ') << "replies: get-url = \"" << url << '"' << Qt::endl;
        if (const auto push = settings.webPushSite(p); !push.publicKey.isEmpty())
            m_out << QString(22, u' ') << "applicationServerKey = \"" << push.publicKey << "\", subscriptions at "
                  << (push.pushUrl.isEmpty() ? QStringLiteral("(no public URL yet)") : push.pushUrl + u"subscribe")
                  << Qt::endl;
    }
    return 0;
}

Result<QString> Heraldctl::passwordFromStdin()
{
    if (!m_cli.isSet(QStringLiteral("password-stdin")))
        return QString();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::runtime(u"cannot read standard input: " + in.errorString());
    const QString password = QString::fromUtf8(in.readLine(4096)).remove(u'\n').remove(u'\r');
    if (password.isEmpty())
        return Error::usage(QStringLiteral("--password-stdin read an empty password"));
    return password;
}

int Heraldctl::providersSet()
{
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel)
        return usage(channel.error().message);
    if (!*channel || !m_cli.isSet(QStringLiteral("provider")))
        return usage(QStringLiteral("providers set needs --channel C and --provider NAME"));
    QString json = m_cli.value(QStringLiteral("settings"));
    if (json.startsWith(u'@')) { // @FILE reads the JSON from a file
        auto data = readInput(json.mid(1), QStringLiteral("the settings"));
        if (!data)
            return fail(data.error());
        json = QString::fromUtf8(*data);
    }
    auto password = passwordFromStdin(); // kept in the system keyring
    if (!password)
        return fail(password.error());
    ProviderSettings settings(*m_db, m_tenant.id, m_user);
    auto config = settings.save(**channel, m_cli.value(QStringLiteral("provider")), json, *password);
    if (!config)
        return fail(config.error());
    const QString url = settings.inboundUrl(*config);
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(providerJson(*config, url, settings.webPushSite(*config)));
    } else {
        m_out << displayName(config->kind) << " sends through " << config->provider << Qt::endl;
        if (!url.isEmpty())
            m_out << "For replies, give the gateway's sms-service: get-url = \"" << url << '"' << Qt::endl;
    }
    return 0;
}

int Heraldctl::providersTest()
{
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel || !*channel)
        return usage(QStringLiteral("providers test needs --channel C"));
    auto providers = SenderRepository(*m_db, m_tenant.id).providers();
    if (!providers)
        return fail(providers.error());
    const auto config = std::find_if(providers->cbegin(), providers->cend(),
                                     [&](const ProviderConfig &p) { return p.kind == **channel; });
    if (config == providers->cend())
        return fail(Error::notFound(u"tenant '" + m_tenant.name + u"' has no provider for " + displayName(**channel)
                                    + u": set one with heraldctl providers set"));
    // The tenant's site too: Web Push signs with its key.
    auto provider = ProviderRegistry::create(*config, TenantRepository(*m_db).callbackSite(m_tenant.id).value_or(CallbackSite{}));
    if (!provider)
        return fail(provider.error());
    bool ok = false;
    QString detail = QStringLiteral("no answer");
    QEventLoop loop;
    QObject::connect(provider->get(), &Provider::probed, &loop, [&](bool success, const QString &text) {
        ok = success;
        detail = text;
        loop.quit();
    });
    (*provider)->probe();
    if (detail == u"no answer") // a provider that answers at once already did
        loop.exec();
    // An admin's test of the saved settings is what preflight goes by.
    auto kept = ProviderSettings(*m_db, m_tenant.id, m_user).recordCheck(*config, ok, detail);
    if (!kept)
        return fail(kept.error());
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("channel"), nameOf(config->kind)},
                              {QStringLiteral("provider"), config->provider},
                              {QStringLiteral("ok"), ok},
                              {QStringLiteral("detail"), detail}});
    else
        m_out << (ok ? "OK " : "FAILED ") << config->provider << ": " << detail << Qt::endl;
    return ok ? 0 : 1;
}

} // namespace herald::ctl
