#pragma once

#include "domain/result.h"
#include "sqlfragment.h"
#include "storage/sqldialect.h"

#include <QStringList>

#include <vector>

namespace herald {

// One node of a segment's rules: a condition (field, op, value) or a group of nodes
// joined with AND ("all") or OR ("any"). Groups nest.
struct SegmentNode
{
    bool group = false;
    bool any = false; // group: OR instead of AND
    std::vector<SegmentNode> children;
    QString field;
    QString op;
    QString value;

    static SegmentNode rule(QString field, QString op, QString value = {})
    {
        SegmentNode n;
        n.field = std::move(field);
        n.op = std::move(op);
        n.value = std::move(value);
        return n;
    }
    bool operator==(const SegmentNode &) const = default;
};

// The rule language of segments and one-time campaign rules, as JSON:
//   {"match": "all" | "any", "rules": [rule or group, ...]}
//   rule:  {"field": F, "op": O, "value": V}
//   group: {"match": "all" | "any", "rules": [...]}
// fields and their ops:
//   first_name, last_name, email, phone, time_zone, custom.NAME
//                 eq, ne, contains, starts_with, is_set, is_not_set ("has email": email is_set)
//   tag           has, has_not
//   campaign      received, not_received, replied_to, not_replied_to, opted_out_of,
//                 with the campaign's short ID as the value
// An empty document or empty rule list matches every contact. Values are always bound
// as parameters, never pasted into the SQL.
class SegmentRules final
{
public:
    static Result<SegmentNode> parse(const QString &json);
    static QString toJson(const SegmentNode &root);

    // A boolean SQL condition over the contacts table aliased as `alias`; conditions on
    // messages, replies and opt-outs read only the contact's own tenant.
    static Result<SqlFragment> compile(const QString &json, const SqlDialect &dialect,
                                       const QString &alias = QStringLiteral("c"));
    static Result<SqlFragment> compile(const SegmentNode &root, const SqlDialect &dialect,
                                       const QString &alias = QStringLiteral("c"));
    // Whether the document parses and every rule is known; the message names the bad rule.
    static Status validate(const QString &json);

    // The fields and the ops each takes, for editors. Custom fields are "custom." + name.
    static QStringList fields();
    static QStringList opsFor(const QString &field);
    static bool takesValue(const QString &op);
    // Human words for a field and an op ("First name", "is not set"), in the user interface's language.
    static QString fieldLabel(const QString &field);
    static QString opLabel(const QString &op);
};

} // namespace herald
