#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace herald {

// A provider's settings JSON, read strictly: a key the provider does not know, a value of
// the wrong type or out of range is a usage error naming the key, never replaced by a
// default. A key that looks like a secret (PASSWORD, Api_Key, smtp_token, in any letter
// case) is refused with where a password belongs instead; only the exact password
// sources (password_keychain, password_file, password_env) are kept, as names.
class SettingsJson final
{
public:
    // `what` names the settings in errors ("SMTP settings"); `known` are the keys the
    // provider reads. An empty text is an empty object.
    static Result<SettingsJson> parse(const QString &json, const Text &what, const QStringList &known);

    const QJsonObject &object() const { return m_object; }
    bool has(QLatin1StringView key) const { return m_object.contains(key); }
    // `fallback` when the key is absent; an error when it is there with another type.
    Result<QString> text(QLatin1StringView key, const QString &fallback = {}) const;
    Result<int> integer(QLatin1StringView key, int fallback, int min, int max) const;
    Result<bool> flag(QLatin1StringView key, bool fallback) const;
    Result<QJsonObject> object(QLatin1StringView key) const;
    // A service's API address: an http(s) URL without a query; `fallback` (the service's
    // own, also the example errors give) when the key is absent.
    Result<QUrl> apiUrl(QLatin1StringView key, const QUrl &fallback) const;

    // `json` with the value of every secret-looking key hidden: what settings stored by an
    // older Herald, which did not refuse them, show to anyone.
    static QString redacted(const QString &json);

    // The keys that name where a password is, never a password.
    static const QStringList &passwordSources();

private:
    Error wrongType(const QString &key, const Text &expected) const;
    Text m_what;
    QJsonObject m_object;
};

} // namespace herald
