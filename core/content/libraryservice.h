#pragma once

#include "domain/campaign.h"
#include "domain/goal.h"
#include "domain/messagetemplate.h"
#include "domain/segment.h"
#include "domain/user.h"
#include "domain/writer.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace herald {

// The reusable pieces campaigns name: goals, writers, templates and segments, for the
// GUI's pages and heraldctl alike. Each change needs the role's right for that kind and
// is checked here (a name, unique among the kind's live entries in any letter case; a
// template's body; a segment's rules). Deleting keeps the entry for the campaigns that
// name it, whose preflight then asks for another. A reference is an id or a name.
class LibraryService final
{
public:
    LibraryService(Database db, Id tenantId, User actor);

    Result<QList<Goal>> goals();
    Result<Goal> goal(const QString &reference);
    // Adds it when its id is 0, else saves it.
    Result<Goal> save(Goal goal);

    Result<QList<Writer>> writers();
    Result<Writer> writer(const QString &reference);
    Result<Writer> save(Writer writer);

    Result<QList<MessageTemplate>> templates();
    Result<MessageTemplate> messageTemplate(const QString &reference);
    // Saving one that campaigns use makes their approval stale (their content changed).
    Result<MessageTemplate> save(MessageTemplate tmpl);
    // "Save as template": one per channel of the campaign (see ContentRepository).
    Result<QList<Id>> saveAsTemplates(const Campaign &campaign, const QString &name);

    Result<QList<Segment>> segments();
    Result<Segment> segment(const QString &reference);
    Result<Segment> save(Segment segment);

    // Goal, Writer, Template or Segment. Returns the names of the campaigns naming it.
    Result<QStringList> remove(CatalogKind kind, const QString &reference);
    // The names of the campaigns naming the entry.
    Result<QStringList> campaignsUsing(CatalogKind kind, Id id);

private:
    Result<CatalogEntry> find(CatalogKind kind, const QString &reference);
    // The actor may change the kind, and `name` (trimmed) is fit and free.
    Status checkChange(CatalogKind kind, const QString &name, Id self);

    Database m_db;
    Id m_tenantId;
    User m_actor;
};

} // namespace herald
