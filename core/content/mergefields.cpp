#include "mergefields.h"

#include <QRegularExpression>

namespace herald {

namespace {

// {{ name }} or {{ name | default }}; a name may hold spaces (custom fields are named by
// CSV headers), not braces or a bar.
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([^{}|]*?)\\s*(?:\\|([^{}]*))?\\}\\}"));
    return re;
}

} // namespace

QString MergeFields::apply(const QString &text, const QHash<QString, QString> &values, Escape escape)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const auto value = values.constFind(m.captured(1));
        if (value != values.constEnd() && !value->isEmpty())
            out += escape == Escape::Html ? value->toHtmlEscaped() : *value;
        else if (m.capturedStart(2) >= 0)
            out += m.captured(2).trimmed(); // the template's own text, as written
        else if (value == values.constEnd() || m.captured(1).isEmpty())
            out += m.captured(0); // nobody has it: left for preflight to point out
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList MergeFields::used(const QString &text)
{
    QStringList out;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

const QStringList &MergeFields::standard()
{
    static const QStringList fields{QStringLiteral("first_name"),      QStringLiteral("last_name"),
                                    QStringLiteral("email"),           QStringLiteral("phone"),
                                    QStringLiteral("sender_name"),     QStringLiteral("campaign_name"),
                                    QStringLiteral("unsubscribe_url"), QStringLiteral("opt_out_text"),
                                    QStringLiteral("push_token")};
    return fields;
}

QHash<QString, QString> MergeFields::values(const QString &firstName, const QString &lastName, const QString &email,
                                            const QString &phone, const QString &campaignName,
                                            const QString &senderName, const QString &unsubscribeUrl,
                                            const QString &pushToken, const QMap<QString, QString> &customFields)
{
    QHash<QString, QString> v{
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("campaign_name"), campaignName},
        {QStringLiteral("sender_name"), senderName},
        {QStringLiteral("unsubscribe_url"), unsubscribeUrl},
        {QStringLiteral("opt_out_text"), QStringLiteral("Reply STOP to opt out")},
        {QStringLiteral("push_token"), pushToken}};
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        if (!v.contains(it.key()))
            v.insert(it.key(), it.value());
    return v;
}

} // namespace herald
