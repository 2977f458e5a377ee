#include "providerregistry.h"

#include "kannel/kannelprovider.h"
#include "simulatorprovider.h"
#include "smtp/smtpprovider.h"

namespace herald {

Result<std::unique_ptr<Provider>> ProviderRegistry::create(const ProviderConfig &config, const QString &callbackToken,
                                                           const QString &typedPassword)
{
    if (config.provider == QLatin1StringView("simulator"))
        return std::unique_ptr<Provider>(std::make_unique<SimulatorProvider>(config.kind, config.settings));
    if (config.provider == QLatin1StringView("smtp") && config.kind == ChannelKind::Email) {
        auto settings = SmtpSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<SmtpProvider>(*settings));
    }
    if (config.provider == QLatin1StringView("kannel") && config.kind == ChannelKind::Sms) {
        auto settings = KannelSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<KannelProvider>(*settings, callbackToken));
    }
    return Error::refused(u"the " + config.provider + u" provider for " + displayName(config.kind)
                          + u" is not available in this version of Herald");
}

} // namespace herald
