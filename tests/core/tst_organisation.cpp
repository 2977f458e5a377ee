// People and tenants: who is added, demoted, deactivated, and which tenants exist, with
// the rules that keep an organisation workable (an admin always left, names one person
// in any letter case, nothing deleted).
#include "organisation/peopleservice.h"
#include "organisation/tenantservice.h"
#include "storage/tenantrepository.h"
#include "testworkspace.h"

#include <QTest>
#include <QTimeZone>

using namespace herald;
using herald::test::TestWorkspace;

class TestOrganisation final : public QObject
{
    Q_OBJECT

private slots:
    void addPeople()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        PeopleService people(ws.db(), t.tenantId, t.admin);
        auto ann = people.add(QStringLiteral("  Ann Lee "), Role::Reviewer, QStringLiteral("ann@acme.example"));
        QVERIFY2(ann, ann ? "" : qPrintable(ann.error().message));
        QCOMPARE(ann->name, QStringLiteral("Ann Lee"));
        QVERIFY(ann->id > 0);
        // One person whatever the letter case.
        auto again = people.add(QStringLiteral("ANN LEE"), Role::Viewer);
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QVERIFY2(again.error().message.contains(u"'Ann Lee' exists already"), qPrintable(again.error().message));
        QCOMPARE(people.add(QString(), Role::Viewer).error().kind, Error::Kind::Usage);
        QCOMPARE(people.add(QStringLiteral("Bo\nb"), Role::Viewer).error().kind, Error::Kind::Usage);
        QCOMPARE(people.add(QString(101, u'x'), Role::Viewer).error().kind, Error::Kind::Usage);
        QCOMPARE(people.add(QStringLiteral("Bob"), Role::Viewer, QStringLiteral("not-an-email")).error().kind,
                 Error::Kind::Usage);
        // Only admins add people, and the refusal names the role that may.
        auto byManager = PeopleService(ws.db(), t.tenantId, t.manager).add(QStringLiteral("Bob"), Role::Viewer);
        QCOMPARE(byManager.error().kind, Error::Kind::Refused);
        QVERIFY(byManager.error().message.contains(u"needs the role admin"));
        // Reviewers are the active users who may approve.
        auto reviewers = people.reviewers();
        QVERIFY(reviewers);
        QStringList names;
        for (const User &u : *reviewers)
            names << u.name;
        QVERIFY(names.contains(u"Ann Lee"));
        QVERIFY(names.contains(t.admin.name));
        QVERIFY(!names.contains(t.manager.name));
    }

    void theLastAdminStays()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        PeopleService people(ws.db(), t.tenantId, t.admin);
        auto demoted = people.setRole(t.admin.name, Role::Manager);
        QCOMPARE(demoted.error().kind, Error::Kind::Refused);
        QVERIFY2(demoted.error().message.contains(u"last active admin"), qPrintable(demoted.error().message));
        // With a second admin, the first may step down; the second then is the last.
        QVERIFY(people.setRole(t.manager.name.toUpper(), Role::Admin));
        QVERIFY(people.setRole(t.admin.name, Role::Manager));
        User second = t.manager;
        second.role = Role::Admin;
        PeopleService bySecond(ws.db(), t.tenantId, second);
        QCOMPARE(bySecond.setRole(second.name, Role::Viewer).error().kind, Error::Kind::Refused);
        QCOMPARE(bySecond.deactivate(second.name).error().kind, Error::Kind::Refused); // themselves
        // The former admin, now a manager, may no longer manage people.
        User former = t.admin;
        former.role = Role::Manager;
        QCOMPARE(PeopleService(ws.db(), t.tenantId, former).deactivate(t.viewer.name).error().kind, Error::Kind::Refused);
    }

    void deactivatedPeopleKeepTheirNameAndMayNotAct()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        PeopleService people(ws.db(), t.tenantId, t.admin);
        auto gone = people.deactivate(t.manager.name);
        QVERIFY2(gone, gone ? "" : qPrintable(gone.error().message));
        QVERIFY(!gone->active());
        QCOMPARE(people.deactivate(t.manager.name).error().kind, Error::Kind::Refused);
        // Still listed, with the date.
        bool listed = false;
        for (const User &u : people.list().value_or({}))
            listed |= u.name == t.manager.name && !u.active();
        QVERIFY(listed);
        // May not act: neither signed in by name nor through a service with a stale record.
        auto acting = PeopleService::actingUser(ws.db(), t.tenantId, t.manager.name.toLower());
        QCOMPARE(acting.error().kind, Error::Kind::Refused);
        QVERIFY(acting.error().message.contains(u"deactivated"));
        QVERIFY(PeopleService::actingUser(ws.db(), t.tenantId, {})); // the first active admin
        QVERIFY(people.reactivate(t.manager.name));
        QVERIFY(PeopleService::actingUser(ws.db(), t.tenantId, t.manager.name));
        // A deactivated admin is not who acts by default.
        QVERIFY(people.setRole(t.manager.name, Role::Admin));
        User second = t.manager;
        second.role = Role::Admin;
        QVERIFY(PeopleService(ws.db(), t.tenantId, second).deactivate(t.admin.name));
        auto fallback = PeopleService::actingUser(ws.db(), t.tenantId, {});
        QVERIFY(fallback);
        QCOMPARE(fallback->name, t.manager.name);
    }

    void tenants()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        TenantService service(ws.db(), t.admin);
        auto sub = service.create(QStringLiteral("Acme Retail"), QStringLiteral("Europe/Berlin"));
        QVERIFY2(sub, sub ? "" : qPrintable(sub.error().message));
        // The creator is the new tenant's admin.
        auto there = TenantRepository(ws.db()).userByName(sub->id, t.admin.name);
        QVERIFY(there);
        QCOMPARE(there->role, Role::Admin);
        QCOMPARE(service.create(QStringLiteral("acme retail")).error().kind, Error::Kind::Refused);
        QCOMPARE(service.create(QStringLiteral("Other"), QStringLiteral("Mars/Base")).error().kind, Error::Kind::Usage);
        QCOMPARE(TenantService(ws.db(), t.manager).create(QStringLiteral("Mine")).error().kind, Error::Kind::Refused);
        // Renaming and archiving need an admin of that tenant.
        QCOMPARE(TenantService(ws.db(), t.manager).rename(QStringLiteral("Acme Retail"), QStringLiteral("X")).error().kind,
                 Error::Kind::Refused);
        auto renamed = service.rename(QStringLiteral("ACME RETAIL"), QStringLiteral("Acme Stores"));
        QVERIFY(renamed);
        QCOMPARE(renamed->name, QStringLiteral("Acme Stores"));
        QCOMPARE(service.rename(QStringLiteral("Acme Stores"), QStringLiteral("acme")).error().kind, Error::Kind::Refused);
        // The tenant one works in, and the default, stay.
        QCOMPARE(service.archive(QStringLiteral("Acme")).error().kind, Error::Kind::Refused);
        auto archived = service.archive(QStringLiteral("Acme Stores"));
        QVERIFY2(archived, archived ? "" : qPrintable(archived.error().message));
        QCOMPARE(service.list().value_or({}).size(), 1);
        QCOMPARE(service.list(true).value_or({}).size(), 2);
        QCOMPARE(TenantRepository(ws.db()).byName(QStringLiteral("acme stores")).error().kind, Error::Kind::Refused);
    }

    void aTenantStillSendingIsNotArchived()
    {
        TestWorkspace ws;
        const auto home = ws.addTenant(QStringLiteral("Home"));
        const auto busy = ws.addTenant(QStringLiteral("Busy"));
        // The same person administers both.
        QVERIFY(PeopleService(ws.db(), busy.tenantId, busy.admin).add(home.admin.name, Role::Admin));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc()));
        ws.startRun(busy, ws.create(busy, ws.readyCampaign(busy, {ChannelKind::Email})), clock);
        auto refused = TenantService(ws.db(), home.admin).archive(QStringLiteral("Busy"));
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(u"running or paused"), qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOrganisation)
#include "tst_organisation.moc"
