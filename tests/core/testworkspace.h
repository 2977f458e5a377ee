#pragma once

#include "domain/campaign.h"
#include "domain/clock.h"
#include "domain/run.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace herald::test {

// A fresh workspace file in a temporary folder, with helpers that build a tenant whose
// campaigns pass preflight, so a test can break exactly one thing.
class TestWorkspace final
{
public:
    // On SQLite, or on PostgreSQL when HERALD_TEST_BACKEND=postgres (ctest runs the
    // storage, lifecycle, dispatcher, import and report suites both ways: the *_pg tests).
    TestWorkspace();
    static bool onPostgres();
    // The team database's conninfo (empty on SQLite).
    QString conninfo() const { return m_conninfo; }

    Database &db() { return *m_db; }
    // Runs a statement that sets up a test's data; fatal when it fails.
    void exec(const QString &sql, const QVariantList &params = {});
    QString dir() const { return m_dir.path(); }

    struct TenantFixture
    {
        Id tenantId = 0;
        User admin, manager, reviewer, viewer, support;
        User as(Role role) const;
        QHash<QString, Id> ids; // "goal", "writer", "reviewer", "list", "segment:vip", "template:email", ...
    };
    // A tenant with users of every role, 20 contacts (some without email or phone, one
    // opted out), a list, segments, goal, writer, reviewer, templates, senders and providers.
    TenantFixture addTenant(const QString &name);
    // A campaign with the given channels that passes live preflight (activated, approved).
    Campaign readyCampaign(const TenantFixture &t, const QList<ChannelKind> &kinds, const QString &name = {});
    // Stores the campaign; one with an approval time is approved as it is (content hash).
    Id create(const TenantFixture &t, Campaign c);
    // Starts a run (live unless `kind` says test) of the campaign now, disclaimer accepted,
    // as `user` (default: the fixture's admin); fatal when it cannot start.
    Run startRun(const TenantFixture &t, Id campaign, const Clock &clock, const User *user = nullptr,
                 RunKind kind = RunKind::Live);
    // Herald's listener for the tenant on a free loopback port (as an admin sets it in
    // Settings): what sending to real mailboxes needs for its unsubscribe links. Returns
    // the public base URL, "http://127.0.0.1:PORT".
    QString serveLinks(const TenantFixture &t);
    // The tenant's email goes over SMTP, unencrypted, to `port` on loopback (smtp-sink).
    void sendEmailTo(const TenantFixture &t, quint16 port);
    // `count` more contacts in one transaction, for benchmarks: "c<i>@example.com",
    // "+4477009<10000000 + i>", every seventh without a name; members of the tenant's
    // list when `inList`. Returns the first contact's id (the rest follow in order).
    Id addContacts(const TenantFixture &t, int count, bool inList);

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    std::unique_ptr<Database> m_db;
};

} // namespace herald::test
