#include "teamlogins.h"

#include "domain/inputtext.h"
#include "storage/sqlquery.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace herald {

namespace {

// PostgreSQL's quoting of an identifier (check() already keeps out what needs escaping).
QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

Status TeamLogins::check(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.@-]{0,62}$"));
    if (login.isEmpty())
        return Error::usage(Text::tr("name the database login"));
    if (valid.match(login).hasMatch())
        return {};
    if (valid.match(login.toLower()).hasMatch())
        return Error::usage(Text::tr("the database login %1 has capitals: use %2 (Herald keeps logins in lower case, "
                                     "so that one person is never two)")
                                .arg(quotedInput(login), quotedInput(login.toLower())));
    return Error::usage(Text::tr("the database login %1 is not one Herald links: lower case letters, digits, '_', '.', "
                                 "'@' and '-', starting with a letter, at most 63 characters")
                            .arg(quotedInput(login)));
}

Status TeamLogins::ensure(const Database &db, const QString &login)
{
    if (auto st = check(login); !st)
        return st;
    SqlQuery exists(db.connection(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.bind(login);
    if (auto st = exists.exec(u"looking for the database login " + login); !st)
        return st;
    if (exists.next())
        return {};
    SqlQuery create(db.connection(), u"CREATE ROLE " + quotedIdentifier(login) + u" LOGIN");
    if (auto st = create.exec(u"creating the database login " + login); !st) {
        if (st.error().kind != Error::Kind::Refused)
            return st;
        return Error::refused(Text::tr("%1. The login '%2' may not create logins: give it %3, or have a database "
                                       "administrator run %4 and link it again")
                                  .arg(st.error().text(), db.login(), QStringLiteral("CREATEROLE"),
                                       u"CREATE ROLE " + quotedIdentifier(login) + u" LOGIN"));
    }
    return {};
}

QString TeamLogins::fromName(const QString &name)
{
    QString ascii;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128)
            ascii += c.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    ascii.replace(other, QStringLiteral("_"));
    while (ascii.startsWith(u'_'))
        ascii.remove(0, 1);
    while (ascii.endsWith(u'_'))
        ascii.chop(1);
    if (ascii.isEmpty() || ascii.front().isDigit())
        ascii.prepend(QStringLiteral("user_"));
    return ascii.left(63);
}

Status TeamLogins::link(const Database &db, bool everyone)
{
    const QString owner = db.login();
    Transaction tx(db.connection());
    if (auto st = tx.begun(); !st)
        return st;
    TenantRepository tenants(db);
    auto all = tenants.tenants(true);
    if (!all)
        return all.error();
    SqlQuery link(db.connection(), QStringLiteral("UPDATE users SET login = ? WHERE tenant_id = ? AND id = ?"));
    for (const Tenant &t : std::as_const(*all)) {
        auto people = tenants.users(t.id);
        if (!people)
            return people.error();
        bool ownerThere = false, nameTaken = false;
        for (const User &u : std::as_const(*people)) {
            const QString login = u.login.isEmpty() && everyone ? fromName(u.name) : u.login;
            ownerThere = ownerThere || login == owner;
            nameTaken = nameTaken || u.name.compare(owner, Qt::CaseInsensitive) == 0;
            if (!u.login.isEmpty() || login.isEmpty())
                continue;
            if (auto st = ensure(db, login); !st)
                return st;
            link.bind(login).bind(t.id).bind(u.id);
            if (auto st = link.exec(u"linking " + quotedName(u.name) + u" to the login " + login); !st)
                return st;
        }
        if (!ownerThere) {
            User admin;
            admin.name = nameTaken ? owner + u" (database owner)" : owner;
            admin.login = owner;
            admin.role = Role::Admin;
            if (auto id = tenants.createUser(t.id, admin); !id)
                return id.error();
        }
    }
    return tx.commit();
}

Status TeamLogins::linkDemo(const Database &db)
{
    return link(db, true);
}

Status TeamLogins::linkOwner(const Database &db)
{
    return link(db, false);
}

} // namespace herald
