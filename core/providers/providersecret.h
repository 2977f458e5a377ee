#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace herald {

// The password a provider's settings point at. Settings live in the workspace and a
// password never does: "password" in them is refused; "password_file" names a file
// readable by its owner only (refused otherwise), "password_env" an environment
// variable. Neither: an empty password. `what` names the settings in errors.
Result<QString> readProviderPassword(const QJsonObject &settings, const QString &what);

} // namespace herald
