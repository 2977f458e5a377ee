#include "providersettings.h"

#include "domain/permissions.h"
#include "kannel/kannelprovider.h"
#include "providerregistry.h"
#include "providersecret.h"
#include "settingsjson.h"
#include "webpush/webpushcrypto.h"
#include "storage/senderrepository.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace herald {

QStringList ProviderSettings::providersFor(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return {QStringLiteral("smtp"), QStringLiteral("simulator")};
    case ChannelKind::Sms:
        return {QStringLiteral("kannel"), QStringLiteral("simulator")};
    case ChannelKind::Phone:
        return {QStringLiteral("sip"), QStringLiteral("simulator")};
    case ChannelKind::Telegram:
        return {QStringLiteral("telegram"), QStringLiteral("simulator")};
    case ChannelKind::Viber:
        return {QStringLiteral("viber"), QStringLiteral("simulator")};
    case ChannelKind::WebPush:
        return {QStringLiteral("webpush"), QStringLiteral("simulator")};
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
    QString stored; // the settings saved so far, naming their keyring entry
    for (const ProviderConfig &c : list().value_or({}))
        if (c.kind == kind)
            stored = c.settings;
    KeyringPassword password(stored, newPassword,
                             u"tenant " + QString::number(m_tenantId) + u' ' + displayName(kind) + u" (" + provider + u')');
    const QString settings = password.prepare(settingsJson);
    ProviderConfig config{0, m_tenantId, kind, provider, settings, true};
    CallbackSite site;
    // Web Push messages are signed with the tenant's VAPID key: made once, by an admin.
    if (provider == u"webpush") {
        auto key = TenantRepository(m_db).vapidKey(m_tenantId);
        if (!key)
            return key.error();
        site.vapidKey = *key;
    }
    if (auto built = ProviderRegistry::create(config, site, newPassword); !built)
        return built.error();
    config.settings = QString::fromUtf8(QJsonDocument::fromJson(settings.toUtf8()).toJson(QJsonDocument::Compact));
    if (auto st = password.write(Text::tr("the %1 password").arg(displayText(kind))); !st)
        return st.error();
    if (auto st = SenderRepository(m_db, m_tenantId).setProvider(config); !st)
        return st.error();
    // Telegram's and Viber's deep links and Web Push's contact tokens are signed with the
    // tenant's link secret (and the callbacks and subscriptions come to the listener, which
    // runs for a tenant with one): made now, by an admin.
    if (provider == u"telegram" || provider == u"viber" || provider == u"webpush")
        if (auto secret = TenantRepository(m_db).linkSecret(m_tenantId); !secret)
            return secret.error();
    password.forgetOld(config.settings);
    return config;
}

QString ProviderSettings::inboundUrl(const ProviderConfig &config)
{
    if (config.provider != QLatin1StringView("kannel") || !Permissions::permits(m_user.role, Action::ConfigureProviders))
        return {};
    auto settings = KannelSettings::fromJson(withoutPasswordSource(config.settings)); // no keyring to ask
    auto site = TenantRepository(m_db).callbackSite(m_tenantId);
    return settings && site ? KannelProvider::inboundUrl(*settings, *site) : QString();
}

ProviderSettings::WebPushSite ProviderSettings::webPushSite(const ProviderConfig &config)
{
    if (config.provider != QLatin1StringView("webpush"))
        return {};
    auto site = TenantRepository(m_db).callbackSite(m_tenantId);
    if (!site)
        return {};
    auto key = webpush::keyPairOf(webpush::fromBase64Url(site->vapidKey.toLatin1()));
    if (!key)
        return {};
    return {QString::fromLatin1(webpush::base64Url(key->publicKey)),
            site->base.isEmpty() ? QString()
                                 : site->base.toString(QUrl::StripTrailingSlash) + u"/push/" + QString::number(m_tenantId) + u'/'};
}

Result<bool> ProviderSettings::recordCheck(const ProviderConfig &tested, bool ok, const QString &detail)
{
    if (!Permissions::permits(m_user.role, Action::ConfigureProviders))
        return false;
    auto configs = SenderRepository(m_db, m_tenantId).providers();
    if (!configs)
        return configs.error();
    const auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
    const bool saved = std::any_of(configs->cbegin(), configs->cend(), [&](const ProviderConfig &c) {
        return c.kind == tested.kind && c.provider == tested.provider && json(c.settings) == json(tested.settings);
    });
    if (!saved)
        return false;
    if (auto st = SenderRepository(m_db, m_tenantId)
                      .recordCheck({tested.kind, ok, detail, QDateTime::currentDateTimeUtc()});
        !st)
        return st.error();
    return true;
}

} // namespace herald
