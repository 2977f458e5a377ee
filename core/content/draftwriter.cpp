#include "draftwriter.h"

#include "smstext.h"

namespace herald {

namespace {

const QString kSmsOptOut = QStringLiteral("Reply STOP to opt out");

QString callToAction(const Goal &goal)
{
    switch (goal.metricKind()) {
    case GoalMetric::Replies:
        return QStringLiteral("Just reply to this message to let us know.");
    case GoalMetric::Clicks:
        return goal.url.isEmpty() ? QStringLiteral("Take a look on our website.")
                                  : u"Take a look: " + goal.url;
    case GoalMetric::AnsweredCalls:
    case GoalMetric::Keypresses:
        return QStringLiteral("We will give you a call shortly.");
    case GoalMetric::Other:
        break;
    }
    return QStringLiteral("We would love to hear from you.");
}

QString closing(const QString &tone)
{
    const QString t = tone.toLower();
    if (t.contains(u"formal"))
        return QStringLiteral("Kind regards,\n{{sender_name}}");
    if (t.contains(u"urgent"))
        return QStringLiteral("Don't miss out.\n{{sender_name}}");
    return QStringLiteral("Thanks,\n{{sender_name}}");
}

QString greeting(const QString &tone)
{
    return tone.toLower().contains(u"formal") ? QStringLiteral("Dear {{first_name|customer}},")
                                              : QStringLiteral("Hi {{first_name|there}},");
}

QString subjectFor(const Goal &goal, const WriterBrief &brief)
{
    QString subject = brief.keyPoints.isEmpty() ? goal.name : brief.keyPoints.first();
    subject = subject.trimmed();
    if (subject.size() > brief.emailSubjectMax)
        subject = subject.left(std::max(1, brief.emailSubjectMax - 1)).trimmed() + u'\u2026';
    return subject;
}

QString smsText(const QStringList &points, const QString &cta, const QString &tone)
{
    QString text = (tone.toLower().contains(u"formal") ? QStringLiteral("Dear {{first_name|customer}}, ")
                                                        : QStringLiteral("Hi {{first_name|there}}! "));
    for (const QString &p : points)
        text += p.trimmed() + (p.trimmed().endsWith(u'.') ? u" " : u". ");
    if (!cta.isEmpty())
        text += cta + u' ';
    return text + kSmsOptOut;
}

} // namespace

Draft DraftWriter::draft(const Goal &goal, const WriterBrief &brief, ChannelKind kind)
{
    Draft d;
    d.kind = kind;
    QStringList points;
    for (const QString &p : brief.keyPoints)
        if (!p.trimmed().isEmpty())
            points << p.trimmed();
    if (points.isEmpty() && !goal.description.trimmed().isEmpty())
        points << goal.description.trimmed();
    const QString cta = callToAction(goal);

    switch (kind) {
    case ChannelKind::Email: {
        d.subject = subjectFor(goal, brief);
        QString body = greeting(brief.tone) + u"\n\n";
        if (!brief.audience.trimmed().isEmpty())
            body += u"As one of our " + brief.audience.trimmed() + u", you hear it first.\n\n";
        for (const QString &p : std::as_const(points))
            body += u"\u2022 " + p + u'\n';
        body += u'\n' + cta + u"\n\n" + closing(brief.tone) + u"\n\nUnsubscribe: {{unsubscribe_url}}";
        d.body = body;
        break;
    }
    case ChannelKind::Phone: {
        QString script = QStringLiteral("Hello, may I speak with {{first_name|the account holder}}? This is "
                                        "{{sender_name}} calling about ")
                       + goal.name.trimmed() + u".\n";
        for (const QString &p : std::as_const(points))
            script += u"- " + p + u'\n';
        script += QStringLiteral("If they would rather not be called again, note it: they are opted out.");
        d.body = script;
        break;
    }
    default: { // SMS and the other text channels
        const int maxSegments = std::max(1, brief.smsMaxSegments);
        QString ctaNow = cta;
        QString text = smsText(points, ctaNow, brief.tone);
        while (SmsText::measure(text).segments > maxSegments && !points.isEmpty()) {
            d.notes << Text::tr("left out to fit %1 segment(s): \"%2\"")
                           .arg(QString::number(maxSegments), points.takeLast())
                           .shown();
            text = smsText(points, ctaNow, brief.tone);
        }
        if (SmsText::measure(text).segments > maxSegments && !ctaNow.isEmpty()) {
            d.notes << Text::tr("left out to fit: \"%1\"").arg(ctaNow).shown();
            ctaNow.clear();
            text = smsText(points, ctaNow, brief.tone);
        }
        d.body = text;
        break;
    }
    }
    return d;
}

QString DraftWriter::prompt(const Goal &goal, const WriterBrief &brief, ChannelKind kind)
{
    QString p = u"Write the " + displayText(kind).english() + u" content of a campaign.\n";
    p += u"Goal: " + goal.name;
    if (!goal.description.isEmpty())
        p += u" \u2014 " + goal.description;
    p += u"\nSuccess metric: " + (goal.metric.isEmpty() ? QStringLiteral("replies") : goal.metric) + u'\n';
    if (!brief.tone.isEmpty())
        p += u"Tone: " + brief.tone + u'\n';
    if (!brief.audience.isEmpty())
        p += u"Audience: " + brief.audience + u'\n';
    if (!brief.keyPoints.isEmpty())
        p += u"Key points:\n- " + brief.keyPoints.join(u"\n- ") + u'\n';
    p += QStringLiteral("Use merge fields such as {{first_name|there}} and {{sender_name}}; never invent others.\n");
    if (kind == ChannelKind::Email)
        p += u"Limits: a subject of at most " + QString::number(brief.emailSubjectMax)
           + u" characters; the body must contain {{unsubscribe_url}}.\n";
    else if (kind == ChannelKind::Phone)
        p += QStringLiteral("Write a short call script.\n");
    else
        p += u"Limits: at most " + QString::number(std::max(1, brief.smsMaxSegments))
           + u" SMS segment(s), GSM-7 characters only; end with \"" + kSmsOptOut + u"\".\n";
    p += QStringLiteral("Answer with JSON only: {\"subject\": \"...\", \"body\": \"...\"} (subject empty outside email).");
    return p;
}

QStringList DraftWriter::check(const Draft &d, const WriterBrief &brief)
{
    QStringList out;
    if (d.body.trimmed().isEmpty())
        out << Text::tr("the draft has no text").shown();
    if (d.kind == ChannelKind::Email) {
        if (d.subject.trimmed().isEmpty())
            out << Text::tr("the email has no subject").shown();
        if (d.subject.size() > brief.emailSubjectMax)
            out << Text::tr("the subject is %1 characters, more than %2")
                       .arg(QString::number(d.subject.size()), QString::number(brief.emailSubjectMax))
                       .shown();
        if (!d.body.contains(QLatin1StringView("{{unsubscribe_url}}")))
            out << Text::tr("the email has no %1").arg(QStringLiteral("{{unsubscribe_url}}")).shown();
    } else if (d.kind != ChannelKind::Phone) {
        const SmsText m = SmsText::measure(d.body);
        if (m.segments > std::max(1, brief.smsMaxSegments))
            out << Text::tr("the text is %1 segments, more than %2")
                       .arg(QString::number(m.segments), QString::number(std::max(1, brief.smsMaxSegments)))
                       .shown();
        if (!d.body.contains(QLatin1StringView("STOP"), Qt::CaseInsensitive))
            out << Text::tr("the text has no opt-out (\"%1\")").arg(kSmsOptOut).shown();
    }
    return out;
}

} // namespace herald
