#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace herald {

// The password a provider's settings point at. Settings live in the workspace and a
// password never does: "password" in them is refused. At most one source:
//  - "password_keychain": the key of an entry in the system keyring (see keyring.h),
//    written when an admin types the password in Settings or `providers set
//    --password-stdin`;
//  - "password_file": a file readable by its owner only (refused otherwise);
//  - "password_env": the name of an environment variable.
// None: an empty password. `typed`, when not empty, is a password just typed and not kept
// yet (Test connection, the check before saving): it is used instead of the source.
// `what` names the settings in errors.
Result<QString> readProviderPassword(const QJsonObject &settings, const QString &what, const QString &typed = {});

// `settingsJson` without its password source: to read the other settings without asking
// the keyring, or to test with a password just typed.
QString withoutPasswordSource(const QString &settingsJson);

} // namespace herald
