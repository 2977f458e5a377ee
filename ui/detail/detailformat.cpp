#include "detailformat.h"

#include "campaigndetaildata.h"
#include "domain/labels.h"
#include "models/timetext.h"

#include <QLocale>
#include <QUrl>

namespace herald {

QString DetailFormat::time(const QDateTime &t)
{
    return t.isValid() ? TimeText::shortText(t) : tr("—");
}

QString DetailFormat::sendTime(const QDateTime &t, const QString &campaignZone)
{
    const QTimeZone own(campaignZone.toUtf8());
    if (!own.isValid() || own.id() == TimeText::displayZone().id())
        return time(t);
    return tr("%1 (%2 %3)").arg(time(t), TimeText::shortText(t, own), campaignZone);
}

QString DetailFormat::percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u'%' : QStringLiteral("—");
}

QString DetailFormat::contactLabel(const Contact &c, ChannelKind kind)
{
    const QString name = QString(c.firstName + u' ' + c.lastName).trimmed();
    const QString address = kind == ChannelKind::Email ? c.email : c.phone;
    if (name.isEmpty())
        return address;
    return address.isEmpty() ? name : name + u" <" + address + u'>';
}

QString DetailFormat::runLabel(const Run &r, const CampaignDetailData &d)
{
    const QString kind = r.kind == RunKind::Test ? tr("Test run") : tr("Live run");
    QString text = tr("%1 #%2 (%3), %4").arg(kind).arg(r.id).arg(label(r.trigger), time(r.createdAt));
    if (r.startedBy)
        text += tr(" by %1").arg(d.userNames.value(*r.startedBy, tr("user %1").arg(*r.startedBy)));
    return text;
}

QString DetailFormat::recapHtml(const CampaignDetailData &d, bool links)
{
    const Campaign &c = d.overview.campaign;
    const auto orMissing = [](const QString &name) -> QString {
        return name.isEmpty() ? u"<i>" + tr("not set") + u"</i>" : name.toHtmlEscaped();
    };
    const auto link = [links](const QString &kind, const QString &name, std::optional<Id> id = {}) -> QString {
        if (name.isEmpty())
            return u"<i>" + tr("not set") + u"</i>";
        const QString text = name.toHtmlEscaped() + (id ? u" (#" + QString::number(*id) + u')' : QString());
        if (!links)
            return text;
        return u"<a href=\"" + kind + u':' + QString::fromLatin1(QUrl::toPercentEncoding(name)) + u"\">" + text
               + u"</a>";
    };
    QString html = QStringLiteral("<table cellspacing=\"3\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>" + label + u"</b></td><td>" + value + u"</td></tr>";
    };
    if (!c.description.isEmpty())
        row(tr("Description"), c.description.toHtmlEscaped());
    row(tr("Goal"), link(QStringLiteral("goal"), d.goalName));
    row(tr("Writer"), orMissing(d.writerName));
    QString reviewer = orMissing(d.reviewerName);
    if (c.reviewerId)
        reviewer += c.approvalCurrent() ? tr(" — approved %1").arg(time(c.approvedAt))
                                        : tr(" — <b>approval needed</b>");
    row(tr("Reviewer"), reviewer);
    for (const CampaignChannel &ch : c.channels) {
        QString content = ch.templateId ? link(QStringLiteral("template"), d.templateNames.value(*ch.templateId),
                                               ch.templateId)
                                        : (ch.messageText.isEmpty() ? u"<i>" + tr("no content") + u"</i>"
                                                                    : tr("own text (%n character(s))", nullptr,
                                                                         int(ch.messageText.size())));
        if (ch.senderId)
            content += tr(", from %1").arg(d.senderNames.value(*ch.senderId, tr("sender %1").arg(*ch.senderId))
                                               .toHtmlEscaped());
        if (ch.ratePerMinute > 0)
            content += tr(", %1/min").arg(ch.ratePerMinute);
        row(displayName(ch.kind), content);
    }
    QStringList audience;
    if (c.contactListId)
        audience << tr("list %1").arg(link(QStringLiteral("list"), d.listName, c.contactListId));
    for (Id s : c.sendToSegments)
        audience << tr("send to %1").arg(link(QStringLiteral("segment"), d.segmentNames.value(s), s));
    for (Id s : c.excludeSegments)
        audience << tr("exclude %1").arg(link(QStringLiteral("segment"), d.segmentNames.value(s), s));
    if (!c.oneTimeRules.isEmpty())
        audience << tr("one-time rules");
    row(tr("Audience"), audience.isEmpty() ? u"<i>" + tr("not set") + u"</i>" : audience.join(QStringLiteral("; ")));
    QString launch = label(c.launchType);
    if (c.launchType == LaunchType::Schedule)
        launch += tr(" at %1").arg(sendTime(c.sendAt, c.timeZone).toHtmlEscaped());
    if (c.launchType == LaunchType::Recurring)
        launch += tr(" from %1, %2").arg(sendTime(c.sendAt, c.timeZone).toHtmlEscaped(), c.recurrence.toHtmlEscaped());
    else if (c.launchType != LaunchType::Schedule)
        launch += u" (" + c.timeZone.toHtmlEscaped() + u')';
    row(tr("Launch"), launch);
    row(tr("Created"), TimeText::shortText(c.createdAt, d.zone) + u" (" + QString::fromUtf8(d.zone.id()).toHtmlEscaped()
                           + u')');
    if (c.ttlMinutes > 0)
        row(tr("Expires after"), tr("%n minute(s)", nullptr, c.ttlMinutes));
    if (c.trackClicks)
        row(tr("Link clicks"), tr("tracked through the organisation's listener"));
    if (!c.testRecipients.isEmpty())
        row(tr("Test recipients"), c.testRecipients.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!c.tags.isEmpty())
        row(tr("Tags"), c.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Activated"), c.activated ? tr("yes") : tr("<b>no</b>"));
    return html + u"</table>";
}

} // namespace herald
