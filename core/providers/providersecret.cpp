#include "providersecret.h"

#include "keyring.h"

#include <QFile>
#include <QJsonDocument>

namespace herald {

Result<QString> readProviderPassword(const QJsonObject &o, const QString &what, const QString &typed)
{
    if (o.contains(QLatin1StringView("password")))
        return Error::usage(what
                            + u": a password is never stored in the workspace; type it in Settings (it is kept in "
                              u"the system keyring), or give password_file (a file readable by its owner only) or "
                              u"password_env (the name of an environment variable) instead");
    const QString keychain = o.value(QLatin1StringView("password_keychain")).toString();
    const int sources = int(!keychain.isEmpty())
                        + int(!o.value(QLatin1StringView("password_file")).toString().isEmpty())
                        + int(!o.value(QLatin1StringView("password_env")).toString().isEmpty());
    if (sources > 1)
        return Error::usage(what + u": give one of password_keychain, password_file and password_env, not "
                            + QString::number(sources));
    if (!typed.isEmpty())
        return typed;
    if (!keychain.isEmpty()) {
        auto secret = keyring::read(keychain);
        if (!secret)
            return Error{secret.error().kind,
                         what + u": " + secret.error().message
                             + u"; type the password again in Settings, or on a machine without a keyring give "
                               u"password_file or password_env"};
        return secret;
    }
    if (const QString file = o.value(QLatin1StringView("password_file")).toString(); !file.isEmpty()) {
        QFile f(file);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!f.exists())
            return Error::notFound(what + u": password_file " + file + u" does not exist");
        if (f.permissions() & others)
            return Error::refused(what + u": password_file " + file
                                  + u" may be read by other users; make it mode 0600 (chmod 600 " + file + u')');
        if (!f.open(QIODevice::ReadOnly))
            return Error::runtime(what + u": cannot read password_file " + file + u": " + f.errorString());
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    if (const QString env = o.value(QLatin1StringView("password_env")).toString(); !env.isEmpty()) {
        if (!qEnvironmentVariableIsSet(env.toLocal8Bit().constData()))
            return Error::usage(what + u": the environment variable " + env + u" (password_env) is not set");
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

Status KeyringPassword::write(const QString &what) const
{
    if (m_newKey.isEmpty())
        return {};
    if (auto st = keyring::write(m_newKey, m_password); !st)
        return Error{st.error().kind, u"cannot keep " + what + u": " + st.error().message
                                          + u". On a machine without a keyring give a password file (mode 0600) "
                                            u"or an environment variable instead"};
    return {};
}

void KeyringPassword::forgetOld(const QString &savedSettings) const
{
    // Best effort: a stale entry holds no setting.
    if (!m_oldKey.isEmpty() && m_oldKey != keyIn(savedSettings))
        static_cast<void>(keyring::remove(m_oldKey));
}

} // namespace herald
