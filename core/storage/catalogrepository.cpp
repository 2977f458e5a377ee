#include "catalogrepository.h"

#include "sqlquery.h"

#include "domain/permissions.h"

#include <QDateTime>

namespace herald {

namespace {

struct TableInfo
{
    const char *table;
    // SQL true for an entry that is gone: deleted, or for reviewers, a user who may no
    // longer approve. Empty: entries are never gone.
    QString gone;
    bool softDeletes = false; // `gone` is deleted_at, set by softDelete
};

// The roles that may approve, as an SQL list: ('admin','reviewer').
QString approverRoles()
{
    QStringList roles;
    for (Role role : allValues<Role>())
        if (Permissions::permits(role, Action::ApproveCampaigns))
            roles.append(u'\'' + nameOf(role) + u'\'');
    return u'(' + roles.join(u',') + u')';
}

TableInfo info(CatalogKind kind)
{
    const QString deleted = QStringLiteral("deleted_at IS NOT NULL");
    switch (kind) {
    case CatalogKind::Goal:
        return {"goals", deleted, true};
    case CatalogKind::Writer:
        return {"writers", deleted, true};
    case CatalogKind::Reviewer:
        return {"users", u"(deactivated_at IS NOT NULL OR role NOT IN " + approverRoles() + u')'};
    case CatalogKind::Template:
        return {"templates", deleted, true};
    case CatalogKind::Segment:
        return {"segments", deleted, true};
    case CatalogKind::ContactList:
        return {"contact_lists", {}};
    case CatalogKind::Sender:
        return {"sender_identities", deleted};
    case CatalogKind::NumberPool:
        return {"number_pools", deleted};
    case CatalogKind::User:
        return {"users", QStringLiteral("deactivated_at IS NOT NULL")};
    }
    return {"goals", deleted, true};
}

QString selectSql(const TableInfo &t, const QString &where)
{
    return u"SELECT id, name, " + (t.gone.isEmpty() ? QStringLiteral("0") : t.gone) + u" FROM "
           + QLatin1StringView(t.table) + u" WHERE tenant_id = ? " + where + u" ORDER BY name, id";
}

} // namespace

Text CatalogRepository::nounText(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Goal:
        return Text::tr("goal");
    case CatalogKind::Writer:
        return Text::tr("writer");
    case CatalogKind::Reviewer:
        return Text::tr("reviewer");
    case CatalogKind::Template:
        return Text::tr("template");
    case CatalogKind::Segment:
        return Text::tr("segment");
    case CatalogKind::ContactList:
        return Text::tr("contact list");
    case CatalogKind::Sender:
        return Text::tr("sender");
    case CatalogKind::NumberPool:
        return Text::tr("number pool");
    case CatalogKind::User:
        return Text::tr("user");
    }
    return {};
}

QString CatalogRepository::noun(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Goal:
        return QStringLiteral("goal");
    case CatalogKind::Writer:
        return QStringLiteral("writer");
    case CatalogKind::Reviewer:
        return QStringLiteral("reviewer");
    case CatalogKind::Template:
        return QStringLiteral("template");
    case CatalogKind::Segment:
        return QStringLiteral("segment");
    case CatalogKind::ContactList:
        return QStringLiteral("contact list");
    case CatalogKind::Sender:
        return QStringLiteral("sender");
    case CatalogKind::NumberPool:
        return QStringLiteral("number pool");
    case CatalogKind::User:
        return QStringLiteral("user");
    }
    return {};
}

Result<QList<CatalogEntry>> CatalogRepository::list(CatalogKind kind)
{
    SqlQuery q(m_db.connection(), selectSql(info(kind), {}));
    q.bind(m_tenantId);
    if (auto st = q.exec(u"listing " + noun(kind) + u's'); !st)
        return st.error();
    QList<CatalogEntry> out;
    while (q.next())
        out.append({q.id(0), q.text(1), q.value(2).toBool()});
    return out;
}

Result<CatalogEntry> CatalogRepository::byId(CatalogKind kind, Id id)
{
    SqlQuery q(m_db.connection(), selectSql(info(kind), QStringLiteral("AND id = ?")));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"reading " + noun(kind) + u' ' + QString::number(id)); !st)
        return st.error();
    if (!q.next())
        return Error::notFound(Text::tr("%1 %2 not found in this tenant").arg(nounText(kind), QString::number(id)));
    return CatalogEntry{q.id(0), q.text(1), q.value(2).toBool()};
}

Result<CatalogEntry> CatalogRepository::resolve(CatalogKind kind, const QString &reference)
{
    bool numeric = false;
    const Id id = reference.toLongLong(&numeric);
    if (numeric)
        return byId(kind, id);
    const TableInfo t = info(kind);
    QString where = QStringLiteral("AND lower(name) = lower(?)"); // one object in any letter case
    if (!t.gone.isEmpty())
        where += u" AND NOT " + t.gone;
    SqlQuery q(m_db.connection(), selectSql(t, where));
    q.bind(m_tenantId).bind(reference);
    if (auto st = q.exec(u"looking up " + noun(kind) + u" '" + reference + u'\''); !st)
        return st.error();
    if (!q.next())
        return Error::notFound(Text::tr("%1 '%2' not found in this tenant").arg(nounText(kind), reference));
    return CatalogEntry{q.id(0), q.text(1), q.value(2).toBool()};
}

Status CatalogRepository::softDelete(CatalogKind kind, Id id)
{
    const TableInfo t = info(kind);
    if (!t.softDeletes)
        return Error::refused(Text::tr("%1s cannot be deleted this way").arg(noun(kind)));
    SqlQuery q(m_db.connection(), u"UPDATE " + QLatin1StringView(t.table)
                                      + u" SET deleted_at = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL");
    q.bindTime(QDateTime::currentDateTimeUtc()).bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"deleting " + noun(kind) + u' ' + QString::number(id)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(Text::tr("%1 %2 not found in this tenant").arg(nounText(kind), QString::number(id)));
    return {};
}

} // namespace herald
