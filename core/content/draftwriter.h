#pragma once

#include "domain/channelkind.h"
#include "domain/goal.h"
#include "domain/result.h"
#include "domain/writer.h"

#include <QMetaType>
#include <QStringList>

namespace herald {

// What a writer asks of the content: the brief the drafts follow.
struct WriterBrief
{
    QString instructions; // free text, passed to a language model as the system prompt
    QString tone;         // "friendly", "formal", "urgent", ...
    QString audience;     // who reads it, in the writer's words
    QStringList keyPoints;
    int smsMaxSegments = 1;     // SMS: at most this many segments
    int emailSubjectMax = 60;   // email: subject length in characters

    static WriterBrief of(const Writer &writer)
    {
        return {writer.instructions, writer.tone, writer.audience, writer.keyPoints, writer.smsMaxSegments,
                writer.emailSubjectMax};
    }
};

// One channel's draft: a subject (email) and a body, with merge fields.
struct Draft
{
    ChannelKind kind = ChannelKind::Email;
    QString subject;
    QString body;
    QStringList notes; // what the writer had to shorten or leave out, in the user interface's language
};

} // namespace herald

Q_DECLARE_METATYPE(herald::Draft)

namespace herald {

// Drafts a channel's content from the goal and the writer's brief, the same way every
// time and without a network: a greeting with {{first_name|there}}, the key points, a
// call to action from the goal's metric, the tone's closing, and the text the channel
// must carry (an unsubscribe link in email, "Reply STOP to opt out" in SMS). The channel's
// limits are kept (SMS measured with its merge fields as written): points are dropped
// from the end, with a note, until the text fits.
// A draft is content like any other: the reviewer approves it before anything is sent.
class DraftWriter final
{
public:
    static Draft draft(const Goal &goal, const WriterBrief &brief, ChannelKind kind);
    // The prompt a language model gets for the same draft (ChatCompletions).
    static QString prompt(const Goal &goal, const WriterBrief &brief, ChannelKind kind);
    // Checks a draft from anywhere against the brief's limits and the channel's
    // compliance text; the findings say what is wrong (empty: fine), in the user interface's language.
    static QStringList check(const Draft &draft, const WriterBrief &brief);
};

} // namespace herald
