#include "finding.h"

namespace herald {

FindingGroup Finding::group() const
{
    const QStringView prefix = QStringView(code).left(code.indexOf(u'.'));
    if (prefix == u"sender" || prefix == u"provider" || prefix == u"tracking" || prefix == u"unsubscribe"
        || prefix == u"mailbox" || prefix == u"webhook")
        return FindingGroup::SenderDetails;
    if (prefix == u"segment" || prefix == u"audience" || prefix == u"test_recipients")
        return FindingGroup::Audience;
    if (prefix == u"role" || prefix == u"balance" || prefix == u"campaign")
        return FindingGroup::BalancePermissions;
    if (prefix == u"template" || prefix == u"content")
        return FindingGroup::Templates;
    return FindingGroup::Plan; // goal, writer, reviewer, channel
}

QString Finding::shown() const
{
    return (brief.isEmpty() ? message : brief).capitalised().shown();
}

} // namespace herald
