#include "workspacecopy.h"

#include "migrations.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlRecord>

namespace herald {

namespace {

// The tables to copy, every table after those it points at.
Result<QStringList> tablesInOrder(const Database &target)
{
    const QSqlDatabase db = target.connection();
    QStringList tables;
    for (const QString &t : db.tables())
        if (t != u"schema_version")
            tables << t;
    QHash<QString, QSet<QString>> parents;
    SqlQuery keys(db, target.dialect().foreignKeyPairs());
    if (auto st = keys.exec(u"reading the workspace's foreign keys"); !st)
        return st.error();
    while (keys.next())
        if (keys.text(0) != keys.text(1))
            parents[keys.text(0)].insert(keys.text(1));
    tables.sort();
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &t : std::as_const(tables)) {
            if (placed.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : parents.value(t))
                ready = ready && (placed.contains(p) || !tables.contains(p));
            if (ready) {
                ordered << t;
                placed.insert(t);
                progress = true;
            }
        }
        if (!progress)
            return Error::runtime(
                Text::tr("the workspace's tables point at each other in a circle; cannot order the copy"));
    }
    return ordered;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table, const QString &where)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM " + table);
    if (auto st = q.exec(u"counting the rows of " + table + u" in " + where); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<Database> WorkspaceCopy::openTarget(const QString &conninfo)
{
    auto fresh = Database::openPostgres(conninfo, Database::Mode::CreateNew);
    if (fresh || fresh.error().kind != Error::Kind::Refused)
        return fresh;
    // Not empty: a schema without rows (a copy that failed) is still a place to copy to.
    auto existing = Database::openPostgres(conninfo, Database::Mode::OpenExisting);
    if (!existing)
        return fresh.error();
    const QSqlDatabase db = existing->connection();
    for (const QString &t : db.tables()) {
        if (t == u"schema_version")
            continue;
        auto rows = countRows(db, t, existing->location());
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return Error::refused(Text::tr("the team database %1 already holds a workspace (table %2 has %3 rows): "
                                           "copy into a new, empty database (createdb)")
                                      .arg(existing->location(), t, QString::number(*rows)));
    }
    return existing;
}

Result<QList<WorkspaceCopy::Table>> WorkspaceCopy::copy(const Database &from, const Database &to,
                                                         const std::function<void(qint64, qint64)> &progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::runtime(Text::tr("workspace %1 is at schema %2 and %3 at %4: open both with the same Herald")
                                  .arg(from.location(), QString::number(from.schemaVersion()), to.location(),
                                       QString::number(to.schemaVersion())));
    auto order = tablesInOrder(to);
    if (!order)
        return order.error();
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    QList<Table> tables;
    qint64 total = 0;
    for (const QString &name : std::as_const(*order)) {
        auto rows = countRows(source, name, from.location());
        if (!rows)
            return rows.error();
        tables.append({name, *rows});
        total += *rows;
    }

    Transaction tx(target);
    if (auto st = tx.begun(); !st)
        return st.error();
    qint64 done = 0;
    for (const Table &table : std::as_const(tables)) {
        const QString context = u"copying table " + table.name + u" to " + to.location();
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM " + table.name))
            return databaseError(read.lastError(), u"reading table " + table.name + u" of " + from.location());
        const QSqlRecord record = read.record();
        QStringList columns;
        for (int c = 0; c < record.count(); ++c)
            columns << record.fieldName(c);
        const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
        // Many rows a statement, below PostgreSQL's 65,535 parameters.
        const int perStatement = std::max(1, std::min(500, 60000 / int(columns.size())));
        const QString head = u"INSERT INTO " + table.name + u" (" + columns.join(u',') + u") VALUES ";
        QVariantList batch;
        int batchRows = 0;
        auto flush = [&]() -> Status {
            if (batchRows == 0)
                return {};
            SqlQuery insert(target, head + QStringList(batchRows, row).join(u','));
            for (const QVariant &v : std::as_const(batch))
                insert.raw().addBindValue(v); // as it is: NULL stays NULL
            if (auto st = insert.exec(context); !st)
                return st;
            done += batchRows;
            batch.clear();
            batchRows = 0;
            if (progress)
                progress(done, total);
            return {};
        };
        while (read.next()) {
            for (int c = 0; c < columns.size(); ++c)
                batch << read.value(c);
            if (++batchRows == perStatement)
                if (auto st = flush(); !st)
                    return st.error();
        }
        if (read.lastError().isValid())
            return databaseError(read.lastError(), u"reading table " + table.name + u" of " + from.location());
        if (auto st = flush(); !st)
            return st.error();
        // The tables copied next are checked against this one: plan those checks on its
        // real size (BulkStatistics).
        const QString follow = columns.contains(QStringLiteral("id")) ? to.dialect().followIds(table.name) : QString();
        for (const QString &sql : {follow, to.dialect().refreshStatistics(table.name)})
            if (!sql.isEmpty())
                if (auto st = SqlQuery(target, sql).exec(context); !st)
                    return st.error();
    }
    for (const Table &table : std::as_const(tables)) {
        auto copied = countRows(target, table.name, to.location());
        if (!copied)
            return copied.error();
        if (*copied != table.rows)
            return Error::runtime(Text::tr("table %1 has %2 rows in %3 but %4 in the copy; nothing was kept")
                                      .arg(table.name, QString::number(table.rows), from.location(),
                                           QString::number(*copied)));
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return tables;
}

} // namespace herald
