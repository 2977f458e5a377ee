// heraldctl providers list | set | test: how each channel kind of a tenant sends.
#include "heraldctl.h"

#include "providers/kannel/kannelprovider.h"
#include "providers/providerregistry.h"
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

// `inboundUrl`: where the gateway sends replies (it holds the tenant's secret: admins only).
QJsonObject providerJson(const ProviderConfig &p, const QString &inboundUrl = {})
{
    QJsonObject o{{QStringLiteral("channel"), nameOf(p.kind)},
                  {QStringLiteral("provider"), p.provider},
                  {QStringLiteral("settings"), QJsonDocument::fromJson(p.settings.toUtf8()).object()},
                  {QStringLiteral("credentials_complete"), p.credentialsComplete}};
    if (!inboundUrl.isEmpty())
        o.insert(QStringLiteral("inbound_url"), inboundUrl);
    return o;
}

} // namespace

// For a Kannel provider and an admin: the get-url of the gateway's sms-service.
QString Heraldctl::inboundUrl(const ProviderConfig &p)
{
    if (p.provider != QLatin1StringView("kannel") || m_user.role != Role::Admin)
        return {};
    auto settings = KannelSettings::fromJson(p.settings);
    auto token = TenantRepository(*m_db).callbackToken(m_tenant.id);
    return settings && token ? KannelProvider::inboundUrl(settings->callbackBase(), *token) : QString();
}

namespace {

} // namespace

int Heraldctl::providersList()
{
    auto providers = SenderRepository(*m_db, m_tenant.id).providers();
    if (!providers)
        return fail(providers.error());
    QJsonArray out;
    for (const ProviderConfig &p : std::as_const(*providers))
        out.append(providerJson(p, inboundUrl(p)));
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(out);
        return 0;
    }
    for (const ProviderConfig &p : std::as_const(*providers)) {
        m_out << nameOf(p.kind).leftJustified(10) << p.provider.leftJustified(12) << p.settings << Qt::endl;
        if (const QString url = inboundUrl(p); !url.isEmpty())
            m_out << QString(22, u' ') << "replies: get-url = \"" << url << '"' << Qt::endl;
    }
    return 0;
}

int Heraldctl::providersSet()
{
    if (m_user.role != Role::Admin)
        return fail(Error::refused(u"user '" + m_user.name + u"' (role " + nameOf(m_user.role)
                                   + u") may not change providers: ask an admin"));
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel)
        return usage(channel.error().message);
    if (!*channel || !m_cli.isSet(QStringLiteral("provider")))
        return usage(QStringLiteral("providers set needs --channel C and --provider NAME"));
    QString settings = m_cli.value(QStringLiteral("settings"));
    if (settings.startsWith(u'@')) { // @FILE reads the JSON from a file
        QFile f(settings.mid(1));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::notFound(u"cannot read " + f.fileName() + u": " + f.errorString()));
        settings = QString::fromUtf8(f.readAll());
    }
    if (settings.trimmed().isEmpty())
        settings = QStringLiteral("{}");
    ProviderConfig config{0, m_tenant.id, **channel, m_cli.value(QStringLiteral("provider")), settings, true};
    // Built once to validate: an unknown provider or bad settings are refused here, not
    // at the first run.
    if (auto built = ProviderRegistry::create(config); !built)
        return fail(built.error());
    config.settings = QString::fromUtf8(QJsonDocument::fromJson(settings.toUtf8()).toJson(QJsonDocument::Compact));
    if (auto st = SenderRepository(*m_db, m_tenant.id).setProvider(config); !st)
        return fail(st.error());
    const QString url = inboundUrl(config);
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(providerJson(config, url));
    } else {
        m_out << displayName(config.kind) << " sends through " << config.provider << Qt::endl;
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
    auto provider = ProviderRegistry::create(*config);
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
