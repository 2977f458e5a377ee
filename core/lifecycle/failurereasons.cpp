#include "failurereasons.h"

#include <QJsonDocument>

namespace herald {

QJsonObject FailureReasons::toJson(const Finding &f)
{
    return QJsonObject{
        {QStringLiteral("code"), f.code},
        {QStringLiteral("severity"), nameOf(f.severity)},
        {QStringLiteral("channel"), f.channel ? QJsonValue(nameOf(*f.channel)) : QJsonValue()},
        {QStringLiteral("message"), f.message.english()},
        {QStringLiteral("fix"), f.fix.english()},
    };
}

QJsonArray FailureReasons::toJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(toJson(f));
    return out;
}

QString FailureReasons::toJsonText(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(toJson(findings)).toJson(QJsonDocument::Compact));
}

QList<Finding> FailureReasons::fromJsonText(const QString &text)
{
    QList<Finding> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.code = o.value(QLatin1StringView("code")).toString();
        f.severity = fromString<Severity>(o.value(QLatin1StringView("severity")).toString()).value_or(Severity::Blocker);
        f.channel = fromString<ChannelKind>(o.value(QLatin1StringView("channel")).toString());
        f.message = Text(o.value(QLatin1StringView("message")).toString());
        f.fix = Text(o.value(QLatin1StringView("fix")).toString());
        out.append(f);
    }
    return out;
}

QJsonObject FailureReasons::grouped(const QList<Finding> &findings)
{
    QJsonObject out;
    for (FindingGroup g : allValues<FindingGroup>()) {
        QJsonArray items;
        for (const Finding &f : findings)
            if (f.group() == g)
                items.append(toJson(f));
        if (!items.isEmpty())
            out.insert(nameOf(g), items);
    }
    return out;
}

} // namespace herald
