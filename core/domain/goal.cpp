#include "goal.h"

namespace herald {

GoalMetric Goal::metricKind() const
{
    const QString m = metric.toLower();
    if (m.contains(u"click"))
        return GoalMetric::Clicks;
    if (m.contains(u"repl"))
        return GoalMetric::Replies;
    if (m.contains(u"key") || m.contains(u"press"))
        return GoalMetric::Keypresses;
    if (m.contains(u"call") || m.contains(u"answer"))
        return GoalMetric::AnsweredCalls;
    return GoalMetric::Other;
}

} // namespace herald
