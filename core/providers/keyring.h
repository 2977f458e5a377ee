#pragma once

#include "domain/result.h"

namespace herald::keyring {

// Provider passwords in the system keyring (QtKeychain: the Secret Service, e.g. GNOME
// Keyring or KWallet, on Linux; the Keychain on macOS; the Credential Store on Windows),
// under the service "Herald". Never an insecure fallback: without a keyring these fail and
// say to use a password file or variable instead.
//
// Each call waits for the keyring's answer (at most `kTimeoutMs`). QtKeychain queues its
// jobs on one object that is not thread-safe, so every job runs in the application's main
// thread: called there, these run a local event loop; called from another thread (the
// dispatcher's), they hand the job to the main thread and wait.
inline constexpr int kTimeoutMs = 30000;

Result<QString> read(const QString &key);
Status write(const QString &key, const QString &secret);
Status remove(const QString &key); // an entry that is not there is no error

// A new key for a password saved from the settings of `what` (e.g. "tenant 3 SMTP").
QString newKey(const QString &what);

} // namespace herald::keyring
