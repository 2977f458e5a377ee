#pragma once

#include "domain/campaign.h"
#include "domain/result.h"

#include <QList>

namespace herald {

class Database;

// One channel's content as a reviewer sees it: the template's subject and body, or the
// channel's own text.
struct ChannelContent
{
    ChannelKind kind = ChannelKind::Email;
    QString subject;
    QString body;
    QString text;
    // An email template's other parts; attachments as stored (their descriptions, JSON,
    // with each file's SHA-256).
    QString preheader;
    QString textBody;
    QString fromName;
    QString attachments;
};

// The hash a reviewer's approval is bound to (SHA-256, hex): any change to what a
// campaign sends (a template's subject, body, preheader, text body, from name or
// attachments, a channel's text, a template switched, a channel added or removed)
// changes it; changing it back restores it.
class ContentHash final
{
public:
    static QString of(const QList<ChannelContent> &channels);
    // Reads the campaign's templates.
    static Result<QString> of(const Database &db, Id tenantId, const Campaign &campaign);
    // The template columns ChannelContent reads, in its order after the body, for a
    // SELECT over templates aliased `t`.
    static QString templateColumns();
};

} // namespace herald
