#pragma once

#include "domain/campaign.h"
#include "domain/campaignstatus.h"
#include "domain/clock.h"
#include "domain/reviewer.h"
#include "domain/run.h"
#include "domain/user.h"
#include "finding.h"
#include "storage/campaignpagequery.h"
#include "storage/database.h"

#include <QHash>
#include <QList>

#include <memory>

namespace herald {

class PreflightService;

// A channel as a list shows it: the status of its newest live run, or, for a channel
// never launched, Ready or Draft after its campaign.
struct ChannelState
{
    ChannelKind kind = ChannelKind::Email;
    QString status;
};

// A campaign with everything derived about it.
struct CampaignOverview
{
    Campaign campaign;
    CampaignStatus status = CampaignStatus::Draft;
    QList<ChannelState> channels;
    std::optional<Run> lastLiveRun;
};

// The operations heraldctl and the GUI perform on campaigns, with the lifecycle rules
// applied: one place decides what is allowed, both front ends only present it.
class CampaignService final
{
public:
    struct Filter
    {
        std::optional<CampaignStatus> status;
        std::optional<ChannelKind> channel;
        QString search; // name or short ID, case-insensitive
        enum class Archived { Include, Exclude, Only };
        Archived archived = Archived::Include;
    };

    // `clock` stamps created and failed runs; the system clock when none is given.
    CampaignService(Database db, Id tenantId, User user, const Clock *clock = nullptr);
    ~CampaignService();
    CampaignService(const CampaignService &) = delete;
    CampaignService &operator=(const CampaignService &) = delete;

    Result<QList<CampaignOverview>> list(const Filter &filter);

    // One page of the list in the request's order, read by key. `next` continues after
    // the last row read; empty once the list is exhausted. A page may hold fewer rows
    // than the limit when preflight moved Ready candidates out of a Ready/Draft filter.
    struct Page
    {
        QList<CampaignOverview> rows;
        QHash<Id, QDateTime> sendTimes; // each row's Scheduler::sendTime; missing when none
        std::optional<CampaignPageQuery::Cursor> next;
    };
    Result<Page> page(const CampaignPageQuery::Request &request);
    Result<CampaignOverview> overview(const QString &reference);
    Result<QList<Run>> runs(Id campaignId);

    Result<CampaignOverview> create(Campaign campaign);
    // Saves an edited campaign (found by its id) under the edit rules of its status:
    // content (templates, message text) and configuration (everything else) are
    // checked separately, and a content change bumps the content revision, which
    // voids the reviewer's approval. What an edit cannot change (short ID, creation,
    // archive flag, armed schedule, approval) is kept from the stored campaign.
    Result<CampaignOverview> update(const Campaign &edited);
    Result<CampaignOverview> clone(const QString &reference);
    Result<CampaignOverview> archive(const QString &reference);
    Result<CampaignOverview> activate(const QString &reference);
    // The reviewer (or an admin) approves the current content: the approval is bound to
    // its content hash, so any later change to it (or to a template it uses) voids it.
    Result<CampaignOverview> approve(const QString &reference, const QString &comment = {});
    // The reviewer (or an admin) sends the content back, saying what to change; a current
    // approval is withdrawn.
    Result<CampaignOverview> reject(const QString &reference, const QString &comment);
    // Anyone but a viewer comments on the content.
    Status comment(const QString &reference, const QString &text);
    // Approvals, rejections and comments, oldest first.
    Result<QList<CampaignReview>> reviews(const QString &reference);
    Status remove(const QString &reference);

    Result<QList<Finding>> preflight(const QString &reference, RunKind kind,
                                     const ChannelSet &only = {});
    // Preflight of a campaign as edited, saved or not (the builder's live checklist).
    Result<QList<Finding>> preflight(const Campaign &campaign, RunKind kind);
    // Records a live run that could not start: its findings are kept as failure reasons
    // and its channels end Failed, which makes the campaign Failed.
    Result<Id> recordFailedStart(const Campaign &campaign, const QList<Finding> &findings, RunTrigger trigger);

    const User &user() const { return m_user; }

private:
    Result<CampaignOverview> derive(const Campaign &campaign, std::optional<Run> lastLiveRun);
    Result<CampaignOverview> review(const QString &reference, const QString &action, const QString &comment);
    Status mayChange() const;

    Database m_db;
    Id m_tenantId;
    User m_user;
    SystemClock m_systemClock;
    const Clock *m_clock;
    std::unique_ptr<PreflightService> m_preflight;
};

} // namespace herald
