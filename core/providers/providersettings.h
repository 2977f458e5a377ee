#pragma once

#include "domain/providerconfig.h"
#include "domain/result.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QStringList>

namespace herald {

// How a tenant's channel kinds send, as the Settings page and `heraldctl providers`
// change it: only admins save; settings are validated by building the provider (an
// unknown provider or a bad setting is refused before anything is stored).
class ProviderSettings final
{
public:
    ProviderSettings(Database db, Id tenantId, User user)
        : m_db(std::move(db)), m_tenantId(tenantId), m_user(std::move(user))
    {}

    // The providers a channel kind may use.
    static QStringList providersFor(ChannelKind kind);
    Result<QList<ProviderConfig>> list();
    // `newPassword`, when not empty, goes to the system keyring (the settings keep only
    // its key, "password_keychain", in place of any password_file or password_env); the
    // settings are checked with it before anything is kept. A keyring entry the new
    // settings no longer name is removed.
    Result<ProviderConfig> save(ChannelKind kind, const QString &provider, const QString &settingsJson,
                                const QString &newPassword = {});
    // For a Kannel provider and an admin: the get-url of the gateway's sms-service (it
    // holds the tenant's secret); empty otherwise.
    QString inboundUrl(const ProviderConfig &config);
    // For a Web Push provider: what the organisation's site needs, the tenant's VAPID public
    // key (its applicationServerKey) and where its pages post subscriptions (the listener's
    // /push/TENANT/, empty without a public URL); both empty otherwise.
    struct WebPushSite
    {
        QString publicKey;
        QString pushUrl;
    };
    WebPushSite webPushSite(const ProviderConfig &config);
    // Keeps what a Test connection of `tested` found, for preflight (a failed one blocks
    // the channel until a test passes or the settings change), when `tested` is the saved
    // configuration (a form's unsaved settings or a typed password test nothing kept) and
    // the user is an admin; otherwise nothing is kept. Whether it was kept.
    Result<bool> recordCheck(const ProviderConfig &tested, bool ok, const QString &detail);

private:
    Database m_db;
    Id m_tenantId;
    User m_user;
};

} // namespace herald
