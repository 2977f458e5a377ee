#include "providersettings.h"

#include "domain/permissions.h"
#include "kannel/kannelprovider.h"
#include "keyring.h"
#include "providerregistry.h"
#include "providersecret.h"
#include "settingsjson.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    auto all = SenderRepository(m_db, m_tenantId).providers();
    if (!all)
        return all;
    for (ProviderConfig &c : *all)
        c.settings = SettingsJson::redacted(c.settings);
    return all;
}

Result<ProviderConfig> ProviderSettings::save(ChannelKind kind, const QString &provider, const QString &settingsJson,
                                              const QString &newPassword)
{
    if (auto st = Permissions::require(m_user, Action::ConfigureProviders); !st)
        return st.error();
    static const QString keychainKey = QStringLiteral("password_keychain");
    QString settings = settingsJson.trimmed().isEmpty() ? QStringLiteral("{}") : settingsJson;
    QString oldKey; // the keyring entry the stored settings name
    for (const ProviderConfig &c : list().value_or({}))
        if (c.kind == kind)
            oldKey = QJsonDocument::fromJson(c.settings.toUtf8()).object().value(keychainKey).toString();
    QString newKey;
    if (!newPassword.isEmpty()) {
        QJsonObject o = QJsonDocument::fromJson(settings.toUtf8()).object();
        o.remove(QStringLiteral("password_file"));
        o.remove(QStringLiteral("password_env"));
        newKey = o.value(keychainKey).toString(oldKey);
        if (newKey.isEmpty())
            newKey = keyring::newKey(u"tenant " + QString::number(m_tenantId) + u' ' + displayName(kind) + u" ("
                                     + provider + u')');
        o.insert(keychainKey, newKey);
        settings = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    ProviderConfig config{0, m_tenantId, kind, provider, settings, true};
    if (auto built = ProviderRegistry::create(config, {}, newPassword); !built)
        return built.error();
    config.settings = QString::fromUtf8(QJsonDocument::fromJson(settings.toUtf8()).toJson(QJsonDocument::Compact));
    if (!newKey.isEmpty())
        if (auto st = keyring::write(newKey, newPassword); !st)
            return Error{st.error().kind, u"cannot keep the " + displayName(kind) + u" password: " + st.error().message
                                              + u". On a machine without a keyring give a password file (mode 0600) "
                                                u"or an environment variable instead"};
    if (auto st = SenderRepository(m_db, m_tenantId).setProvider(config); !st)
        return st.error();
    // The old entry is not needed any more (best effort: a stale entry holds no setting).
    const QString keptKey = QJsonDocument::fromJson(config.settings.toUtf8()).object().value(keychainKey).toString();
    if (!oldKey.isEmpty() && oldKey != keptKey)
        static_cast<void>(keyring::remove(oldKey));
    return config;
}

QString ProviderSettings::inboundUrl(const ProviderConfig &config)
{
    if (config.provider != QLatin1StringView("kannel") || !Permissions::permits(m_user.role, Action::ConfigureProviders))
        return {};
    auto settings = KannelSettings::fromJson(withoutPasswordSource(config.settings)); // no keyring to ask
    auto token = TenantRepository(m_db).callbackToken(m_tenantId);
    return settings && token ? KannelProvider::inboundUrl(settings->callbackBase(), *token) : QString();
}

} // namespace herald
