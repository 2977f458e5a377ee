#include "segmentrules.h"

#include "domain/messagestatus.h"
#include "storage/sqlquery.h"
#include "storage/statussql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald {

namespace {

constexpr int kMaxDepth = 8;

const QStringList &textFields()
{
    static const QStringList fields{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                                    QStringLiteral("phone"), QStringLiteral("time_zone")};
    return fields;
}

const QStringList &textOps()
{
    static const QStringList ops{QStringLiteral("eq"),       QStringLiteral("ne"),     QStringLiteral("contains"),
                                 QStringLiteral("starts_with"), QStringLiteral("is_set"), QStringLiteral("is_not_set")};
    return ops;
}

const QStringList &campaignOps()
{
    static const QStringList ops{QStringLiteral("received"), QStringLiteral("not_received"),
                                 QStringLiteral("replied_to"), QStringLiteral("not_replied_to"),
                                 QStringLiteral("opted_out_of")};
    return ops;
}

bool isCustom(const QString &field)
{
    return field.startsWith(QLatin1StringView("custom.")) && field.size() > 7;
}

// The ids of the contacts a campaign's live runs reached, answered or lost, as one
// uncorrelated subquery (evaluated once, through the run and campaign indexes).
SqlFragment campaignContacts(const QString &op, const QString &column, const QString &shortId)
{
    const QString runs = QStringLiteral(" JOIN runs r ON r.tenant_id = x.tenant_id AND r.id = x.run_id AND r.kind = 'live'"
                                        " JOIN campaigns k ON k.tenant_id = r.tenant_id AND k.id = r.campaign_id"
                                        " AND k.short_id = ?");
    QString sql;
    if (op.endsWith(QLatin1StringView("received")))
        sql = u"SELECT x.contact_id FROM messages x" + runs
            + u" WHERE x.status IN " + sqlSet<MessageStatus>(isReached);
    else if (op.endsWith(QLatin1StringView("replied_to")))
        sql = u"SELECT x.contact_id FROM replies x" + runs + u" WHERE x.contact_id IS NOT NULL";
    else
        sql = u"SELECT x.contact_id FROM opt_outs x" + runs;
    // Uncorrelated: rows of another tenant's campaign with the same short ID can only
    // name that tenant's contacts (messages, replies and opt-outs reference contacts by
    // tenant and id), which the audience's own tenant condition leaves out.
    const bool negated = op.startsWith(QLatin1StringView("not_"));
    return SqlFragment{column + (negated ? u" NOT IN (" : u" IN (") + sql + u')', {shortId}};
}

// `path` numbers the rule within its groups ("2.1"), for the messages.
Result<SqlFragment> compileRule(const SegmentNode &rule, const QString &path, const QString &alias,
                                const SqlDialect &dialect)
{
    const QString &field = rule.field;
    const QString &op = rule.op;
    const QString &value = rule.value;

    if (field == QLatin1StringView("tag")) {
        if (value.isEmpty())
            return Error::usage(Text::tr("rule %1 (%2 %3): a tag rule needs a value").arg(path, field, op));
        const QString col = alias + u".tags " + dialect.likeInsensitive() + u" ? ESCAPE '\\'";
        const QVariant pattern = QString(u"%," + likeEscaped(value) + u",%");
        if (op == QLatin1StringView("has"))
            return SqlFragment{col, {pattern}};
        if (op == QLatin1StringView("has_not"))
            return SqlFragment{u"NOT (" + col + u')', {pattern}};
        return Error::usage(
            Text::tr("rule %1 (%2 %3): a tag rule takes the operator has or has_not").arg(path, field, op));
    }
    if (field == QLatin1StringView("campaign")) {
        if (!campaignOps().contains(op))
            return Error::usage(Text::tr("rule %1 (%2 %3): a campaign rule takes one of %4")
                                    .arg(path, field, op, campaignOps().join(u", ")));
        if (value.trimmed().isEmpty())
            return Error::usage(
                Text::tr("rule %1 (%2 %3): a campaign rule needs the campaign's short ID (such as C-7K2QM)")
                    .arg(path, field, op));
        return campaignContacts(op, alias + u".id", value.trimmed());
    }
    QString col;
    QVariantList colParams;
    if (isCustom(field)) {
        const QString name = field.mid(7);
        if (name.contains(u'"') || name.contains(u'\\'))
            return Error::usage(Text::tr("rule %1 (%2 %3): a custom field name cannot contain quotes or backslashes")
                                    .arg(path, field, op));
        // custom_fields is a JSON object, or '' for a contact without any.
        col = u"COALESCE(" + dialect.jsonText(u"NULLIF(" + alias + u".custom_fields, '')") + u", '')";
        colParams << dialect.jsonKey(name);
    } else if (textFields().contains(field)) {
        col = alias + u'.' + field;
    } else {
        return Error::usage(Text::tr("rule %1 (%2 %3): unknown field; use one of tag, campaign, %4 or custom.NAME")
                                .arg(path, field, op, textFields().join(u", ")));
    }
    auto with = [&](const QString &sql, const QVariantList &values = {}) {
        // The column's own parameters come first wherever the column appears.
        return SqlFragment{sql, colParams + values};
    };
    if (op == QLatin1StringView("is_set"))
        return with(col + u" <> ''");
    if (op == QLatin1StringView("is_not_set"))
        return with(col + u" = ''");
    if (op == QLatin1StringView("eq"))
        return with(u"LOWER(" + col + u") = LOWER(?)", {value});
    if (op == QLatin1StringView("ne"))
        return with(u"LOWER(" + col + u") <> LOWER(?)", {value});
    if (op == QLatin1StringView("contains"))
        return with(u"LOWER(" + col + u") LIKE LOWER(?) ESCAPE '\\'", {QString(u'%' + likeEscaped(value) + u'%')});
    if (op == QLatin1StringView("starts_with"))
        return with(u"LOWER(" + col + u") LIKE LOWER(?) ESCAPE '\\'", {QString(likeEscaped(value) + u'%')});
    return Error::usage(
        Text::tr("rule %1 (%2 %3): unknown operator; use %4").arg(path, field, op, textOps().join(u", ")));
}

Result<SqlFragment> compileNode(const SegmentNode &node, const QString &path, const QString &alias,
                                const SqlDialect &dialect)
{
    if (!node.group)
        return compileRule(node, path, alias, dialect);
    if (node.children.empty())
        return SqlFragment{QStringLiteral("1 = 1"), {}};
    SqlFragment out{QStringLiteral("("), {}};
    const QString joiner = node.any ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
    for (size_t i = 0; i < node.children.size(); ++i) {
        const QString childPath = (path.isEmpty() ? QString() : path + u'.') + QString::number(i + 1);
        auto part = compileNode(node.children[i], childPath, alias, dialect);
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

Result<SegmentNode> parseGroup(const QJsonObject &object, const QString &path, int depth)
{
    if (depth > kMaxDepth)
        return Error::usage(Text::tr("segment rules: groups nest deeper than %1 levels").arg(kMaxDepth));
    SegmentNode group;
    group.group = true;
    const QString match = object.value(QLatin1StringView("match")).toString(QStringLiteral("all"));
    if (match != QLatin1StringView("all") && match != QLatin1StringView("any"))
        return Error::usage(path.isEmpty()
                                ? Text::tr("segment rules: match must be \"all\" or \"any\", not \"%1\"").arg(match)
                                : Text::tr("segment rules, group %1: match must be \"all\" or \"any\", not \"%2\"")
                                      .arg(path, match));
    group.any = match == QLatin1StringView("any");
    const QJsonArray rules = object.value(QLatin1StringView("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString childPath = (path.isEmpty() ? QString() : path + u'.') + QString::number(i + 1);
        if (rule.contains(QLatin1StringView("rules"))) {
            auto child = parseGroup(rule, childPath, depth + 1);
            if (!child)
                return child.error();
            group.children.push_back(std::move(*child));
        } else {
            group.children.push_back(SegmentNode::rule(rule.value(QLatin1StringView("field")).toString(),
                                                       rule.value(QLatin1StringView("op")).toString(),
                                                       rule.value(QLatin1StringView("value")).toVariant().toString()));
        }
    }
    return group;
}

QJsonObject groupJson(const SegmentNode &group)
{
    QJsonArray rules;
    for (const SegmentNode &n : group.children) {
        if (n.group) {
            rules.append(groupJson(n));
            continue;
        }
        QJsonObject rule{{QStringLiteral("field"), n.field}, {QStringLiteral("op"), n.op}};
        if (SegmentRules::takesValue(n.op))
            rule.insert(QStringLiteral("value"), n.value);
        rules.append(rule);
    }
    return {{QStringLiteral("match"), group.any ? QStringLiteral("any") : QStringLiteral("all")},
            {QStringLiteral("rules"), rules}};
}

} // namespace

Result<SegmentNode> SegmentRules::parse(const QString &json)
{
    if (json.trimmed().isEmpty()) {
        SegmentNode all;
        all.group = true;
        return all;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::usage(Text::tr("segment rules are not a JSON object: %1").arg(parseError.errorString()));
    return parseGroup(doc.object(), {}, 0);
}

QString SegmentRules::toJson(const SegmentNode &root)
{
    if (!root.group || root.children.empty())
        return {};
    return QString::fromUtf8(QJsonDocument(groupJson(root)).toJson(QJsonDocument::Compact));
}

Result<SqlFragment> SegmentRules::compile(const QString &json, const SqlDialect &dialect, const QString &alias)
{
    auto root = parse(json);
    if (!root)
        return root.error();
    return compile(*root, dialect, alias);
}

Result<SqlFragment> SegmentRules::compile(const SegmentNode &root, const SqlDialect &dialect, const QString &alias)
{
    return compileNode(root, {}, alias, dialect);
}

Status SegmentRules::validate(const QString &json)
{
    auto compiled = compile(json, SqlDialect());
    if (!compiled)
        return compiled.error();
    return {};
}

QStringList SegmentRules::fields()
{
    return textFields() + QStringList{QStringLiteral("tag"), QStringLiteral("campaign")};
}

QStringList SegmentRules::opsFor(const QString &field)
{
    if (field == QLatin1StringView("tag"))
        return {QStringLiteral("has"), QStringLiteral("has_not")};
    if (field == QLatin1StringView("campaign"))
        return campaignOps();
    return textOps();
}

bool SegmentRules::takesValue(const QString &op)
{
    return op != QLatin1StringView("is_set") && op != QLatin1StringView("is_not_set");
}

QString SegmentRules::fieldLabel(const QString &field)
{
    // English sources, translated when asked for (a translator is installed after static init).
    static const QHash<QString, const char *> labels{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("herald::Text", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("herald::Text", "Last name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("herald::Text", "Email address")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("herald::Text", "Phone number")},
        {QStringLiteral("time_zone"), QT_TRANSLATE_NOOP("herald::Text", "Time zone")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("herald::Text", "Tag")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("herald::Text", "Campaign")},
    };
    if (isCustom(field))
        return Text::tr("%1 (custom)").arg(field.mid(7)).shown();
    const char *label = labels.value(field);
    return label ? Text::tr(label).shown() : field;
}

QString SegmentRules::opLabel(const QString &op)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("eq"), QT_TRANSLATE_NOOP("herald::Text", "is")},
        {QStringLiteral("ne"), QT_TRANSLATE_NOOP("herald::Text", "is not")},
        {QStringLiteral("contains"), QT_TRANSLATE_NOOP("herald::Text", "contains")},
        {QStringLiteral("starts_with"), QT_TRANSLATE_NOOP("herald::Text", "starts with")},
        {QStringLiteral("is_set"), QT_TRANSLATE_NOOP("herald::Text", "is set")},
        {QStringLiteral("is_not_set"), QT_TRANSLATE_NOOP("herald::Text", "is not set")},
        {QStringLiteral("has"), QT_TRANSLATE_NOOP("herald::Text", "has")},
        {QStringLiteral("has_not"), QT_TRANSLATE_NOOP("herald::Text", "does not have")},
        {QStringLiteral("received"), QT_TRANSLATE_NOOP("herald::Text", "received")},
        {QStringLiteral("not_received"), QT_TRANSLATE_NOOP("herald::Text", "did not receive")},
        {QStringLiteral("replied_to"), QT_TRANSLATE_NOOP("herald::Text", "replied to")},
        {QStringLiteral("not_replied_to"), QT_TRANSLATE_NOOP("herald::Text", "did not reply to")},
        {QStringLiteral("opted_out_of"), QT_TRANSLATE_NOOP("herald::Text", "opted out of")},
    };
    const char *label = labels.value(op);
    return label ? Text::tr(label).shown() : op;
}

} // namespace herald
