#pragma once

#include "domain/providerconfig.h"
#include "domain/result.h"
#include "provider.h"

#include <memory>

namespace herald {

// Creates the provider a tenant configured for a channel kind.
class ProviderRegistry final
{
public:
    // `site`: the tenant's secret in the URLs a gateway calls back, and its listener.
    // `typedPassword`: a password just typed in Settings, used instead of the one the
    // settings point at (Test connection, the check before saving); never stored.
    static Result<std::unique_ptr<Provider>> create(const ProviderConfig &config, const CallbackSite &site = {},
                                                    const QString &typedPassword = {});
};

} // namespace herald
