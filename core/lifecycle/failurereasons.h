#pragma once

#include "finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace herald {

// Findings as JSON: stored on a run that could not start, printed by preflight --json,
// and grouped for people as Templates / Sender details / Audience / Balance & permissions.
class FailureReasons final
{
public:
    static QJsonObject toJson(const Finding &finding);
    static QJsonArray toJson(const QList<Finding> &findings);
    static QString toJsonText(const QList<Finding> &findings);
    static QList<Finding> fromJsonText(const QString &text);
    // {"Templates": [...], "Sender details": [...], ...}, only groups that have findings.
    static QJsonObject grouped(const QList<Finding> &findings);
};

} // namespace herald
