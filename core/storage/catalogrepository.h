#pragma once

#include "database.h"
#include "domain/tenant.h"
#include "domain/text.h"

#include <QList>
#include <QString>

namespace herald {

// The named objects a campaign refers to. Lets callers resolve "id or name" and show a
// name for an id without a typed repository per kind.
enum class CatalogKind { Goal, Writer, Reviewer, Template, Segment, ContactList, Sender, NumberPool, User };

struct CatalogEntry
{
    Id id = 0;
    QString name;
    bool deleted = false;
};

class CatalogRepository final
{
public:
    CatalogRepository(Database db, Id tenantId) : m_db(std::move(db)), m_tenantId(tenantId) {}

    // A numeric reference is an id, anything else a name in any letter case (deleted entries
    // are found by id only).
    Result<CatalogEntry> resolve(CatalogKind kind, const QString &reference);
    Result<CatalogEntry> byId(CatalogKind kind, Id id);
    Result<QList<CatalogEntry>> list(CatalogKind kind);
    // Soft delete where the kind supports it: campaigns keep pointing at the object,
    // and preflight reports it as deleted.
    Status softDelete(CatalogKind kind, Id id);

    static QString noun(CatalogKind kind); // English, for logs and the database's "while …"
    static Text nounText(CatalogKind kind); // in both languages, for messages

private:
    Database m_db;
    Id m_tenantId;
};

} // namespace herald
