#pragma once

#include "domain/result.h"
#include "storage/database.h"

namespace herald {

// The PostgreSQL logins of a team workspace: who people sign in as, and the service
// logins workers connect as. Herald creates a login role when it is missing (which needs
// a login with CREATEROLE) and links an existing one otherwise; passwords and how logins
// authenticate are the database administrator's (docs/team.md).
class TeamLogins final
{
public:
    // A login Herald links: lower case letters, digits, '_', '.', '@' and '-', starting
    // with a letter or '_', at most 63 characters (PostgreSQL's limit). One case only, so
    // that "Ana" and "ana" are never two people.
    static Status check(const QString &login);
    // Creates the login role `login` unless it exists.
    static Status ensure(const Database &db, const QString &login);
    // The login a demo user gets: "Maya Chen" -> "maya_chen".
    static QString fromName(const QString &name);
    // `init --demo` on PostgreSQL: every demo user signs in as a login of their own, and
    // the login that ran init becomes an admin of every tenant.
    static Status linkDemo(const Database &db);
    // A workspace copied into a team database: the login that copied it becomes an admin
    // of every tenant; the others link people with 'users set-login'.
    static Status linkOwner(const Database &db);

private:
    static Status link(const Database &db, bool everyone);
};

} // namespace herald
