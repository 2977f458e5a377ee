#include "contentrepository.h"

#include "content/emailcontent.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonDocument>

namespace herald {

Result<Id> ContentRepository::addGoal(const Goal &g)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO goals (tenant_id, name, description, metric, target, url) "
                                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(g.name).bind(g.description).bind(g.metric).bind(g.target).bind(g.url);
    return q.execId(u"creating goal " + g.name);
}

Result<Id> ContentRepository::addWriter(const Writer &w)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO writers (tenant_id, name, instructions, tone, audience, key_points, "
                              "sms_max_segments, email_subject_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(w.name).bind(w.instructions).bind(w.tone).bind(w.audience).bind(w.keyPoints.join(u'\n'));
    q.bind(w.smsMaxSegments).bind(w.emailSubjectMax);
    return q.execId(u"creating writer " + w.name);
}

Result<QList<Writer>> ContentRepository::queryWriters(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, name, instructions, deleted_at IS NOT NULL, tone, audience, key_points, "
                                  u"sms_max_segments, email_subject_max FROM writers WHERE tenant_id = ? "
                                      + where + u" ORDER BY name");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading writers"); !st)
        return st.error();
    QList<Writer> out;
    while (q.next()) {
        Writer w;
        w.id = q.id(0);
        w.tenantId = m_tenantId;
        w.name = q.text(1);
        w.instructions = q.text(2);
        w.deleted = q.value(3).toBool();
        w.tone = q.text(4);
        w.audience = q.text(5);
        w.keyPoints = q.text(6).split(u'\n', Qt::SkipEmptyParts);
        w.smsMaxSegments = q.value(7).toInt();
        w.emailSubjectMax = q.value(8).toInt();
        out.append(w);
    }
    return out;
}

Result<Writer> ContentRepository::writer(Id id)
{
    auto found = queryWriters(QStringLiteral("AND id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(Text::tr("writer %1 not found in this tenant").arg(id));
    return found->first();
}

Result<QList<Writer>> ContentRepository::writers()
{
    return queryWriters({}, {});
}

Status ContentRepository::updateGoal(const Goal &g)
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE goals SET name = ?, description = ?, metric = ?, target = ?, "
                                                 "url = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL"));
    q.bind(g.name).bind(g.description).bind(g.metric).bind(g.target).bind(g.url).bind(m_tenantId).bind(g.id);
    if (auto st = q.exec(u"saving goal " + g.name); !st)
        return st;
    return q.rowsAffected() == 1 ? Status() : Status(Error::notFound(Text::tr("goal %1 no longer exists").arg(g.name)));
}

Status ContentRepository::updateWriter(const Writer &w)
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE writers SET name = ?, instructions = ?, tone = ?, audience = ?, key_points = ?, "
                              "sms_max_segments = ?, email_subject_max = ? "
                              "WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL"));
    q.bind(w.name).bind(w.instructions).bind(w.tone).bind(w.audience).bind(w.keyPoints.join(u'\n'));
    q.bind(w.smsMaxSegments).bind(w.emailSubjectMax).bind(m_tenantId).bind(w.id);
    if (auto st = q.exec(u"saving writer " + w.name); !st)
        return st;
    return q.rowsAffected() == 1 ? Status()
                                 : Status(Error::notFound(Text::tr("writer %1 no longer exists").arg(w.name)));
}

Result<Goal> ContentRepository::goal(Id id)
{
    auto all = goals();
    if (!all)
        return all.error();
    for (const Goal &g : std::as_const(*all))
        if (g.id == id)
            return g;
    return Error::notFound(Text::tr("goal %1 not found in this tenant").arg(id));
}

Status ContentRepository::storeFiles(const QList<Attachment> &attachments)
{
    SqlQuery q(m_db.connection(), QStringLiteral("INSERT INTO content_files (tenant_id, sha256, size, data) "
                                                 "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const Attachment &a : attachments) {
        if (a.data.isEmpty())
            continue; // kept from before: stored already
        q.bind(m_tenantId).bind(a.sha256).bind(a.size).bind(a.data);
        if (auto st = q.exec(u"storing attachment " + a.fileName); !st)
            return st;
    }
    return {};
}

namespace {

QString attachmentsJson(const QList<Attachment> &attachments)
{
    return QString::fromUtf8(QJsonDocument(EmailContent::toJson(attachments)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<Id> ContentRepository::addTemplate(const MessageTemplate &t)
{
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    auto id = insertTemplate(t);
    if (!id)
        return id;
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<Id> ContentRepository::insertTemplate(const MessageTemplate &t)
{
    if (t.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a template needs a name"));
    if (auto st = storeFiles(t.attachments); !st)
        return st.error();
    SqlQuery q(m_db.connection(),
               QStringLiteral("INSERT INTO templates (tenant_id, name, kind, subject, body, preheader, text_body, "
                              "from_name, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(m_tenantId).bind(t.name.trimmed()).bind(nameOf(t.kind)).bind(t.subject).bind(t.body).bind(t.preheader);
    q.bind(t.textBody).bind(t.fromName).bind(attachmentsJson(t.attachments));
    auto id = q.execId(u"creating template " + t.name);
    if (!id)
        return nameTaken(id.error(), Text::tr("a template called \"%1\" already exists: choose another name")
                                          .arg(t.name.trimmed()));
    return id;
}

Status ContentRepository::updateTemplate(const MessageTemplate &t)
{
    if (t.name.trimmed().isEmpty())
        return Error::usage(Text::tr("a template needs a name"));
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    if (auto st = storeFiles(t.attachments); !st)
        return st;
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE templates SET name = ?, subject = ?, body = ?, preheader = ?, text_body = ?, "
                              "from_name = ?, attachments = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL"));
    q.bind(t.name.trimmed()).bind(t.subject).bind(t.body).bind(t.preheader).bind(t.textBody).bind(t.fromName);
    q.bind(attachmentsJson(t.attachments)).bind(m_tenantId).bind(t.id);
    if (auto st = q.exec(u"saving template " + t.name); !st)
        return nameTaken(st.error(), Text::tr("a template called \"%1\" already exists: choose another name")
                                          .arg(t.name.trimmed()));
    if (q.rowsAffected() != 1)
        return Error::notFound(Text::tr("template %1 no longer exists").arg(t.name));
    return tx.commit();
}

Result<QStringList> ContentRepository::campaignsUsingTemplate(Id id)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT k.name FROM campaign_channels cc JOIN campaigns k "
                                                 "ON k.tenant_id = cc.tenant_id AND k.id = cc.campaign_id "
                                                 "WHERE cc.tenant_id = ? AND cc.template_id = ? ORDER BY k.name"));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"finding the campaigns that use template " + QString::number(id)); !st)
        return st.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Result<QList<Attachment>> ContentRepository::withData(QList<Attachment> attachments)
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT data FROM content_files WHERE tenant_id = ? AND sha256 = ?"));
    for (Attachment &a : attachments) {
        if (!a.data.isEmpty())
            continue;
        q.bind(m_tenantId).bind(a.sha256);
        if (auto st = q.exec(u"reading attachment " + a.fileName); !st)
            return st.error();
        if (!q.next())
            return Error::notFound(Text::tr("the file of attachment %1 is missing from the database").arg(a.fileName));
        a.data = q.value(0).toByteArray();
    }
    return attachments;
}

Result<QList<Id>> ContentRepository::saveAsTemplates(const Campaign &campaign, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::usage(Text::tr("a template needs a name"));
    if (campaign.channels.isEmpty())
        return Error::usage(Text::tr("campaign %1 has no channels to save as templates").arg(campaign.name));
    Transaction tx(m_db.connection());
    if (auto st = tx.begun(); !st)
        return st.error();
    QList<Id> out;
    for (const CampaignChannel &ch : campaign.channels) {
        MessageTemplate t;
        t.tenantId = m_tenantId;
        t.kind = ch.kind;
        t.name = name.trimmed() + u" (" + displayName(ch.kind) + u')';
        t.body = ch.messageText;
        if (ch.templateId) {
            auto source = messageTemplate(*ch.templateId);
            if (!source)
                return source.error();
            t.subject = source->subject;
            t.body = ch.messageText.isEmpty() ? source->body : source->body + u'\n' + ch.messageText;
            t.preheader = source->preheader;
            t.textBody = source->textBody;
            t.fromName = source->fromName;
            t.attachments = source->attachments; // the files are stored already
        }
        auto id = insertTemplate(t);
        if (!id)
            return id.error();
        out.append(*id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<QList<Goal>> ContentRepository::goals()
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id, name, description, metric, target, deleted_at IS NOT NULL, "
                                                 "url FROM goals WHERE tenant_id = ? ORDER BY name"));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"listing goals"); !st)
        return st.error();
    QList<Goal> out;
    while (q.next())
        out.append({q.id(0), m_tenantId, q.text(1), q.text(2), q.text(3), q.value(4).toDouble(), q.value(5).toBool(),
                    q.text(6)});
    return out;
}

Result<QList<MessageTemplate>> ContentRepository::queryTemplates(const QString &where, const QVariant &arg)
{
    SqlQuery q(m_db.connection(), u"SELECT id, name, kind, subject, body, deleted_at IS NOT NULL, preheader, "
                                  u"text_body, from_name, attachments FROM templates WHERE tenant_id = ? "
                                      + where + u" ORDER BY name");
    q.bind(m_tenantId);
    if (arg.isValid())
        q.bind(arg);
    if (auto st = q.exec(u"reading templates"); !st)
        return st.error();
    QList<MessageTemplate> out;
    while (q.next()) {
        MessageTemplate t{q.id(0), m_tenantId, q.text(1), fromString<ChannelKind>(q.text(2)).value_or(ChannelKind::Email),
                          q.text(3), q.text(4), q.value(5).toBool(), q.text(6), q.text(7), q.text(8),
                          EmailContent::fromJson(QJsonDocument::fromJson(q.text(9).toUtf8()).array())};
        out.append(t);
    }
    return out;
}

Result<QList<MessageTemplate>> ContentRepository::templates()
{
    return queryTemplates({}, {});
}

Result<MessageTemplate> ContentRepository::messageTemplate(Id id)
{
    return singleRow(queryTemplates(QStringLiteral("AND id = ?"), id),
                     Text::tr("template %1 not found in this tenant").arg(id));
}

} // namespace herald
