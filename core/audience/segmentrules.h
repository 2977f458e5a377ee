#pragma once

#include "domain/result.h"
#include "sqlfragment.h"

namespace herald {

// The rule language of segments and one-time campaign rules, as JSON:
//   {"match": "all" | "any", "rules": [{"field": "tag", "op": "has", "value": "vip"}, ...]}
// fields: first_name, last_name, email, phone, time_zone, tag
// ops:    eq, ne, contains, starts_with, is_set, is_not_set (tag: has, has_not)
// An empty document or empty rule list matches every contact.
class SegmentRules final
{
public:
    // A boolean SQL condition over the contacts table aliased as `alias`.
    static Result<SqlFragment> compile(const QString &json, const QString &alias = QStringLiteral("c"));
    // Whether the document parses and every rule is known; the message names the bad rule.
    static Status validate(const QString &json);
};

} // namespace herald
