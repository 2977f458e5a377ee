#include "providersettings.h"

#include "kannel/kannelprovider.h"
#include "providerregistry.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>

namespace herald {

QStringList ProviderSettings::providersFor(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return {QStringLiteral("smtp"), QStringLiteral("simulator")};
    case ChannelKind::Sms:
        return {QStringLiteral("kannel"), QStringLiteral("simulator")};
    default:
        return {QStringLiteral("simulator")};
    }
}

Result<QList<ProviderConfig>> ProviderSettings::list()
{
    return SenderRepository(m_db, m_tenantId).providers();
}

Result<ProviderConfig> ProviderSettings::save(ChannelKind kind, const QString &provider, const QString &settingsJson)
{
    if (m_user.role != Role::Admin)
        return Error::refused(u"user '" + m_user.name + u"' (role " + nameOf(m_user.role)
                              + u") may not change providers: ask an admin");
    const QString settings = settingsJson.trimmed().isEmpty() ? QStringLiteral("{}") : settingsJson;
    ProviderConfig config{0, m_tenantId, kind, provider, settings, true};
    if (auto built = ProviderRegistry::create(config); !built)
        return built.error();
    config.settings = QString::fromUtf8(QJsonDocument::fromJson(settings.toUtf8()).toJson(QJsonDocument::Compact));
    if (auto st = SenderRepository(m_db, m_tenantId).setProvider(config); !st)
        return st.error();
    return config;
}

QString ProviderSettings::inboundUrl(const ProviderConfig &config)
{
    if (config.provider != QLatin1StringView("kannel") || m_user.role != Role::Admin)
        return {};
    auto settings = KannelSettings::fromJson(config.settings);
    auto token = TenantRepository(m_db).callbackToken(m_tenantId);
    return settings && token ? KannelProvider::inboundUrl(settings->callbackBase(), *token) : QString();
}

} // namespace herald
