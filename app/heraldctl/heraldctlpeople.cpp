// heraldctl tenants ... and users ...: the organisation, set up from a shell.
#include "heraldctl.h"

#include "organisation/peopleservice.h"
#include "organisation/tenantservice.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QJsonObject tenantJson(const Tenant &t)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("time_zone"), t.timeZone},
                       {QStringLiteral("default"), t.isDefault},
                       {QStringLiteral("archived"), t.archivedAt.isValid()},
                       {QStringLiteral("listen"), t.listen},
                       {QStringLiteral("public_url"), t.publicUrl},
                       {QStringLiteral("stop_words"), QJsonArray::fromStringList(t.smsStopWords)},
                       {QStringLiteral("sms_help"), t.helpText()}};
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("role"), nameOf(u.role)},
                       {QStringLiteral("login"), u.login.isEmpty() ? QJsonValue() : QJsonValue(u.login)},
                       {QStringLiteral("active"), u.active()},
                       {QStringLiteral("deactivated_at"),
                        u.active() ? QJsonValue() : QJsonValue(u.deactivatedAt.toString(Qt::ISODate))}};
}

} // namespace

int Heraldctl::tenants()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    TenantService service(*m_db, m_user);
    if (command == QLatin1StringView("tenants list")) {
        auto all = service.list(m_cli.isSet(QStringLiteral("all")));
        if (!all)
            return fail(all.error());
        if (json) {
            QJsonArray out;
            for (const Tenant &t : std::as_const(*all))
                out.append(tenantJson(t));
            printJson(out);
            return 0;
        }
        for (const Tenant &t : std::as_const(*all))
            m_out << t.name << (t.isDefault ? "  (default)" : "") << (t.archivedAt.isValid() ? "  (archived)" : "")
                  << Qt::endl;
        return 0;
    }
    const QString name = m_cli.positional().first();
    Result<Tenant> done = Error::usage(QString());
    QString verb;
    if (command == QLatin1StringView("tenants create")) {
        done = service.create(name, m_cli.value(QStringLiteral("time-zone")));
        verb = QStringLiteral("Created");
    } else if (command == QLatin1StringView("tenants rename")) {
        done = service.rename(name, m_cli.positional().at(1));
        verb = QStringLiteral("Renamed");
    } else if (command == QLatin1StringView("tenants edit")) {
        const QString listen = QStringLiteral("listen"), url = QStringLiteral("public-url"),
                      words = QStringLiteral("stop-words"), help = QStringLiteral("sms-help");
        const bool listener = m_cli.isSet(listen) || m_cli.isSet(url), keywords = m_cli.isSet(words) || m_cli.isSet(help);
        if (!listener && !keywords)
            return usage(QStringLiteral("'tenants edit' needs --listen HOST:PORT, --public-url URL, --stop-words "
                                        "WORDS or --sms-help TEXT"));
        auto current = TenantRepository(*m_db).byName(name);
        if (!current)
            return fail(current.error());
        // One transaction: a mistake in either changes nothing.
        Transaction tx(m_db->connection());
        if (auto st = tx.begun(); !st)
            return fail(st.error());
        done = *current;
        if (listener)
            done = service.setListener(name, m_cli.isSet(listen) ? m_cli.value(listen) : current->listen,
                                       m_cli.isSet(url) ? m_cli.value(url) : current->publicUrl);
        if (done && keywords)
            done = service.setSmsKeywords(name,
                                          m_cli.isSet(words) ? m_cli.value(words) : current->smsStopWords.join(u','),
                                          m_cli.isSet(help) ? m_cli.value(help) : current->smsHelp);
        if (done)
            if (auto st = tx.commit(); !st)
                done = st.error();
        verb = QStringLiteral("Saved");
    } else {
        done = service.archive(name);
        verb = QStringLiteral("Archived");
    }
    if (!done)
        return fail(done.error());
    if (json)
        printJson(tenantJson(*done));
    else if (command == QLatin1StringView("tenants create"))
        m_out << "Created tenant '" << done->name << "' (" << done->timeZone << "); " << m_user.name
              << " is its admin: use --tenant '" << done->name << "'" << Qt::endl;
    else
        m_out << verb << " tenant '" << done->name << "'" << Qt::endl;
    return 0;
}

int Heraldctl::users()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    PeopleService people(*m_db, m_tenant.id, m_user);
    if (command == QLatin1StringView("users list")) {
        auto all = people.list();
        if (!all)
            return fail(all.error());
        if (json) {
            QJsonArray out;
            for (const User &u : std::as_const(*all))
                out.append(userJson(u));
            printJson(out);
            return 0;
        }
        for (const User &u : std::as_const(*all))
            m_out << u.name << "  " << nameOf(u.role) << (u.email.isEmpty() ? QString() : u"  " + u.email)
                  << (u.active() ? QString() : u"  (deactivated " + u.deactivatedAt.toString(Qt::ISODate) + u')')
                  << Qt::endl;
        return 0;
    }
    const QString name = m_cli.positional().first();
    Result<User> done = Error::usage(QString());
    QString said;
    if (command == QLatin1StringView("users add")) {
        if (!m_cli.isSet(QStringLiteral("role")))
            return usage(u"'users add' needs --role (" + allNames<Role>() + u')');
        auto role = enumOption<Role>(QStringLiteral("role"), QStringLiteral("role"));
        if (!role)
            return fail(role.error());
        if (m_cli.isSet(QStringLiteral("login")) && m_cli.value(QStringLiteral("login")).trimmed().isEmpty())
            return usage(QStringLiteral("--login needs the database login's name"));
        done = people.add(name, **role, m_cli.value(QStringLiteral("email")), m_cli.value(QStringLiteral("login")));
        said = QStringLiteral("Added");
    } else if (command == QLatin1StringView("users set-role")) {
        const auto role = fromString<Role>(m_cli.positional().at(1));
        if (!role)
            return usage(u"unknown role '" + m_cli.positional().at(1) + u"' (" + allNames<Role>() + u')');
        done = people.setRole(name, *role);
        said = QStringLiteral("Changed");
    } else if (command == QLatin1StringView("users set-login")) {
        done = people.setLogin(name, m_cli.positional().at(1));
        said = QStringLiteral("Linked");
    } else if (command == QLatin1StringView("users deactivate")) {
        done = people.deactivate(name);
        said = QStringLiteral("Deactivated");
    } else {
        done = people.reactivate(name);
        said = QStringLiteral("Reactivated");
    }
    if (!done)
        return fail(done.error());
    if (json)
        printJson(userJson(*done));
    else
        m_out << said << " user '" << done->name << "' (" << nameOf(done->role) << ") of tenant '" << m_tenant.name
              << "'" << (done->login.isEmpty() ? QString() : u", signing in as " + done->login) << Qt::endl;
    return 0;
}

int Heraldctl::workers()
{
    const QString command = m_cli.command();
    const bool json = m_cli.isSet(QStringLiteral("json"));
    PeopleService people(*m_db, m_tenant.id, m_user);
    const auto loginJson = [](const PeopleService::ServiceLogin &s) {
        return QJsonObject{{QStringLiteral("login"), s.login},
                           {QStringLiteral("added_at"), s.addedAt.toString(Qt::ISODate)}};
    };
    if (command == QLatin1StringView("workers list")) {
        auto all = people.serviceLogins();
        if (!all)
            return fail(all.error());
        if (json) {
            QJsonArray out;
            for (const auto &s : std::as_const(*all))
                out.append(loginJson(s));
            printJson(out);
            return 0;
        }
        if (all->isEmpty())
            m_out << "No service logins: workers connect as a person's login (heraldctl workers add LOGIN)" << Qt::endl;
        for (const auto &s : std::as_const(*all))
            m_out << s.login << "  added " << s.addedAt.toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    const QString login = m_cli.positional().first();
    if (command == QLatin1StringView("workers add")) {
        auto added = people.addServiceLogin(login);
        if (!added)
            return fail(added.error());
        if (json)
            printJson(loginJson(*added));
        else
            m_out << "Workers connecting as " << added->login << " send for tenant '" << m_tenant.name << "'" << Qt::endl;
        return 0;
    }
    if (auto st = people.removeServiceLogin(login); !st)
        return fail(st.error());
    m_out << "Workers connecting as " << login << " no longer send for tenant '" << m_tenant.name << "'" << Qt::endl;
    return 0;
}

} // namespace herald::ctl
