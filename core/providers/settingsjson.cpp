#include "settingsjson.h"

#include "domain/webaddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace herald {

namespace {
// Words that make a key look like it holds a secret.
const QRegularExpression &secretLooking()
{
    static const QRegularExpression re(QStringLiteral("pass|pwd|secret|token|api.?key|private.?key|credential"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString quotedKey(const QString &key)
{
    // A key is the caller's text: bounded and on one line in the message.
    QString shown = key.left(80);
    shown.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"));
    return u'"' + shown + (key.size() > 80 ? QStringLiteral("...") : QString()) + u'"';
}
} // namespace

const QStringList &SettingsJson::passwordSources()
{
    static const QStringList keys{QStringLiteral("password_keychain"), QStringLiteral("password_file"),
                                  QStringLiteral("password_env")};
    return keys;
}

QString SettingsJson::redacted(const QString &json)
{
    QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    bool hid = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!passwordSources().contains(it.key()) && secretLooking().match(it.key()).hasMatch()) {
            *it = QStringLiteral("(hidden: save these settings again to remove it)");
            hid = true;
        }
    }
    return hid ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) : json;
}

Result<SettingsJson> SettingsJson::parse(const QString &json, const Text &what, const QStringList &known)
{
    SettingsJson s;
    s.m_what = what;
    if (!json.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (!doc.isObject() && error.error == QJsonParseError::NoError)
            return Error::usage(Text::tr("%1: not a JSON object (a JSON value of another kind)").arg(what));
        if (!doc.isObject())
            return Error::usage(Text::tr("%1: not a JSON object (%2)").arg(what, error.errorString()));
        s.m_object = doc.object();
    }
    for (auto it = s.m_object.constBegin(); it != s.m_object.constEnd(); ++it) {
        const QString &key = it.key();
        if (passwordSources().contains(key)) {
            if (!it.value().isString())
                return s.wrongType(key, Text::tr("a text"));
            continue;
        }
        if (secretLooking().match(key).hasMatch())
            return Error::usage(Text::tr("%1: %2 looks like a secret, and secrets are never stored in the workspace: "
                                         "type the password in Settings (it is kept in the system keyring), or give %3 "
                                         "(a file readable by its owner only) or %4 (the name of an environment "
                                         "variable), written exactly so")
                                    .arg(what, quotedKey(key), QStringLiteral("password_file"),
                                         QStringLiteral("password_env")));
        if (!known.contains(key))
            return Error::usage(Text::tr("%1: unknown setting %2; the settings are %3")
                                    .arg(what, quotedKey(key),
                                         (QStringList(known) << passwordSources()).join(QStringLiteral(", "))));
    }
    return s;
}

Error SettingsJson::wrongType(const QString &key, const Text &expected) const
{
    QString shown = QString::fromUtf8(QJsonDocument(QJsonArray{m_object.value(key)}).toJson(QJsonDocument::Compact));
    shown = shown.mid(1, shown.size() - 2); // the value as written, without the array's brackets
    return Error::usage(Text::tr("%1: \"%2\" must be %3, not %4")
                            .arg(m_what, key, expected, shown.size() > 80 ? shown.left(80) + u"..." : shown));
}

Result<QString> SettingsJson::text(QLatin1StringView key, const QString &fallback) const
{
    if (!m_object.contains(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isString())
        return wrongType(QString(key), Text::tr("a text"));
    return v.toString();
}

Result<QUrl> SettingsJson::apiUrl(QLatin1StringView key, const QUrl &fallback) const
{
    auto given = text(key);
    if (!given)
        return given.error();
    if (!has(key))
        return fallback;
    const QUrl url(given->trimmed(), QUrl::StrictMode);
    if (!isWebAddress(url) || url.hasQuery())
        return Error::usage(Text::tr("%1: %2 '%3' is not an http(s) URL such as %4")
                                .arg(m_what, QString(key), given->left(200), fallback.toString()));
    return url;
}

Result<int> SettingsJson::integer(QLatin1StringView key, int fallback, int min, int max) const
{
    if (!m_object.contains(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    const Text range = Text::tr("a whole number from %1 to %2").arg(QString::number(min), QString::number(max));
    if (!v.isDouble() || std::trunc(d) != d)
        return wrongType(QString(key), range);
    if (d < min || d > max)
        return Error::usage(
            Text::tr("%1: \"%2\" is %3: it must be %4").arg(m_what, QString(key), QString::number(d, 'g', 15), range));
    return int(d);
}

Result<bool> SettingsJson::flag(QLatin1StringView key, bool fallback) const
{
    if (!m_object.contains(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool())
        return wrongType(QString(key), Text::tr("true or false"));
    return v.toBool();
}

Result<QJsonObject> SettingsJson::object(QLatin1StringView key) const
{
    if (!m_object.contains(key))
        return QJsonObject();
    const QJsonValue v = m_object.value(key);
    if (!v.isObject())
        return wrongType(QString(key), Text::tr("a JSON object"));
    return v.toObject();
}

} // namespace herald
