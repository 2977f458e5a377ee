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
};

// The hash a reviewer's approval is bound to (SHA-256, hex): any change to what a
// campaign sends (a template's subject or body, a channel's text, a template switched,
// a channel added or removed) changes it; changing it back restores it.
class ContentHash final
{
public:
    static QString of(const QList<ChannelContent> &channels);
    // Reads the campaign's templates.
    static Result<QString> of(const Database &db, Id tenantId, const Campaign &campaign);
};

} // namespace herald
