#include "heraldctl.h"

#include "demoworkspace.h"
#include "dispatch/sweeper.h"
#include "lifecycle/campaigndocument.h"
#include "lifecycle/campaignservice.h"
#include "lifecycle/campaignstatusrules.h"
#include "lifecycle/failurereasons.h"
#include "lifecycle/preflightservice.h"
#include "organisation/peopleservice.h"
#include "organisation/teamlogins.h"
#include "storage/messagerepository.h"
#include "storage/runrepository.h"
#include "storage/tenantrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace herald::ctl {

Heraldctl::Heraldctl() : m_out(stdout), m_err(stderr) {}

int Heraldctl::fail(const Error &error)
{
    QString line = error.message;
    line.replace(u'\n', u' ');
    m_err << "heraldctl: " << line << Qt::endl;
    return int(error.kind);
}

int Heraldctl::usage(const QString &message)
{
    return fail(Error::usage(message + QStringLiteral(" (see heraldctl --help)")));
}

void Heraldctl::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Result<QByteArray> Heraldctl::readInput(const QString &file, const QString &what)
{
    constexpr qint64 kMax = 16 * 1024 * 1024;
    QFile in;
    const bool ok = file == QLatin1StringView("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                   : (in.setFileName(file), in.open(QIODevice::ReadOnly));
    if (!ok)
        return Error::notFound(u"cannot read " + what + u' ' + file + u": " + in.errorString());
    QByteArray data;
    for (;;) { // in pieces (blocking reads), so that a FIFO or a device never reads past the limit
        const QByteArray piece = in.read(64 * 1024);
        if (piece.isEmpty()) {
            if (in.error() != QFileDevice::NoError)
                return Error::runtime(u"cannot read " + what + u' ' + file + u": " + in.errorString());
            break;
        }
        data += piece;
        if (data.size() > kMax)
            return Error::usage(what + u' ' + file + u" is larger than 16 MiB");
    }
    return data;
}

QString Heraldctl::workspacePath() const
{
    return m_cli.isSet(QStringLiteral("workspace")) ? m_cli.value(QStringLiteral("workspace")) : Database::defaultPath();
}

Result<Database> Heraldctl::openDatabase(Database::Mode mode) const
{
    if (m_cli.command() == QLatin1StringView("workspace copy"))
        return Database::openSqlite(m_cli.value(QStringLiteral("from")), mode);
    if (m_cli.isSet(QStringLiteral("database"))) {
        if (m_cli.isSet(QStringLiteral("workspace")))
            return Error::usage(QStringLiteral("--workspace (a file) and --database (a team workspace) exclude each "
                                               "other: give one (see heraldctl --help)"));
        return Database::openPostgres(m_cli.value(QStringLiteral("database")), mode);
    }
    return Database::openSqlite(workspacePath(), mode);
}

Status Heraldctl::openWorkspace(Database::Mode mode)
{
    auto db = openDatabase(mode);
    if (!db)
        return db.error();
    m_db = *db;
    TenantRepository tenants(*m_db);
    auto tenant = tenants.byName(m_cli.value(QStringLiteral("tenant")));
    if (!tenant && m_db->isTeam() && tenant.error().kind == Error::Kind::NotFound
        && m_cli.value(QStringLiteral("tenant")).isEmpty())
        return Error::refused(u"the database login '" + m_db->login() + u"' belongs to no tenant of " + m_db->location()
                              + u": an admin adds it with 'heraldctl users add NAME --role ROLE --login " + m_db->login()
                              + u"'");
    if (!tenant)
        return tenant.error();
    m_tenant = *tenant;
    if (m_cli.isSet(QStringLiteral("user")) && m_cli.value(QStringLiteral("user")).trimmed().isEmpty())
        return Error::usage(QStringLiteral("--user needs a user's name; leave it out to act as the tenant's first admin"));
    auto user = PeopleService::actingUser(*m_db, m_tenant.id, m_cli.value(QStringLiteral("user")).trimmed());
    if (!user && m_db->isTeam() && m_cli.command() == QLatin1StringView("worker")) {
        // A worker may connect as a service login of the tenant rather than as a person.
        auto services = PeopleService(*m_db, m_tenant.id, User{}).serviceLogins();
        if (!services)
            return services.error();
        for (const auto &s : std::as_const(*services))
            if (s.login == m_db->login()) {
                m_user = User{};
                m_user.tenantId = m_tenant.id;
                m_user.name = m_user.login = s.login;
                return {};
            }
    }
    if (!user)
        return Error{user.error().kind, user.error().message + u" (tenant '" + m_tenant.name + u"')"};
    m_user = *user;
    return {};
}

int Heraldctl::run(const QStringList &arguments)
{
    if (!m_cli.parse(arguments))
        return usage(m_cli.errorText());
    if (m_cli.versionRequested()) {
        m_out << "heraldctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (m_cli.manRequested() || m_cli.completionRequested()) {
        m_out << (m_cli.manRequested() ? CommandLine::manPage(QCoreApplication::applicationVersion())
                                       : CommandLine::bashCompletion());
        return 0;
    }
    if (m_cli.helpRequested()) {
        m_out << m_cli.helpText();
        return 0;
    }
    const QString command = m_cli.command();
    if (command == QLatin1StringView("init"))
        return init();
    if (command == QLatin1StringView("workspace copy"))
        return workspaceCopy();
    // A damaged workspace can still be checked and copied.
    if (auto st = openWorkspace(command.startsWith(QLatin1StringView("workspace ")) ? Database::Mode::OpenToInspect
                                                                                     : Database::Mode::OpenExisting);
        !st)
        return fail(st.error());
    if (command.startsWith(QLatin1StringView("tenants ")))
        return tenants();
    if (command.startsWith(QLatin1StringView("users ")))
        return users();
    if (command.startsWith(QLatin1StringView("workers ")))
        return workers();
    if (command.startsWith(QLatin1StringView("senders ")))
        return senders();
    if (command.startsWith(QLatin1StringView("pools ")))
        return pools();
    for (const char *kind : {"goals ", "writers ", "templates ", "segments "})
        if (command.startsWith(QLatin1StringView(kind)))
            return library();
    if (command == QLatin1StringView("campaigns list"))
        return campaignsList();
    if (command == QLatin1StringView("campaigns show"))
        return campaignsShow();
    if (command == QLatin1StringView("campaigns create"))
        return campaignsCreate();
    if (command == QLatin1StringView("campaigns delete"))
        return campaignsDelete();
    if (command == QLatin1StringView("campaigns reviews"))
        return campaignsReviews();
    if (command == QLatin1StringView("preflight"))
        return preflight();
    if (command == QLatin1StringView("status"))
        return status();
    if (command == QLatin1StringView("messages"))
        return messages();
    if (command == QLatin1StringView("sweep"))
        return sweep();
    if (command == QLatin1StringView("export"))
        return exportMessages();
    if (command == QLatin1StringView("report"))
        return report();
    if (command == QLatin1StringView("run"))
        return runCampaign();
    if (command == QLatin1StringView("retry-failed"))
        return retryFailed();
    if (command == QLatin1StringView("remarket"))
        return remarket();
    if (command == QLatin1StringView("worker"))
        return worker();
    if (command == QLatin1StringView("missed list"))
        return missedList();
    if (command == QLatin1StringView("missed resolve"))
        return missedResolve();
    if (command == QLatin1StringView("workspace check"))
        return workspaceCheck();
    if (command == QLatin1StringView("workspace backup"))
        return workspaceBackup();
    if (command == QLatin1StringView("providers list"))
        return providersList();
    if (command == QLatin1StringView("providers set"))
        return providersSet();
    if (command == QLatin1StringView("providers test"))
        return providersTest();
    if (command == QLatin1StringView("import-contacts"))
        return importContacts();
    if (command == QLatin1StringView("uploads list"))
        return uploadsList();
    if (command == QLatin1StringView("uploads show"))
        return uploadsShow();
    if (command == QLatin1StringView("uploads rejections"))
        return uploadsRejections();
    if (command.startsWith(QLatin1StringView("contacts ")))
        return contacts();
    if (command.startsWith(QLatin1StringView("optouts ")))
        return optOuts();
    if (command.startsWith(QLatin1StringView("mailbox ")))
        return mailbox();
    if (command == QLatin1StringView("pause") || command == QLatin1StringView("resume")
        || command == QLatin1StringView("stop"))
        return control();
    return campaignsChange();
}

int Heraldctl::init()
{
    bool seedOk = true;
    const quint32 seed = m_cli.isSet(QStringLiteral("seed")) ? m_cli.value(QStringLiteral("seed")).toUInt(&seedOk)
                                                             : DemoWorkspace::kDefaultSeed;
    if (!seedOk)
        return usage(u"--seed takes a non-negative number, not '" + m_cli.value(QStringLiteral("seed")) + u"'");
    if (m_cli.isSet(QStringLiteral("seed")) && !m_cli.isSet(QStringLiteral("demo")))
        return usage(QStringLiteral("--seed only applies with --demo"));
    if (m_cli.isSet(QStringLiteral("database")) && m_cli.isSet(QStringLiteral("user")))
        return usage(QStringLiteral("--user names the first admin of a workspace file; in a team workspace the first "
                                    "admin is the database login that runs init"));
    auto db = openDatabase(Database::Mode::CreateNew);
    if (!db)
        return fail(db.error());
    const QString where = db->location();
    Status st;
    if (m_cli.isSet(QStringLiteral("demo"))) {
        st = DemoWorkspace::generate(*db, seed);
        if (st && db->isTeam())
            st = TeamLogins::linkDemo(*db);
    } else {
        TenantRepository tenants(*db);
        Tenant t;
        t.name = m_cli.isSet(QStringLiteral("tenant")) ? m_cli.value(QStringLiteral("tenant")) : QStringLiteral("Default");
        t.isDefault = true;
        auto id = tenants.create(t);
        st = id ? Status() : Status(id.error());
        if (id) {
            User admin;
            admin.name = m_cli.isSet(QStringLiteral("user")) ? m_cli.value(QStringLiteral("user")) : QStringLiteral("admin");
            if (db->isTeam())
                admin.name = admin.login = db->login();
            admin.role = Role::Admin;
            if (auto user = tenants.createUser(*id, admin); !user)
                st = user.error();
        }
    }
    if (!st && db->isTeam())
        return fail(Error{st.error().kind, u"could not create the workspace in " + where + u": " + st.error().message
                                               + u" (the database may hold part of it: drop it, create it again "
                                                 u"and run init once more)"});
    if (!st) {
        const QString file = db->path();
        db.value().closeThreadConnection();
        db = Error::runtime(QString()); // release the workspace before removing the half-written file
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        return fail(Error{st.error().kind, u"could not create workspace " + where + u": " + st.error().message});
    }
    m_out << (m_cli.isSet(QStringLiteral("demo")) ? "Created demo workspace " : "Created workspace ") << where
          << Qt::endl;
    return 0;
}

Result<CampaignWithRuns> Heraldctl::campaignWithRuns()
{
    CampaignService service(*m_db, m_tenant.id, m_user);
    auto o = service.overview(m_cli.positional().first());
    if (!o)
        return o.error();
    auto runs = service.runs(o->campaign.id);
    if (!runs)
        return runs.error();
    return CampaignWithRuns{std::move(o).value(), std::move(runs).value()};
}

int Heraldctl::campaignsList()
{
    CampaignService::Filter filter;
    auto status = enumOption<CampaignStatus>(QStringLiteral("status"), QStringLiteral("status"));
    if (!status)
        return fail(status.error());
    filter.status = *status;
    auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!channel)
        return fail(channel.error());
    filter.channel = *channel;
    filter.search = m_cli.value(QStringLiteral("search"));
    if (m_cli.isSet(QStringLiteral("archived")))
        filter.archived = CampaignService::Filter::Archived::Only;
    CampaignService service(*m_db, m_tenant.id, m_user);
    auto list = service.list(filter);
    if (!list)
        return fail(list.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CampaignOverview &o : std::as_const(*list))
            out.append(CampaignDocument::summary(o));
        printJson(out);
        return 0;
    }
    m_out << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("ID"), -8).arg(QStringLiteral("STATUS"), -10)
                 .arg(QStringLiteral("LAUNCH"), -10).arg(QStringLiteral("CHANNELS"), -24).arg(QStringLiteral("NAME"))
          << Qt::endl;
    for (const CampaignOverview &o : std::as_const(*list)) {
        QStringList channels;
        for (const ChannelState &ch : o.channels)
            channels << nameOf(ch.kind) + u':' + ch.status;
        m_out << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(o.campaign.shortId, -8)
                     .arg(nameOf(o.status), -10)
                     .arg(nameOf(o.campaign.launchType), -10)
                     .arg(channels.join(u','), -24)
                     .arg(o.campaign.name)
              << Qt::endl;
    }
    return 0;
}

int Heraldctl::campaignsShow()
{
    auto loaded = campaignWithRuns();
    if (!loaded)
        return fail(loaded.error());
    auto json = CampaignDocument(*m_db, m_tenant.id).toJson(loaded->overview, loaded->runs);
    if (!json)
        return fail(json.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(*json);
        return 0;
    }
    const QJsonObject &j = *json;
    const auto text = [](const QJsonValue &v) {
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : v.toArray())
                parts << item.toVariant().toString();
            return parts.join(QStringLiteral(", "));
        }
        return v.isNull() ? QStringLiteral("-") : v.toVariant().toString();
    };
    for (const char *key : {"id", "name", "status", "description", "goal", "writer", "reviewer", "approved",
                            "contact_list", "send_to_segments", "exclude_segments", "launch_type", "send_at",
                            "recurrence", "time_zone", "activated", "tags", "created_at", "created_by"}) {
        const QString k = QString::fromLatin1(key);
        m_out << QString(k + u':').leftJustified(18) << text(j.value(k)) << Qt::endl;
    }
    m_out << "channels:" << Qt::endl;
    for (const QJsonValue &v : j.value(QLatin1StringView("channels")).toArray()) {
        const QJsonObject ch = v.toObject();
        m_out << "  " << ch.value(QLatin1StringView("kind")).toString().leftJustified(9)
              << ch.value(QLatin1StringView("status")).toString().leftJustified(10)
              << "template: " << text(ch.value(QLatin1StringView("template")))
              << "  sender: " << text(ch.value(QLatin1StringView("sender"))) << Qt::endl;
    }
    m_out << "runs:" << Qt::endl;
    for (const QJsonValue &v : j.value(QLatin1StringView("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        m_out << "  #" << r.value(QLatin1StringView("id")).toInteger() << ' '
              << r.value(QLatin1StringView("kind")).toString() << ' ' << r.value(QLatin1StringView("created_at")).toString();
        const QJsonObject reasons = r.value(QLatin1StringView("failure_reasons")).toObject();
        if (!reasons.isEmpty())
            m_out << "  could not start:";
        m_out << Qt::endl;
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            for (const QJsonValue &f : it.value().toArray())
                m_out << "    [" << it.key() << "] " << f.toObject().value(QLatin1StringView("message")).toString()
                      << Qt::endl;
    }
    return 0;
}

int Heraldctl::campaignsCreate()
{
    const QString file = m_cli.value(QStringLiteral("json"));
    if (file.isEmpty())
        return usage(QStringLiteral("'campaigns create' needs --json FILE"));
    auto data = readInput(file, QStringLiteral("campaign JSON"));
    if (!data)
        return fail(data.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (!doc.isObject())
        return usage(u"campaign JSON " + file + u" is not a JSON object"
                     + (parseError.error != QJsonParseError::NoError ? u": " + parseError.errorString() : QString()));
    auto campaign = CampaignDocument(*m_db, m_tenant.id).fromJson(doc.object());
    if (!campaign)
        return fail(campaign.error());
    CampaignService service(*m_db, m_tenant.id, m_user);
    auto created = service.create(*campaign);
    if (!created)
        return fail(created.error());
    auto json = CampaignDocument(*m_db, m_tenant.id).toJson(*created, {});
    if (!json)
        return fail(json.error());
    printJson(*json);
    return 0;
}

int Heraldctl::campaignsReviews()
{
    CampaignService service(*m_db, m_tenant.id, m_user);
    auto reviews = service.reviews(m_cli.positional().first());
    if (!reviews)
        return fail(reviews.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CampaignReview &r : std::as_const(*reviews))
            out.append(QJsonObject{{QStringLiteral("at"), CampaignDocument::time(r.at)},
                                   {QStringLiteral("actor"), r.actor},
                                   {QStringLiteral("action"), r.action},
                                   {QStringLiteral("comment"), r.comment},
                                   {QStringLiteral("content_hash"), r.contentHash}});
        printJson(out);
        return 0;
    }
    for (const CampaignReview &r : std::as_const(*reviews))
        m_out << r.at.toString(Qt::ISODate) << "  " << r.action.leftJustified(9) << ' ' << r.actor
              << (r.comment.isEmpty() ? QString() : u": " + r.comment) << Qt::endl;
    return 0;
}

int Heraldctl::campaignsChange()
{
    CampaignService service(*m_db, m_tenant.id, m_user);
    const QString id = m_cli.positional().first();
    const QString command = m_cli.command();
    Result<CampaignOverview> result = Error::usage(u"unknown command " + command);
    const char *done = "";
    if (command == QLatin1StringView("campaigns clone")) {
        result = service.clone(id);
        done = "Cloned";
    } else if (command == QLatin1StringView("campaigns archive")) {
        result = service.archive(id);
        done = "Archived";
    } else if (command == QLatin1StringView("campaigns activate")) {
        result = service.activate(id);
        done = "Activated";
    } else if (command == QLatin1StringView("campaigns approve")) {
        result = service.approve(id, m_cli.value(QStringLiteral("comment")));
        done = "Approved";
    } else if (command == QLatin1StringView("campaigns reject")) {
        result = service.reject(id, m_cli.value(QStringLiteral("comment")));
        done = "Rejected";
    } else if (command == QLatin1StringView("campaigns comment")) {
        if (auto st = service.comment(id, m_cli.value(QStringLiteral("comment"))); !st)
            return fail(st.error());
        result = service.overview(id);
        done = "Commented on";
    }
    if (!result)
        return fail(result.error());
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(CampaignDocument::summary(*result));
        return 0;
    }
    m_out << done << ' ' << id << (command == QLatin1StringView("campaigns clone") ? u" as " + result->campaign.shortId : QString())
          << ": " << PreflightService::subject(result->campaign) << " is " << nameOf(result->status) << Qt::endl;
    return 0;
}

int Heraldctl::campaignsDelete()
{
    CampaignService service(*m_db, m_tenant.id, m_user);
    const QString id = m_cli.positional().first();
    auto o = service.overview(id);
    if (!o)
        return fail(o.error());
    if (!m_cli.isSet(QStringLiteral("yes"))) {
        auto runs = service.runs(o->campaign.id);
        const qsizetype runCount = runs ? runs->size() : 0;
        return usage(u"deleting " + PreflightService::subject(o->campaign) + u" also deletes its "
                     + QString::number(runCount) + u" run(s) and their messages; add --yes to confirm "
                                                   u"(or archive it instead)");
    }
    if (auto st = service.remove(id); !st)
        return fail(st.error());
    if (m_cli.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("id"), o->campaign.shortId}, {QStringLiteral("deleted"), true}});
    else
        m_out << "Deleted " << PreflightService::subject(o->campaign) << Qt::endl;
    return 0;
}

int Heraldctl::preflight()
{
    auto only = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
    if (!only)
        return fail(only.error());
    CampaignService service(*m_db, m_tenant.id, m_user);
    const RunKind kind = m_cli.isSet(QStringLiteral("test")) ? RunKind::Test : RunKind::Live;
    auto findings = service.preflight(m_cli.positional().first(), kind, *only);
    if (!findings)
        return fail(findings.error());
    const bool ok = !Preflight::hasBlockers(*findings);
    if (m_cli.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("findings"), FailureReasons::toJson(*findings)}});
    } else {
        if (findings->isEmpty())
            m_out << "No findings: " << m_cli.positional().first() << " is ready to " << (kind == RunKind::Test ? "test" : "run")
                  << Qt::endl;
        for (const Finding &f : std::as_const(*findings))
            m_out << nameOf(f.severity).toUpper() << ' ' << f.code << ": " << f.message.english() << ". Fix: " << f.fix.english() << Qt::endl;
    }
    return ok ? 0 : int(Error::Kind::Blocked);
}

} // namespace herald::ctl
