#include "mergefields.h"

#include <QRegularExpression>

namespace herald {

QString MergeFields::apply(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        out += value == values.constEnd() ? m.captured(0) : *value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QHash<QString, QString> MergeFields::values(const QString &firstName, const QString &lastName, const QString &email,
                                           const QString &phone, const QString &campaignName,
                                           const QString &senderName, Id messageId)
{
    return {{QStringLiteral("first_name"), firstName},
            {QStringLiteral("last_name"), lastName},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("campaign_name"), campaignName},
            {QStringLiteral("sender_name"), senderName},
            {QStringLiteral("unsubscribe_url"), u"https://unsubscribe.invalid/" + QString::number(messageId)},
            {QStringLiteral("opt_out_text"), QStringLiteral("Reply STOP to opt out")}};
}

} // namespace herald
