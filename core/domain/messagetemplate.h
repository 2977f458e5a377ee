#pragma once

#include "attachment.h"
#include "channelkind.h"
#include "tenant.h"

#include <QList>

namespace herald {

// Reusable content for one channel kind, with {{merge_fields}}. SMS and phone use the
// body only (the text or the call script).
struct MessageTemplate
{
    Id id = 0;
    Id tenantId = 0;
    QString name;
    ChannelKind kind = ChannelKind::Email;
    QString subject;
    QString body; // email: HTML (starts with "<") or plain text
    bool deleted = false;
    // Email only:
    QString preheader; // the preview line an inbox shows after the subject (HTML bodies)
    QString textBody;  // the plain-text part; empty: made from the HTML body
    QString fromName;  // replaces the sender's display name when set
    QList<Attachment> attachments;
};

} // namespace herald
