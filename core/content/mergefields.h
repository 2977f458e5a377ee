#pragma once

#include "domain/tenant.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herald {

// Merge fields: {{field}} is replaced by the recipient's value; {{field|text}} by `text`
// when the value is empty or the recipient has no such field. A field nobody has and
// without a default is left as it is (preflight warns about it before a run). The fields
// are the standard ones below and the tenant's custom fields (CSV imports), by name.
class MergeFields final
{
public:
    enum class Escape
    {
        None,
        Html
    }; // Html: values are HTML-escaped (an HTML body)

    static QString apply(const QString &text, const QHash<QString, QString> &values, Escape escape = Escape::None);
    // The field names `text` uses, each once, in order.
    static QStringList used(const QString &text);
    // first_name, last_name, email, phone, sender_name, campaign_name, unsubscribe_url,
    // opt_out_text, push_token
    static const QStringList &standard();
    // What previews show for {{unsubscribe_url}} and {{push_token}}.
    static QString sampleUnsubscribeUrl() { return QStringLiteral("https://herald.example/u/sample"); }
    static QString samplePushToken() { return QStringLiteral("c42_sample-push-token"); }
    // The values for one recipient of one campaign: the standard fields, then the
    // contact's custom fields (a custom field never replaces a standard one).
    // `unsubscribeUrl`: the message's unsubscribe link (LinkTracking), or previews' sample.
    // `pushToken`: what the organisation's site sends with a browser's Web Push
    // subscription to name the contact (LinkTracking::linkToken); "" without a link secret.
    static QHash<QString, QString> values(const QString &firstName, const QString &lastName, const QString &email,
                                          const QString &phone, const QString &campaignName, const QString &senderName,
                                          const QString &unsubscribeUrl, const QString &pushToken,
                                          const QMap<QString, QString> &customFields = {});
};

} // namespace herald
