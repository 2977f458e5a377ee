#include "migrations.h"

#include "sqlquery.h"
#include "transaction.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

#include <vector>

namespace herald {

namespace {

struct Step
{
    int version;
    const char *description;
    std::vector<const char *> statements;
    // PostgreSQL's statements where they differ (ALTER TABLE can change constraints
    // there); empty: the same as `statements`.
    std::vector<const char *> postgres = {};
    // SQLite changes a constraint by rebuilding the table, which must not fire the
    // foreign keys of the rows pointing at it: they are off during the step and checked
    // before it commits.
    bool rebuildsTables = false;
};

// Schema 16: one user per reviewer name, the record not deleted first.
constexpr const char *kReviewersToUsers =
    R"(INSERT INTO users (tenant_id, name, email, role, deactivated_at)
       SELECT r.tenant_id, r.name, r.email, 'reviewer', r.deleted_at FROM reviewers r
       WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = r.tenant_id AND lower(u.name) = lower(r.name))
       AND r.id = (SELECT r2.id FROM reviewers r2 WHERE r2.tenant_id = r.tenant_id AND lower(r2.name) = lower(r.name)
                   ORDER BY r2.deleted_at IS NOT NULL, r2.id LIMIT 1))";
// The user a campaign's reviewer record became.
#define kReviewerAsUser                                                                                                \
    "(SELECT u.id FROM reviewers r JOIN users u ON u.tenant_id = r.tenant_id AND lower(u.name) = lower(r.name) "       \
    "WHERE r.id = campaigns.reviewer_id)"

// Schema 19: a person of a team workspace is the PostgreSQL login they connect as; the
// same login may be a user of several tenants. Service logins are the workers'.
constexpr const char *kLoginColumn = R"(ALTER TABLE users ADD COLUMN login TEXT)";
constexpr const char *kLoginIndex = R"(CREATE UNIQUE INDEX users_login ON users (tenant_id, login) WHERE login IS NOT NULL)";
constexpr const char *kServiceLogins =
    R"(CREATE TABLE service_logins (
       tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
       login TEXT NOT NULL,
       added_at BIGINT NOT NULL,
       PRIMARY KEY (tenant_id, login)))";
// The tenants the session's login belongs to (with one of `roles`, when given): as an
// active user, as a worker's service login, and any tenant nobody belongs to yet (one
// being created, inside its creator's transaction). Row-level security asks it once per
// statement (the policies call it as an InitPlan).
constexpr const char *kTenantsFunction =
    R"(CREATE FUNCTION herald_tenants(roles TEXT[] DEFAULT NULL) RETURNS BIGINT[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT COALESCE(array_agg(DISTINCT m.tenant_id), '{}') FROM (
           SELECT tenant_id FROM users
            WHERE login = session_user AND deactivated_at IS NULL AND (roles IS NULL OR role = ANY (roles))
           UNION ALL
           SELECT tenant_id FROM service_logins WHERE login = session_user AND roles IS NULL
           UNION ALL
           SELECT t.id FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = t.id)) m
       $$)";
constexpr const char *kTenantClaimedFunction =
    R"(CREATE FUNCTION herald_tenant_claimed(tenant BIGINT) RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT EXISTS (SELECT 1 FROM users WHERE tenant_id = tenant)
       $$)";
constexpr const char *kMayCreateTenantFunction =
    R"(CREATE FUNCTION herald_may_create_tenant() RETURNS BOOLEAN
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
         SELECT EXISTS (SELECT 1 FROM users WHERE login = session_user AND role = 'admin' AND deactivated_at IS NULL)
       $$)";
// Refuses a change to a row of an admin-only table unless the login has one of the
// roles (argument 2, comma-separated) in the row's tenant (the column named by argument
// 1). Further arguments name columns any member may change; a trailing '-' allows only
// lowering the value. The workspace's owner and superusers pass, as they pass row-level
// security.
constexpr const char *kGuardFunction =
    R"(CREATE FUNCTION herald_guard() RETURNS trigger
       LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
       DECLARE
         old_row JSONB;
         new_row JSONB;
         tenant BIGINT;
         col TEXT;
       BEGIN
         IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
         IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
         IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
            OR session_user = (SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE c.oid = TG_RELID)
         THEN
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
         END IF;
         tenant := (COALESCE(old_row, new_row) ->> TG_ARGV[0])::BIGINT;
         IF tenant = ANY (herald_tenants(string_to_array(TG_ARGV[1], ','))) THEN
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
         END IF;
         IF TG_OP = 'UPDATE' THEN
           FOR i IN 2 .. TG_NARGS - 1 LOOP
             col := TG_ARGV[i];
             IF right(col, 1) = '-' THEN
               col := left(col, -1);
               IF (new_row ->> col) IS NULL AND (old_row ->> col) IS NOT NULL
                  OR (new_row ->> col)::NUMERIC > (old_row ->> col)::NUMERIC THEN
                 RAISE EXCEPTION 'login % may not raise %.% of tenant %: that needs the role %', session_user,
                   TG_TABLE_NAME, col, tenant, replace(TG_ARGV[1], ',', ' or ') USING ERRCODE = 'insufficient_privilege';
               END IF;
             END IF;
             new_row := new_row - col;
             old_row := old_row - col;
           END LOOP;
           IF new_row = old_row THEN
             RETURN NEW;
           END IF;
         END IF;
         RAISE EXCEPTION 'login % may not % rows of % of tenant %: that needs the role %', session_user, lower(TG_OP),
           TG_TABLE_NAME, tenant, replace(TG_ARGV[1], ',', ' or ') USING ERRCODE = 'insufficient_privilege';
       END
       $$)";
// Row-level security on every table with a tenant_id: a login reads and writes only the
// rows of its tenants. Run after every migration, so a table a later step adds is kept
// apart the moment it exists.
constexpr const char *kSecureFunction =
    R"(CREATE FUNCTION herald_secure() RETURNS void
       LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
       DECLARE
         t TEXT;
       BEGIN
         FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind = 'r'
                     AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                 AND NOT a.attisdropped)
                     AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'herald_tenant')
         LOOP
           EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
           EXECUTE format('CREATE POLICY herald_tenant ON %I USING (tenant_id = ANY ((SELECT herald_tenants())::BIGINT[])) '
                          'WITH CHECK (tenant_id = ANY ((SELECT herald_tenants())::BIGINT[]))', t);
           EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO PUBLIC', t);
         END LOOP;
         GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
       END
       $$)";

// Schema 21: open windows learn of each other's changes (docs/team.md, "Live together").
// Every tenant has its own notification channel, named unguessably: LISTEN needs no
// privilege, so a shared name would tell any login of the database when another tenant's
// campaigns change. The payload is "what tenant campaign run backend-pid login".
constexpr const char *kNotifyChannelColumn =
    R"(ALTER TABLE tenants ADD COLUMN notify_channel TEXT NOT NULL
       DEFAULT 'herald_' || replace(gen_random_uuid()::text, '-', ''))";
// A campaign or run row changed (the trigger's table says which ids the row holds).
constexpr const char *kChangedFunction =
    R"(CREATE FUNCTION herald_changed() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
       DECLARE
         r JSONB := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
         what TEXT := 'campaign';
         campaign BIGINT := (r ->> 'campaign_id')::BIGINT;
         run BIGINT := 0;
       BEGIN
         IF TG_TABLE_NAME = 'campaigns' THEN
           campaign := (r ->> 'id')::BIGINT;
         ELSIF TG_TABLE_NAME = 'runs' THEN
           what := 'run';
           run := (r ->> 'id')::BIGINT;
         ELSIF TG_TABLE_NAME = 'run_channels' THEN
           what := 'run';
           run := (r ->> 'run_id')::BIGINT;
           campaign := (SELECT campaign_id FROM runs WHERE id = run);
         END IF;
         PERFORM pg_notify(t.notify_channel, concat_ws(' ', what, t.id, COALESCE(campaign, 0), run,
                                                       pg_backend_pid(), session_user))
            FROM tenants t WHERE t.id = (r ->> 'tenant_id')::BIGINT;
         RETURN NULL;
       END
       $$)";
// Messages of runs changed (MessageRepository::apply, through SqlDialect::messagesChanged):
// once per batch and run, never per message. Not a trigger: a statement trigger on
// messages made every single-row state update 1.7 to 3 times as slow in the server
// (docs/team.md). Run as the caller, so it names only what the caller may see.
constexpr const char *kMessagesChangedFunction =
    R"(CREATE FUNCTION herald_messages_changed(ids JSON) RETURNS void
       LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify(t.notify_channel, concat_ws(' ', 'messages', t.id, r.campaign_id, r.id,
                                                       pg_backend_pid(), session_user))
            FROM (SELECT DISTINCT tenant_id, run_id FROM messages
                   WHERE id IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text(ids))) d
            JOIN tenants t ON t.id = d.tenant_id JOIN runs r ON r.id = d.run_id;
       END
       $$)";

// Schema 22: a workspace file's open windows follow what other processes change (a
// heraldctl worker, another window's dispatcher): what PostgreSQL's NOTIFY says in a team
// workspace, SQLite's triggers write into `changes`, the same "what tenant campaign run",
// and WorkspaceEvents reads it when PRAGMA data_version says another connection wrote.
// Only the newest thousand are kept; a reader that fell further behind reads all afresh.
constexpr const char *kChangesTable =
    R"(CREATE TABLE changes (
       seq INTEGER PRIMARY KEY AUTOINCREMENT,
       tenant_id BIGINT NOT NULL,
       what TEXT NOT NULL,
       campaign_id BIGINT NOT NULL,
       run_id BIGINT NOT NULL))";

// The triggers that write `changes`, made again (IF NOT EXISTS) after every later step:
// SQLite drops a table's triggers with it, and a step that rebuilds a table would
// otherwise silence it.
const std::vector<QString> &changeTriggers()
{
    static const std::vector<QString> all = [] {
        std::vector<QString> out;
        auto add = [&](const QString &name, const QString &event, const QString &table, const QString &values) {
            out.push_back(u"CREATE TRIGGER IF NOT EXISTS " + name + u" AFTER " + event + u" ON " + table
                          + u" BEGIN INSERT INTO changes (tenant_id, what, campaign_id, run_id) VALUES (" + values
                          + u"); END");
        };
        const std::pair<const char *, const char *> events[] = {{"insert", "NEW"}, {"update", "NEW"}, {"delete", "OLD"}};
        for (const auto &[event, row] : events) {
            const QString r = QString::fromLatin1(row);
            const QString e = QString::fromLatin1(event);
            add(u"changed_campaigns_" + e, e.toUpper(), QStringLiteral("campaigns"),
                r + u".tenant_id, 'campaign', " + r + u".id, 0");
            for (const char *child : {"campaign_channels", "campaign_segments", "campaign_reviews"})
                add(u"changed_" + QString::fromLatin1(child) + u'_' + e, e.toUpper(), QString::fromLatin1(child),
                    r + u".tenant_id, 'campaign', " + r + u".campaign_id, 0");
            add(u"changed_runs_" + e, e.toUpper(), QStringLiteral("runs"),
                r + u".tenant_id, 'run', " + r + u".campaign_id, " + r + u".id");
            // Not the rate limit's token bucket, which every claim updates.
            add(u"changed_run_channels_" + e,
                e == u"update" ? QStringLiteral("UPDATE OF status") : e.toUpper(), QStringLiteral("run_channels"),
                r + u".tenant_id, 'run', COALESCE((SELECT campaign_id FROM runs WHERE id = " + r + u".run_id), 0), "
                    + r + u".run_id");
        }
        out.push_back(QStringLiteral("CREATE TRIGGER IF NOT EXISTS changes_kept AFTER INSERT ON changes "
                                     "BEGIN DELETE FROM changes WHERE seq <= NEW.seq - 1000; END"));
        return out;
    }();
    return all;
}

constexpr int kChangeTriggersFrom = 22;

constexpr int kRowSecurityFrom = 19;

// Every table but schema_version and tenants carries tenant_id. References between
// tenant-owned rows are composite (tenant_id, id) foreign keys, so the database itself
// refuses a row that points at another tenant's object.
const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        {1,
         "initial schema",
         {
             R"(CREATE TABLE tenants (
                id %PK%,
                name TEXT NOT NULL UNIQUE,
                time_zone TEXT NOT NULL DEFAULT 'UTC',
                balance_credits BIGINT,
                is_default INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL))",
             R"(CREATE TABLE users (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL CHECK (role IN ('admin','manager','reviewer','viewer')),
                UNIQUE (tenant_id, name),
                UNIQUE (tenant_id, id)))",
             R"(CREATE TABLE goals (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                metric TEXT NOT NULL DEFAULT '',
                target DOUBLE PRECISION NOT NULL DEFAULT 0,
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(CREATE UNIQUE INDEX goals_name ON goals (tenant_id, name) WHERE deleted_at IS NULL)",
             R"(CREATE TABLE writers (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                instructions TEXT NOT NULL DEFAULT '',
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(CREATE UNIQUE INDEX writers_name ON writers (tenant_id, name) WHERE deleted_at IS NULL)",
             R"(CREATE TABLE reviewers (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(CREATE UNIQUE INDEX reviewers_name ON reviewers (tenant_id, name) WHERE deleted_at IS NULL)",
             R"(CREATE TABLE templates (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                subject TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(CREATE UNIQUE INDEX templates_name ON templates (tenant_id, name) WHERE deleted_at IS NULL)",
             R"(CREATE TABLE contacts (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                first_name TEXT NOT NULL DEFAULT '',
                last_name TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                created_at BIGINT NOT NULL,
                UNIQUE (tenant_id, id)))",
             R"(CREATE INDEX contacts_email ON contacts (tenant_id, email))",
             R"(CREATE INDEX contacts_phone ON contacts (tenant_id, phone))",
             R"(CREATE TABLE contact_lists (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                UNIQUE (tenant_id, name),
                UNIQUE (tenant_id, id)))",
             R"(CREATE TABLE contact_list_members (
                tenant_id BIGINT NOT NULL,
                list_id BIGINT NOT NULL,
                contact_id BIGINT NOT NULL,
                PRIMARY KEY (list_id, contact_id),
                FOREIGN KEY (tenant_id, list_id) REFERENCES contact_lists (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX contact_list_members_contact ON contact_list_members (contact_id))",
             R"(CREATE TABLE segments (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                rules TEXT NOT NULL DEFAULT '{}',
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(CREATE UNIQUE INDEX segments_name ON segments (tenant_id, name) WHERE deleted_at IS NULL)",
             R"(CREATE TABLE opt_outs (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                contact_id BIGINT NOT NULL,
                channel TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT 'manual',
                created_at BIGINT NOT NULL,
                UNIQUE (tenant_id, contact_id, channel),
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE TABLE number_pools (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                rotation TEXT NOT NULL DEFAULT 'round-robin',
                UNIQUE (tenant_id, name),
                UNIQUE (tenant_id, id)))",
             R"(CREATE TABLE phone_numbers (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                pool_id BIGINT NOT NULL,
                e164 TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','paused','quarantined')),
                daily_cap INTEGER NOT NULL DEFAULT 0,
                UNIQUE (tenant_id, e164),
                FOREIGN KEY (tenant_id, pool_id) REFERENCES number_pools (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE TABLE sender_identities (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                number_pool_id BIGINT,
                paused INTEGER NOT NULL DEFAULT 0,
                UNIQUE (tenant_id, id),
                FOREIGN KEY (tenant_id, number_pool_id) REFERENCES number_pools (tenant_id, id)))",
             R"(CREATE TABLE provider_configs (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                provider TEXT NOT NULL,
                settings TEXT NOT NULL DEFAULT '{}',
                credentials_complete INTEGER NOT NULL DEFAULT 0,
                UNIQUE (tenant_id, kind)))",
             R"(CREATE TABLE campaigns (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                short_id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                goal_id BIGINT,
                writer_id BIGINT,
                reviewer_id BIGINT,
                approved_at BIGINT,
                content_revision INTEGER NOT NULL DEFAULT 1,
                approved_revision INTEGER NOT NULL DEFAULT 0,
                contact_list_id BIGINT,
                one_time_rules TEXT NOT NULL DEFAULT '',
                test_recipients TEXT NOT NULL DEFAULT '',
                launch_type TEXT NOT NULL CHECK (launch_type IN ('now','manual','schedule','recurring')),
                send_at BIGINT,
                recurrence TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT 'UTC',
                schedule_pending INTEGER NOT NULL DEFAULT 0,
                ttl_minutes INTEGER NOT NULL DEFAULT 0,
                activated INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL,
                created_by BIGINT,
                UNIQUE (tenant_id, id),
                FOREIGN KEY (tenant_id, goal_id) REFERENCES goals (tenant_id, id),
                FOREIGN KEY (tenant_id, writer_id) REFERENCES writers (tenant_id, id),
                FOREIGN KEY (tenant_id, reviewer_id) REFERENCES reviewers (tenant_id, id),
                FOREIGN KEY (tenant_id, contact_list_id) REFERENCES contact_lists (tenant_id, id),
                FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL))",
             R"(CREATE INDEX campaigns_tenant ON campaigns (tenant_id, archived))",
             R"(CREATE TABLE campaign_segments (
                tenant_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                segment_id BIGINT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('include','exclude')),
                position INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (campaign_id, segment_id, mode),
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, segment_id) REFERENCES segments (tenant_id, id)))",
             R"(CREATE TABLE campaign_channels (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                kind TEXT NOT NULL,
                template_id BIGINT,
                message_text TEXT NOT NULL DEFAULT '',
                sender_id BIGINT,
                rate_per_minute INTEGER NOT NULL DEFAULT 0,
                UNIQUE (campaign_id, kind),
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, template_id) REFERENCES templates (tenant_id, id),
                FOREIGN KEY (tenant_id, sender_id) REFERENCES sender_identities (tenant_id, id)))",
             R"(CREATE TABLE runs (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('test','live')),
                trigger_type TEXT NOT NULL,
                configuration TEXT NOT NULL DEFAULT '{}',
                started_by BIGINT,
                disclaimer_by BIGINT,
                disclaimer_at BIGINT,
                created_at BIGINT NOT NULL,
                finished_at BIGINT,
                failure_reasons TEXT NOT NULL DEFAULT '',
                UNIQUE (tenant_id, id),
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, started_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL,
                FOREIGN KEY (tenant_id, disclaimer_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL))",
             R"(CREATE INDEX runs_campaign ON runs (campaign_id, kind, id))",
             R"(CREATE TABLE run_channels (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                run_id BIGINT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('Ready','Running','Paused','Completed','Stopped','Failed')),
                started_at BIGINT,
                finished_at BIGINT,
                UNIQUE (run_id, kind),
                FOREIGN KEY (tenant_id, run_id) REFERENCES runs (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE TABLE messages (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                run_id BIGINT NOT NULL,
                channel TEXT NOT NULL,
                contact_id BIGINT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                failure_reason TEXT NOT NULL DEFAULT '',
                provider_id TEXT NOT NULL DEFAULT '',
                queued_at BIGINT NOT NULL,
                sending_at BIGINT,
                sent_at BIGINT,
                delivered_at BIGINT,
                finished_at BIGINT,
                status_changed_at BIGINT NOT NULL,
                next_attempt_at BIGINT,
                CONSTRAINT messages_one_per_recipient UNIQUE (run_id, channel, contact_id),
                FOREIGN KEY (tenant_id, run_id) REFERENCES runs (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX messages_run_status ON messages (run_id, channel, status))",
             R"(CREATE INDEX messages_status_age ON messages (status, status_changed_at))",
             R"(CREATE INDEX messages_contact ON messages (contact_id))",
         }},
        {2,
         "per-channel send windows",
         {
             // '' = the kind's default (08:00-21:00 for SMS and phone), 'none', or 'HH:MM-HH:MM'
             R"(ALTER TABLE campaign_channels ADD COLUMN send_window TEXT NOT NULL DEFAULT '')",
         }},
        {3,
         "scheduled launches and missed-launch alerts",
         {
             // who accepted the run disclaimer when the schedule was armed, and when
             R"(ALTER TABLE campaigns ADD COLUMN schedule_accepted_by BIGINT)",
             R"(ALTER TABLE campaigns ADD COLUMN schedule_accepted_at BIGINT)",
             R"(CREATE TABLE missed_launches (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                due_at BIGINT NOT NULL,
                detected_at BIGINT NOT NULL,
                resolution TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'sent', 'rescheduled', 'skipped')),
                resolved_by BIGINT,
                resolved_at BIGINT,
                UNIQUE (campaign_id, due_at),
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE))",
         }},
        {4,
         "task table paging by key",
         {
             // The task table counts a run's messages and pages through them by id, all of
             // them or those of one status and/or channel. Each read is served by one of
             // these from the index alone, in id order, with no sort; channel trails the
             // status index so that status and channel together need no table row either.
             R"(CREATE INDEX messages_run_id ON messages (tenant_id, run_id, id))",
             R"(CREATE INDEX messages_run_status_id ON messages (tenant_id, run_id, status, id, channel))",
             R"(CREATE INDEX messages_run_channel_id ON messages (tenant_id, run_id, channel, id))",
         }},
        {5,
         "support role",
         {
             R"(CREATE TABLE users_new (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL CHECK (role IN ('admin','manager','reviewer','viewer','support')),
                UNIQUE (tenant_id, name),
                UNIQUE (tenant_id, id)))",
             R"(INSERT INTO users_new (id, tenant_id, name, email, role)
                SELECT id, tenant_id, name, email, role FROM users)",
             R"(DROP TABLE users)",
             R"(ALTER TABLE users_new RENAME TO users)",
         },
         {
             R"(ALTER TABLE users DROP CONSTRAINT users_role_check)",
             R"(ALTER TABLE users ADD CONSTRAINT users_role_check
                CHECK (role IN ('admin','manager','reviewer','viewer','support')))",
         },
         true},
        {6,
         "gateway callbacks and replies",
         {
             // The secret in the URLs a gateway calls back (delivery reports, inbound
             // messages); made on first use. One per tenant: a tenant's gateway cannot
             // report on another tenant's messages.
             R"(ALTER TABLE tenants ADD COLUMN callback_token TEXT NOT NULL DEFAULT '')",
             // What recipients sent back that was not an opt-out keyword, tied to the
             // contact and to the latest message they were sent on that channel.
             R"(CREATE TABLE replies (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                channel TEXT NOT NULL,
                from_address TEXT NOT NULL,
                to_address TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                contact_id BIGINT,
                run_id BIGINT,
                message_id BIGINT,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, run_id) REFERENCES runs (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX replies_run ON replies (tenant_id, run_id))",
             R"(CREATE INDEX replies_contact ON replies (tenant_id, contact_id))",
         }},
        {7,
         "number pool rotation, counters and quarantine",
         {
             R"(ALTER TABLE number_pools ADD COLUMN quarantine_below INTEGER NOT NULL DEFAULT 20)",
             R"(ALTER TABLE number_pools ADD COLUMN quarantine_min_sample INTEGER NOT NULL DEFAULT 50)",
             R"(ALTER TABLE phone_numbers ADD COLUMN state_reason TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE phone_numbers ADD COLUMN state_changed_at BIGINT)",
             R"(ALTER TABLE phone_numbers ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0)",
             R"(ALTER TABLE phone_numbers ADD COLUMN successes BIGINT NOT NULL DEFAULT 0)",
             R"(ALTER TABLE phone_numbers ADD COLUMN failures BIGINT NOT NULL DEFAULT 0)",
             R"(ALTER TABLE phone_numbers ADD COLUMN opt_outs BIGINT NOT NULL DEFAULT 0)",
             R"(ALTER TABLE phone_numbers ADD COLUMN last_used_at BIGINT)",
             // uses on used_day (the tenant's calendar day), for the daily cap
             R"(ALTER TABLE phone_numbers ADD COLUMN used_day TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE phone_numbers ADD COLUMN used_today INTEGER NOT NULL DEFAULT 0)",
             // the number a message went out from
             R"(ALTER TABLE messages ADD COLUMN sender_number_id BIGINT)",
             // sticky rotation: the number each contact hears from, per pool
             R"(CREATE TABLE contact_numbers (
                tenant_id BIGINT NOT NULL,
                pool_id BIGINT NOT NULL,
                contact_id BIGINT NOT NULL,
                number_id BIGINT NOT NULL,
                PRIMARY KEY (pool_id, contact_id),
                FOREIGN KEY (tenant_id, pool_id) REFERENCES number_pools (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
         }},
        {8,
         "contact custom fields and staged CSV uploads",
         {
             // A JSON object of the tenant's own fields ("" when there are none), and the
             // names the tenant's contacts use (merge fields preflight knows).
             R"(ALTER TABLE contacts ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '')",
             R"(CREATE TABLE custom_fields (
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                PRIMARY KEY (tenant_id, name)))",
             // One CSV import into a contact list, committed all or nothing, with its counts:
             // accepted + rejected + duplicates + skipped_opted_out = rows_read.
             R"(CREATE TABLE uploads (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                list_id BIGINT NOT NULL,
                file_name TEXT NOT NULL,
                encoding TEXT NOT NULL,
                delimiter TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                created_by TEXT NOT NULL DEFAULT '',
                rows_read BIGINT NOT NULL DEFAULT 0,
                accepted BIGINT NOT NULL DEFAULT 0,
                rejected BIGINT NOT NULL DEFAULT 0,
                duplicates BIGINT NOT NULL DEFAULT 0,
                skipped_opted_out BIGINT NOT NULL DEFAULT 0,
                UNIQUE (tenant_id, id),
                FOREIGN KEY (tenant_id, list_id) REFERENCES contact_lists (tenant_id, id) ON DELETE CASCADE))",
             // What became of each row: its file line, the outcome, the contact (accepted,
             // duplicate, skipped), the reason and the row as read (all but accepted).
             R"(CREATE TABLE upload_rows (
                tenant_id BIGINT NOT NULL,
                upload_id BIGINT NOT NULL,
                row_number BIGINT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('accepted','rejected','duplicate','skipped_opted_out')),
                contact_id BIGINT,
                reason TEXT NOT NULL DEFAULT '',
                content TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (upload_id, row_number),
                FOREIGN KEY (tenant_id, upload_id) REFERENCES uploads (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX upload_rows_outcome ON upload_rows (upload_id, outcome, row_number))",
             // Who added or removed which opt-out, when and from where: the opt-out list's audit.
             R"(CREATE TABLE opt_out_events (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                contact_id BIGINT NOT NULL,
                channel TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('added','removed')),
                source TEXT NOT NULL DEFAULT '',
                actor TEXT NOT NULL,
                at BIGINT NOT NULL,
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX opt_out_events_tenant ON opt_out_events (tenant_id, id))",
             // An upload followed up in a campaign's detail.
             R"(CREATE TABLE upload_campaigns (
                tenant_id BIGINT NOT NULL,
                upload_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                PRIMARY KEY (upload_id, campaign_id),
                FOREIGN KEY (tenant_id, upload_id) REFERENCES uploads (tenant_id, id) ON DELETE CASCADE,
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX upload_campaigns_campaign ON upload_campaigns (tenant_id, campaign_id))",
         }},
        {9,
         "opt-outs tied to the run they answered, retryable failures",
         {
             // 1 when a message Failed because its retries were used up on pre-send or
             // transient errors: the only failures "Retry failed" sends again.
             R"(ALTER TABLE messages ADD COLUMN retries_used_up INTEGER NOT NULL DEFAULT 0)",
             // Set for a reply keyword: the run of the latest message the contact was sent on
             // the channel (segment rule "opted out of campaign X").
             R"(ALTER TABLE opt_outs ADD COLUMN run_id BIGINT)",
             R"(CREATE INDEX opt_outs_run ON opt_outs (run_id))",
         }},
        {10,
         "approvals bound to the content hash, review history",
         {
             // The content hash the reviewer approved: a change to a template the campaign
             // uses makes the approval stale too (approvals from before keep the revision rule).
             R"(ALTER TABLE campaigns ADD COLUMN approved_content_hash TEXT NOT NULL DEFAULT '')",
             // Approvals, rejections and comments on a campaign's content, with the content
             // hash each was about.
             R"(CREATE TABLE campaign_reviews (
                id %PK%,
                tenant_id BIGINT NOT NULL,
                campaign_id BIGINT NOT NULL,
                at BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('approved','rejected','commented')),
                comment TEXT NOT NULL DEFAULT '',
                content_hash TEXT NOT NULL DEFAULT '',
                FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX campaign_reviews_campaign ON campaign_reviews (tenant_id, campaign_id, id))",
         }},
        {11,
         "writers' briefs",
         {
             // What a writer's drafts follow (content/draftwriter.h); key points one per line.
             R"(ALTER TABLE writers ADD COLUMN tone TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE writers ADD COLUMN audience TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE writers ADD COLUMN key_points TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE writers ADD COLUMN sms_max_segments INTEGER NOT NULL DEFAULT 1)",
             R"(ALTER TABLE writers ADD COLUMN email_subject_max INTEGER NOT NULL DEFAULT 60)",
         }},
        {12,
         "email templates: preheader, text body, from name, attachments",
         {
             R"(ALTER TABLE templates ADD COLUMN preheader TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE templates ADD COLUMN text_body TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE templates ADD COLUMN from_name TEXT NOT NULL DEFAULT '')",
             // The attachments' descriptions (content/emailcontent.h), JSON; the files
             // themselves are in content_files.
             R"(ALTER TABLE templates ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]')",
             // Attached files, once per tenant and SHA-256, never changed or deleted: a run
             // sends the files its frozen configuration names, whatever happens to the
             // template later.
             R"(CREATE TABLE content_files (
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                sha256 TEXT NOT NULL,
                size BIGINT NOT NULL,
                data %BLOB% NOT NULL,
                PRIMARY KEY (tenant_id, sha256)))",
         }},
        {13,
         "the writer endpoint",
         {
             // JSON {url, model, timeout_s, key_keychain} (content/writerendpoint.h); the key
             // itself is in the system keyring.
             R"(ALTER TABLE tenants ADD COLUMN writer_endpoint TEXT NOT NULL DEFAULT '{}')",
         }},
        {14,
         "one run per launch",
         {
             // The n-th run of a campaign of a kind. Unique: two starters that checked the
             // same state both try the same number, and the database refuses the second.
             R"(ALTER TABLE runs ADD COLUMN launch_seq INTEGER)",
             R"(UPDATE runs SET launch_seq = (SELECT COUNT(*) FROM runs r2 WHERE r2.campaign_id = runs.campaign_id
                AND r2.kind = runs.kind AND r2.id <= runs.id))",
             R"(CREATE UNIQUE INDEX runs_launch_seq ON runs (campaign_id, kind, launch_seq))",
         }},
        {15,
         "people deactivated and tenants archived, never deleted",
         {
             // Set when an admin deactivates the user: history keeps their name, they act no more.
             R"(ALTER TABLE users ADD COLUMN deactivated_at BIGINT)",
             R"(ALTER TABLE tenants ADD COLUMN archived_at BIGINT)",
             // A name is one person whatever its letter case ("ann" is Ann).
             R"(CREATE UNIQUE INDEX users_name_folded ON users (tenant_id, lower(name)))",
             R"(CREATE UNIQUE INDEX tenants_name_folded ON tenants (lower(name)))",
         }},
        {16,
         "reviewers are users",
         // A campaign's reviewer is a user who may approve (admin or reviewer), so that
         // the person who approves signs in and is audited as themselves. Each reviewer
         // record becomes the user of its name (made a reviewer when there is none; a
         // deleted record a deactivated one) and campaigns point at that user.
         {
             kReviewersToUsers,
             R"(CREATE TABLE campaigns_new (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                short_id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '',
                goal_id BIGINT,
                writer_id BIGINT,
                reviewer_id BIGINT,
                approved_at BIGINT,
                content_revision INTEGER NOT NULL DEFAULT 1,
                approved_revision INTEGER NOT NULL DEFAULT 0,
                contact_list_id BIGINT,
                one_time_rules TEXT NOT NULL DEFAULT '',
                test_recipients TEXT NOT NULL DEFAULT '',
                launch_type TEXT NOT NULL CHECK (launch_type IN ('now','manual','schedule','recurring')),
                send_at BIGINT,
                recurrence TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT 'UTC',
                schedule_pending INTEGER NOT NULL DEFAULT 0,
                ttl_minutes INTEGER NOT NULL DEFAULT 0,
                activated INTEGER NOT NULL DEFAULT 0,
                archived INTEGER NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL,
                created_by BIGINT,
                schedule_accepted_by BIGINT,
                schedule_accepted_at BIGINT,
                approved_content_hash TEXT NOT NULL DEFAULT '',
                UNIQUE (tenant_id, id),
                FOREIGN KEY (tenant_id, goal_id) REFERENCES goals (tenant_id, id),
                FOREIGN KEY (tenant_id, writer_id) REFERENCES writers (tenant_id, id),
                FOREIGN KEY (tenant_id, reviewer_id) REFERENCES users (tenant_id, id),
                FOREIGN KEY (tenant_id, contact_list_id) REFERENCES contact_lists (tenant_id, id),
                FOREIGN KEY (tenant_id, created_by) REFERENCES users (tenant_id, id) ON DELETE SET NULL))",
             R"(INSERT INTO campaigns_new (id, tenant_id, short_id, name, description, tags, goal_id, writer_id,
                reviewer_id, approved_at, content_revision, approved_revision, contact_list_id, one_time_rules,
                test_recipients, launch_type, send_at, recurrence, time_zone, schedule_pending, ttl_minutes,
                activated, archived, created_at, created_by, schedule_accepted_by, schedule_accepted_at,
                approved_content_hash)
                SELECT id, tenant_id, short_id, name, description, tags, goal_id, writer_id,
                )" kReviewerAsUser R"(, approved_at, content_revision, approved_revision, contact_list_id,
                one_time_rules, test_recipients, launch_type, send_at, recurrence, time_zone, schedule_pending,
                ttl_minutes, activated, archived, created_at, created_by, schedule_accepted_by, schedule_accepted_at,
                approved_content_hash FROM campaigns)",
             R"(DROP TABLE campaigns)",
             R"(ALTER TABLE campaigns_new RENAME TO campaigns)",
             R"(CREATE INDEX campaigns_tenant ON campaigns (tenant_id, archived))",
             R"(DROP TABLE reviewers)",
         },
         {
             kReviewersToUsers,
             R"(ALTER TABLE campaigns DROP CONSTRAINT campaigns_tenant_id_reviewer_id_fkey)",
             R"(UPDATE campaigns SET reviewer_id = )" kReviewerAsUser,
             R"(ALTER TABLE campaigns ADD FOREIGN KEY (tenant_id, reviewer_id) REFERENCES users (tenant_id, id))",
             R"(DROP TABLE reviewers)",
         },
         true},
        {17,
         "senders and number pools managed, their history kept",
         {
             // A sender's Reply-To (email).
             R"(ALTER TABLE sender_identities ADD COLUMN reply_to TEXT NOT NULL DEFAULT '')",
             // Deleted senders and pools stay for the campaigns and messages that used
             // them; their names are free again. A removed number keeps its counters and
             // comes back with them when it is added again.
             R"(ALTER TABLE sender_identities ADD COLUMN deleted_at BIGINT)",
             R"(CREATE UNIQUE INDEX sender_identities_name ON sender_identities (tenant_id, kind, lower(name))
                WHERE deleted_at IS NULL)",
             R"(ALTER TABLE phone_numbers ADD COLUMN removed_at BIGINT)",
             R"(CREATE TABLE number_pools_new (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                rotation TEXT NOT NULL DEFAULT 'round-robin',
                quarantine_below INTEGER NOT NULL DEFAULT 20,
                quarantine_min_sample INTEGER NOT NULL DEFAULT 50,
                deleted_at BIGINT,
                UNIQUE (tenant_id, id)))",
             R"(INSERT INTO number_pools_new (id, tenant_id, name, rotation, quarantine_below, quarantine_min_sample)
                SELECT id, tenant_id, name, rotation, quarantine_below, quarantine_min_sample FROM number_pools)",
             R"(DROP TABLE number_pools)",
             R"(ALTER TABLE number_pools_new RENAME TO number_pools)",
             R"(CREATE UNIQUE INDEX number_pools_name ON number_pools (tenant_id, lower(name)) WHERE deleted_at IS NULL)",
         },
         {
             R"(ALTER TABLE sender_identities ADD COLUMN reply_to TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE sender_identities ADD COLUMN deleted_at BIGINT)",
             R"(CREATE UNIQUE INDEX sender_identities_name ON sender_identities (tenant_id, kind, lower(name))
                WHERE deleted_at IS NULL)",
             R"(ALTER TABLE phone_numbers ADD COLUMN removed_at BIGINT)",
             R"(ALTER TABLE number_pools ADD COLUMN deleted_at BIGINT)",
             R"(ALTER TABLE number_pools DROP CONSTRAINT number_pools_tenant_id_name_key)",
             R"(CREATE UNIQUE INDEX number_pools_name ON number_pools (tenant_id, lower(name)) WHERE deleted_at IS NULL)",
         },
         true},
        {18,
         "the setup assistant",
         {
             // When an admin finished setting the organisation up (the desktop's setup
             // assistant opens until then); tenants from before it count as set up.
             R"(ALTER TABLE tenants ADD COLUMN set_up_at BIGINT)",
             R"(UPDATE tenants SET set_up_at = created_at)",
             // The send window new campaign channels start with ("" : each kind's default).
             R"(ALTER TABLE tenants ADD COLUMN default_send_window TEXT NOT NULL DEFAULT '')",
         }},
        {19,
         "people sign in by database login",
         {
             kLoginColumn,
             kLoginIndex,
             kServiceLogins,
         },
         {
             kLoginColumn,
             kLoginIndex,
             kServiceLogins,
             kTenantsFunction,
             kMayCreateTenantFunction,
             kTenantClaimedFunction,
             kGuardFunction,
             kSecureFunction,
             R"(GRANT SELECT ON schema_version TO PUBLIC)",
             R"(ALTER TABLE tenants ENABLE ROW LEVEL SECURITY)",
             // A tenant being created has nobody yet (and is seen only inside its creator's
             // transaction): its creator reads it back before becoming its first admin.
             R"(CREATE POLICY herald_tenant ON tenants FOR SELECT
                USING (id = ANY ((SELECT herald_tenants())::BIGINT[]) OR NOT herald_tenant_claimed(id)))",
             R"(CREATE POLICY herald_tenant_change ON tenants FOR UPDATE USING (id = ANY ((SELECT herald_tenants())::BIGINT[])))",
             R"(CREATE POLICY herald_tenant_remove ON tenants FOR DELETE USING (id = ANY ((SELECT herald_tenants())::BIGINT[])))",
             R"(CREATE POLICY herald_tenant_create ON tenants FOR INSERT WITH CHECK (herald_may_create_tenant()))",
             R"(GRANT SELECT, INSERT, UPDATE, DELETE ON tenants TO PUBLIC)",
             R"(GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC)",
             // What only admins may change (docs/permissions.md), held by the database for
             // logins that connect directly; the columns after the role list are those the
             // dispatcher of any member keeps current.
             R"(CREATE TRIGGER herald_guard BEFORE UPDATE OR DELETE ON tenants
                FOR EACH ROW EXECUTE FUNCTION herald_guard('id', 'admin', 'callback_token', 'balance_credits-'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON users
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON service_logins
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON provider_configs
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON sender_identities
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON number_pools
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin'))",
             R"(CREATE TRIGGER herald_guard BEFORE INSERT OR UPDATE OR DELETE ON phone_numbers
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin', 'attempts', 'successes', 'failures',
                'opt_outs', 'last_used_at', 'used_today', 'used_day', 'state', 'state_reason', 'state_changed_at'))",
             R"(CREATE TRIGGER herald_guard BEFORE DELETE ON opt_outs
                FOR EACH ROW EXECUTE FUNCTION herald_guard('tenant_id', 'admin,manager'))",
         }},
        {20,
         "workers share the sending",
         {
             // Which dispatcher has a message in flight: a team workspace's dispatchers
             // settle the messages of one that died (docs/team.md).
             R"(ALTER TABLE messages ADD COLUMN claimed_by BIGINT)",
             R"(CREATE INDEX messages_in_flight ON messages (claimed_by)
                WHERE status IN ('Sending', 'Dialing', 'Ringing', 'Answered'))",
             // A run channel's rate limit, one token bucket for every dispatcher sending it.
             R"(ALTER TABLE run_channels ADD COLUMN rate_tokens REAL)",
             R"(ALTER TABLE run_channels ADD COLUMN rate_refilled_at BIGINT)",
         },
         {
             R"(ALTER TABLE messages ADD COLUMN claimed_by BIGINT)",
             R"(CREATE INDEX messages_in_flight ON messages (claimed_by)
                WHERE status IN ('Sending', 'Dialing', 'Ringing', 'Answered'))",
             R"(ALTER TABLE run_channels ADD COLUMN rate_tokens DOUBLE PRECISION)",
             R"(ALTER TABLE run_channels ADD COLUMN rate_refilled_at BIGINT)",
             R"(CREATE SEQUENCE dispatcher_ids)",
         }},
        {21,
         "open windows learn of each other's changes",
         {},
         {
             kNotifyChannelColumn,
             kChangedFunction,
             kMessagesChangedFunction,
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR UPDATE OR DELETE ON campaigns
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR UPDATE OR DELETE ON campaign_channels
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR UPDATE OR DELETE ON campaign_segments
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR UPDATE OR DELETE ON campaign_reviews
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR UPDATE OR DELETE ON runs
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             // Not the rate limit's token bucket, which every claim updates.
             R"(CREATE TRIGGER herald_changed AFTER INSERT OR DELETE ON run_channels
                FOR EACH ROW EXECUTE FUNCTION herald_changed())",
             R"(CREATE TRIGGER herald_changed_status AFTER UPDATE ON run_channels
                FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION herald_changed())",
         }},
        {22,
         "open windows follow a workspace file's changes",
         {
             kChangesTable,
         },
         {
             // A team workspace's windows follow NOTIFY (schema 21).
             R"(SELECT 1)",
         }},
        {23,
         "each run channel keeps how long it spent sending",
         {
             // Stored when the channel ends (RunRepository::measureSending): forecasts go by
             // the pace a provider reached while sending, not by idle time.
             R"(ALTER TABLE run_channels ADD COLUMN sent_count BIGINT)",
             R"(ALTER TABLE run_channels ADD COLUMN sending_ms BIGINT)",
         }},
        {24,
         "each run channel records who started it and accepted the disclaimer",
         {
             // A channel held at launch starts later, by its own decision (STATUS_MODEL).
             R"(ALTER TABLE run_channels ADD COLUMN started_by BIGINT REFERENCES users (id) ON DELETE SET NULL)",
             R"(ALTER TABLE run_channels ADD COLUMN disclaimer_at BIGINT)",
         }},
        {25,
         "Herald's listener per tenant, tracked link clicks and goal URLs",
         {
             // Where the tenant's listener binds (HOST:PORT, "" for none) and the public
             // base URL the internet reaches it by (the organisation's reverse proxy); the
             // secret signs the links it serves (LinkTracking).
             R"(ALTER TABLE tenants ADD COLUMN listen TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE tenants ADD COLUMN public_url TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE tenants ADD COLUMN link_secret TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE campaigns ADD COLUMN track_clicks INTEGER NOT NULL DEFAULT 0)",
             R"(ALTER TABLE goals ADD COLUMN url TEXT NOT NULL DEFAULT '')",
             R"(CREATE TABLE link_clicks (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                run_id BIGINT NOT NULL,
                message_id BIGINT NOT NULL,
                contact_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                clicked_at BIGINT NOT NULL,
                FOREIGN KEY (tenant_id, run_id) REFERENCES runs (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX link_clicks_run ON link_clicks (tenant_id, run_id, message_id))",
         }},
        {26,
         "each tenant's own SMS stop words and HELP answer",
         {
             // Opt-out words besides the carriers' (ARRET, STOPP), comma-separated as
             // SmsKeywords::normalized writes them, and the answer to HELP and INFO ("":
             // the organisation's name and how to opt out).
             R"(ALTER TABLE tenants ADD COLUMN sms_stop_words TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE tenants ADD COLUMN sms_help TEXT NOT NULL DEFAULT '')",
         }},
        {27,
         "each tenant's inbound mailbox: bounces, complaints and replies",
         {
             // MailboxSettings as JSON ("" for none); its password is never here.
             R"(ALTER TABLE tenants ADD COLUMN mailbox TEXT NOT NULL DEFAULT '')",
             // Every mail read from the mailbox, once: the digest of its bytes makes a
             // second read (another dispatcher, a poll after a crash) change nothing. What it
             // was, the message and contact it concerns and what it did are its audit.
             R"(CREATE TABLE inbound_mail (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                digest TEXT NOT NULL,
                kind TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                detail TEXT NOT NULL DEFAULT '',
                received_at BIGINT NOT NULL,
                run_id BIGINT,
                message_id BIGINT,
                contact_id BIGINT,
                UNIQUE (tenant_id, digest),
                FOREIGN KEY (tenant_id, run_id) REFERENCES runs (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX inbound_mail_address ON inbound_mail (tenant_id, address, kind, received_at))",
             R"(CREATE INDEX inbound_mail_run ON inbound_mail (tenant_id, run_id))",
             // Email addresses are found whatever their letter case (a bounce, an unsubscribe).
             R"(CREATE INDEX contacts_email_lower ON contacts (tenant_id, lower(email)))",
         }},
        {28,
         "a number pool's simultaneous calls",
         {
             // At most this many calls from the pool's numbers at once; 0: the trunk's limit.
             R"(ALTER TABLE number_pools ADD COLUMN max_calls INTEGER NOT NULL DEFAULT 0)",
         }},
        {29,
         "contacts' Telegram chats, Viber users and Web Push subscriptions",
         {
             // The chat a contact's Telegram messages go to (the bot's chat id, digits with
             // an optional minus) and the Viber user id a Viber message goes to; "" for none.
             R"(ALTER TABLE contacts ADD COLUMN telegram_chat TEXT NOT NULL DEFAULT '')",
             R"(ALTER TABLE contacts ADD COLUMN viber_user TEXT NOT NULL DEFAULT '')",
             R"(CREATE INDEX contacts_telegram ON contacts (tenant_id, telegram_chat))",
             R"(CREATE INDEX contacts_viber ON contacts (tenant_id, viber_user))",
             // Each browser that subscribed a contact to Web Push (RFC 8030): its push
             // service endpoint and the keys its messages are encrypted for (RFC 8291). An
             // endpoint is one browser's, so it belongs to one contact of a tenant.
             R"(CREATE TABLE push_subscriptions (
                id %PK%,
                tenant_id BIGINT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                contact_id BIGINT NOT NULL,
                endpoint TEXT NOT NULL,
                p256dh TEXT NOT NULL,
                auth TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                last_success_at BIGINT,
                UNIQUE (tenant_id, endpoint),
                FOREIGN KEY (tenant_id, contact_id) REFERENCES contacts (tenant_id, id) ON DELETE CASCADE))",
             R"(CREATE INDEX push_subscriptions_contact ON push_subscriptions (tenant_id, contact_id))",
         }},
        {30,
         "reports that name a message by the service's id; the tenant's Web Push key",
         {
             // Viber's callbacks name a message by the token its send answered with.
             R"(CREATE INDEX messages_provider_id ON messages (tenant_id, channel, provider_id))",
             // The tenant's VAPID key pair (RFC 8292): the P-256 private key, base64url; the
             // public key, derived from it, goes into the organisation's site. Made once by
             // an admin, when the Web Push provider is saved.
             R"(ALTER TABLE tenants ADD COLUMN vapid_key TEXT NOT NULL DEFAULT '')",
         }},
        {31,
         "the last Test connection of each provider",
         {
             // What an admin's Test connection of the saved settings found (preflight blocks a
             // channel whose provider failed it: a Telegram bot missing or blocked, a wrong
             // password); none after the settings change. checked_at NULL: never tested.
             R"(ALTER TABLE provider_configs ADD COLUMN checked_at BIGINT)",
             R"(ALTER TABLE provider_configs ADD COLUMN check_ok INTEGER NOT NULL DEFAULT 1)",
             R"(ALTER TABLE provider_configs ADD COLUMN check_detail TEXT NOT NULL DEFAULT '')",
         }},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    SqlQuery q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (auto st = q.exec(u"reading the schema version"); !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status Migrations::migrate(const QSqlDatabase &db, const SqlDialect &dialect, int target)
{
    if (target < 0)
        target = latestVersion();
    if (const QString lock = dialect.migrationLock(); !lock.isEmpty())
        if (auto st = SqlQuery(db, lock).exec(u"waiting for another process migrating the workspace"); !st)
            return st;
    const auto unlock = qScopeGuard([&] {
        if (const QString sql = dialect.migrationUnlock(); !sql.isEmpty())
            (void)SqlQuery(db, sql).exec(u"releasing the migration lock");
    });
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current == 0) {
        SqlQuery create(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                           "description TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        if (auto st = create.exec(u"creating the schema version table"); !st)
            return st;
    }
    const bool sqlite = dialect.kind() == SqlDialect::Kind::Sqlite;
    auto foreignKeys = [&](bool on) {
        return SqlQuery(db, on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"))
            .exec(u"switching foreign keys");
    };
    for (const Step &step : steps()) {
        if (step.version <= *current || step.version > target)
            continue;
        const bool keysOff = sqlite && step.rebuildsTables;
        if (keysOff) // only outside a transaction
            if (auto st = foreignKeys(false); !st)
                return st;
        const auto restoreKeys = qScopeGuard([&] {
            if (keysOff)
                (void)foreignKeys(true);
        });
        Transaction tx(db);
        if (auto st = tx.begun(); !st)
            return st;
        const QString context = u"migrating the workspace to schema " + QString::number(step.version);
        const auto &statements = !sqlite && !step.postgres.empty() ? step.postgres : step.statements;
        for (const char *statement : statements) {
            SqlQuery q(db, dialect.expand(QString::fromUtf8(statement)));
            if (auto st = q.exec(context); !st)
                return st;
        }
        if (!sqlite && step.version >= kRowSecurityFrom)
            if (auto st = SqlQuery(db, QStringLiteral("SELECT herald_secure()")).exec(context); !st)
                return st;
        if (sqlite && step.version >= kChangeTriggersFrom)
            for (const QString &trigger : changeTriggers())
                if (auto st = SqlQuery(db, trigger).exec(context); !st)
                    return st;
        if (keysOff) {
            SqlQuery check(db, QStringLiteral("PRAGMA foreign_key_check"));
            if (auto st = check.exec(context); !st)
                return st;
            if (check.next())
                return Error::runtime(Text::tr("migrating the workspace to schema %1: table %2 row %3 points at a "
                                               "missing %4 row; nothing was changed")
                                          .arg(QString::number(step.version), check.text(0), check.text(1),
                                               check.text(2)));
        }
        SqlQuery record(db, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        record.bind(step.version).bind(QString::fromUtf8(step.description)).bindTime(QDateTime::currentDateTimeUtc());
        if (auto st = record.exec(context); !st)
            return st;
        if (auto st = tx.commit(); !st)
            return st;
    }
    return {};
}

} // namespace herald
