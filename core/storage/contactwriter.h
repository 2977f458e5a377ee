#pragma once

#include "domain/contact.h"
#include "sqlquery.h"

#include <QSet>

namespace herald {

// Adds contacts of one tenant, and list memberships, with statements prepared once:
// inside the caller's transaction, for many rows (AudienceRepository, CSV imports).
class ContactWriter final
{
public:
    ContactWriter(const QSqlDatabase &db, Id tenantId);

    // `now` when the contact has no creation time.
    Result<Id> insert(const Contact &contact, const QDateTime &now);
    // Nothing when the contact is in the list already.
    Status addToList(Id listId, Id contactId);
    // The tenant's custom field names (merge fields preflight knows) gain these.
    Status recordFieldNames(const QMap<QString, QString> &fields);

    // Storage forms: tags as ",a,b," (so LIKE '%,a,%' finds one), custom fields as a JSON
    // object ("" when none).
    static QString tagsToSql(const QStringList &tags);
    static QStringList tagsFromSql(const QString &text);
    static QString customFieldsToSql(const QMap<QString, QString> &fields);
    static QMap<QString, QString> customFieldsFromSql(const QString &text);

private:
    Id m_tenantId;
    SqlQuery m_insert;
    SqlQuery m_member;
    SqlQuery m_fieldName;
    BulkStatistics m_statistics;
    QSet<QString> m_knownNames; // custom field names recorded by this writer
};

} // namespace herald
