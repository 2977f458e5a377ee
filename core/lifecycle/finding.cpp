#include "finding.h"

namespace herald {

FindingGroup Finding::group() const
{
    const QStringView prefix = QStringView(code).left(code.indexOf(u'.'));
    if (prefix == u"sender" || prefix == u"provider")
        return FindingGroup::SenderDetails;
    if (prefix == u"segment" || prefix == u"audience" || prefix == u"test_recipients")
        return FindingGroup::Audience;
    if (prefix == u"role" || prefix == u"balance" || prefix == u"channel" || prefix == u"campaign")
        return FindingGroup::BalancePermissions;
    return FindingGroup::Templates; // goal, writer, reviewer, template, content
}

} // namespace herald
