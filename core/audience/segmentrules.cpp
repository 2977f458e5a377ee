#include "segmentrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald {

namespace {

const QStringList &textFields()
{
    static const QStringList fields{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                    QStringLiteral("phone"), QStringLiteral("time_zone")};
    return fields;
}

// Escapes LIKE wildcards in a user value; the statement uses ESCAPE '\'.
QString likeEscaped(QString value)
{
    value.replace(u'\\', QLatin1StringView("\\\\"));
    value.replace(u'%', QLatin1StringView("\\%"));
    value.replace(u'_', QLatin1StringView("\\_"));
    return value;
}

Result<SqlFragment> compileRule(const QJsonObject &rule, int index, const QString &alias)
{
    const QString field = rule.value(QLatin1StringView("field")).toString();
    const QString op = rule.value(QLatin1StringView("op")).toString();
    const QString value = rule.value(QLatin1StringView("value")).toVariant().toString();
    const QString where = u"rule " + QString::number(index + 1) + u" (" + field + u' ' + op + u')';

    if (field == QLatin1StringView("tag")) {
        if (value.isEmpty())
            return Error::usage(where + u": a tag rule needs a value");
        const QString col = alias + u".tags LIKE ? ESCAPE '\\'";
        const QVariant pattern = QString(u"%," + likeEscaped(value) + u",%");
        if (op == QLatin1StringView("has"))
            return SqlFragment{col, {pattern}};
        if (op == QLatin1StringView("has_not"))
            return SqlFragment{u"NOT (" + col + u')', {pattern}};
        return Error::usage(where + u": a tag rule takes the operator has or has_not");
    }
    if (!textFields().contains(field))
        return Error::usage(where + u": unknown field; use one of tag, " + textFields().join(u", "));
    const QString col = alias + u'.' + field;
    if (op == QLatin1StringView("is_set"))
        return SqlFragment{col + u" <> ''", {}};
    if (op == QLatin1StringView("is_not_set"))
        return SqlFragment{col + u" = ''", {}};
    if (op == QLatin1StringView("eq"))
        return SqlFragment{u"LOWER(" + col + u") = LOWER(?)", {value}};
    if (op == QLatin1StringView("ne"))
        return SqlFragment{u"LOWER(" + col + u") <> LOWER(?)", {value}};
    if (op == QLatin1StringView("contains"))
        return SqlFragment{u"LOWER(" + col + u") LIKE LOWER(?) ESCAPE '\\'",
                           {QString(u'%' + likeEscaped(value) + u'%')}};
    if (op == QLatin1StringView("starts_with"))
        return SqlFragment{u"LOWER(" + col + u") LIKE LOWER(?) ESCAPE '\\'", {QString(likeEscaped(value) + u'%')}};
    return Error::usage(where + u": unknown operator; use eq, ne, contains, starts_with, is_set or is_not_set");
}

} // namespace

Result<SqlFragment> SegmentRules::compile(const QString &json, const QString &alias)
{
    if (json.trimmed().isEmpty())
        return SqlFragment{QStringLiteral("1 = 1"), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::usage(u"segment rules are not a JSON object: " + parseError.errorString());
    const QJsonObject root = doc.object();
    const QString match = root.value(QLatin1StringView("match")).toString(QStringLiteral("all"));
    if (match != QLatin1StringView("all") && match != QLatin1StringView("any"))
        return Error::usage(u"segment rules: match must be \"all\" or \"any\", not \"" + match + u'"');
    const QJsonArray rules = root.value(QLatin1StringView("rules")).toArray();
    if (rules.isEmpty())
        return SqlFragment{QStringLiteral("1 = 1"), {}};
    SqlFragment out{QStringLiteral("("), {}};
    const QString joiner = match == QLatin1StringView("all") ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
    for (int i = 0; i < rules.size(); ++i) {
        auto part = compileRule(rules.at(i).toObject(), i, alias);
        if (!part)
            return part.error();
        if (i > 0)
            out.sql += joiner;
        out.sql += u'(';
        out.append(*part);
        out.sql += u')';
    }
    out.sql += u')';
    return out;
}

Status SegmentRules::validate(const QString &json)
{
    auto compiled = compile(json);
    if (!compiled)
        return compiled.error();
    return {};
}

} // namespace herald
