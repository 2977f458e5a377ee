#include "providerregistry.h"

#include "kannel/kannelprovider.h"
#include "settingsjson.h"
#include "simulatorprovider.h"
#include "sip/sipprovider.h"
#include "smtp/smtpprovider.h"
#include "telegram/telegramprovider.h"
#include "viber/viberprovider.h"
#include "webpush/webpushprovider.h"

namespace herald {

Result<std::unique_ptr<Provider>> ProviderRegistry::create(const ProviderConfig &config, const CallbackSite &site,
                                                           const QString &typedPassword)
{
    if (config.provider == QLatin1StringView("simulator")) {
        auto checked = SettingsJson::parse(config.settings, Text::tr("simulator settings"),
                                           {QStringLiteral("seed"), QStringLiteral("mix"), QStringLiteral("latency_ms"),
                                            QStringLiteral("report_delay_ms"), QStringLiteral("window"),
                                            QStringLiteral("retry_delay_secs"), QStringLiteral("record_file")});
        if (!checked)
            return checked.error();
        return std::unique_ptr<Provider>(std::make_unique<SimulatorProvider>(config.kind, config.settings));
    }
    if (config.provider == QLatin1StringView("smtp") && config.kind == ChannelKind::Email) {
        auto settings = SmtpSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<SmtpProvider>(*settings));
    }
    if (config.provider == QLatin1StringView("kannel") && config.kind == ChannelKind::Sms) {
        auto settings = KannelSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<KannelProvider>(*settings, site));
    }
    if (config.provider == QLatin1StringView("sip") && config.kind == ChannelKind::Phone) {
        auto settings = SipSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<SipProvider>(*settings));
    }
    if (config.provider == QLatin1StringView("telegram") && config.kind == ChannelKind::Telegram) {
        auto settings = TelegramSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<TelegramProvider>(*settings));
    }
    if (config.provider == QLatin1StringView("viber") && config.kind == ChannelKind::Viber) {
        auto settings = ViberSettings::fromJson(config.settings, typedPassword);
        if (!settings)
            return settings.error();
        return std::unique_ptr<Provider>(std::make_unique<ViberProvider>(*settings, site));
    }
    if (config.provider == QLatin1StringView("webpush") && config.kind == ChannelKind::WebPush) {
        auto settings = WebPushSettings::fromJson(config.settings);
        if (!settings)
            return settings.error();
        if (site.vapidKey.isEmpty())
            return Error::refused(Text::tr("the organisation has no Web Push (VAPID) key yet: an administrator makes "
                                           "it by saving the Web Push provider"));
        auto vapid = webpush::keyPairOf(webpush::fromBase64Url(site.vapidKey.toLatin1()));
        if (!vapid)
            return Error::runtime(Text::tr("the organisation's Web Push (VAPID) key is damaged: %1").arg(vapid.error().text()));
        return std::unique_ptr<Provider>(std::make_unique<WebPushProvider>(*settings, *vapid));
    }
    return Error::refused(Text::tr("the %1 provider for %2 is not available in this version of Herald")
                              .arg(config.provider, displayText(config.kind)));
}

} // namespace herald
