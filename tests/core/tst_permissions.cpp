// Who may do what: docs/permissions.md is the code's table, and every action is tried as
// every role through the core service that does it, on a workspace of its own.
#include "audience/contactimport.h"
#include "audience/contactservice.h"
#include "content/libraryservice.h"
#include "audience/optoutlist.h"
#include "dispatch/runservice.h"
#include "dispatch/sweeper.h"
#include "domain/permissions.h"
#include "lifecycle/campaignservice.h"
#include "organisation/numberpoolservice.h"
#include "organisation/peopleservice.h"
#include "organisation/senderservice.h"
#include "organisation/tenantservice.h"
#include "providers/providersettings.h"
#include "reporting/campaignreport.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <functional>

Q_DECLARE_METATYPE(herald::Action)
Q_DECLARE_METATYPE(herald::Role)

using namespace herald;
using herald::test::TestWorkspace;

namespace {

using Fixture = TestWorkspace::TenantFixture;
// Tries the action as `user`; what is allowed must succeed.
using Walk = std::function<Status(TestWorkspace &ws, const Fixture &t, const User &user, ManualClock &clock)>;

QString ref(Id id)
{
    return QString::number(id);
}

Id readyCampaign(TestWorkspace &ws, const Fixture &t, bool activated = true)
{
    Campaign c = ws.readyCampaign(t, {ChannelKind::Email});
    c.activated = activated;
    return ws.create(t, c);
}

Status status(const auto &result)
{
    return result ? Status() : Status(result.error());
}

QHash<Action, Walk> walks()
{
    QHash<Action, Walk> w;
    w.insert(Action::CreateCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        return status(CampaignService(ws.db(), t.tenantId, u, &clock).create(ws.readyCampaign(t, {ChannelKind::Sms})));
    });
    w.insert(Action::EditCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        return status(CampaignService(ws.db(), t.tenantId, u, &clock).activate(ref(readyCampaign(ws, t, false))));
    });
    w.insert(Action::DeleteCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        return CampaignService(ws.db(), t.tenantId, u, &clock).remove(ref(readyCampaign(ws, t)));
    });
    w.insert(Action::ApproveCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        return status(CampaignService(ws.db(), t.tenantId, u, &clock).approve(ref(readyCampaign(ws, t)), {}));
    });
    w.insert(Action::CommentOnCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        return CampaignService(ws.db(), t.tenantId, u, &clock).comment(ref(readyCampaign(ws, t)), QStringLiteral("Fine"));
    });
    w.insert(Action::RunCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        RunService::StartOptions options;
        options.disclaimerAccepted = true;
        return status(RunService(ws.db(), t.tenantId, u, clock).start(ref(readyCampaign(ws, t)), options));
    });
    w.insert(Action::ControlCampaigns, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        const Id id = readyCampaign(ws, t);
        ws.startRun(t, id, clock);
        return status(RunService(ws.db(), t.tenantId, u, clock).command(ref(id), RunService::Command::Pause, {}));
    });
    w.insert(Action::ImportContacts, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        QByteArray csv("email\nnew@permissions.example\n");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImport::Options options;
        options.listName = QStringLiteral("Imported");
        return status(ContactImport(ws.db(), t.tenantId, u, clock).run(buffer, options));
    });
    w.insert(Action::EditOptOuts, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(OptOutList(ws.db(), t.tenantId, u)
                          .add(QStringLiteral("gone@permissions.example"), ChannelKind::Email, QStringLiteral("manual")));
    });
    w.insert(Action::ConfigureProviders, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(ProviderSettings(ws.db(), t.tenantId, u).save(ChannelKind::Sms, QStringLiteral("simulator"), {}));
    });
    w.insert(Action::ManagePeople, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(PeopleService(ws.db(), t.tenantId, u).add(QStringLiteral("Newcomer"), Role::Viewer));
    });
    w.insert(Action::ManageTenants, [](TestWorkspace &ws, const Fixture &, const User &u, ManualClock &) {
        return status(TenantService(ws.db(), u).create(QStringLiteral("Subsidiary"), QStringLiteral("Europe/Berlin")));
    });
    w.insert(Action::EditContacts, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(ContactService(ws.db(), t.tenantId, u).addList({0, t.tenantId, QStringLiteral("Partners"), {}}));
    });
    w.insert(Action::EditTemplates, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        MessageTemplate tmpl;
        tmpl.name = QStringLiteral("Reminder");
        tmpl.kind = ChannelKind::Sms;
        tmpl.body = QStringLiteral("Hi {{first_name}}");
        return status(LibraryService(ws.db(), t.tenantId, u).save(tmpl));
    });
    w.insert(Action::EditGoals, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(LibraryService(ws.db(), t.tenantId, u).remove(CatalogKind::Goal, QStringLiteral("Goal")));
    });
    w.insert(Action::EditWriters, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        auto writer = LibraryService(ws.db(), t.tenantId, u).writer(QStringLiteral("writer"));
        if (!writer)
            return Status(writer.error());
        writer->instructions = QStringLiteral("Shorter");
        return status(LibraryService(ws.db(), t.tenantId, u).save(*writer));
    });
    w.insert(Action::EditSegments, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        Segment s;
        s.name = QStringLiteral("Everyone else");
        return status(LibraryService(ws.db(), t.tenantId, u).save(s));
    });
    w.insert(Action::ManageSenders, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        SenderService::Changes what;
        what.name = QStringLiteral("Acme Support");
        what.address = QStringLiteral("support@acme.example");
        return status(SenderService(ws.db(), t.tenantId, u).add(ChannelKind::Email, what));
    });
    w.insert(Action::ManageNumberPools, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return status(NumberPoolService(ws.db(), t.tenantId, u).addNumbers(QStringLiteral("Pool"), QStringLiteral("+447700900555")));
    });
    w.insert(Action::MaintainWorkspace, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &) {
        return Sweeper::mayRun(ws.db(), t.tenantId, u, false);
    });
    // Diagnostics are not refused but left out of what the report holds.
    w.insert(Action::SeeProviderDiagnostics, [](TestWorkspace &ws, const Fixture &t, const User &u, ManualClock &clock) {
        const Id id = readyCampaign(ws, t);
        ws.startRun(t, id, clock);
        auto report = CampaignReport::build(ws.db(), t.tenantId, u, ref(id));
        if (!report)
            return Status(report.error());
        return report->diagnostics ? Status() : Status(Error::refused(QStringLiteral("no diagnostics")));
    });
    return w;
}

} // namespace

class TestPermissions final : public QObject
{
    Q_OBJECT

private slots:
    // docs/permissions.md says what the code does, row by row and role by role.
    void documentedTableIsTheCodesTable()
    {
        QFile doc(QStringLiteral(HERALD_SOURCE_DIR "/docs/permissions.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        static const QRegularExpression row(QStringLiteral(R"(^\| `([a-z.]+)` \|[^|]*\|((?: (?:yes|no) \|){5})$)"),
                                            QRegularExpression::MultilineOption);
        QSet<Action> seen;
        for (auto it = row.globalMatch(QString::fromUtf8(doc.readAll())); it.hasNext();) {
            const auto m = it.next();
            const auto action = fromString<Action>(m.captured(1));
            QVERIFY2(action, qPrintable(u"docs name an action the code does not have: " + m.captured(1)));
            QVERIFY2(!seen.contains(*action), qPrintable(m.captured(1)));
            seen.insert(*action);
            const QStringList cells = m.captured(2).split(u'|', Qt::SkipEmptyParts);
            const Role columns[] = {Role::Admin, Role::Manager, Role::Reviewer, Role::Support, Role::Viewer};
            for (int i = 0; i < 5; ++i)
                QVERIFY2((cells.at(i).trimmed() == u"yes") == Permissions::permits(columns[i], *action),
                         qPrintable(m.captured(1) + u" as " + nameOf(columns[i])));
        }
        for (Action a : allValues<Action>())
            QVERIFY2(seen.contains(a), qPrintable(u"docs/permissions.md has no row for " + nameOf(a)));
    }

    void refusalNamesTheRolesThatMay()
    {
        User tom;
        tom.name = QStringLiteral("Tom");
        tom.role = Role::Viewer;
        const Status st = Permissions::require(tom, Action::EditTemplates);
        QCOMPARE(st.error().kind, Error::Kind::Refused);
        QCOMPARE(st.error().message,
                 QStringLiteral("user 'Tom' (role viewer) may not change templates: that needs the role admin or manager"));
        QCOMPARE(Permissions::rolesFor(Action::CommentOnCampaigns), QStringLiteral("admin, manager, reviewer or support"));
        QCOMPARE(Permissions::rolesFor(Action::ManagePeople), QStringLiteral("admin"));
    }

    void everyActionIsWalked()
    {
        const auto all = walks();
        for (Action a : allValues<Action>())
            QVERIFY2(all.contains(a), qPrintable(u"no service walk for " + nameOf(a)));
    }

    // ui/ changes nothing through storage: every write goes through a core service that
    // checks the role. A repository's write methods are named add/update/delete/remove/
    // set/save/record/link/create...; reads are not.
    void uiWritesOnlyThroughServices()
    {
        static const QRegularExpression declared(QStringLiteral(R"(\b(\w+Repository)\s+(\w+)\s*\()"));
        static const QRegularExpression temporary(
            QStringLiteral(R"(\b\w+Repository\s*\([^;]*?\)\s*\.\s*((?:add|update|delete|remove|set|save|record|link|create|import|mark|apply)[A-Z]?\w*)\s*\()"));
        QStringList found;
        QDirIterator it(QStringLiteral(HERALD_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(f.readAll());
            const QString file = f.fileName().mid(f.fileName().indexOf(u"/ui/") + 1);
            for (auto m = temporary.globalMatch(code); m.hasNext();)
                found << file + u": " + m.next().captured(1);
            for (auto m = declared.globalMatch(code); m.hasNext();) {
                const QString variable = m.next().captured(2);
                const QRegularExpression write(u"\\b" + variable
                                               + u"\\s*\\.\\s*((?:add|update|delete|remove|set|save|record|link|create|"
                                                 u"import|mark|apply)[A-Z]?\\w*)\\s*\\(");
                for (auto w = write.globalMatch(code); w.hasNext();)
                    found << file + u": " + variable + u'.' + w.next().captured(1);
            }
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u"\n")));
    }

    void everyActionAsEveryRole_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<Role>("role");
        const auto all = walks();
        for (Action a : allValues<Action>()) {
            if (!all.contains(a))
                continue;
            for (Role r : allValues<Role>())
                QTest::newRow(qPrintable(nameOf(a) + u" as " + nameOf(r))) << a << r;
        }
    }

    void everyActionAsEveryRole()
    {
        QFETCH(Action, action);
        QFETCH(Role, role);
        TestWorkspace ws;
        const Fixture t = ws.addTenant(QStringLiteral("Acme"));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc()));
        const User user = t.as(role);
        const Status st = walks().value(action)(ws, t, user, clock);
        if (Permissions::permits(role, action)) {
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            return;
        }
        QVERIFY2(!st.ok(), "a role without the right got through");
        QCOMPARE(st.error().kind, Error::Kind::Refused);
        if (action != Action::SeeProviderDiagnostics && action != Action::MaintainWorkspace)
            QVERIFY2(st.error().message.contains(u"may not " + Permissions::describe(action)),
                     qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
