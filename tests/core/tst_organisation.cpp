// People, tenants, senders and number pools: who is added, demoted, deactivated, which
// tenants exist, who messages come from, with the rules that keep an organisation
// workable (an admin always left, names one object in any letter case, history kept).
#include "lifecycle/campaignservice.h"
#include "organisation/gettingstarted.h"
#include "organisation/numberpoolservice.h"
#include "organisation/peopleservice.h"
#include "organisation/senderservice.h"
#include "storage/senderrepository.h"
#include "storage/sqlquery.h"
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
        // May not act: neither signed in (by name on a file, by login in a team workspace)
        // nor through a service with a stale record.
        const auto signIn = [&](const QString &name) {
            if (!TestWorkspace::onPostgres())
                return PeopleService::actingUser(ws.db(), t.tenantId, name);
            ws.exec(QStringLiteral("UPDATE users SET login = NULL WHERE tenant_id = ?"), {t.tenantId});
            ws.exec(QStringLiteral("UPDATE users SET login = ? WHERE tenant_id = ? AND lower(name) = lower(?)"),
                    {ws.db().login(), t.tenantId, name});
            return PeopleService::actingUser(ws.db(), t.tenantId, {});
        };
        auto acting = signIn(t.manager.name.toLower());
        QCOMPARE(acting.error().kind, Error::Kind::Refused);
        QVERIFY(acting.error().message.contains(u"deactivated"));
        QVERIFY(people.reactivate(t.manager.name));
        QVERIFY(signIn(t.manager.name));
        if (TestWorkspace::onPostgres()) {
            // A team workspace has no "first admin" to fall back on: nobody but the login's user.
            QCOMPARE(PeopleService::actingUser(ws.db(), t.tenantId, t.admin.name).error().kind, Error::Kind::Usage);
            return;
        }
        QVERIFY(PeopleService::actingUser(ws.db(), t.tenantId, {})); // the first active admin
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

    // The setup assistant's steps: the organisation configured, its admin's name fixed, set up.
    void setUpTheOrganisation()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        TenantService tenants(ws.db(), t.admin);
        QCOMPARE(tenants.configure(QStringLiteral("acme"), QStringLiteral("Acme Outdoor"), QStringLiteral("Mars/Olympus"), {})
                     .error()
                     .kind,
                 Error::Kind::Usage);
        QCOMPARE(tenants.configure(QStringLiteral("Acme"), QStringLiteral("Acme Outdoor"), QStringLiteral("Europe/Dublin"),
                                   QStringLiteral("25:00-26:00"))
                     .error()
                     .kind,
                 Error::Kind::Usage);
        auto configured = tenants.configure(QStringLiteral("Acme"), QStringLiteral("Acme Outdoor"),
                                            QStringLiteral("Europe/Dublin"), QStringLiteral("09:00-20:00"));
        QVERIFY2(configured, configured ? "" : qPrintable(configured.error().message));
        const Tenant stored = *TenantRepository(ws.db()).byId(t.tenantId);
        QCOMPARE(stored.name, QStringLiteral("Acme Outdoor"));
        QCOMPARE(stored.defaultSendWindow, QStringLiteral("09:00-20:00"));
        QVERIFY(!stored.setUpAt.isValid());
        QVERIFY(tenants.markSetUp(QStringLiteral("Acme Outdoor")));
        QVERIFY(TenantRepository(ws.db()).byId(t.tenantId)->setUpAt.isValid());
        // Only its admins.
        QCOMPARE(TenantService(ws.db(), t.manager).markSetUp(QStringLiteral("Acme Outdoor")).error().kind,
                 Error::Kind::Refused);
        PeopleService people(ws.db(), t.tenantId, t.admin);
        auto renamed = people.update(t.admin.name, QStringLiteral("Ada Admin"), QStringLiteral("ada@acme.example"));
        QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().message));
        QCOMPARE(people.update(QStringLiteral("Ada Admin"), t.manager.name, {}).error().kind, Error::Kind::Refused);
        QCOMPARE(PeopleService(ws.db(), t.tenantId, t.manager).update(t.manager.name, QStringLiteral("Boss"), {}).error().kind,
                 Error::Kind::Refused);
    }

    // The getting-started checklist ticks from the workspace's state and goes once a live
    // run reached someone.
    void gettingStarted()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        const auto done = [&] {
            QList<bool> out;
            for (const GettingStarted::Item &item : GettingStarted::of(ws.db(), t.tenantId).value_or({}))
                out << item.done;
            return out;
        };
        // The fixture has providers (the simulator for email: no listener needed), senders,
        // a reviewer, contacts and templates; no campaign yet.
        QCOMPARE(done(), (QList<bool>{true, true, true, true, true, true, true, false, false}));
        // Email through SMTP needs the listener for its unsubscribe links.
        QVERIFY(SenderRepository(ws.db(), t.tenantId)
                    .setProvider({0, t.tenantId, ChannelKind::Email, QStringLiteral("smtp"),
                                  QStringLiteral(R"({"host":"127.0.0.1","port":25})"), true})
                    .ok());
        QCOMPARE(done(), (QList<bool>{true, true, false, true, true, true, true, false, false}));
        ws.serveLinks(t);
        QCOMPARE(done(), (QList<bool>{true, true, true, true, true, true, true, false, false}));
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc()));
        const Run run = ws.startRun(t, campaign, clock);
        QCOMPARE(done(), (QList<bool>{true, true, true, true, true, true, true, true, false})); // queued reaches nobody
        SqlQuery sent(ws.db().connection(), QStringLiteral("UPDATE messages SET status = 'Delivered' WHERE run_id = ?"));
        sent.bind(run.id);
        QVERIFY(sent.exec(u"t").ok());
        QVERIFY(done().isEmpty());
    }

    void senders()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        SenderService senders(ws.db(), t.tenantId, t.admin);
        SenderService::Changes email;
        email.name = QStringLiteral(" Acme News ");
        email.address = QStringLiteral("news@acme.example");
        email.replyTo = QStringLiteral("help@acme.example");
        auto added = senders.add(ChannelKind::Email, email);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->name, QStringLiteral("Acme News"));
        QCOMPARE(added->replyTo, QStringLiteral("help@acme.example"));
        QCOMPARE(SenderRepository(ws.db(), t.tenantId).sender(added->id)->replyTo, QStringLiteral("help@acme.example"));
        // One name per channel in any letter case; bad addresses and kinds' rules refused.
        email.name = QStringLiteral("ACME NEWS");
        QCOMPARE(senders.add(ChannelKind::Email, email).error().kind, Error::Kind::Refused);
        email.name = QStringLiteral("Other");
        email.address = QStringLiteral("news@");
        QCOMPARE(senders.add(ChannelKind::Email, email).error().kind, Error::Kind::Usage);
        email.address = QStringLiteral("other@acme.example");
        email.replyTo = QStringLiteral("nope");
        QCOMPARE(senders.add(ChannelKind::Email, email).error().kind, Error::Kind::Usage);
        SenderService::Changes sms;
        sms.name = QStringLiteral("ACMEWIDGETS1"); // 12 characters
        auto longId = senders.add(ChannelKind::Sms, sms);
        QCOMPARE(longId.error().kind, Error::Kind::Usage);
        QVERIFY2(longId.error().message.contains(u"up to 11"), qPrintable(longId.error().message));
        sms.name = QStringLiteral("ACME");
        QVERIFY(senders.add(ChannelKind::Sms, sms));
        SenderService::Changes phone;
        phone.name = QStringLiteral("Care line");
        QCOMPARE(senders.add(ChannelKind::Phone, phone).error().kind, Error::Kind::Usage); // needs a pool
        phone.pool = QStringLiteral("pool"); // any letter case
        QVERIFY(senders.add(ChannelKind::Phone, phone));
        SenderService::Changes bot;
        bot.name = QStringLiteral("Acme Bot");
        QCOMPARE(senders.add(ChannelKind::Telegram, bot).error().kind, Error::Kind::Usage);
        bot.name = QStringLiteral("@AcmeBot");
        QCOMPARE(senders.add(ChannelKind::Telegram, bot)->name, QStringLiteral("AcmeBot"));
        // Only admins.
        QCOMPARE(SenderService(ws.db(), t.tenantId, t.manager).add(ChannelKind::Sms, sms).error().kind,
                 Error::Kind::Refused);

        // A paused sender blocks the campaigns using it at preflight.
        const Id campaign = ws.create(t, ws.readyCampaign(t, {ChannelKind::Email}));
        const QString fixtureSender = QStringLiteral("Sender email");
        QVERIFY(senders.setPaused(fixtureSender, std::nullopt, true));
        const auto codes = [&] {
            QStringList out;
            CampaignService campaigns(ws.db(), t.tenantId, t.manager); // its catalog is read once
            for (const Finding &f : campaigns.preflight(QString::number(campaign), RunKind::Live).value_or({}))
                out << f.code;
            return out;
        };
        QVERIFY(codes().contains(QStringLiteral("sender.paused")));
        QVERIFY(senders.setPaused(fixtureSender, std::nullopt, false));
        QVERIFY(!codes().contains(QStringLiteral("sender.paused")));
        // Deleting it is refused while that campaign has not ended, naming it.
        auto refused = senders.remove(fixtureSender, ChannelKind::Email);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.contains(u"'Campaign'"), qPrintable(refused.error().message));
        // One no campaign uses goes, and its name is free again; the record stays.
        auto gone = senders.remove(QStringLiteral("acme news"), std::nullopt);
        QVERIFY2(gone, gone ? "" : qPrintable(gone.error().message));
        QVERIFY(SenderRepository(ws.db(), t.tenantId).sender(gone->id)->deleted);
        email.name = QStringLiteral("Acme News");
        email.replyTo = QString();
        QVERIFY(senders.add(ChannelKind::Email, email));
    }

    void numberPools()
    {
        TestWorkspace ws;
        const auto t = ws.addTenant(QStringLiteral("Acme"));
        NumberPoolService pools(ws.db(), t.tenantId, t.admin);
        NumberPool wanted;
        wanted.name = QStringLiteral("UK mobiles");
        QVERIFY(pools.create(wanted));
        QCOMPARE(pools.create(wanted).error().kind, Error::Kind::Refused);
        wanted.name = QStringLiteral("uk MOBILES");
        QCOMPARE(pools.create(wanted).error().kind, Error::Kind::Refused);

        // A list with one bad line adds nothing and names every problem by line.
        const QString fixtureNumber = u"+44770090" + QString::number(1000 + t.tenantId);
        auto bad = pools.addNumbers(QStringLiteral("UK mobiles"),
                                    u"+44 7700 900200\n\nabc\n0044 7700 900201, +447700900200\n# a comment\n"_qs
                                        + fixtureNumber);
        QCOMPARE(bad.error().kind, Error::Kind::Usage);
        const QString m = bad.error().message;
        QVERIFY2(m.startsWith(u"3 of 5 numbers cannot be added, so none was"), qPrintable(m));
        QVERIFY2(m.contains(u"line 3 \"abc\": not a phone number"), qPrintable(m));
        QVERIFY2(m.contains(u"line 4 \"+447700900200\": twice in the list (line 1)"), qPrintable(m));
        QVERIFY2(m.contains(u"line 6") && m.contains(u"in pool 'Pool' already"), qPrintable(m));
        SenderRepository repo(ws.db(), t.tenantId);
        const Id uk = pools.find(QStringLiteral("UK mobiles"))->id;
        QVERIFY(repo.numbers(uk)->isEmpty());
        auto added = pools.addNumbers(QStringLiteral("UK mobiles"), QStringLiteral("+44 7700 900200\n0044 7700 900201"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->size(), 2);
        QCOMPARE(added->at(1).e164, QStringLiteral("+447700900201"));
        // Only admins.
        QCOMPARE(NumberPoolService(ws.db(), t.tenantId, t.manager).addNumbers(QStringLiteral("UK mobiles"),
                                                                             QStringLiteral("+447700900202"))
                     .error()
                     .kind,
                 Error::Kind::Refused);

        // Removed numbers keep their counters and come back with them.
        const Id numberId = added->at(0).id;
        QVERIFY(repo.recordNumberResults({{numberId, {3, 2, 1, 0, false, {}}}}, QDateTime::currentDateTimeUtc()));
        QCOMPARE(pools.removeNumbers(QStringLiteral("UK mobiles"), QStringLiteral("+447700900200\n+447700900299"))
                     .error()
                     .kind,
                 Error::Kind::Usage); // one is not in the pool: neither is removed
        QCOMPARE(repo.numbers(uk)->size(), 2);
        QVERIFY(pools.removeNumbers(QStringLiteral("UK mobiles"), QStringLiteral("+447700900200")));
        QCOMPARE(repo.numbers(uk)->size(), 1);
        QVERIFY(repo.number(numberId)->removed);
        QVERIFY(pools.addNumbers(QStringLiteral("UK mobiles"), QStringLiteral("+447700900200")));
        QCOMPARE(repo.number(numberId)->successes, 2);
        QVERIFY(!repo.number(numberId)->removed);

        // Attached to a sender, the pool is not deleted; detached, it is, and its name is free.
        QVERIFY(pools.attach(QStringLiteral("UK mobiles"), QStringLiteral("Sender sms"), std::nullopt));
        QCOMPARE(pools.attach(QStringLiteral("UK mobiles"), QStringLiteral("Sender email"), std::nullopt).error().kind,
                 Error::Kind::Usage);
        auto used = pools.remove(QStringLiteral("UK mobiles"));
        QCOMPARE(used.error().kind, Error::Kind::Refused);
        QVERIFY2(used.error().message.contains(u"'Sender sms' (SMS)"), qPrintable(used.error().message));
        SenderService::Changes detach;
        detach.pool = QStringLiteral("Pool");
        QVERIFY(SenderService(ws.db(), t.tenantId, t.admin).edit(QStringLiteral("Sender sms"), std::nullopt, detach));
        QVERIFY(pools.remove(QStringLiteral("UK mobiles")));
        QVERIFY(repo.number(numberId)->removed);
        wanted.name = QStringLiteral("UK mobiles");
        QVERIFY(pools.create(wanted));
    }
};

QTEST_GUILESS_MAIN(TestOrganisation)
#include "tst_organisation.moc"
