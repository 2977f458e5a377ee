#include "writerendpoint.h"

#include "domain/permissions.h"
#include "domain/webaddress.h"
#include "providers/keyring.h"
#include "storage/sqlquery.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald {

Result<WriterEndpoint> WriterEndpointSettings::load() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT writer_endpoint FROM tenants WHERE id = ?"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"reading the writer endpoint"); !st)
        return st.error();
    if (!q.next())
        return Error::notFound(Text::tr("tenant %1 not found").arg(QString::number(m_tenantId)));
    const QJsonObject o = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
    WriterEndpoint e;
    e.url = QUrl(o.value(QLatin1StringView("url")).toString());
    e.model = o.value(QLatin1StringView("model")).toString();
    e.timeoutSecs = o.value(QLatin1StringView("timeout_s")).toInt(60);
    e.keyKeychain = o.value(QLatin1StringView("key_keychain")).toString();
    return e;
}

Status WriterEndpointSettings::validate(const WriterEndpoint &e, bool hasKey)
{
    if (!e.configured())
        return {};
    const QString scheme = e.url.scheme();
    if (!isWebAddress(e.url))
        return Error::usage(
            Text::tr("the writer endpoint's URL \"%1\" is not an http(s) address such as https://api.example.com/v1")
                .arg(e.url.toString()));
    if (e.model.trimmed().isEmpty())
        return Error::usage(Text::tr("the writer endpoint needs the model to ask (e.g. gpt-4o-mini)"));
    if (e.timeoutSecs < 5 || e.timeoutSecs > 600)
        return Error::usage(Text::tr("the writer endpoint's timeout is between 5 and 600 seconds"));
    const QHostAddress host(e.url.host());
    const bool local = e.url.host() == u"localhost" || (!host.isNull() && host.isLoopback());
    if (hasKey && scheme == u"http" && !local)
        return Error::refused(Text::tr("an API key is sent over https only (or to this machine): use https://%1%2")
                                  .arg(e.url.host(), e.url.path()));
    return {};
}

Result<WriterEndpoint> WriterEndpointSettings::save(WriterEndpoint e, const QString &apiKey, bool forgetKey)
{
    if (auto st = Permissions::require(m_user, Action::ConfigureProviders); !st)
        return st.error();
    auto stored = load();
    if (!stored)
        return stored.error();
    const QString oldKey = stored->keyKeychain;
    e.keyKeychain = forgetKey || !e.configured() ? QString() : oldKey;
    if (auto st = validate(e, !apiKey.isEmpty() || !e.keyKeychain.isEmpty()); !st)
        return st.error();
    if (!apiKey.isEmpty() && e.configured()) {
        e.keyKeychain = oldKey.isEmpty() ? keyring::newKey(u"tenant " + QString::number(m_tenantId) + u" writer endpoint")
                                         : oldKey;
        if (auto st = keyring::write(e.keyKeychain, apiKey); !st)
            return Error{st.error().kind,
                         Text::tr("cannot keep the writer endpoint's API key: %1").arg(st.error().text())};
    }
    const QJsonObject o = e.configured() ? QJsonObject{{QStringLiteral("url"), e.url.toString()},
                                                       {QStringLiteral("model"), e.model.trimmed()},
                                                       {QStringLiteral("timeout_s"), e.timeoutSecs},
                                                       {QStringLiteral("key_keychain"), e.keyKeychain}}
                                         : QJsonObject{};
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE tenants SET writer_endpoint = ? WHERE id = ?"));
    q.bind(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))).bind(m_tenantId);
    if (auto st = q.exec(u"saving the writer endpoint"); !st)
        return st.error();
    if (!oldKey.isEmpty() && oldKey != e.keyKeychain)
        static_cast<void>(keyring::remove(oldKey)); // best effort: a stale entry holds no setting
    e.model = e.model.trimmed();
    return e;
}

Result<ChatSettings> WriterEndpointSettings::chatSettings(const WriterEndpoint &e, const QString &typedKey)
{
    ChatSettings s{e.url, e.model, typedKey, e.timeoutSecs * 1000};
    if (s.apiKey.isEmpty() && !e.keyKeychain.isEmpty()) {
        auto key = keyring::read(e.keyKeychain);
        if (!key)
            return Error{key.error().kind, Text::tr("cannot read the writer endpoint's API key: %1. Type it again in "
                                                    "Settings")
                                               .arg(key.error().text())};
        s.apiKey = *key;
    }
    if (auto st = validate(e, !s.apiKey.isEmpty()); !st)
        return st.error();
    return s;
}

} // namespace herald
