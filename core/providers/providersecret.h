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
Result<QString> readProviderPassword(const QJsonObject &settings, const Text &what, const QString &typed = {});

// `settingsJson` without its password source: to read the other settings without asking
// the keyring, or to test with a password just typed.
QString withoutPasswordSource(const QString &settingsJson);

// A password typed for settings that are about to be saved, kept in the system keyring:
// prepare() points the settings at a keyring entry (the stored settings' own entry, else a
// new one named after `label`) instead of a password file or variable; write() stores the
// password there once the settings are known to be good; after saving, forgetOld()
// removes the entry the stored settings named when the saved ones no longer do.
class KeyringPassword final
{
public:
    KeyringPassword(const QString &storedSettings, const QString &password, const QString &label);
    // `settings` ready to be checked and saved ("{}" for empty).
    QString prepare(const QString &settings);
    // `what` names the password in errors ("the SMTP password").
    Status write(const Text &what) const;
    Status write(const QString &what) const { return write(Text(what)); }
    void forgetOld(const QString &savedSettings) const;

private:
    QString m_oldKey, m_newKey, m_password, m_label;
};

} // namespace herald
