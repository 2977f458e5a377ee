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
    static Result<std::unique_ptr<Provider>> create(const ProviderConfig &config);
};

} // namespace herald
