#pragma once

#include "database.h"
#include "domain/campaign.h"
#include "domain/goal.h"
#include "domain/messagetemplate.h"
#include "domain/reviewer.h"
#include "domain/writer.h"

#include <QList>

namespace herald {

// Goals, writers and templates of one tenant.
class ContentRepository final
{
public:
    ContentRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    Result<Id> addGoal(const Goal &goal);
    Result<Id> addWriter(const Writer &writer);
    // Adding and saving store the attachments' files (those with data) too, in the same
    // transaction. A name another template has is refused.
    Result<Id> addTemplate(const MessageTemplate &tmpl);
    // Saves a template's name and content: the approval of every campaign using it goes
    // stale (their content hash changes).
    Status updateTemplate(const MessageTemplate &tmpl);
    // The names of the campaigns whose channels use the template.
    Result<QStringList> campaignsUsingTemplate(Id id);
    // The attachments with their files read (those without data).
    Result<QList<Attachment>> withData(QList<Attachment> attachments);
    // "Save as template": one template per channel of the campaign, named "<name> (<Channel>)",
    // with the channel's content (its template's subject and body, or its own text), in
    // one transaction. Returns the new templates' ids in channel order.
    Result<QList<Id>> saveAsTemplates(const Campaign &campaign, const QString &name);

    Result<QList<Goal>> goals();
    Result<Goal> goal(Id id);
    Result<Writer> writer(Id id);
    Result<QList<Writer>> writers();
    Status updateGoal(const Goal &goal);
    Status updateWriter(const Writer &writer);
    Result<QList<MessageTemplate>> templates();
    Result<MessageTemplate> messageTemplate(Id id);

private:
    Status storeFiles(const QList<Attachment> &attachments);
    Result<Id> insertTemplate(const MessageTemplate &tmpl); // inside the caller's transaction
    Result<QList<MessageTemplate>> queryTemplates(const QString &where, const QVariant &arg);
    Result<QList<Writer>> queryWriters(const QString &where, const QVariant &arg);
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
