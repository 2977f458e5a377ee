#include "providerregistry.h"

#include "simulatorprovider.h"

namespace herald {

Result<std::unique_ptr<Provider>> ProviderRegistry::create(const ProviderConfig &config)
{
    if (config.provider == QLatin1StringView("simulator"))
        return std::unique_ptr<Provider>(std::make_unique<SimulatorProvider>(config.kind, config.settings));
    return Error::refused(u"the " + config.provider + u" provider for " + displayName(config.kind)
                          + u" is not available in this version of Herald");
}

} // namespace herald
