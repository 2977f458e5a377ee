#include "providersecret.h"

#include <QFile>

namespace herald {

Result<QString> readProviderPassword(const QJsonObject &o, const QString &what)
{
    if (o.contains(QLatin1StringView("password")))
        return Error::usage(what
                            + u": a password is never stored in the workspace; give password_file (a file "
                              u"readable by its owner only) or password_env (the name of an environment variable) "
                              u"instead");
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

} // namespace herald
