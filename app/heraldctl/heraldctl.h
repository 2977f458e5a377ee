#pragma once

#include "commandline.h"
#include "domain/contact.h"
#include "domain/result.h"
#include "lifecycle/campaignservice.h"
#include "domain/tenant.h"
#include "domain/user.h"
#include "storage/database.h"

#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <optional>

namespace herald::ctl {

struct CampaignWithRuns
{
    CampaignOverview overview;
    QList<Run> runs;
};

// Runs one heraldctl command and returns its exit code: 0 success, 1 runtime error,
// 2 usage error, 3 preflight blockers, 4 refused transition or conflict, 5 not found.
// --json output goes to stdout only; errors go to stderr in one line naming the object.
class Heraldctl final
{
public:
    Heraldctl();
    int run(const QStringList &arguments);

private:
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonValue &value);
    // A file's content, or standard input's for "-", at most 16 MiB (a usage error beyond).
    Result<QByteArray> readInput(const QString &file, const QString &what);
    QString workspacePath() const;
    // The workspace --database or --workspace names (the per-user file by default).
    Result<Database> openDatabase(Database::Mode mode) const;
    Status openWorkspace(Database::Mode mode);
    // The value of an enum option, empty when not given; a usage error naming the choices.
    template <typename E>
    Result<std::optional<E>> enumOption(const QString &option, const QString &noun) const;
    // Every value of an option that may be repeated, each once, in the order given.
    template <typename E>
    Result<QList<E>> enumOptions(const QString &option, const QString &noun) const;
    // The campaign named by the command's ID with its runs.
    Result<CampaignWithRuns> campaignWithRuns();

    int init();
    int tenants(); // tenants list | create | rename | archive
    int users();   // users list | add | set-role | deactivate | reactivate
    int workers(); // workers list | add | remove
    int senders(); // senders list | add | edit | pause | resume | delete
    int pools();   // pools list | show | create | delete | add-number | remove-number | attach
    int library(); // goals|writers|templates|segments list | show | create | edit | delete
    int contacts(); // contacts list | show | set | subscribe | unsubscribe
    // The contact an argument names (its id, email address or phone number) with its push
    // subscriptions.
    Result<Contact> contactArgument(const QString &ref);
    // An option's text, or with @FILE the file's (at most 16 MiB).
    Result<QString> textOption(const QString &option, const QString &what);
    // The text of the file an option names (- for standard input).
    Result<QString> fileOption(const QString &option, const QString &what);
    int campaignsList();
    int campaignsShow();
    int campaignsCreate();
    int campaignsChange();
    int campaignsDelete();
    int campaignsReviews();
    int preflight();
    int status();
    int messages();
    int exportMessages();
    int report();
    int sweep();
    int runCampaign();
    int retryFailed();
    int remarket();
    // After a run started: prints it, or with --wait sends it to the end, then prints it.
    int followRun(const CampaignOverview &overview, const Run &run);
    int control();
    int worker();
    int workspaceCheck();
    int workspaceBackup();
    int workspaceCopy();
    int missedList();
    int missedResolve();
    int providersList();
    int providersSet();
    int providersTest();
    int importContacts();
    int uploadsList();
    int uploadsShow();
    int uploadsRejections();
    int optOuts();
    int mailbox();
    // --password-stdin: the first line of standard input ("" when the option is not given).
    Result<QString> passwordFromStdin();
    enum class DispatchEnd { Done, Interrupted, Busy };
    // Sends with an in-process dispatcher until `done` says so or SIGINT/SIGTERM arrives
    // (then it drains what is in flight); Busy when another dispatcher holds the workspace.
    // `waitForSpace`: on a full disk, wait until there is space (a worker) instead of
    // stopping with an error (a command waiting for its run). `onStarted` runs once it
    // sends (and SIGTERM drains it).
    Result<DispatchEnd> dispatchUntil(const std::function<bool()> &done, const std::function<void()> &onProgress,
                                      bool waitForSpace = false, const std::function<void()> &onStarted = {});

    CommandLine m_cli;
    QTextStream m_out;
    QTextStream m_err;
    std::optional<Database> m_db;
    Tenant m_tenant;
    User m_user;
};

template <typename E>
inline Result<std::optional<E>> Heraldctl::enumOption(const QString &option, const QString &noun) const
{
    if (!m_cli.isSet(option))
        return std::optional<E>();
    const QString text = m_cli.value(option);
    if (const auto value = fromString<E>(text))
        return std::optional<E>(*value);
    return Error::usage(u"unknown " + noun + u" '" + text + u"' (use " + allNames<E>() + u") (see heraldctl --help)");
}

template <typename E>
inline Result<QList<E>> Heraldctl::enumOptions(const QString &option, const QString &noun) const
{
    QList<E> out;
    for (const QString &text : m_cli.values(option)) {
        const auto value = fromString<E>(text);
        if (!value)
            return Error::usage(u"unknown " + noun + u" '" + text + u"' (use " + allNames<E>()
                                + u") (see heraldctl --help)");
        if (!out.contains(*value))
            out.append(*value);
    }
    return out;
}

} // namespace herald::ctl
