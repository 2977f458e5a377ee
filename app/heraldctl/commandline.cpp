#include "commandline.h"

#include "manpage.h"

#include <QCoreApplication>
#include <QMap>

namespace herald::ctl {

namespace {

struct CommandSpec
{
    const char *name;
    const char *arguments; // shown in help
    const char *summary;
    QList<QCommandLineOption> options;
};

QCommandLineOption flag(const char *name, const char *description)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

QCommandLineOption valued(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName));
}

// The options of create and edit; text options take @FILE for a file's text.
QList<QCommandLineOption> goalOptions()
{
    return {valued("name", "The goal's name", "NAME"), valued("description", "What it is about", "TEXT"),
            valued("metric", "What is counted: replies, clicks, answered calls, ...", "TEXT"),
            valued("target", "The target, e.g. 0.05 for 5%", "N"),
            valued("url", "Where a click counts as a conversion (metric clicks)", "URL"), flag("json", "Print JSON")};
}

QList<QCommandLineOption> writerOptions()
{
    return {valued("name", "The writer's name", "NAME"),
            valued("instructions", "What the writer is told (or @FILE)", "TEXT"),
            valued("tone", "friendly, formal, urgent, ...", "TEXT"), valued("audience", "Who reads it", "TEXT"),
            valued("key-point", "A point to make (repeatable)", "TEXT"),
            valued("sms-segments", "The most SMS segments a text may take (default 1)", "N"),
            valued("subject-max", "The longest email subject (default 60)", "N"), flag("json", "Print JSON")};
}

QList<QCommandLineOption> templateOptions()
{
    return {valued("name", "The template's name", "NAME"), valued("subject", "Email: the subject", "TEXT"),
            valued("html-file", "Email: the HTML body (- for standard input)", "FILE"),
            valued("text-file", "Email: the plain-text part (alone: a text-only email)", "FILE"),
            valued("preheader", "Email: the preview line after the subject", "TEXT"),
            valued("from-name", "Email: the from name instead of the sender's", "TEXT"),
            valued("body-file", "SMS, call script and the others: the text", "FILE"),
            valued("audio-file", "Call script: a recording played instead of speaking the text (\"\": none)", "FILE"),
            valued("photo-file", "Telegram: a photo (JPEG, PNG, WebP) sent with the text as its caption (\"\": none)",
                   "FILE"),
            flag("json", "Print JSON")};
}

QList<QCommandLineOption> poolOptions(bool creating)
{
    if (creating)
        return {valued("rotation", "round-robin (default), least-used, sticky or local-presence", "R"),
                valued("quarantine-below", "Quarantine a number below this success percentage (default 20; 0 never)",
                       "PCT"),
                valued("min-sample", "... over at least N finished messages (default 50)", "N"),
                valued("max-calls", "Phone: at most N calls from the pool's numbers at once (default 0: the trunk's "
                                    "limit)",
                       "N"),
                flag("json", "Print JSON")};
    return {valued("rotation", "round-robin, least-used, sticky or local-presence", "R"),
            valued("quarantine-below", "Quarantine a number below this success percentage (0 never)", "PCT"),
            valued("min-sample", "... over at least N finished messages", "N"),
            valued("max-calls", "Phone: at most N calls from the pool's numbers at once (0: the trunk's limit)", "N"),
            flag("json", "Print JSON")};
}

QList<QCommandLineOption> segmentOptions()
{
    return {valued("name", "The segment's name", "NAME"),
            valued("rules", "The rules as JSON (or @FILE), as 'segments show --json' prints them", "JSON"),
            flag("json", "Print JSON")};
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> all{
        {"init", "", "Create a workspace: empty (one tenant and an admin), or the demo with --demo",
         {flag("demo", "Fill the workspace with the demo data set"),
          valued("seed", "Seed of the demo data (default 20261122)", "N")}},
        {"tenants list", "", "List the workspace's tenants",
         {flag("all", "Archived tenants too"), flag("json", "Print JSON")}},
        {"tenants create", "NAME", "Create a tenant; you become its first admin (admins)",
         {valued("time-zone", "Its time zone, an IANA name (default UTC)", "TZ"), flag("json", "Print JSON")}},
        {"tenants rename", "NAME NEW_NAME", "Rename a tenant (its admins)", {flag("json", "Print JSON")}},
        {"tenants edit", "NAME",
         "Set a tenant's listener (where it binds, its public URL) or SMS keywords (its admins)",
         {valued("listen", "The address Herald's listener binds, HOST:PORT (\"\" for none)", "HOST:PORT"),
          valued("public-url", "The base URL the internet reaches the listener by (\"\" for none)", "URL"),
          valued("stop-words", "SMS opt-out words besides STOP and the like, comma-separated (\"\" for none)",
                 "WORDS"),
          valued("sms-help", "The answer to HELP and INFO (\"\": the name and how to opt out)", "TEXT"),
          flag("json", "Print JSON")}},
        {"tenants archive", "NAME", "Archive a tenant: kept with its history, nobody works in it (its admins)",
         {flag("json", "Print JSON")}},
        {"users list", "", "The tenant's people and their roles, deactivated ones too", {flag("json", "Print JSON")}},
        {"users add", "NAME", "Add a person to the tenant (admins)",
         {valued("role", "admin, manager, reviewer, support or viewer", "ROLE"),
          valued("email", "Their email address", "EMAIL"),
          valued("login", "Team workspaces: the database login they sign in as (created when missing)", "LOGIN"),
          flag("json", "Print JSON")}},
        {"users set-role", "NAME ROLE", "Change a person's role (admins; the last admin stays one)",
         {flag("json", "Print JSON")}},
        {"users set-login", "NAME LOGIN",
         "Team workspaces: link a person to the database login they sign in as (admins; created when missing)",
         {flag("json", "Print JSON")}},
        {"users deactivate", "NAME", "Deactivate a person: kept in history, may not act (admins)",
         {flag("json", "Print JSON")}},
        {"users reactivate", "NAME", "Let a deactivated person act again (admins)", {flag("json", "Print JSON")}},
        {"workers list", "", "Team workspaces: the service logins workers connect as for the tenant",
         {flag("json", "Print JSON")}},
        {"workers add", "LOGIN", "Team workspaces: let workers connecting as LOGIN send for the tenant (admins)",
         {flag("json", "Print JSON")}},
        {"workers remove", "LOGIN", "Team workspaces: stop LOGIN sending for the tenant (admins)", {}},
        {"senders list", "", "Who the tenant's messages come from, per channel",
         {valued("channel", "Only this channel's senders", "C"), flag("json", "Print JSON")}},
        {"senders add", "", "Add a sender (admins): an email identity, an SMS sender ID or pool, a caller ID pool, ...",
         {valued("channel", "email, sms, phone, telegram, webpush or viber", "C"),
          valued("name", "Email: the from name; SMS: the sender ID (up to 11 characters); Telegram: the bot", "NAME"),
          valued("address", "Email: the from address", "ADDRESS"),
          valued("reply-to", "Email: where replies go", "ADDRESS"),
          valued("pool", "SMS and phone: send from this number pool's numbers", "POOL"), flag("json", "Print JSON")}},
        {"senders edit", "SENDER", "Change a sender (admins); an empty --pool detaches its pool",
         {valued("channel", "The sender's channel, where names repeat", "C"), valued("name", "A new name", "NAME"),
          valued("address", "A new from address", "ADDRESS"), valued("reply-to", "A new reply-to (empty: none)", "ADDRESS"),
          valued("pool", "Its number pool", "POOL"), flag("json", "Print JSON")}},
        {"senders pause", "SENDER", "Pause a sender: campaigns using it stop at preflight until it resumes (admins)",
         {valued("channel", "The sender's channel, where names repeat", "C"), flag("json", "Print JSON")}},
        {"senders resume", "SENDER", "Resume a paused sender (admins)",
         {valued("channel", "The sender's channel, where names repeat", "C"), flag("json", "Print JSON")}},
        {"senders delete", "SENDER", "Delete a sender no campaign that has not ended uses; history keeps it (admins)",
         {valued("channel", "The sender's channel, where names repeat", "C"), flag("json", "Print JSON")}},
        {"pools list", "", "The tenant's number pools with their numbers and senders", {flag("json", "Print JSON")}},
        {"pools show", "POOL", "A number pool's numbers and what they did", {flag("json", "Print JSON")}},
        {"pools create", "NAME", "Create a number pool (admins)", poolOptions(true)},
        {"pools edit", "POOL", "Change a number pool's rotation, quarantine or calls at once (admins)",
         poolOptions(false)},
        {"pools delete", "POOL", "Delete a number pool no sender uses; its numbers' history stays (admins)",
         {flag("json", "Print JSON")}},
        {"pools add-number", "POOL [NUMBER...]", "Add E.164 numbers to a pool, all or none (admins)",
         {valued("file", "Numbers one per line (- for standard input)", "FILE"), flag("json", "Print JSON")}},
        {"pools remove-number", "POOL [NUMBER...]", "Take numbers out of a pool, all or none; history stays (admins)",
         {valued("file", "Numbers one per line (- for standard input)", "FILE"), flag("json", "Print JSON")}},
        {"pools attach", "POOL SENDER", "An SMS or phone sender sends from the pool's numbers (admins)",
         {valued("channel", "The sender's channel, where names repeat", "C"), flag("json", "Print JSON")}},
        {"goals list", "", "The tenant's goals", {flag("json", "Print JSON")}},
        {"goals show", "GOAL", "A goal", {flag("json", "Print JSON")}},
        {"goals create", "", "Create a goal (managers and admins)", goalOptions()},
        {"goals edit", "GOAL", "Change a goal (managers and admins)", goalOptions()},
        {"goals delete", "GOAL", "Delete a goal; campaigns naming it ask for another (managers and admins)",
         {flag("json", "Print JSON")}},
        {"writers list", "", "The tenant's writers", {flag("json", "Print JSON")}},
        {"writers show", "WRITER", "A writer", {flag("json", "Print JSON")}},
        {"writers create", "", "Create a writer (managers and admins)", writerOptions()},
        {"writers edit", "WRITER", "Change a writer (managers and admins)", writerOptions()},
        {"writers delete", "WRITER", "Delete a writer; campaigns naming it ask for another (managers and admins)",
         {flag("json", "Print JSON")}},
        {"templates list", "", "The tenant's templates", {flag("json", "Print JSON")}},
        {"templates show", "TEMPLATE", "A template with its content", {flag("json", "Print JSON")}},
        {"templates create", "", "Create a template (managers and admins)",
         templateOptions() << valued("channel", "email, sms, phone, telegram, webpush or viber", "C")},
        {"templates edit", "TEMPLATE", "Change a template; campaigns using it need approval again (managers and admins)",
         templateOptions()},
        {"templates delete", "TEMPLATE", "Delete a template; campaigns using it ask for another (managers and admins)",
         {flag("json", "Print JSON")}},
        {"segments list", "", "The tenant's segments", {flag("json", "Print JSON")}},
        {"segments show", "SEGMENT", "A segment and its rules", {flag("json", "Print JSON")}},
        {"segments create", "", "Create a segment (managers and admins)", segmentOptions()},
        {"segments edit", "SEGMENT", "Change a segment (managers and admins)", segmentOptions()},
        {"segments delete", "SEGMENT", "Delete a segment; campaigns using it ask for another (managers and admins)",
         {flag("json", "Print JSON")}},
        {"campaigns list", "", "List campaigns, archived ones included",
         {valued("status", "Only campaigns with this status", "S"), valued("channel", "Only campaigns with this channel", "C"),
          valued("search", "Name or ID contains TEXT", "TEXT"), flag("archived", "Only archived campaigns"),
          flag("json", "Print JSON")}},
        {"campaigns show", "ID", "Show a campaign's configuration, channels and runs", {flag("json", "Print JSON")}},
        {"campaigns create", "", "Create a campaign from JSON in the shape 'campaigns show --json' prints",
         {valued("json", "The campaign JSON ('-' reads standard input)", "FILE")}},
        {"campaigns clone", "ID", "Copy a campaign (not activated, not approved)", {flag("json", "Print JSON")}},
        {"campaigns archive", "ID", "Archive a Completed, Stopped or Failed campaign", {flag("json", "Print JSON")}},
        {"campaigns delete", "ID", "Delete a campaign with its runs and messages",
         {flag("yes", "Confirm the deletion"), flag("json", "Print JSON")}},
        {"campaigns activate", "ID", "Mark a campaign's configuration final", {flag("json", "Print JSON")}},
        {"campaigns approve", "ID", "Approve the campaign's current content (reviewers and admins)",
         {valued("comment", "A note kept in the review history", "TEXT"), flag("json", "Print JSON")}},
        {"campaigns reject", "ID", "Send the content back, saying what to change (reviewers and admins)",
         {valued("comment", "What to change (required)", "TEXT"), flag("json", "Print JSON")}},
        {"campaigns comment", "ID", "Comment on the campaign's content (not viewers)",
         {valued("comment", "The comment (required)", "TEXT"), flag("json", "Print JSON")}},
        {"campaigns reviews", "ID", "The review history: approvals, rejections and comments, oldest first",
         {flag("json", "Print JSON")}},
        {"status", "ID", "A campaign's status and its runs' message counts per channel", {flag("json", "Print JSON")}},
        {"messages", "RUN_ID", "The messages of a run, by id, in pages",
         {valued("state", "Only messages in this state", "S"), valued("channel", "Only this channel", "C"),
          valued("limit", "At most N messages (default 1000)", "N"), valued("after", "Messages with an id above ID", "ID"),
          flag("json", "Print JSON")}},
        {"report", "ID", "The campaign report of a run (default: the newest live run) as PDF, and its tables as CSV",
         {valued("pdf", "The PDF file to write", "FILE"), valued("run", "The report of this run", "RUN_ID"),
          valued("page-size", "a4 (default) or letter", "SIZE"),
          valued("csv", "The report's tables as CSV (- for standard output)", "FILE"),
          flag("bom", "Start the CSV with a UTF-8 byte-order mark"), flag("json", "Print JSON")}},
        {"export", "ID", "A campaign's messages (every run, or one) as CSV for spreadsheets",
         {valued("csv", "The file to write (- for standard output)", "FILE"), valued("run", "Only this run", "RUN_ID"),
          flag("bom", "Start with a UTF-8 byte-order mark (for spreadsheets that need one)"),
          flag("json", "Print JSON")}},
        {"sweep", "", "Apply the time rules (10-minute rules, TTL) and complete worked-through channels",
         {valued("at", "As of this instant (ISO 8601; default now)", "TIME"),
          flag("all-tenants", "Every tenant's messages (needs an admin of every tenant)"), flag("json", "Print JSON")}},
        {"run", "ID", "Start a run: preflight, the disclaimer, then the audience queued for sending",
         {flag("test", "A test run to the campaign's test recipients"), valued("channel", "Start this channel only (repeatable); the others wait, held", "C"),
          flag("accept-disclaimer", "Accept the run disclaimer (nothing is sent without it)"),
          flag("wait", "Send now and wait until every started channel is final"),
          flag("now", "Start now even if the campaign launches on a schedule"), flag("json", "Print JSON")}},
        {"retry-failed", "ID",
         "Send an ended campaign again, as a new live run, to the recipients whose message failed after its retries",
         {flag("accept-disclaimer", "Accept the run disclaimer (nothing is sent without it)"),
          flag("wait", "Send now and wait until every started channel is final"), flag("json", "Print JSON")}},
        {"remarket", "ID", "Create a Draft follow-up campaign for chosen contacts of an ended or stopped campaign",
         {valued("target", "failed, no-reply, no-answer or selected", "WHO"),
          valued("contacts", "With --target selected: contact ids, comma-separated", "IDS"),
          valued("from", "Count results of this channel only", "C"),
          valued("channel", "A channel of the follow-up (repeat; default: the source's)", "C"),
          valued("name", "The follow-up's name (default: \"<name> follow-up\")", "NAME"), flag("json", "Print JSON")}},
        {"pause", "ID", "Pause the campaign's running channels (or one)",
         {valued("channel", "Only this channel", "C"), flag("json", "Print JSON")}},
        {"resume", "ID", "Resume the campaign's paused channels (or one)",
         {valued("channel", "Only this channel", "C"), flag("json", "Print JSON")}},
        {"stop", "ID", "Stop the campaign's channels (or one): queued messages are cancelled",
         {valued("channel", "Only this channel", "C"), flag("json", "Print JSON")}},
        {"worker", "", "Send the workspace's runs until SIGTERM or SIGINT, then drain", {}},
        {"missed list", "", "Scheduled launches missed while no dispatcher ran", {flag("json", "Print JSON")}},
        {"providers list", "", "How each channel kind of the tenant sends", {flag("json", "Print JSON")}},
        {"import-contacts", "FILE", "Import contacts from a CSV file (- for standard input) into a list, all or nothing",
         {valued("list", "The contact list (created when missing)", "NAME"),
          valued("map", "Column (header text or #N) to field: first_name, last_name, name, email, phone, time_zone, "
                        "tags, telegram_chat_id, viber_user_id, webpush_endpoint, webpush_p256dh, webpush_auth, "
                        "custom.NAME or ignore; repeatable", "COLUMN=FIELD"),
          valued("region", "Region of phone numbers written without +country code (default US)", "CC"),
          valued("campaign", "Follow the upload up in this campaign's detail", "ID"), flag("json", "Print JSON")}},
        {"contacts list", "", "The tenant's contacts in id order, with the addresses each channel reaches them at",
         {valued("search", "Name, email, phone or tag contains TEXT, or a Telegram chat or Viber user id", "TEXT"),
          valued("limit", "At most N contacts (default 1000)", "N"), valued("after", "Contacts with an id above ID", "ID"),
          flag("json", "Print JSON")}},
        {"contacts show", "CONTACT", "A contact: its addresses, push subscriptions and lists", {flag("json", "Print JSON")}},
        {"contacts set", "CONTACT", "Set a contact's Telegram chat or Viber user (\"\" clears it) (managers and admins)",
         {valued("telegram-chat", "The chat id the tenant's bot writes to", "ID"),
          valued("viber-user", "The Viber user id the tenant's bot writes to", "ID"), flag("json", "Print JSON")}},
        {"contacts subscribe", "CONTACT", "Add a browser's Web Push subscription to a contact (managers and admins)",
         {valued("subscription", "The browser's PushSubscription.toJSON(), or @FILE", "JSON"), flag("json", "Print JSON")}},
        {"contacts unsubscribe", "CONTACT ENDPOINT", "Remove a contact's push subscription (managers and admins)",
         {flag("json", "Print JSON")}},
        {"uploads list", "", "The tenant's staged uploads (CSV imports), newest first",
         {valued("campaign", "Only those followed up in this campaign", "ID"), flag("json", "Print JSON")}},
        {"uploads show", "UPLOAD_ID", "An upload's counts and the rows that were not accepted", {flag("json", "Print JSON")}},
        {"uploads rejections", "UPLOAD_ID", "The rejected rows as CSV (row, reason, the row's fields) to correct", {}},
        {"optouts list", "", "The tenant's opt-out list", {flag("json", "Print JSON")}},
        {"mailbox set", "", "Set the tenant's inbound mailbox, where bounces, complaints and replies arrive (admins)",
         {valued("settings", "Mailbox settings JSON, or @FILE; \"\" for none (see docs/providers.md)", "JSON"),
          flag("password-stdin", "Read the password from standard input and keep it in the system keyring"),
          flag("json", "Print JSON")}},
        {"mailbox show", "", "The tenant's inbound mailbox settings", {flag("json", "Print JSON")}},
        {"mailbox test", "", "Log in to the mailbox and open its folder; report what failed", {flag("json", "Print JSON")}},
        {"mailbox poll", "", "Read the new mail in the mailbox now: bounces, complaints, replies (managers and admins)",
         {flag("json", "Print JSON")}},
        {"mailbox history", "", "What the mailbox brought and what Herald did with it, newest first",
         {valued("limit", "At most N mails (default 100)", "N"), flag("json", "Print JSON")}},
        {"optouts add", "ADDRESS", "Opt an email address or phone number out (managers and admins)",
         {valued("channel", "Only this channel (default: all channels)", "C"),
          valued("source", "manual (default), import, reply keyword or unsubscribe link", "SOURCE"),
          valued("region", "Region of a phone number written without +country code (default US)", "CC"),
          flag("json", "Print JSON")}},
        {"optouts remove", "ADDRESS", "Take an address off the opt-out list (managers and admins)",
         {valued("channel", "The channel it was opted out of (default: all channels)", "C"),
          valued("region", "Region of a phone number written without +country code (default US)", "CC"),
          flag("yes", "Confirm: the contact may be messaged again"), flag("json", "Print JSON")}},
        {"optouts history", "", "Who added or removed which opt-out, newest first",
         {valued("limit", "At most N changes (default 1000)", "N"), flag("json", "Print JSON")}},
        {"optouts export", "", "The opt-out list as CSV (email, phone, channel, source, created_at)", {}},
        {"optouts import", "FILE", "Add a suppression list from CSV (- for standard input) (managers and admins)",
         {valued("channel", "For rows without a channel column (default: all channels)", "C"),
          valued("region", "Region of phone numbers written without +country code (default US)", "CC"),
          flag("json", "Print JSON")}},
        {"providers set", "", "Choose a channel kind's provider and its settings (admins)",
         {valued("channel", "The channel kind", "C"), valued("provider", "simulator, smtp, kannel, sip or telegram", "NAME"),
          valued("settings", "Settings JSON, or @FILE (passwords: password_file or password_env)", "JSON"),
          flag("password-stdin", "Read the password from standard input and keep it in the system keyring"),
          flag("json", "Print JSON")}},
        {"providers test", "", "Connect to a channel kind's provider and report what failed",
         {valued("channel", "The channel kind", "C"), flag("json", "Print JSON")}},
        {"missed resolve", "ALERT_ID", "Resolve a missed launch: send it now, reschedule it or skip it",
         {flag("send-now", "Launch it now"), valued("reschedule", "Launch it at this time instead (ISO 8601)", "TIME"),
          flag("skip", "Do not launch it"), flag("json", "Print JSON")}},
        {"workspace check", "", "Check the workspace file for damage (admins); exit 1 when damaged",
         {flag("full", "Check every index against its table too (slower)"), flag("json", "Print JSON")}},
        {"workspace backup", "FILE", "Copy the workspace to a new FILE, safely while a worker sends (admins of every tenant)",
         {flag("json", "Print JSON")}},
        {"workspace copy", "",
         "Copy a workspace file into a new team workspace (an empty PostgreSQL database), ids and history and all, "
         "then compare every table's rows (admins of every tenant)",
         {valued("from", "The workspace file to copy", "FILE"), valued("to", "The team database (libpq URI)", "URL"),
          flag("json", "Print JSON")}},
        {"preflight", "ID", "Check whether a campaign can run",
         {flag("test", "Check a test run instead of a live run"), valued("channel", "Check only this channel", "C"),
          flag("json", "Print JSON")}},
    };
    return all;
}

QList<QCommandLineOption> globalOptions()
{
    return {valued("workspace", "Workspace file (default: the per-user Herald workspace)", "FILE"),
            valued("database",
                   "Team workspace on PostgreSQL: a libpq URI (postgresql://USER@HOST/DB) or key=value "
                   "pairs; the PG* environment variables and service files fill in the rest",
                   "URL"),
            valued("tenant", "Tenant name (default: the workspace's default tenant)", "NAME"),
            valued("user",
                   "Act as this user of a workspace file (default: the tenant's first admin); in a team workspace you "
                   "are your database login",
                   "NAME")};
}

} // namespace

bool CommandLine::parse(const QStringList &arguments)
{
    // Find the command words: the first non-option arguments, skipping global option values.
    const QList<QCommandLineOption> globals = globalOptions();
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h"))
            m_help = true;
        if (a == QLatin1StringView("--version"))
            m_version = true;
        if (a == QLatin1StringView("--man"))
            m_man = true;
        if (a == QLatin1StringView("--bash-completion"))
            m_completion = true;
        if (a.startsWith(u'-')) {
            for (const QCommandLineOption &global : globals)
                if (!global.valueName().isEmpty() && a == u"--" + global.names().first())
                    ++i;
            continue;
        }
        words << a;
    }
    if (m_version || m_man || m_completion)
        return true;
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &c : commands()) {
        const QStringList parts = QString::fromLatin1(c.name).split(u' ');
        if (words.mid(0, parts.size()) == parts) {
            spec = &c;
            m_command = QString::fromLatin1(c.name);
            break;
        }
    }
    if (!spec) {
        if (m_help)
            return true;
        m_error = words.isEmpty() ? QStringLiteral("no command given")
                                  : u"unknown command '" + words.join(u' ') + u"'";
        return false;
    }

    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(globals);
    m_parser.addOptions(spec->options);
    m_parser.addOption(flag("help", "Show help"));
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_help)
        return true;
    m_positional = m_parser.positionalArguments().mid(m_command.count(u' ') + 1);
    const QString argument = QString::fromLatin1(spec->arguments);
    const QStringList argumentNames = argument.split(u' ', Qt::SkipEmptyParts);
    if (argument.endsWith(QLatin1StringView("...]"))) { // the required ones, then any number
        const qsizetype required = argumentNames.size() - 1;
        if (m_positional.size() < required) {
            m_error = u"'" + m_command + u"' takes " + argument;
            return false;
        }
        return true;
    }
    if (argumentNames.size() > 1) {
        if (m_positional.size() != argumentNames.size()) {
            m_error = u"'" + m_command + u"' takes " + argument;
            return false;
        }
        return true;
    }
    const bool wantsId = !argument.isEmpty();
    const QString noun = argument == QLatin1StringView("ID")          ? QStringLiteral("campaign ID")
                         : argument == QLatin1StringView("RUN_ID")    ? QStringLiteral("run id")
                         : argument == QLatin1StringView("FILE")      ? QStringLiteral("file")
                         : argument == QLatin1StringView("UPLOAD_ID") ? QStringLiteral("upload id")
                         : argument == QLatin1StringView("ADDRESS")   ? QStringLiteral("email address or phone number")
                         : argument == QLatin1StringView("NAME")      ? QStringLiteral("name")
                         : argument == QLatin1StringView("SENDER")    ? QStringLiteral("sender (name or id)")
                         : argument == QLatin1StringView("GOAL")      ? QStringLiteral("goal (name or id)")
                         : argument == QLatin1StringView("WRITER")    ? QStringLiteral("writer (name or id)")
                         : argument == QLatin1StringView("TEMPLATE")  ? QStringLiteral("template (name or id)")
                         : argument == QLatin1StringView("SEGMENT")   ? QStringLiteral("segment (name or id)")
                         : argument == QLatin1StringView("POOL")      ? QStringLiteral("number pool (name or id)")
                         : argument == QLatin1StringView("CONTACT")   ? QStringLiteral("contact (id, email or phone)")
                                                                      : QStringLiteral("alert id");
    if (wantsId && m_positional.size() != 1) {
        m_error = u"'" + m_command + (m_positional.isEmpty() ? QString(u"' needs a " + noun) : QString(u"' takes one " + noun));
        return false;
    }
    if (!wantsId && !m_positional.isEmpty()) {
        m_error = u"unexpected argument '" + m_positional.first() + u"' for '" + m_command + u"'";
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    QString out = QStringLiteral("Usage: heraldctl [--workspace FILE] [--tenant NAME] [--user NAME] COMMAND [options]\n\n"
                                 "Commands:\n");
    for (const CommandSpec &c : commands()) {
        QString line = u"  " + QString::fromLatin1(c.name);
        if (*c.arguments)
            line += u' ' + QString::fromLatin1(c.arguments);
        for (const QCommandLineOption &o : c.options)
            line += u" [--" + o.names().first() + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName()) + u']';
        out += line.leftJustified(58) + u' ' + QString::fromLatin1(c.summary) + u'\n';
    }
    out += QStringLiteral("\nGlobal options:\n");
    for (const QCommandLineOption &o : globalOptions())
        out += QString(u"  --" + o.names().first() + u' ' + o.valueName()).leftJustified(24) + o.description() + u'\n';
    out += QStringLiteral("\nExit codes: 0 success, 1 runtime error, 2 usage error, 3 preflight blockers,\n"
                          "4 refused transition or conflict, 5 not found.\n");
    return out;
}

QString CommandLine::manPage(const QString &version)
{
    ManPage man(QStringLiteral("heraldctl"), version, QStringLiteral("Herald's campaigns from the command line"));
    man.section(QStringLiteral("Synopsis"));
    man.paragraph(QStringLiteral("heraldctl [--workspace FILE | --database URL] [--tenant NAME] [--user NAME] COMMAND "
                                 "[ARGUMENTS] [OPTIONS]"));
    man.section(QStringLiteral("Description"));
    man.paragraph(QStringLiteral("heraldctl runs the same core as the Herald desktop application without a display: "
                                 "workspaces, tenants and people, contacts and lists, templates, campaigns, "
                                 "preflight, runs, reports and a worker that sends. Every command takes --json for "
                                 "output scripts read; docs/cli.md describes each JSON shape."));
    man.section(QStringLiteral("Global options"));
    man.options(globalOptions());
    man.section(QStringLiteral("Commands"));
    for (const CommandSpec &c : commands()) {
        man.item(QString::fromLatin1(c.name) + (*c.arguments ? u' ' + QString::fromLatin1(c.arguments) : QString()),
                 QString::fromLatin1(c.summary));
        man.options(c.options, true);
    }
    man.section(QStringLiteral("Exit status"));
    man.paragraph(QStringLiteral("0 success, 1 runtime error, 2 usage error, 3 preflight blockers, 4 refused "
                                 "transition or conflict, 5 not found."));
    man.section(QStringLiteral("See also"));
    man.paragraph(QStringLiteral("herald(1)"));
    return man.text();
}

QString CommandLine::bashCompletion()
{
    // The command words typed so far (not options, not option values) choose what comes
    // next: a command word, or the options of the command they name.
    QStringList valued, flags, first;
    for (const QCommandLineOption &o : globalOptions())
        valued << u"--" + o.names().first();
    for (const CommandSpec &c : commands())
        for (const QCommandLineOption &o : c.options)
            if (o.valueName().isEmpty())
                flags << u"--" + o.names().first(); // --json is a flag but for 'campaigns create'
    QString twoWords, oneWord, seconds;
    QMap<QString, QStringList> subcommands;
    for (const CommandSpec &c : commands()) {
        const QStringList words = QString::fromLatin1(c.name).split(u' ');
        if (!first.contains(words.first()))
            first << words.first();
        QStringList options{QStringLiteral("--help")};
        for (const QCommandLineOption &o : c.options) {
            options << u"--" + o.names().first();
            if (!o.valueName().isEmpty() && !valued.contains(u"--" + o.names().first())
                && !flags.contains(u"--" + o.names().first()))
                valued << u"--" + o.names().first();
        }
        const QString line = u"        \"" + words.join(u' ') + u"\") opts=\"" + options.join(u' ') + u"\" ;;\n";
        if (words.size() > 1) {
            subcommands[words.first()] << words.at(1);
            twoWords += line;
        } else {
            oneWord += line;
        }
    }
    for (auto it = subcommands.cbegin(); it != subcommands.cend(); ++it)
        seconds += u"        " + it.key() + u") COMPREPLY=($(compgen -W \"" + it->join(u' ') + u"\" -- \"$cur\")); return ;;\n";
    QStringList globals;
    for (const QCommandLineOption &o : globalOptions())
        globals << u"--" + o.names().first();
    return u"# bash completion for heraldctl, written by `heraldctl --bash-completion`\n"
           u"_heraldctl()\n{\n"
           u"    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} words=() opts= i\n"
           u"    case $prev in\n        " + valued.join(u'|') + u") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n    esac\n"
           u"    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           u"        case ${COMP_WORDS[i]} in\n            " + valued.join(u'|') + u") ((i++)) ;;\n"
           u"            -*) ;;\n            *) words+=(\"${COMP_WORDS[i]}\") ;;\n        esac\n    done\n"
           u"    if ((${#words[@]} == 0)); then\n"
           u"        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"" + globals.join(u' ') + u" --help --version\" -- \"$cur\")); "
           u"else COMPREPLY=($(compgen -W \"" + first.join(u' ') + u"\" -- \"$cur\")); fi\n        return\n    fi\n"
           u"    case \"${words[0]} ${words[1]}\" in\n" + twoWords + u"    esac\n"
           u"    if [[ -z $opts ]]; then\n        case ${words[0]} in\n" + oneWord + u"        esac\n    fi\n"
           u"    if [[ -z $opts && ${#words[@]} == 1 ]]; then\n        case ${words[0]} in\n" + seconds + u"        esac\n    fi\n"
           u"    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts " + globals.join(u' ') + u"\" -- \"$cur\")); "
           u"else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n}\n"
           u"complete -F _heraldctl heraldctl\n";
}

} // namespace herald::ctl
