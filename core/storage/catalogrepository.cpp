#include "catalogrepository.h"

#include "sqlquery.h"

#include <QDateTime>

namespace herald {

namespace {

struct TableInfo
{
    const char *table;
    bool softDeletes;
};

TableInfo info(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Goal:
        return {"goals", true};
    case CatalogKind::Writer:
        return {"writers", true};
    case CatalogKind::Reviewer:
        return {"reviewers", true};
    case CatalogKind::Template:
        return {"templates", true};
    case CatalogKind::Segment:
        return {"segments", true};
    case CatalogKind::ContactList:
        return {"contact_lists", false};
    case CatalogKind::Sender:
        return {"sender_identities", false};
    case CatalogKind::NumberPool:
        return {"number_pools", false};
    case CatalogKind::User:
        return {"users", false};
    }
    return {"goals", true};
}

QString selectSql(CatalogKind kind, const char *where)
{
    const TableInfo t = info(kind);
    return u"SELECT id, name, " + QLatin1StringView(t.softDeletes ? "deleted_at IS NOT NULL" : "0") + u" FROM "
           + QLatin1StringView(t.table) + u" WHERE tenant_id = ? " + QLatin1StringView(where) + u" ORDER BY name, id";
}

} // namespace

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
    SqlQuery q(m_db.connection(), selectSql(kind, ""));
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
    SqlQuery q(m_db.connection(), selectSql(kind, "AND id = ?"));
    q.bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"reading " + noun(kind) + u' ' + QString::number(id)); !st)
        return st.error();
    if (!q.next())
        return Error::notFound(noun(kind) + u' ' + QString::number(id) + u" not found in this tenant");
    return CatalogEntry{q.id(0), q.text(1), q.value(2).toBool()};
}

Result<CatalogEntry> CatalogRepository::resolve(CatalogKind kind, const QString &reference)
{
    bool numeric = false;
    const Id id = reference.toLongLong(&numeric);
    if (numeric)
        return byId(kind, id);
    const bool soft = info(kind).softDeletes;
    SqlQuery q(m_db.connection(), selectSql(kind, soft ? "AND name = ? AND deleted_at IS NULL" : "AND name = ?"));
    q.bind(m_tenantId).bind(reference);
    if (auto st = q.exec(u"looking up " + noun(kind) + u" '" + reference + u'\''); !st)
        return st.error();
    if (!q.next())
        return Error::notFound(noun(kind) + u" '" + reference + u"' not found in this tenant");
    return CatalogEntry{q.id(0), q.text(1), q.value(2).toBool()};
}

Status CatalogRepository::softDelete(CatalogKind kind, Id id)
{
    const TableInfo t = info(kind);
    if (!t.softDeletes)
        return Error::refused(noun(kind) + u"s cannot be deleted this way");
    SqlQuery q(m_db.connection(), u"UPDATE " + QLatin1StringView(t.table)
                                      + u" SET deleted_at = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL");
    q.bindTime(QDateTime::currentDateTimeUtc()).bind(m_tenantId).bind(id);
    if (auto st = q.exec(u"deleting " + noun(kind) + u' ' + QString::number(id)); !st)
        return st;
    if (q.rowsAffected() == 0)
        return Error::notFound(noun(kind) + u' ' + QString::number(id) + u" not found in this tenant");
    return {};
}

} // namespace herald
