#include "providersecret.h"

#include "keyring.h"

#include <QFile>
#include <QJsonDocument>

namespace herald {

Result<QString> readProviderPassword(const QJsonObject &o, const Text &what, const QString &typed)
{
    if (o.contains(QLatin1StringView("password")))
        return Error::usage(Text::tr("%1: a password is never stored in the workspace; type it in Settings (it is "
                                     "kept in the system keyring), or give %2 (a file readable by its owner only) or "
                                     "%3 (the name of an environment variable) instead")
                                .arg(what, QStringLiteral("password_file"), QStringLiteral("password_env")));
    const QString keychain = o.value(QLatin1StringView("password_keychain")).toString();
    const int sources = int(!keychain.isEmpty())
                        + int(!o.value(QLatin1StringView("password_file")).toString().isEmpty())
                        + int(!o.value(QLatin1StringView("password_env")).toString().isEmpty());
    if (sources > 1)
        return Error::usage(Text::tr("%1: give one of %2, %3 and %4, not %5")
                                .arg(what, QStringLiteral("password_keychain"), QStringLiteral("password_file"),
                                     QStringLiteral("password_env"), QString::number(sources)));
    if (!typed.isEmpty())
        return typed;
    if (!keychain.isEmpty()) {
        auto secret = keyring::read(keychain);
        if (!secret)
            return Error{secret.error().kind,
                         Text::tr("%1: %2; type the password again in Settings, or on a machine without a keyring "
                                  "give %3 or %4")
                             .arg(what, secret.error().text(), QStringLiteral("password_file"),
                                  QStringLiteral("password_env"))};
        return secret;
    }
    if (const QString file = o.value(QLatin1StringView("password_file")).toString(); !file.isEmpty()) {
        QFile f(file);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!f.exists())
            return Error::notFound(
                Text::tr("%1: %2 %3 does not exist").arg(what, QStringLiteral("password_file"), file));
        if (f.permissions() & others)
            return Error::refused(Text::tr("%1: %2 %3 may be read by other users; make it mode 0600 (chmod 600 %3)")
                                      .arg(what, QStringLiteral("password_file"), file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::runtime(Text::tr("%1: cannot read %2 %3: %4")
                                      .arg(what, QStringLiteral("password_file"), file, f.errorString()));
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    if (const QString env = o.value(QLatin1StringView("password_env")).toString(); !env.isEmpty()) {
        if (!qEnvironmentVariableIsSet(env.toLocal8Bit().constData()))
            return Error::usage(Text::tr("%1: the environment variable %2 (%3) is not set")
                                    .arg(what, env, QStringLiteral("password_env")));
        return qEnvironmentVariable(env.toLocal8Bit().constData());
    }
    return QString();
}

QString withoutPasswordSource(const QString &settingsJson)
{
    QJsonObject o = QJsonDocument::fromJson(settingsJson.toUtf8()).object();
    for (const char *source : {"password_keychain", "password_file", "password_env"})
        o.remove(QLatin1StringView(source));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {
const QString kKeychainKey = QStringLiteral("password_keychain");

QString keyIn(const QString &settings)
{
    return QJsonDocument::fromJson(settings.toUtf8()).object().value(kKeychainKey).toString();
}
} // namespace

KeyringPassword::KeyringPassword(const QString &storedSettings, const QString &password, const QString &label)
    : m_oldKey(keyIn(storedSettings)), m_password(password), m_label(label)
{
}

QString KeyringPassword::prepare(const QString &settings)
{
    const QString json = settings.trimmed().isEmpty() ? QStringLiteral("{}") : settings;
    if (m_password.isEmpty())
        return json;
    QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    o.remove(QStringLiteral("password_file"));
    o.remove(QStringLiteral("password_env"));
    m_newKey = o.value(kKeychainKey).toString(m_oldKey);
    if (m_newKey.isEmpty())
        m_newKey = keyring::newKey(m_label);
    o.insert(kKeychainKey, m_newKey);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status KeyringPassword::write(const Text &what) const
{
    if (m_newKey.isEmpty())
        return {};
    if (auto st = keyring::write(m_newKey, m_password); !st)
        return Error{st.error().kind, Text::tr("cannot keep %1: %2. On a machine without a keyring give a password "
                                               "file (mode 0600) or an environment variable instead")
                                          .arg(what, st.error().text())};
    return {};
}

void KeyringPassword::forgetOld(const QString &savedSettings) const
{
    // Best effort: a stale entry holds no setting.
    if (!m_oldKey.isEmpty() && m_oldKey != keyIn(savedSettings))
        static_cast<void>(keyring::remove(m_oldKey));
}

} // namespace herald
